/**
 * The extension's one message protocol: for every request, the fields it
 * carries, the reply it gets, and who may send it. Three maps, one per
 * receiver: the background, a tab's content script, and the extension's own
 * open pages (told, never asked). `src/platform/messaging.ts` sends and
 * receives them; each receiver's handlers are an object typed by its map, so
 * the compiler checks that every request is handled and every reply fits.
 *
 * Whatever arrives is untrusted until parsed: each request is rebuilt from
 * its known fields by its parser here, and anything else is dropped.
 */
import type { Card, CompareView, SourceLabel, StoriesView, StoryView } from './cards';
import {
  parseStoryEdit,
  MAX_FILE_CHARS,
  MAX_IMPORT_CHARS,
  IMPORT_BATCH_ENTRIES,
  type ArticleFormat,
  type ArticleVersionRow,
  type ExportPartEntry,
  type LibraryEntry,
  type LibraryChangeReply,
  type LibraryFile,
  type LibraryListReply,
  type PageVersions,
  type SearchHit,
  type StoryEdit,
  type VersionChanges,
} from './library-messages';
import {
  PROBE_CHARS,
  SPOT_BATCH_CHARS,
  SPOT_BATCH_TEXTS,
  SPOT_KINDS,
  type FoundCounts,
  type FoundItem,
  type IndexSummary,
  type LibraryHits,
  type PageStatus,
  type SpotKind,
  type SpotReply,
} from './messages';

/**
 * Who may send a request to the background. A content script runs in a web
 * page's renderer, beside the page's own scripts: whatever it may ask, a
 * compromised renderer may ask too (see docs/privacy.md). Views of the
 * reader's library go to the extension's own pages only.
 */
export type Asker = 'content-script' | 'extension-page';

/** Requests the background answers. */
export type BackgroundRequests = {
  /**
   * What the public sample knows in these blocks of page text. What the
   * reader's library changes follows apart: to a content script as a
   * `library-hits` request naming `batch`, once the frame has painted the
   * sample's answer (which says `libraryFollows`) and asked with
   * `spot-painted`, so that nothing the page can time waits for the
   * library; to an extension page in the reply itself.
   */
  spot: { request: { texts: string[]; batch: number }; reply: SpotReply & { library?: LibraryHits; libraryFollows?: true } };
  /** The asking frame has painted the sample's matches of these `spot` batches: the library's part of them may be found now. */
  'spot-painted': { request: { batches: number[] }; reply: void };
  /**
   * Sent as a page starts loading, so that a stopped service worker starts
   * while the page loads: carries nothing, and the reply is the same for
   * every reader.
   */
  wake: { request: Record<string, never>; reply: { awake: true } };
  /** Could this page's whole text hold anything the public sample knows? `library`: whether there is a library at all (then every page is read, whatever it holds). */
  probe: { request: { text: string }; reply: { sample: boolean; library: boolean } };
  /**
   * The card for an entity, quote or passage found on the asker's page.
   * `text`: the page's words around it, in which the background finds it
   * again before answering (a frame gets cards only for what its own text
   * holds); `pageText`: the page's passage; `page`: ids that say the page's story.
   */
  card: { request: { id: string; text: string; pageText?: string; page?: string[] }; reply: Card | null };
  /** Open the side panel on an item found on the asker's page (a click in its card); `text` as for `card`. */
  'open-panel': { request: { id: string; text: string }; reply: { opened: boolean } };
  /**
   * The top frame's page, settled, on a site the reader chose to remember what
   * they read on (settings' `capture`): added to their library if it is an
   * article. Where it came from is the address the browser gives, never the
   * request; the background checks the reader's choice itself. The reply says nothing.
   */
  capture: { request: { html: string; title: string }; reply: Record<string, never> };
  /**
   * Whether the background wants the top frame's settled page (`capture`):
   * its site is chosen, or the library has its address (a changed page is
   * kept as a new version). Asked with nothing: the address is the browser's.
   */
  'capture-wanted': { request: Record<string, never>; reply: { wanted: boolean } };
  /**
   * Open, in a new tab, the saved copy of `source`, an article of the card for
   * item `id` that has no address of its own (a click in the card); `text` as for `card`.
   */
  'open-source': { request: { id: string; text: string; source: string }; reply: { opened: boolean } };
  /** A saved article's text, for the extension page that shows the saved copy. */
  'source-text': { request: { source: string }; reply: { source: SourceLabel & { byline?: string }; paragraphs: string[] } | null };
  'index-summary': { request: Record<string, never>; reply: IndexSummary };
  /** The side-by-side comparison for an item. */
  compare: { request: { id: string }; reply: CompareView | null };
  /** Every story with its timeline, sources, lineage, coverage and discrepancies; `page` or `tab` put a page's story first. */
  story: { request: { page?: string[]; tab?: number }; reply: StoriesView };
  /** One story in full, as the reader opens its line in the Story view. */
  'story-open': { request: { story: string }; reply: StoryView | null };
  /** The reader looked at a story in the side panel: what joins it later is marked new (`StoryView.news`). */
  'story-seen': { request: { story: string }; reply: { seen: boolean } };
  /** Display names for item ids (the muted terms in settings). */
  labels: { request: { ids: string[] }; reply: Record<string, string> };
  /** `newest`: only that many of the newest rows, and no stories (the page's first screen, before the whole list). */
  'library-list': { request: { newest?: number }; reply: LibraryListReply };
  'library-add': { request: { files: LibraryFile[] }; reply: LibraryChangeReply };
  'library-import': { request: { text: string }; reply: LibraryChangeReply };
  /** An import in parts: begun (or resumed from `resumeFrom`, the entries already read), fed in batches, ended in one change, or rolled back. */
  'library-import-begin': { request: { key: string; name: string; total?: number }; reply: { resumeFrom: number; rolledBack?: string; error?: string } };
  'library-import-batch': { request: { key: string; from: number; entries: unknown[] }; reply: { done: number; problems: string[]; error?: string } };
  'library-import-end': { request: { key: string; storyCorrections?: unknown }; reply: LibraryChangeReply };
  'library-import-abort': { request: Record<string, never>; reply: LibraryChangeReply };
  /** An export in parts: the ids of every article in order and the corrections of the stories, then the articles, a part at a time. */
  'library-export-ids': { request: Record<string, never>; reply: { ids: string[]; versions: number; storyCorrections: unknown[] } };
  /** Each entry with its id and how many earlier versions it has (asked for with `library-export-versions`). */
  'library-export-part': { request: { ids: string[] }; reply: { entries: ExportPartEntry[]; taken: number; error?: string } };
  /** An article's earlier versions from `from` on, a part at a time (`next`: the first left). */
  'library-export-versions': { request: { id: string; from: number }; reply: { versions: unknown[]; next?: number; error?: string } };
  'library-remove': { request: { ids: string[] }; reply: LibraryChangeReply };
  'library-reread': { request: { id: string }; reply: LibraryChangeReply };
  /** An article's versions, oldest first (none when its page never changed). */
  'library-versions': { request: { id: string }; reply: ArticleVersionRow[] };
  /** What changed in an article between two of its versions. */
  'library-version-changes': { request: { id: string; from: number; to: number }; reply: VersionChanges | null };
  /** The saved article at a page's address with its versions, and what changed from the first to the last (the side panel's "This page"). */
  'library-page-versions': { request: { url: string }; reply: PageVersions | null };
  'library-search': { request: { query: string }; reply: SearchHit[] };
  'library-export': { request: { ids?: string[] }; reply: string };
  'library-markdown': { request: { ids?: string[] }; reply: string };
  'library-show-seeds': { request: { show: boolean }; reply: LibraryChangeReply };
  'library-story': { request: { edit: StoryEdit }; reply: LibraryChangeReply };
  /** Save the article in this tab (the reader clicked "Save this article" in the popup). */
  'library-save-tab': { request: { tabId: number }; reply: LibraryChangeReply };
};

/** Requests a tab's content script answers (the top frame's, unless said). */
export type ContentRequests = {
  /** What the page holds now. */
  'page-status': { request: Record<string, never>; reply: PageStatus };
  /** Go to the next or previous mention and open its card (a keyboard command). */
  navigate: { request: { step: 1 | -1 }; reply: boolean };
  /** Scroll to the next mention of an item and flash it (the side panel); false when the page has none. */
  reveal: { request: { id: string }; reply: boolean };
  /** What the reader's library changes in the answer to `spot` batch `batch`, sent to the frame that asked. */
  'library-hits': { request: { batch: number } & LibraryHits; reply: void };
  /** The reader's library changed: read the page again (every frame). */
  'library-changed': { request: Record<string, never>; reply: void };
  /** The settings were written: read them again (every frame; see `STORED_KEYS`). */
  'settings-changed': { request: Record<string, never>; reply: void };
};

/**
 * The stored keys whose changes the background tells the content scripts and
 * the extension's pages of, beside the browser's own `storage.onChanged`: in
 * Firefox one listener left by a closed page (its unregistering lost) throws
 * for every later change and stops it reaching the listeners added after it,
 * for the rest of the browser session. The background's listener comes first.
 */
export const STORED_KEYS = ['settings', 'panelFocus'] as const;
export type StoredKey = (typeof STORED_KEYS)[number];

/** What the extension's open pages (side panel, library page) are told. */
export type PageEvents = {
  /** A top frame's findings, as they change. */
  found: { counts: FoundCounts; items: FoundItem[] };
  /** The reader's library changed. */
  'library-changed': Record<string, never>;
  /** These stored keys were written (the background's relay of `storage.onChanged`): read them again. */
  'stored-changed': { keys: StoredKey[] };
};

export type RequestOf<P extends Protocol, K extends keyof P> = { type: K } & Fields<P, K>;
export type Fields<P extends Protocol, K extends keyof P> = P[K] extends { request: infer R } ? R : never;
export type ReplyOf<P extends Protocol, K extends keyof P> = P[K] extends { reply: infer R } ? R : never;
export type Protocol = Record<string, { request: object; reply: unknown }>;
export type EventOf<K extends keyof PageEvents> = { type: K } & PageEvents[K];

/** How one request type is received: who may send it, and its parser. */
export interface RequestRule<T> {
  from: Asker;
  parse(v: Record<string, unknown>): T | null;
}

export type Rules<P extends Protocol> = { [K in keyof P]: RequestRule<Fields<P, K>> };

// --- checks at the boundary ---

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isShortString = (v: unknown, max = 500): v is string => typeof v === 'string' && v.length <= max;
const isId = (v: unknown): v is string => isShortString(v, 200) && v.length > 0;
const isVersionNumber = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 1;
const MAX_IDS = 20_000;
const isIdList = (v: unknown, max = MAX_IDS): v is string[] => Array.isArray(v) && v.length <= max && v.every(isId);
const nothing = (): Record<string, never> => ({});

/** The page's item ids that say which story it is of. */
const isPageIds = (v: unknown): v is string[] => isIdList(v, 1000);

function optional<T extends object, K extends string, V>(fields: T, key: K, value: unknown, check: (v: unknown) => v is V): (T & { [k in K]?: V }) | null {
  if (value === undefined) return fields;
  return check(value) ? Object.assign(fields, { [key]: value } as { [k in K]: V }) : null;
}

function parseFile(v: unknown): LibraryFile | null {
  if (!isRecord(v)) return null;
  const { name, text, format } = v;
  if (typeof name !== 'string' || name.length === 0 || name.length > 500) return null;
  if (typeof text !== 'string' || text.length > MAX_FILE_CHARS || !FORMATS.includes(format as ArticleFormat)) return null;
  return { name, text, format: format as ArticleFormat };
}
const FORMATS: readonly ArticleFormat[] = ['html', 'md', 'txt'];

function parseTexts(v: unknown): string[] | null {
  if (!Array.isArray(v) || v.length > SPOT_BATCH_TEXTS) return null;
  let chars = 0;
  for (const text of v) {
    if (typeof text !== 'string') return null;
    chars += text.length;
  }
  return chars <= SPOT_BATCH_CHARS ? (v as string[]) : null;
}

const isBatch = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
/** Batches one `spot-painted` may release: more than a page's content script keeps waiting (`MAX_WAITING`). */
const MAX_PASS_BATCHES = 256;

/** The page's words around an item, sent with a card request: at most a block's worth. */
export const CONTEXT_CHARS = 4000;
const isContext = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= CONTEXT_CHARS;

export const BACKGROUND_RULES: Rules<BackgroundRequests> = {
  spot: {
    from: 'content-script',
    parse: (v) => {
      const texts = parseTexts(v.texts);
      return texts && isBatch(v.batch) ? { texts, batch: v.batch } : null;
    },
  },
  'spot-painted': {
    from: 'content-script',
    parse: (v) => (Array.isArray(v.batches) && v.batches.length <= MAX_PASS_BATCHES && v.batches.every(isBatch) ? { batches: v.batches as number[] } : null),
  },
  wake: { from: 'content-script', parse: () => ({}) },
  probe: { from: 'content-script', parse: (v) => (typeof v.text === 'string' && v.text.length <= PROBE_CHARS ? { text: v.text } : null) },
  card: {
    from: 'content-script',
    parse: (v) => {
      if (!isId(v.id) || !isContext(v.text)) return null;
      const card = optional({ id: v.id, text: v.text }, 'pageText', v.pageText, (t): t is string => isShortString(t, 2000));
      return card && optional(card, 'page', v.page, isPageIds);
    },
  },
  'open-panel': { from: 'content-script', parse: (v) => (isId(v.id) && isContext(v.text) ? { id: v.id, text: v.text } : null) },
  capture: {
    from: 'content-script',
    parse: (v) => (typeof v.html === 'string' && v.html.length <= MAX_FILE_CHARS && isShortString(v.title, 2000) ? { html: v.html, title: v.title } : null),
  },
  'capture-wanted': { from: 'content-script', parse: nothing },
  'open-source': {
    from: 'content-script',
    parse: (v) => (isId(v.id) && isContext(v.text) && isId(v.source) ? { id: v.id, text: v.text, source: v.source } : null),
  },
  'source-text': { from: 'extension-page', parse: (v) => (isId(v.source) ? { source: v.source } : null) },
  'index-summary': { from: 'extension-page', parse: nothing },
  compare: { from: 'extension-page', parse: (v) => (isId(v.id) ? { id: v.id } : null) },
  story: {
    from: 'extension-page',
    parse: (v) => {
      const story = optional({}, 'page', v.page, isPageIds);
      return story && optional(story, 'tab', v.tab, (t): t is number => Number.isSafeInteger(t));
    },
  },
  'story-open': { from: 'extension-page', parse: (v) => (isId(v.story) ? { story: v.story } : null) },
  'story-seen': { from: 'extension-page', parse: (v) => (isId(v.story) ? { story: v.story } : null) },
  labels: { from: 'extension-page', parse: (v) => (isIdList(v.ids, 1000) ? { ids: v.ids } : null) },
  'library-list': {
    from: 'extension-page',
    parse: (v) => optional({}, 'newest', v.newest, (n): n is number => Number.isSafeInteger(n) && (n as number) >= 1 && (n as number) <= 1000),
  },
  'library-add': {
    from: 'extension-page',
    parse: (v) => {
      if (!Array.isArray(v.files) || v.files.length > 100) return null;
      const files = v.files.map(parseFile);
      return files.every((f): f is LibraryFile => f !== null) ? { files } : null;
    },
  },
  'library-import': { from: 'extension-page', parse: (v) => (typeof v.text === 'string' && v.text.length <= MAX_IMPORT_CHARS ? { text: v.text } : null) },
  'library-import-begin': {
    from: 'extension-page',
    parse: (v) => {
      if (!isShortString(v.key, 1000) || !isShortString(v.name, 1000)) return null;
      return optional({ key: v.key, name: v.name }, 'total', v.total, (t): t is number => Number.isSafeInteger(t) && (t as number) >= 0);
    },
  },
  'library-import-batch': {
    from: 'extension-page',
    parse: (v) =>
      isShortString(v.key, 1000) &&
      Number.isSafeInteger(v.from) &&
      (v.from as number) >= 0 &&
      Array.isArray(v.entries) &&
      v.entries.length <= IMPORT_BATCH_ENTRIES
        ? { key: v.key, from: v.from as number, entries: v.entries }
        : null,
  },
  'library-import-end': {
    from: 'extension-page',
    parse: (v) =>
      isShortString(v.key, 1000) ? (v.storyCorrections === undefined ? { key: v.key } : { key: v.key, storyCorrections: v.storyCorrections }) : null,
  },
  'library-import-abort': { from: 'extension-page', parse: nothing },
  'library-export-ids': { from: 'extension-page', parse: nothing },
  'library-export-part': { from: 'extension-page', parse: (v) => (isIdList(v.ids, 1000) ? { ids: v.ids } : null) },
  'library-export-versions': { from: 'extension-page', parse: (v) => (isId(v.id) && isVersionNumber(v.from) ? { id: v.id, from: v.from } : null) },
  'library-remove': { from: 'extension-page', parse: (v) => (isIdList(v.ids) ? { ids: v.ids } : null) },
  'library-reread': { from: 'extension-page', parse: (v) => (isId(v.id) ? { id: v.id } : null) },
  'library-versions': { from: 'extension-page', parse: (v) => (isId(v.id) ? { id: v.id } : null) },
  'library-version-changes': {
    from: 'extension-page',
    parse: (v) => (isId(v.id) && isVersionNumber(v.from) && isVersionNumber(v.to) ? { id: v.id, from: v.from, to: v.to } : null),
  },
  'library-page-versions': { from: 'extension-page', parse: (v) => (isShortString(v.url, 4000) ? { url: v.url } : null) },
  'library-search': { from: 'extension-page', parse: (v) => (isShortString(v.query) ? { query: v.query } : null) },
  'library-export': { from: 'extension-page', parse: (v) => optional({}, 'ids', v.ids, isIdList) },
  'library-markdown': { from: 'extension-page', parse: (v) => optional({}, 'ids', v.ids, isIdList) },
  'library-show-seeds': { from: 'extension-page', parse: (v) => (typeof v.show === 'boolean' ? { show: v.show } : null) },
  'library-story': {
    from: 'extension-page',
    parse: (v) => {
      const edit = parseStoryEdit(v.edit);
      return edit ? { edit } : null;
    },
  },
  'library-save-tab': { from: 'extension-page', parse: (v) => (Number.isInteger(v.tabId) && (v.tabId as number) >= 0 ? { tabId: v.tabId as number } : null) },
};

/** Content scripts hear only from the extension itself (the browser sees to that): every request is the extension's. */
export const CONTENT_RULES: Rules<ContentRequests> = {
  'page-status': { from: 'extension-page', parse: nothing },
  navigate: { from: 'extension-page', parse: (v) => (v.step === 1 || v.step === -1 ? { step: v.step } : null) },
  reveal: { from: 'extension-page', parse: (v) => (isId(v.id) ? { id: v.id } : null) },
  // Checked in depth against the batch's texts when it is applied (`parseLibraryHits`).
  'library-hits': {
    from: 'extension-page',
    parse: (v) =>
      isBatch(v.batch) && Array.isArray(v.found) && Array.isArray(v.hits) && Array.isArray(v.dropped)
        ? { batch: v.batch, found: v.found, hits: v.hits, dropped: v.dropped }
        : null,
  },
  'library-changed': { from: 'extension-page', parse: nothing },
  'settings-changed': { from: 'extension-page', parse: nothing },
};

function parseCounts(v: unknown): FoundCounts | null {
  if (!isRecord(v)) return null;
  const counts = {} as FoundCounts;
  for (const kind of SPOT_KINDS) {
    if (!isCount(v[kind])) return null;
    counts[kind] = v[kind] as number;
  }
  return counts;
}

function parseItem(v: unknown): FoundItem | null {
  if (!isRecord(v)) return null;
  const { id, kind, label, count } = v;
  if (!isId(id) || !isShortString(label) || !isCount(count)) return null;
  if (!SPOT_KINDS.includes(kind as SpotKind)) return null;
  return { id, kind: kind as SpotKind, label, count };
}

/** A page's findings (`found`, and the content script's answer to `page-status`), rebuilt from their known fields. */
export function parseFindings(v: unknown): PageEvents['found'] | null {
  if (!isRecord(v)) return null;
  const counts = parseCounts(v.counts);
  if (!counts || !Array.isArray(v.items) || v.items.length > 5000) return null;
  const items: FoundItem[] = [];
  for (const raw of v.items) {
    const item = parseItem(raw);
    if (!item) return null;
    items.push(item);
  }
  return { counts, items };
}

export const PAGE_EVENT_RULES: { [K in keyof PageEvents]: (v: Record<string, unknown>) => PageEvents[K] | null } = {
  found: parseFindings,
  'library-changed': nothing,
  'stored-changed': (v) => {
    const keys = Array.isArray(v.keys) ? v.keys.filter((k): k is StoredKey => STORED_KEYS.includes(k as StoredKey)) : [];
    return keys.length > 0 && keys.length === (v.keys as unknown[]).length ? { keys: [...new Set(keys)] } : null;
  },
};

/** Rebuilds `raw` as a request of map `rules`; `null` when it is none. */
export function parseRequest<P extends Protocol>(rules: Rules<P>, raw: unknown): { type: keyof P & string; fields: Fields<P, keyof P>; from: Asker } | null {
  if (!isRecord(raw) || typeof raw.type !== 'string' || !Object.hasOwn(rules, raw.type)) return null;
  const rule = rules[raw.type as keyof P];
  const fields = rule.parse(raw);
  return fields ? { type: raw.type as keyof P & string, fields, from: rule.from } : null;
}
