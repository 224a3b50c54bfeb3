/**
 * The library in IndexedDB, through `idb`. Owned by the background (a content
 * script's IndexedDB would belong to the page's origin).
 *
 * The stores: `articles` (one record per article, keyed by its source id:
 * what was read from it, without the text it was read from), `originals` (that
 * text, by the same id: often a whole web page, read only to read the article
 * again or to export it), `versions` (an article's earlier readings, when its
 * page changed since, by id and number), `state` (the packed index, ready to load on a
 * cold start, and the reader's library preferences) and, since version 4,
 * `stagedArticles` and `stagedOriginals` (an import in progress, see
 * `StagedImport`), and since version 5 `stagedVersions` (the earlier
 * versions of its articles). Every change writes the
 * article, its original and the index that
 * includes it in one transaction: a browser killed mid-save loses that save,
 * never the library, and the stored index never disagrees with the articles.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { FLAT_SPOT_FORMAT, isFlatSpotIndex, isFlatSpotRun, withSpotRuns, type FlatSpotIndex, type FlatSpotRun } from '../contracts/spot-pack';
import type { StoryAssignment, StoryCorrection } from '../stories/assignment';
import type { Story } from '../contracts/schema';
import type { LibraryRow, LibraryStory } from '../contracts/library-messages';
import type { ArticleOriginal, LibraryArticle } from './article';
import type { ArticleVersion } from './versions';
import type { Comparison } from '../compare/compare';
import { shareStrings } from './share-strings';
import { checkedVisits, type StoryVisit } from './story-visits';
import type { EntityStories } from './card-part';
import { LIBRARY_DB_NAME, LIBRARY_DB_VERSION } from '../contracts/library-db';

export const DB_NAME = LIBRARY_DB_NAME;
export const DB_VERSION = LIBRARY_DB_VERSION;

/** What the stored index was built from: checked on load, so a stale index is rebuilt, never trusted. */
export interface IndexStamp {
  /** Ids of the articles folded in, in order. */
  articleIds: string[];
  showSeeds: boolean;
  /** Which bundled seed index it was built on (an update of the extension may change it). */
  seeds: string;
  /**
   * The stored spot index's form. The index is derived data, so a change of
   * form needs no migration: a stamp without this one's makes it rebuild once.
   */
  spotFormat?: typeof FLAT_SPOT_FORMAT;
  /** How many runs of the articles' passages and quote keys (`spotRuns`) belong to the stored spot index (none before version 6). */
  spotRuns?: number;
}

/**
 * The spot index as stored, ready for the matcher on a cold start. The full
 * index is not stored: folding the articles into the seeds again needs no
 * extraction (see merge.ts), and writing it on every save would cost in
 * proportion to the library.
 */
export interface PackedLibraryIndex {
  stamp: IndexStamp;
  /** The head, the seeds' passages and quote keys (before version 6, every passage). */
  spot: FlatSpotIndex;
  /** The runs of the articles' passages and quote keys: `count` of them, those in `write` changed (the others are stored as they are); stored runs past `count` are deleted. */
  runs: { count: number; write: Map<number, FlatSpotRun> };
}

export interface LibraryPrefs {
  /** Whether the built-in sample story (the seeds) is part of the index. */
  showSeeds: boolean;
}

/**
 * An import in progress (since version 4): its articles are read and kept in
 * `stagedArticles` and `stagedOriginals`, batch by batch, and join the library
 * in one transaction when it ends. Until then the library is as it was; an
 * import cut short (a closed page, a killed browser) is resumed from `done`
 * when the same file is chosen again, or rolled back.
 */
export interface StagedImport {
  /** What names the file imported (its name, size and date), so the same file resumes it. */
  key: string;
  name: string;
  /** Entries of the file read so far (staged or skipped). */
  done: number;
  total?: number;
  problems: string[];
  startedAt: string;
  /**
   * The article entry read last and how many of its earlier versions are
   * staged (the `n` of the last one read from the file): a version entry
   * belongs to the article entry before it, which may be in the batch before.
   * `null` when that entry was skipped, so its versions are too.
   */
  last?: { id: string; versions: number; n: number } | null;
}

type StateKey = 'stamp' | 'spot' | 'prefs' | 'corrections' | 'import' | 'stories' | 'formed' | 'formedSince' | 'visits' | 'search' | 'searchMade';

/**
 * The stories as listed and as formed (with the articles changed since they
 * were formed): made from the articles and the corrections, deleted by every
 * change of the corrections in its transaction (a change of articles alone
 * keeps those formed: `writeChange`).
 */
const STORY_KEYS: readonly StateKey[] = ['stories', 'formed', 'formedSince'];

/**
 * The most articles the stories as formed may be behind by: past it (an
 * import, a batch of records read again), a change lets them go, and a card
 * after a start waits for the stories formed again rather than reading so many
 * articles apart (`Library.cardIndex`).
 */
export const MAX_FORMED_BEHIND = 100;

/** The ids of the articles a change removes or writes. */
function changedArticleIds(change: Omit<LibraryChange, 'index'>): string[] {
  return [...(change.remove ?? []), ...(change.put ?? []).map((a) => a.id)];
}

/** Whether a change writes or removes articles and nothing else the stories are formed from (the sample shown, the corrections, an import's staging, every line). */
export function changesArticlesAlone(change: Omit<LibraryChange, 'index'>): boolean {
  return !change.prefs && !change.corrections && !change.staged && !change.rows;
}

/**
 * The articles the stories as formed are behind by after `change`, given
 * those they were behind by before; undefined when the change lets them go
 * (not `changesArticlesAlone`, or past `MAX_FORMED_BEHIND`). `writeChange`
 * keeps this beside them, and a worker's copy of them is noted by the same rule.
 */
export function formedBehindAfter(before: Iterable<string>, change: Omit<LibraryChange, 'index'>): string[] | undefined {
  if (!changesArticlesAlone(change)) return undefined;
  const behind = [...new Set([...before, ...changedArticleIds(change)])];
  return behind.length <= MAX_FORMED_BEHIND ? behind : undefined;
}

export interface LibrarySchema extends DBSchema {
  articles: { key: string; value: LibraryArticle; indexes: { addedAt: string; url: string; readerVersion: number } };
  originals: { key: string; value: ArticleOriginal };
  /** Earlier readings of articles whose page changed, by [article id, n]. */
  versions: { key: [string, number]; value: ArticleVersion };
  stagedArticles: { key: string; value: LibraryArticle };
  stagedOriginals: { key: string; value: ArticleOriginal };
  /** What the library page lists of each article, by id: read at a worker's start without reading the articles. */
  rows: { key: string; value: LibraryRow; indexes: { addedAt: string } };
  /** The staged articles' earlier versions (since version 5), numbered as they will be kept. */
  stagedVersions: { key: [string, number]; value: ArticleVersion };
  /** Each story's comparison (since version 6), by what the story holds (`storyComparisonKey`): derived, kept so no start compares again what was compared. */
  comparisons: { key: string; value: Comparison };
  /** Ids of the articles changed (added, read again, removed) since the stored search index was made (since version 6). */
  searchChanges: { key: string; value: true };
  /** The stored search index's postings in parts, by number (since version 8; its head is `state`'s `search`). */
  searchParts: { key: number; value: StoredSearchPart };
  /** The articles' passages and quote keys of the stored spot index (since version 6), in runs numbered from 0: a save rewrites the last. */
  spotRuns: { key: number; value: FlatSpotRun };
  state: {
    key: StateKey;
    value:
      IndexStamp | FlatSpotIndex | LibraryPrefs | StoryCorrection[] | StagedImport | StoredStoryListing | StoryVisit[] | StoredSearchIndex | string | string[];
  };
}

export type LibraryDb = IDBPDatabase<LibrarySchema>;
type UpgradeTx = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>;

/**
 * One step per version: `MIGRATIONS[n - 1]` takes a database from version
 * n - 1 to n. Steps never change: a new version adds a step. Each step's
 * `schema` runs at once; the `data` parts run after them, one step after the
 * other, inside the upgrade's transaction (two steps' cursors must not
 * interleave over the same records).
 */
export interface Migration {
  schema(db: LibraryDb, tx: UpgradeTx): void;
  data?(tx: UpgradeTx): Promise<void>;
}

export const MIGRATIONS: Migration[] = [
  {
    schema(db) {
      const articles = db.createObjectStore('articles', { keyPath: 'id' });
      articles.createIndex('addedAt', 'addedAt');
      db.createObjectStore('state');
    },
  },
  // Version 2: each article's text moves out of its record into `originals`.
  { schema: (db) => void db.createObjectStore('originals', { keyPath: 'id' }), data: moveOriginals },
  // Version 3: earlier versions of an article whose page changed; articles found by address (a page opened again).
  {
    schema(db, tx) {
      db.createObjectStore('versions', { keyPath: ['id', 'n'] });
      tx.objectStore('articles').createIndex('url', 'url');
    },
  },
  // Version 4: each article says how it came in and which reader wrote it
  // (records from before are version 1, so they are read again); imports are staged.
  {
    schema(db) {
      db.createObjectStore('stagedArticles', { keyPath: 'id' });
      db.createObjectStore('stagedOriginals', { keyPath: 'id' });
    },
    data: markOrigins,
  },
  // Version 5: each article's line in the library page, apart from its record; an import stages its
  // articles' earlier versions too (exports carry them).
  {
    schema(db) {
      db.createObjectStore('rows', { keyPath: 'id' }).createIndex('addedAt', 'addedAt');
      db.createObjectStore('stagedVersions', { keyPath: ['id', 'n'] });
    },
    data: fillRows,
  },
  // Version 6: the stories' comparisons, kept as made; the articles' passages of the spot index in
  // runs; the articles changed since the search index was stored (derived data: all start empty; an
  // index stored whole loads as it is).
  {
    schema(db) {
      db.createObjectStore('comparisons');
      db.createObjectStore('spotRuns');
      db.createObjectStore('searchChanges');
    },
  },
  // Version 7: the records an older reader wrote, found at a worker's start without reading every record.
  { schema: (_, tx) => void tx.objectStore('articles').createIndex('readerVersion', 'readerVersion') },
  // Version 8: the search index kept in parts (derived: the one stored whole is let go, and made again).
  { schema: (db) => void db.createObjectStore('searchParts'), data: dropWholeSearchIndex },
];

/** Runs the steps from version `from` to `to`: every schema change, then the data steps in order. */
export function migrate(db: LibraryDb, tx: UpgradeTx, from: number, to: number): void {
  const steps = MIGRATIONS.slice(from, to);
  for (const step of steps) step.schema(db, tx);
  void (async () => {
    for (const step of steps) await step.data?.(tx);
  })();
}

/** Within the upgrade's transaction: each request is made while it is active, so all of them land before it commits. */
async function moveOriginals(tx: UpgradeTx): Promise<void> {
  const originals = tx.objectStore('originals');
  let cursor = await tx.objectStore('articles').openCursor();
  while (cursor) {
    const { text, ...article } = cursor.value as LibraryArticle & { text?: string };
    if (typeof text === 'string') {
      void originals.put({ id: article.id, text });
      void cursor.update(article);
    }
    cursor = await cursor.continue();
  }
}

async function dropWholeSearchIndex(tx: UpgradeTx): Promise<void> {
  const state = tx.objectStore('state');
  await Promise.all([state.delete('search'), state.delete('searchMade'), tx.objectStore('searchChanges').clear()]);
}

async function fillRows(tx: UpgradeTx): Promise<void> {
  const rows = tx.objectStore('rows');
  let cursor = await tx.objectStore('articles').openCursor();
  while (cursor) {
    void rows.put(rowOf(cursor.value));
    cursor = await cursor.continue();
  }
}

/** An article's line in the library page, as stored beside it. */
export function rowOf(a: LibraryArticle): LibraryRow {
  const { source } = a.parsed;
  const row: LibraryRow = { id: a.id, title: source.title, outlet: source.outlet, name: source.file, addedAt: a.addedAt, origin: a.origin, sample: false };
  if (source.published) row.published = source.published;
  if (a.url) row.url = a.url;
  if (source.short) row.short = true;
  if (a.versions) row.versions = a.versions + 1;
  return row;
}

async function markOrigins(tx: UpgradeTx): Promise<void> {
  let cursor = await tx.objectStore('articles').openCursor();
  while (cursor) {
    const article = cursor.value as LibraryArticle & Partial<Pick<LibraryArticle, 'origin' | 'readerVersion'>>;
    void cursor.update({ ...article, origin: article.origin ?? (article.url ? 'saved' : 'imported'), readerVersion: article.readerVersion ?? 1 });
    cursor = await cursor.continue();
  }
}

export class LibraryStoreError extends Error {
  override name = 'LibraryStoreError';
}

const nameOf = (error: unknown): string | undefined => (error as { name?: string } | null)?.name;

/** Says what a failed write means for the reader; the quota case most of all. */
export function describeStoreError(error: unknown): string {
  const name = nameOf(error);
  if (name === 'QuotaExceededError') {
    return 'The browser has no more room for the library. Nothing was changed; remove some articles or free disk space, then try again.';
  }
  return `The library could not be written (${name ?? String(error)}). Nothing was changed.`;
}

export function openLibraryDb(name = DB_NAME, version = DB_VERSION): Promise<LibraryDb> {
  return openDB<LibrarySchema>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      migrate(db, tx, oldVersion, newVersion ?? version);
    },
  });
}

export async function readArticles(db: LibraryDb): Promise<LibraryArticle[]> {
  return db.getAllFromIndex('articles', 'addedAt');
}

/** Articles read per transaction by `articleChunks`. */
export const ARTICLE_CHUNK = 200;

/**
 * Every article in the order added, a chunk at a time, so that a large
 * library is never held whole as its records (each carries its text, of
 * which the folded index and search keep only part); strings repeated across
 * them share one copy (`share-strings.ts`). The ids are read first (or are
 * `known`, in the store's order): an article removed meanwhile is left out
 * (unless its chunk, one ahead of the caller, was read already), one added
 * meanwhile is not read.
 */
export async function* articleChunks(db: LibraryDb, size = ARTICLE_CHUNK, known?: readonly string[]): AsyncGenerator<LibraryArticle[]> {
  const ids = known ?? (await readArticleIds(db));
  const pool = new Map<string, string>();
  // By id, many requests at once: in Chrome, 3 times faster than getAll over a key range for records this size.
  const read = (i: number) => {
    const tx = db.transaction('articles');
    return Promise.all(ids.slice(i, i + size).map((id) => tx.store.get(id)));
  };
  let next = ids.length > 0 ? read(0) : undefined;
  for (let i = 0; i < ids.length; i += size) {
    const chunk = await next!;
    // The next chunk is read while the caller works on this one (folding 10,000 articles waited seconds on the reads).
    next = i + size < ids.length ? read(i + size) : undefined;
    const articles = chunk.filter((a) => a !== undefined);
    for (const a of articles) shareFoldedStrings(a, pool);
    yield articles;
  }
}

/**
 * Shares the strings of what the folded index keeps of an article (its source,
 * sentences, entities and quotes), in place: the rest of the record (its body,
 * spot pieces, reading choices) is let go after the chunk, so walking it would
 * be wasted (a third of the record).
 */
function shareFoldedStrings(a: LibraryArticle, pool: Map<string, string>): void {
  shareStrings(a.parsed.source, pool);
  shareStrings(a.parsed.sentences, pool);
  shareStrings(a.entities, pool);
  shareStrings(a.quotes, pool);
}

/** One article's line in the library page (its date added, without reading its record). */
export async function readRow(db: LibraryDb, id: string): Promise<LibraryRow | undefined> {
  return db.get('rows', id);
}

/** Every article's line in the library page, in the order added. */
export async function readRows(db: LibraryDb): Promise<LibraryRow[]> {
  return db.getAllFromIndex('rows', 'addedAt');
}

/** Ids of the articles written by another reader version than `current` (by the `readerVersion` index: no record read). */
export async function readStaleIds(db: LibraryDb, current: number): Promise<string[]> {
  const index = db.transaction('articles').store.index('readerVersion');
  const [older, newer] = await Promise.all([index.getAllKeys(IDBKeyRange.upperBound(current, true)), index.getAllKeys(IDBKeyRange.lowerBound(current, true))]);
  return [...older, ...newer];
}

/** The `n` rows added last, newest first, and how many rows there are. */
export async function readNewestRows(db: LibraryDb, n: number): Promise<{ rows: LibraryRow[]; count: number }> {
  const tx = db.transaction('rows');
  const rows: LibraryRow[] = [];
  for (let cursor = await tx.store.index('addedAt').openCursor(null, 'prev'); cursor && rows.length < n; cursor = await cursor.continue())
    rows.push(cursor.value);
  return { rows, count: await tx.store.count() };
}

export async function readArticleIds(db: LibraryDb): Promise<string[]> {
  return (await db.getAllKeysFromIndex('articles', 'addedAt')) as string[];
}

export async function readStamp(db: LibraryDb): Promise<IndexStamp | undefined> {
  return (await db.get('state', 'stamp')) as IndexStamp | undefined;
}

/** The articles of `ids`, in one transaction (a missing one is undefined). */
export async function readArticlesOf(db: LibraryDb, ids: readonly string[]): Promise<(LibraryArticle | undefined)[]> {
  const tx = db.transaction('articles');
  return Promise.all(ids.map((id) => tx.store.get(id)));
}

export async function readArticle(db: LibraryDb, id: string): Promise<LibraryArticle | undefined> {
  return db.get('articles', id);
}

export async function readOriginal(db: LibraryDb, id: string): Promise<ArticleOriginal | undefined> {
  return db.get('originals', id);
}

const prefsOf = (stored: unknown): LibraryPrefs => ({ showSeeds: (stored as LibraryPrefs | undefined)?.showSeeds !== false });

/** What opening the library needs before it answers anything: the preferences and the stamp. */
export interface OpenState {
  prefs: LibraryPrefs;
  stamp?: IndexStamp;
}

export async function readOpenState(db: LibraryDb): Promise<OpenState> {
  const tx = db.transaction('state');
  const [prefs, stamp] = await Promise.all([tx.store.get('prefs'), tx.store.get('stamp')]);
  return { prefs: prefsOf(prefs), stamp: stamp as IndexStamp | undefined };
}

/**
 * The stored spot index, its runs joined; `undefined` when there is none, it
 * is in an older form, or its runs are not the `runs` its stamp names (the
 * head and the runs are read in one transaction, as a change writes them).
 */
export async function readStoredSpot(db: LibraryDb, runs: number): Promise<FlatSpotIndex | undefined> {
  const tx = db.transaction(['state', 'spotRuns']);
  const [spot, stored] = await Promise.all([tx.objectStore('state').get('spot'), tx.objectStore('spotRuns').getAll()]);
  const whole = isFlatSpotIndex(spot) && stored.length === runs && stored.every(isFlatSpotRun);
  return whole ? withSpotRuns(spot, stored) : undefined;
}

export interface LibraryChange {
  put?: LibraryArticle[];
  /** The texts of new or updated articles. */
  originals?: ArticleOriginal[];
  remove?: string[];
  /** Earlier readings of updated articles, kept beside them. */
  versions?: ArticleVersion[];
  prefs?: LibraryPrefs;
  /** The reader's corrections of the stories, all of them, replacing those stored. */
  corrections?: StoryCorrection[];
  /**
   * The staged import joins the library: its originals and versions move into
   * `originals` and `versions` (except the versions of `keepVersionsOf`, articles
   * the library had, which keep their own), and the staging is emptied.
   */
  staged?: { keepVersionsOf: ReadonlySet<string> };
  /** Every article's line, replacing those stored (after the store was found out of step with its index). */
  rows?: LibraryRow[];
  index: PackedLibraryIndex;
}

const CHANGE_STORES = [
  'articles',
  'originals',
  'versions',
  'rows',
  'stagedArticles',
  'stagedOriginals',
  'stagedVersions',
  'state',
  'spotRuns',
  'searchChanges',
  'searchParts',
] as const;

/** Writes a change and the index that includes it, all or nothing. */
export async function writeChange(db: LibraryDb, change: LibraryChange): Promise<void> {
  const tx = db.transaction(CHANGE_STORES, 'readwrite');
  await allOrNothing(tx, async (writes) => {
    const articles = tx.objectStore('articles');
    const originals = tx.objectStore('originals');
    const state = tx.objectStore('state');
    const versions = tx.objectStore('versions');
    const rows = tx.objectStore('rows');
    if (change.rows) {
      writes.push(rows.clear());
      for (const row of change.rows) writes.push(rows.put(row));
    }
    for (const id of change.remove ?? []) writes.push(articles.delete(id), originals.delete(id), versions.delete(versionRange(id)), rows.delete(id));
    for (const version of change.versions ?? []) writes.push(versions.put(version));
    for (const article of change.put ?? []) writes.push(articles.put(article), rows.put(rowOf(article)));
    for (const original of change.originals ?? []) writes.push(originals.put(original));
    if (change.prefs) writes.push(state.put(change.prefs, 'prefs'));
    if (change.corrections) writes.push(state.put(change.corrections, 'corrections'));
    // One at a time: a put that throws must not leave an earlier one unwatched.
    writes.push(state.put(change.index.stamp, 'stamp'));
    // The stories as listed were made from what this change replaces. Those as formed stay for the cards after a
    // start, with the articles this change wrote or removed noted beside them (`Library.cardIndex`), unless too many.
    writes.push(state.delete('stories'));
    const behind = (await state.count('formed')) ? formedBehindAfter(articleIdsOf(await state.get('formedSince')), change) : undefined;
    if (behind) writes.push(state.put(behind, 'formedSince'));
    else writes.push(state.delete('formed'), state.delete('formedSince'));
    writes.push(state.put(change.index.spot, 'spot'));
    const searchChanges = tx.objectStore('searchChanges');
    if (change.rows) writes.push(state.delete('search'), state.delete('searchMade'), searchChanges.clear(), tx.objectStore('searchParts').clear());
    else if (await state.count('search')) {
      // The stored search index is brought up to date from these when next loaded.
      for (const id of changedArticleIds(change)) writes.push(searchChanges.put(true, id));
    }
    const spotRuns = tx.objectStore('spotRuns');
    const { count, write } = change.index.runs;
    for (const [k, run] of write) writes.push(spotRuns.put(run, k));
    writes.push(spotRuns.delete(IDBKeyRange.lowerBound(count)));
    if (change.staged) {
      // One original at a time: an import's originals may be gigabytes, never all in memory.
      let cursor = await tx.objectStore('stagedOriginals').openCursor();
      while (cursor) {
        writes.push(originals.put(cursor.value));
        cursor = await cursor.continue();
      }
      let version = await tx.objectStore('stagedVersions').openCursor();
      while (version) {
        if (!change.staged.keepVersionsOf.has(version.value.id)) writes.push(versions.put(version.value));
        version = await version.continue();
      }
      writes.push(
        tx.objectStore('stagedOriginals').clear(),
        tx.objectStore('stagedVersions').clear(),
        tx.objectStore('stagedArticles').clear(),
        state.delete('import'),
      );
    }
  });
}

/**
 * Runs `queue`, which queues the writes of `tx` into `writes`, and waits for
 * all of them: a failure aborts the transaction, so none of them lands, and
 * is told as a `LibraryStoreError`.
 */
export async function allOrNothing(tx: { abort(): void; done: Promise<void> }, queue: (writes: Promise<unknown>[]) => Promise<void> | void): Promise<void> {
  const writes: Promise<unknown>[] = [];
  try {
    await queue(writes);
    await Promise.all([...writes, tx.done]);
  } catch (error) {
    // A request that throws at once (a value that cannot be stored) leaves the
    // transaction open with the others queued: abort it so none of them lands.
    try {
      tx.abort();
    } catch {
      // Already aborted by the failure itself.
    }
    const failures = (await Promise.allSettled([...writes, tx.done])).flatMap((f) => (f.status === 'rejected' ? [f.reason] : []));
    throw new LibraryStoreError(describeStoreError(await tellingCause(error, failures)));
  }
}

/** Less room left than this (or than 2% of the quota), a write that failed without a stated cause failed for room. */
const LITTLE_ROOM = 4 * 1024 * 1024;

/**
 * What the reader is told of a failed transaction, from its requests'
 * failures (`first` rejected first). A full disk fails the transaction
 * (QuotaExceededError) and aborts its requests still pending (AbortError),
 * whichever rejects first (or makes a later request throw
 * TransactionInactiveError): the full disk is told. Firefox fails some writes
 * that found no room with UnknownError instead (seen in the storage-full
 * test, one run in three): a failure with no stated cause is told as a full
 * disk when the browser says the library has almost no room left.
 */
async function tellingCause(first: unknown, failures: readonly unknown[]): Promise<unknown> {
  const full = failures.find((e) => nameOf(e) === 'QuotaExceededError');
  if (full) return full;
  const cause = isAftermath(first) ? (failures.find((e) => !isAftermath(e)) ?? first) : first;
  if (!(isAftermath(cause) || nameOf(cause) === 'UnknownError') || !(await littleRoomLeft())) return cause;
  return new DOMException(`${nameOf(cause)} with almost no room left`, 'QuotaExceededError');
}

/** A failure that follows another: a request the failed transaction aborted, or one made after it ended. */
const isAftermath = (error: unknown): boolean => ['AbortError', 'TransactionInactiveError'].includes(nameOf(error) ?? '');

async function littleRoomLeft(): Promise<boolean> {
  try {
    const { usage, quota } = (await (globalThis as { navigator?: Navigator }).navigator?.storage?.estimate()) ?? {};
    return usage !== undefined && quota !== undefined && quota - usage < Math.max(LITTLE_ROOM, quota * 0.02);
  } catch {
    return false;
  }
}

/** Every key of one article's versions. */
const versionRange = (id: string) => IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]);

/** The id of the article read from `url`, if the library has one. */
export async function readIdAtUrl(db: LibraryDb, url: string): Promise<string | undefined> {
  return (await db.getKeyFromIndex('articles', 'url', url)) as string | undefined;
}

/** An article's earlier versions, oldest first. */
export async function readVersions(db: LibraryDb, id: string): Promise<ArticleVersion[]> {
  return db.getAll('versions', versionRange(id));
}

/** The import in progress, if any. */
export async function readStagedImport(db: LibraryDb): Promise<StagedImport | undefined> {
  return (await db.get('state', 'import')) as StagedImport | undefined;
}

/** The staged articles' records (not their originals). */
export async function readStagedArticles(db: LibraryDb): Promise<LibraryArticle[]> {
  return db.getAll('stagedArticles');
}

/** A staged article's record, if it is staged. */
export async function readStagedArticle(db: LibraryDb, id: string): Promise<LibraryArticle | undefined> {
  return db.get('stagedArticles', id);
}

/**
 * An article's earlier versions from `from` on, oldest first, until they hold
 * about `chars` characters of text (at least one): an export reads an article
 * with many versions in parts.
 */
export async function readVersionsFrom(db: LibraryDb, id: string, from: number, chars: number): Promise<{ versions: ArticleVersion[]; next?: number }> {
  const versions: ArticleVersion[] = [];
  let size = 0;
  let cursor = await db.transaction('versions').store.openCursor(IDBKeyRange.bound([id, from], [id, Number.MAX_SAFE_INTEGER]));
  while (cursor) {
    if (versions.length && size >= chars) return { versions, next: cursor.value.n };
    versions.push(cursor.value);
    size += versionChars(cursor.value);
    cursor = await cursor.continue();
  }
  return { versions };
}

/** About how many characters a version holds: its body, and its sentences (the same text again). */
export const versionChars = (v: ArticleVersion): number => 2 * v.parsed.body.length;

/** A staged article's original text. */
export async function readStagedOriginal(db: LibraryDb, id: string): Promise<ArticleOriginal | undefined> {
  return db.get('stagedOriginals', id);
}

/**
 * Adds a batch to the import in progress (or starts it), with its progress, in
 * one transaction. `restaged`: articles staged again from this batch, whose
 * versions staged before are dropped (an article twice in one import is kept
 * once, the last given, with its own versions).
 */
export async function writeStaged(
  db: LibraryDb,
  progress: StagedImport,
  articles: readonly LibraryArticle[],
  originals: readonly ArticleOriginal[],
  versions: readonly ArticleVersion[] = [],
  restaged: readonly string[] = [],
): Promise<void> {
  const tx = db.transaction(['stagedArticles', 'stagedOriginals', 'stagedVersions', 'state'], 'readwrite');
  await allOrNothing(tx, (writes) => {
    for (const id of restaged) writes.push(tx.objectStore('stagedVersions').delete(versionRange(id)));
    for (const a of articles) writes.push(tx.objectStore('stagedArticles').put(a));
    for (const o of originals) writes.push(tx.objectStore('stagedOriginals').put(o));
    for (const v of versions) writes.push(tx.objectStore('stagedVersions').put(v));
    writes.push(tx.objectStore('state').put(progress, 'import'));
  });
}

/** Rolls the import in progress back: nothing of it stays. */
export async function clearStaged(db: LibraryDb): Promise<void> {
  const tx = db.transaction(['stagedArticles', 'stagedOriginals', 'stagedVersions', 'state'], 'readwrite');
  await Promise.all([
    tx.objectStore('stagedArticles').clear(),
    tx.objectStore('stagedOriginals').clear(),
    tx.objectStore('stagedVersions').clear(),
    tx.objectStore('state').delete('import'),
    tx.done,
  ]);
}

/** The reader's corrections of the stories, in the order made (see `stories/assignment.ts`). */
export async function readStoryCorrections(db: LibraryDb): Promise<StoryCorrection[]> {
  const stored = await db.get('state', 'corrections');
  return Array.isArray(stored) ? (stored as StoryCorrection[]) : [];
}

/** Replaces the stored corrections, all or nothing (one put, one transaction). */
export async function writeStoryCorrections(db: LibraryDb, corrections: readonly StoryCorrection[]): Promise<void> {
  const tx = db.transaction('state', 'readwrite');
  await allOrNothing(tx, (writes) => void writes.push(tx.store.put([...corrections], 'corrections'), ...STORY_KEYS.map((key) => tx.store.delete(key))));
}

/**
 * The stories as the library page lists them, kept so that a worker started
 * afresh lists them without making the stories again (at thousands of
 * articles, seconds). Every change deletes it in its own transaction, so one
 * found was made from the library as it is; `made` names what made it (the
 * seeds and the build), and one made by another is not used.
 */
export interface StoredStoryListing {
  made: string;
  stories: LibraryStory[];
}

/**
 * The stories as formed for a card or the side panel (not only listed), kept
 * apart from the list (which the library page reads alone): a worker started
 * afresh takes them rather than clustering every article again (at thousands
 * of articles, seconds). A change of articles alone keeps them, noting the
 * articles it changed (`formedSince`, up to `MAX_FORMED_BEHIND`), so a card
 * after a start still reads its stories alone; any other change deletes them
 * with the list. `made` as the list's.
 */
export interface StoredFormedStories {
  made: string;
  assignment: StoryAssignment;
  stories: Story[];
  /** Each entity's stories, so a card after a start reads the articles of those alone (`card-part.ts`); absent when stored by an older build. */
  entities?: EntityStories;
}

export async function readStoryListing(db: LibraryDb): Promise<StoredStoryListing | undefined> {
  const stored = (await db.get('state', 'stories')) as StoredStoryListing | undefined;
  return stored && typeof stored.made === 'string' && Array.isArray(stored.stories) ? stored : undefined;
}

/** Ids of articles as stored by `writeChange` (none when the value is not a list of them). */
function articleIdsOf(value: unknown): string[] {
  return Array.isArray(value) && value.every((id) => typeof id === 'string') ? value : [];
}

/**
 * The stories as stored when last formed, with `changedSince`, the articles
 * written or removed since (absent when none): the stories are the library's
 * as it is only without it.
 */
export async function readFormedStories(db: LibraryDb): Promise<(StoredFormedStories & { changedSince?: string[] }) | undefined> {
  const tx = db.transaction('state');
  const [stored, since] = (await Promise.all([tx.store.get('formed'), tx.store.get('formedSince')])) as [StoredFormedStories | undefined, unknown];
  if (!(stored && typeof stored.made === 'string' && Array.isArray(stored.assignment?.stories) && Array.isArray(stored.stories))) return undefined;
  // A note of changes that cannot be read leaves no way to tell what the stories miss.
  if (since !== undefined && articleIdsOf(since) !== since) return undefined;
  const entities = stored.entities === undefined || stored.entities instanceof Map ? stored.entities : undefined;
  const changedSince = articleIdsOf(since);
  return { ...stored, entities, ...(changedSince.length ? { changedSince } : {}) };
}

/** Keeps the stories as listed and, when given, as formed (then formed from the library as it is: no article changed since). */
export async function writeStoryListing(db: LibraryDb, listing: StoredStoryListing, formed?: StoredFormedStories): Promise<void> {
  const tx = db.transaction('state', 'readwrite');
  await Promise.all([
    tx.store.put(listing, 'stories'),
    formed ? tx.store.put(formed, 'formed') : undefined,
    formed ? tx.store.delete('formedSince') : undefined,
    tx.done,
  ]);
}

/** The kept comparisons of `keys` (those kept), in one transaction. */
export async function readComparisonsOf(db: LibraryDb, keys: readonly string[]): Promise<Map<string, Comparison>> {
  const tx = db.transaction('comparisons');
  const values = await Promise.all(keys.map((key) => tx.store.get(key)));
  const pool = new Map<string, string>();
  return new Map(keys.flatMap((key, i) => (values[i] ? [[key, shareStrings(values[i], pool)] as const] : [])));
}

/** Every kept comparison by its key (a few per multi-article story: read whole, in one transaction). */
export async function readComparisons(db: LibraryDb): Promise<Map<string, Comparison>> {
  const tx = db.transaction('comparisons');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  // Sentence ids and readings repeat across alignments and discrepancies: one copy of each (see shareStrings).
  const pool = new Map<string, string>();
  return new Map(keys.map((k, i) => [k, shareStrings(values[i], pool)]));
}

/** Keeps the comparisons in `used` not yet kept and lets go of those in `kept` no story uses now, in one transaction. */
export async function keepComparisons(db: LibraryDb, used: ReadonlyMap<string, Comparison>, kept: ReadonlyMap<string, Comparison>): Promise<void> {
  const tx = db.transaction('comparisons', 'readwrite');
  await allOrNothing(tx, (writes) => {
    for (const [key, comparison] of used) if (!kept.has(key)) writes.push(tx.store.put(comparison, key));
    for (const key of kept.keys()) if (!used.has(key)) writes.push(tx.store.delete(key));
  });
}

/**
 * The search index as stored (`search-parts.ts`): its head (MiniSearch's
 * form without the postings) and vocabulary, here; the postings in
 * `searchParts`, each part marked with the same `stamp` (a part of another
 * writing is never read with this head). `made` says what made it (an update
 * that reads or cuts words otherwise makes it again).
 */
export interface StoredSearchIndex {
  made: string;
  stamp: string;
  /** MiniSearch's form without its postings, as JSON. */
  head: string;
  /** Each part's terms, joined by newlines. */
  vocabulary: string[];
}

export interface StoredSearchPart {
  stamp: string;
  /** The part's `[term, postings]` entries, as JSON. */
  entries: string;
}

function isStoredSearchIndex(v: unknown): v is StoredSearchIndex {
  const s = v as Partial<StoredSearchIndex> | undefined;
  return typeof s?.made === 'string' && typeof s.stamp === 'string' && typeof s.head === 'string' && Array.isArray(s.vocabulary);
}

/** The stored search index's head (if any) and the articles changed since it was made, in one transaction. */
export async function readSearchIndex(db: LibraryDb): Promise<{ stored?: StoredSearchIndex; changed: string[] }> {
  const tx = db.transaction(['state', 'searchChanges']);
  const [stored, changed] = await Promise.all([tx.objectStore('state').get('search'), tx.objectStore('searchChanges').getAllKeys()]);
  return { stored: isStoredSearchIndex(stored) ? stored : undefined, changed };
}

/** The parts `numbers` of the search index stored as `stamp`, as JSON; undefined if one is missing or of another writing. */
export async function readSearchParts(db: LibraryDb, stamp: string, numbers: readonly number[]): Promise<string[] | undefined> {
  const tx = db.transaction('searchParts');
  const parts = await Promise.all(numbers.map((n) => tx.store.get(n)));
  return parts.every((p) => p?.stamp === stamp && typeof p.entries === 'string') ? parts.map((p) => p!.entries) : undefined;
}

/**
 * What made the stored search index (also kept apart, as `searchMade`: the
 * index itself is tens of megabytes at thousands of articles) and how many
 * articles changed since, read without the index.
 */
export async function readSearchState(db: LibraryDb): Promise<{ made?: string; changed: number }> {
  const tx = db.transaction(['state', 'searchChanges']);
  const [made, changed] = await Promise.all([tx.objectStore('state').get('searchMade'), tx.objectStore('searchChanges').count()]);
  return { made: typeof made === 'string' ? made : undefined, changed };
}

/** Stores the search index as it is now, head and parts in one transaction: no article changed since. */
export async function writeSearchIndex(db: LibraryDb, search: StoredSearchIndex, parts: readonly string[]): Promise<void> {
  const tx = db.transaction(['state', 'searchChanges', 'searchParts'], 'readwrite');
  const state = tx.objectStore('state');
  const stored = tx.objectStore('searchParts');
  await allOrNothing(tx, (writes) => {
    writes.push(state.put(search, 'search'), state.put(search.made, 'searchMade'), tx.objectStore('searchChanges').clear(), stored.clear());
    parts.forEach((entries, n) => writes.push(stored.put({ stamp: search.stamp, entries }, n)));
  });
}

/** When the reader last looked at each story (a key of `state`: derived from nothing, so no schema version). */
export async function readStoryVisits(db: LibraryDb): Promise<StoryVisit[]> {
  return checkedVisits(await db.get('state', 'visits'));
}

export async function writeStoryVisits(db: LibraryDb, visits: readonly StoryVisit[]): Promise<void> {
  const tx = db.transaction('state', 'readwrite');
  await allOrNothing(tx, (writes) => void writes.push(tx.store.put([...visits], 'visits')));
}
