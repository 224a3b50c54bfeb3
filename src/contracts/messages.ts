/**
 * What a page's text holds, as the matcher, the content script and the
 * extension's pages exchange it: the kinds of things found, a match, the
 * packed answer to a `spot` request, and a page's findings. The messages that
 * carry them are in `protocol.ts`.
 */
import type { EntityKind } from './schema';

const KINDS: readonly EntityKind[] = ['person', 'organization', 'place', 'topic'];
export type SpotKind = EntityKind | 'quote' | 'passage';
export const SPOT_KINDS: readonly SpotKind[] = [...KINDS, 'quote', 'passage'];

/** What a content script found on its page, per kind. */
export type FoundCounts = Record<SpotKind, number>;

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

/**
 * What the reader's library changes in a `spot` answer, per text: the hits it
 * adds (packed as in `SpotReply`, against its own `found`), and the sample's
 * hits it drops, by their place in that text's list of the sample's answer.
 * Sent apart from the sample's answer (see `protocol.ts`, `spot`).
 */
export interface LibraryHits {
  found: SpotReply['found'];
  hits: number[][];
  dropped: number[][];
}

/** A hit's identity: two hits are the same when every field the page reads is. */
const hitKey = (c: Candidate): string => `${c.start},${c.end},${c.kind},${c.id},${c.label ?? ''},${c.generic ? 1 : 0}${c.weak ? 1 : 0}${c.otherSense ? 1 : 0}`;

/** The reader's hits (`reader[i]`, with the library) against the sample's (`sample[i]`): what the library adds and drops. */
export function diffLibraryHits(sample: readonly (readonly Candidate[])[], reader: readonly (readonly Candidate[])[]): LibraryHits {
  const added: Candidate[][] = [];
  const dropped: number[][] = [];
  for (let i = 0; i < reader.length; i++) {
    const before = sample[i] ?? [];
    const after = reader[i];
    // Most texts match alike with the library and without: no keys made for them.
    if (before.length === after.length && before.every((c, k) => hitKey(c) === hitKey(after[k]))) {
      added.push([]);
      dropped.push([]);
      continue;
    }
    // Reader hits not yet paired with a sample hit, by identity.
    const unpaired = new Map<string, number>();
    for (const c of after) unpaired.set(hitKey(c), (unpaired.get(hitKey(c)) ?? 0) + 1);
    const gone: number[] = [];
    before.forEach((c, k) => {
      const key = hitKey(c);
      const left = unpaired.get(key) ?? 0;
      if (left > 0) unpaired.set(key, left - 1);
      else gone.push(k);
    });
    added.push(
      after.filter((c) => {
        const key = hitKey(c);
        const left = unpaired.get(key) ?? 0;
        if (left > 0) unpaired.set(key, left - 1);
        return left > 0;
      }),
    );
    dropped.push(gone);
  }
  const packed = packSpotReply(added);
  return { found: packed.found, hits: packed.hits, dropped };
}

/**
 * A `library-hits` request checked against the texts of its batch and the
 * sample's answer to them: the hits it adds, and which of the sample's it drops.
 */
export function parseLibraryHits(
  v: unknown,
  texts: readonly string[],
  sample: readonly (readonly Candidate[])[],
): { added: Candidate[][]; dropped: number[][] } | null {
  const added = parseSpotReply(v, texts);
  if (!added || !isRecord(v) || !Array.isArray(v.dropped) || v.dropped.length !== texts.length) return null;
  const dropped: number[][] = [];
  for (let i = 0; i < texts.length; i++) {
    const list: unknown = v.dropped[i];
    if (!Array.isArray(list) || !list.every((k) => isCount(k) && k < sample[i].length)) return null;
    dropped.push(list as number[]);
  }
  return { added, dropped };
}
