/**
 * Messages between the content script, the background and the extension pages.
 *
 * Every message is a plain object with a `type` from this file. The background
 * validates each one with `parseMessage` before acting on it: anything else
 * (a foreign extension, a malformed object) is dropped, never trusted.
 */
import type { EntityKind } from './schema';

const KINDS: readonly EntityKind[] = ['person', 'organization', 'place', 'topic'];
export type SpotKind = EntityKind | 'quote' | 'passage';
export const SPOT_KINDS: readonly SpotKind[] = [...KINDS, 'quote', 'passage'];

/** What a content script found on its page, per kind. */
export type FoundCounts = Record<SpotKind, number>;

export type Message =
  /** Content script (top frame) → extension pages: what the page holds now. */
  | { type: 'found'; counts: FoundCounts; items: FoundItem[] }
  /** Popup or side panel → a tab's content script: what it found so far. */
  | { type: 'page-status' }
  /** Anyone → background: the index's summary. */
  | { type: 'index-summary' }
  /** Content script → background: the card for an entity, quote or passage (with the page's sentence for a passage). */
  /** `page`: the page's passages and quotations found, which say the page's story (its rows come first). */
  | { type: 'card'; id: string; pageText?: string; page?: string[] }
  /** Side panel → background: the side-by-side comparison for an item. */
  | { type: 'compare'; id: string }
  /**
   * Side panel → background: every story with its timeline, sources, lineage,
   * coverage and discrepancies; `page`: ids found on the reader's page, to put
   * the page's story first.
   */
  | { type: 'story'; page?: string[]; tab?: number }
  /** Options page → background: display names for item ids (muted terms). */
  | { type: 'labels'; ids: string[] }
  /** Content script → background: open the side panel on this item (from a click in a card). */
  | { type: 'open-panel'; id: string }
  /**
   * Content script → background: what the index knows in these blocks of page
   * text. Answered with `SpotReply`. The text goes no further than the
   * extension's own background; matching there keeps it off the page's main thread.
   */
  | { type: 'spot'; texts: string[] }
  /**
   * Content script → background: could this page hold anything the index
   * knows? `text` is the page's whole text as one string, less scripts and
   * styles (see `src/page/page-text.ts`). Answered with a boolean: `false`
   * spares a page with no mention (most pages) reading its text node by node.
   */
  | { type: 'probe'; text: string }
  /** Background (keyboard command) → content script: go to the next or previous mention. */
  | { type: 'navigate'; step: 1 | -1 }
  /** Side panel → content script: scroll to the next mention of an item and flash it. */
  | { type: 'reveal'; id: string }
  /** Background → content scripts: the reader's library changed; read the page again. */
  | { type: 'library-changed' };

/** A match in a block's flat text, as the matcher reports it. */
export interface Candidate {
  start: number;
  end: number;
  kind: SpotKind;
  /** Entity, quote or passage id. */
  id: string;
  /** The entity's name; quotes and passages go by the page's own words. */
  label?: string;
  /** Counts only where the page also names the entity by a strong alias. */
  weak?: boolean;
  /** A place or organisation every story names: painted on a page of no story only if the reader asks. */
  generic?: boolean;
  /**
   * Not a mention: words saying the page means another place of the entity's
   * name ("Seattle" for Washington the state). Never painted; while the page
   * holds one and names nothing else the index knows, the entity's mentions
   * are not painted either.
   */
  otherSense?: boolean;
}

/**
 * The background's answer to `spot`, packed for the trip between processes: a
 * page with thousands of mentions names a few dozen things, so each thing is
 * sent once, in `found`, and each hit is four plain numbers. Copying numbers
 * costs the page's main thread far less than an object with strings per hit.
 */
export interface SpotReply {
  /** What was found: an entity (with its name as `label`), a quote or a passage. */
  found: { kind: SpotKind; id: string; label?: string; generic?: true }[];
  /** For `texts[i]`: `start, end, index into found, flags` per hit (flags: `HIT_WEAK | HIT_OTHER_SENSE`). */
  hits: number[][];
}

export const HIT_WEAK = 1;
export const HIT_OTHER_SENSE = 2;

/** Packs the candidates of each text into a `SpotReply` (see there). */
export function packSpotReply(lists: readonly (readonly Candidate[])[]): SpotReply {
  const found: SpotReply['found'] = [];
  const index = new Map<string, number>();
  const hits = lists.map((list) => {
    const flat: number[] = [];
    for (const c of list) {
      const key = `${c.kind}\n${c.id}\n${c.label ?? ''}\n${c.generic ? 1 : 0}`;
      let at = index.get(key);
      if (at === undefined) {
        at = found.length;
        index.set(key, at);
        const entry: Found = c.label === undefined ? { kind: c.kind, id: c.id } : { kind: c.kind, id: c.id, label: c.label };
        if (c.generic) entry.generic = true;
        found.push(entry);
      }
      flat.push(c.start, c.end, at, (c.weak ? HIT_WEAK : 0) | (c.otherSense ? HIT_OTHER_SENSE : 0));
    }
    return flat;
  });
  return { found, hits };
}

/** Limits on one `spot` message: the content script sends a large page in batches under them. */
export const SPOT_BATCH_CHARS = 512 * 1024;
export const SPOT_BATCH_TEXTS = 2000;

/**
 * The longest page text sent as one `probe`: copying it costs the page about
 * 1 ms per 100 KB, well under reading a page that long node by node. A longer
 * page is read block by block at once.
 */
export const PROBE_CHARS = SPOT_BATCH_CHARS;

/** One distinct thing found on a page, with how many times. */
export interface FoundItem {
  /** Entity id, quote id or passage id. */
  id: string;
  kind: SpotKind;
  label: string;
  count: number;
}

export interface PageStatus {
  counts: FoundCounts;
  items: FoundItem[];
  /** The page's host name, and whether Sourcelight runs there now (answers to `page-status` only). */
  host?: string;
  active?: boolean;
  /** Seam for tests and the benchmark, in answers to `page-status` only: how reading the page went. */
  diagnostics?: ReadingDiagnostics;
}

export interface ReadingDiagnostics {
  /** Failures the content script caught while reading the page. */
  errors: number;
  /** Main-thread time it spent scanning and painting, in ms; in how many slices (each ends by yielding to the page); the longest. */
  busyMs: number;
  slices: number;
  longestSliceMs: number;
  /** Blocks of text read node by node: none on a page the probe found empty. */
  blocksRead: number;
}

export interface IndexSummary {
  sources: number;
  entities: number;
  quotes: number;
  discrepancies: number;
}

export function emptyCounts(): FoundCounts {
  return { person: 0, organization: 0, place: 0, topic: 0, quote: 0, passage: 0 };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isShortString = (v: unknown, max = 500): v is string => typeof v === 'string' && v.length <= max;
/** The page's item ids: passages and quotations that say which story it is of. */
const isIdList = (v: unknown): v is string[] => Array.isArray(v) && v.length <= 1000 && v.every((id) => isShortString(id, 200));

function parseCounts(v: unknown): FoundCounts | null {
  if (!isRecord(v)) return null;
  const counts = emptyCounts();
  for (const kind of SPOT_KINDS) {
    if (!isCount(v[kind])) return null;
    counts[kind] = v[kind] as number;
  }
  return counts;
}

function parseItem(v: unknown): FoundItem | null {
  if (!isRecord(v)) return null;
  const { id, kind, label, count } = v;
  if (!isShortString(id, 200) || !isShortString(label) || !isCount(count)) return null;
  if (!SPOT_KINDS.includes(kind as SpotKind)) return null;
  return { id, kind: kind as SpotKind, label, count };
}

/** The message, rebuilt from only its known fields; `null` for anything malformed. */
export function parseMessage(v: unknown): Message | null {
  if (!isRecord(v)) return null;
  switch (v.type) {
    case 'found': {
      const counts = parseCounts(v.counts);
      if (!counts || !Array.isArray(v.items) || v.items.length > 5000) return null;
      const items: FoundItem[] = [];
      for (const raw of v.items) {
        const item = parseItem(raw);
        if (!item) return null;
        items.push(item);
      }
      return { type: 'found', counts, items };
    }
    case 'page-status':
      return { type: 'page-status' };
    case 'index-summary':
    case 'library-changed':
      return { type: v.type };
    case 'story': {
      if (v.page !== undefined && !isIdList(v.page)) return null;
      if (v.tab !== undefined && !Number.isSafeInteger(v.tab)) return null;
      const story: Extract<Message, { type: 'story' }> = { type: 'story' };
      if (v.page !== undefined) story.page = v.page;
      if (v.tab !== undefined) story.tab = v.tab as number;
      return story;
    }
    case 'card': {
      if (!isShortString(v.id, 200)) return null;
      if (v.pageText !== undefined && !isShortString(v.pageText, 2000)) return null;
      if (v.page !== undefined && !isIdList(v.page)) return null;
      const card: Extract<Message, { type: 'card' }> = { type: 'card', id: v.id };
      if (v.pageText !== undefined) card.pageText = v.pageText;
      if (v.page !== undefined) card.page = v.page;
      return card;
    }
    case 'labels':
      return Array.isArray(v.ids) && v.ids.length <= 1000 && v.ids.every((id) => isShortString(id, 200)) ? { type: 'labels', ids: v.ids as string[] } : null;
    case 'spot': {
      if (!Array.isArray(v.texts) || v.texts.length > SPOT_BATCH_TEXTS) return null;
      let chars = 0;
      for (const text of v.texts) {
        if (typeof text !== 'string') return null;
        chars += text.length;
      }
      return chars <= SPOT_BATCH_CHARS ? { type: 'spot', texts: v.texts as string[] } : null;
    }
    case 'probe':
      return typeof v.text === 'string' && v.text.length <= PROBE_CHARS ? { type: 'probe', text: v.text } : null;
    case 'navigate':
      return v.step === 1 || v.step === -1 ? { type: 'navigate', step: v.step } : null;
    case 'compare':
    case 'open-panel':
    case 'reveal':
      return isShortString(v.id, 200) && v.id.length > 0 ? { type: v.type, id: v.id } : null;
    default:
      return null;
  }
}

type Found = SpotReply['found'][number];

const NO_CANDIDATES: Candidate[] = Object.freeze([]) as unknown as Candidate[];

function parseFound(v: unknown): Found | null {
  if (!isRecord(v)) return null;
  const { kind, id, label, generic } = v;
  if (!SPOT_KINDS.includes(kind as SpotKind) || !isShortString(id, 200)) return null;
  if (label !== undefined && !isShortString(label)) return null;
  if (generic !== undefined && generic !== true) return null;
  return generic ? { kind: kind as SpotKind, id, label, generic } : { kind: kind as SpotKind, id, label };
}

/**
 * The background's `spot` answer for `texts`, unpacked and checked against
 * them (one list per text, offsets inside it, every hit naming something in
 * `found`); `null` when it does not fit. Every candidate has the same fields,
 * so the page's code that reads thousands of them sees one shape.
 */
export function parseSpotReply(v: unknown, texts: readonly string[]): Candidate[][] | null {
  if (!isRecord(v) || !Array.isArray(v.found) || !Array.isArray(v.hits) || v.hits.length !== texts.length) return null;
  const found: Found[] = [];
  for (const raw of v.found) {
    const parsed = parseFound(raw);
    if (!parsed) return null;
    found.push(parsed);
  }
  const out: Candidate[][] = [];
  for (let i = 0; i < texts.length; i++) {
    const flat: unknown = v.hits[i];
    if (!Array.isArray(flat) || flat.length % 4 !== 0) return null;
    // Most texts hold nothing: one shared empty list spares a page of 20,000 blocks as many arrays.
    if (flat.length === 0) {
      out.push(NO_CANDIDATES);
      continue;
    }
    const length = texts[i].length;
    const list: Candidate[] = [];
    for (let k = 0; k < flat.length; k += 4) {
      const start: unknown = flat[k];
      const end: unknown = flat[k + 1];
      const at: unknown = flat[k + 2];
      const flags: unknown = flat[k + 3];
      if (!isCount(start) || !isCount(end) || start >= end || end > length) return null;
      if (!isCount(at) || at >= found.length || !isCount(flags) || flags > (HIT_WEAK | HIT_OTHER_SENSE)) return null;
      const { kind, id, label, generic } = found[at];
      list.push({ start, end, kind, id, label, weak: (flags & HIT_WEAK) !== 0, otherSense: (flags & HIT_OTHER_SENSE) !== 0, generic: generic === true });
    }
    out.push(list);
  }
  return out;
}
