/**
 * The library in IndexedDB, through `idb`. Owned by the background (a content
 * script's IndexedDB would belong to the page's origin).
 *
 * Three stores: `articles` (one record per article, keyed by its source id:
 * what was read from it, without the text it was read from), `originals` (that
 * text, by the same id: often a whole web page, read only to read the article
 * again or to export it) and `state` (the packed index, ready to load on a
 * cold start, and the reader's library preferences). Every change writes the
 * article, its original and the index that
 * includes it in one transaction: a browser killed mid-save loses that save,
 * never the library, and the stored index never disagrees with the articles.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { FLAT_SPOT_FORMAT, isFlatSpotIndex, type FlatSpotIndex } from '../contracts/spot-pack';
import type { StoryCorrection } from '../stories/assignment';
import type { ArticleOriginal, LibraryArticle } from './article';

export const DB_NAME = 'sourcelight-library';
export const DB_VERSION = 2;

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
}

/**
 * The spot index as stored, ready for the matcher on a cold start. The full
 * index is not stored: folding the articles into the seeds again needs no
 * extraction (see merge.ts), and writing it on every save would cost in
 * proportion to the library.
 */
export interface PackedLibraryIndex {
  stamp: IndexStamp;
  spot: FlatSpotIndex;
}

export interface LibraryPrefs {
  /** Whether the built-in sample story (the seeds) is part of the index. */
  showSeeds: boolean;
}

export interface LibrarySchema extends DBSchema {
  articles: { key: string; value: LibraryArticle; indexes: { addedAt: string } };
  originals: { key: string; value: ArticleOriginal };
  state: { key: 'stamp' | 'spot' | 'prefs' | 'corrections'; value: IndexStamp | FlatSpotIndex | LibraryPrefs | StoryCorrection[] };
}

export type LibraryDb = IDBPDatabase<LibrarySchema>;
type UpgradeTx = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>;

/**
 * One step per version: `MIGRATIONS[n - 1]` takes a database from version
 * n - 1 to n. Steps never change: a new version adds a step.
 */
export const MIGRATIONS: ((db: LibraryDb, tx: UpgradeTx) => void)[] = [
  (db) => {
    const articles = db.createObjectStore('articles', { keyPath: 'id' });
    articles.createIndex('addedAt', 'addedAt');
    db.createObjectStore('state');
  },
  // Version 2: each article's text moves out of its record into `originals`.
  (db, tx) => {
    db.createObjectStore('originals', { keyPath: 'id' });
    void moveOriginals(tx);
  },
];

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

export class LibraryStoreError extends Error {
  override name = 'LibraryStoreError';
}

/** Says what a failed write means for the reader; the quota case most of all. */
export function describeStoreError(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') {
    return 'The browser has no more room for the library. Nothing was changed; remove some articles or free disk space, then try again.';
  }
  return `The library could not be written (${name ?? String(error)}). Nothing was changed.`;
}

export function openLibraryDb(name = DB_NAME, version = DB_VERSION): Promise<LibraryDb> {
  return openDB<LibrarySchema>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) MIGRATIONS[v](db, tx);
    },
  });
}

export async function readArticles(db: LibraryDb): Promise<LibraryArticle[]> {
  return db.getAllFromIndex('articles', 'addedAt');
}

export async function readArticleIds(db: LibraryDb): Promise<string[]> {
  return (await db.getAllKeysFromIndex('articles', 'addedAt')) as string[];
}

export async function readStamp(db: LibraryDb): Promise<IndexStamp | undefined> {
  return (await db.get('state', 'stamp')) as IndexStamp | undefined;
}

export async function readArticle(db: LibraryDb, id: string): Promise<LibraryArticle | undefined> {
  return db.get('articles', id);
}

export async function readOriginal(db: LibraryDb, id: string): Promise<ArticleOriginal | undefined> {
  return db.get('originals', id);
}

const prefsOf = (stored: unknown): LibraryPrefs => ({ showSeeds: (stored as LibraryPrefs | undefined)?.showSeeds !== false });

/** What a cold start needs, read in one transaction: the preferences, the stamp and the stored spot index. */
export interface StartState {
  prefs: LibraryPrefs;
  stamp?: IndexStamp;
  spot?: FlatSpotIndex;
}

/** The stored spot index is `undefined` when there is none or it is in an older form. */
export async function readStartState(db: LibraryDb): Promise<StartState> {
  const state = db.transaction('state').store;
  const [prefs, stamp, spot] = await Promise.all([state.get('prefs'), state.get('stamp'), state.get('spot')]);
  return { prefs: prefsOf(prefs), stamp: stamp as IndexStamp | undefined, spot: isFlatSpotIndex(spot) ? spot : undefined };
}

export interface LibraryChange {
  put?: LibraryArticle[];
  /** The texts of new or updated articles. */
  originals?: ArticleOriginal[];
  remove?: string[];
  prefs?: LibraryPrefs;
  index: PackedLibraryIndex;
}

/** Writes a change and the index that includes it, all or nothing. */
export async function writeChange(db: LibraryDb, change: LibraryChange): Promise<void> {
  const tx = db.transaction(['articles', 'originals', 'state'], 'readwrite');
  const writes: Promise<unknown>[] = [];
  try {
    const articles = tx.objectStore('articles');
    const originals = tx.objectStore('originals');
    const state = tx.objectStore('state');
    for (const id of change.remove ?? []) writes.push(articles.delete(id), originals.delete(id));
    for (const article of change.put ?? []) writes.push(articles.put(article));
    for (const original of change.originals ?? []) writes.push(originals.put(original));
    if (change.prefs) writes.push(state.put(change.prefs, 'prefs'));
    // One at a time: a put that throws must not leave an earlier one unwatched.
    writes.push(state.put(change.index.stamp, 'stamp'));
    writes.push(state.put(change.index.spot, 'spot'));
    await Promise.all([...writes, tx.done]);
  } catch (error) {
    // A request that throws at once (a value that cannot be stored) leaves the
    // transaction open with the others queued: abort it so none of them lands.
    try {
      tx.abort();
    } catch {
      // Already aborted by the failure itself.
    }
    for (const settled of [...writes, tx.done]) settled.catch(() => undefined);
    throw new LibraryStoreError(describeStoreError(error));
  }
}

/** The reader's corrections of the stories, in the order made (see `stories/assignment.ts`). */
export async function readStoryCorrections(db: LibraryDb): Promise<StoryCorrection[]> {
  const stored = await db.get('state', 'corrections');
  return Array.isArray(stored) ? (stored as StoryCorrection[]) : [];
}

/** Replaces the stored corrections, all or nothing (one put, one transaction). */
export async function writeStoryCorrections(db: LibraryDb, corrections: readonly StoryCorrection[]): Promise<void> {
  try {
    await db.put('state', [...corrections], 'corrections');
  } catch (error) {
    throw new LibraryStoreError(describeStoreError(error));
  }
}
