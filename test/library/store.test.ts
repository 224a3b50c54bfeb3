import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { readArticle } from '../../src/library/article';
import {
  allOrNothing,
  DB_VERSION,
  describeStoreError,
  LibraryStoreError,
  MIGRATIONS,
  migrate,
  openLibraryDb,
  readArticleIds,
  readArticles,
  readOriginal,
  readRows,
  readStamp,
  rowOf,
  writeChange,
  type PackedLibraryIndex,
} from '../../src/library/store';
import { flattenSpotIndex } from '../../src/contracts/spot-pack';
import { newStory, seedIndexes } from './fixtures';

let dbCount = 0;
const freshName = () => `test-store-${++dbCount}`;
const index = (ids: string[]): PackedLibraryIndex => ({
  stamp: { articleIds: ids, showSeeds: true, seeds: 's' },
  spot: flattenSpotIndex(seedIndexes().spot),
  runs: { count: 0, write: new Map() },
});
const readOne = () => {
  const read = readArticle(newStory());
  if (!('article' in read)) throw new Error(read.problem);
  return read;
};
const article = () => readOne().article;

/** A database as version `to` made it: only the steps up to it. */
const openAt = (name: string, to: number) =>
  openDB(name, to, {
    upgrade(db, oldVersion, _new, tx) {
      migrate(db as never, tx as never, oldVersion, to);
    },
  });

describe('library store', () => {
  it('has one migration per version', () => {
    expect(MIGRATIONS.length).toBe(DB_VERSION);
  });

  it.each(Array.from({ length: DB_VERSION }, (_, i) => i + 1))('opens a database left at version %i and keeps its articles', async (from) => {
    const name = freshName();
    const old = await openAt(name, from);
    const a = article();
    await old.put('articles', a);
    old.close();
    const db = await openLibraryDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect((await readArticles(db)).map((x) => x.id)).toEqual([a.id]);
    db.close();
  });

  it("version 2 moves each article's text out of its record into originals", async () => {
    const name = freshName();
    const old = await openAt(name, 1);
    const { article: a, original } = readOne();
    const b = { ...a, id: 'src-lib-00000000000000bb', key: 'file:b.txt' };
    // Version 1 kept the text in the article's record.
    await old.put('articles', { ...a, text: original.text });
    await old.put('articles', { ...b, text: 'the text of b' });
    old.close();
    const db = await openLibraryDb(name);
    expect(await readArticles(db)).toEqual(expect.arrayContaining([a, b]));
    expect((await readArticles(db)).some((x) => 'text' in x)).toBe(false);
    expect(await readOriginal(db, a.id)).toEqual(original);
    expect((await readOriginal(db, b.id))?.text).toBe('the text of b');
    db.close();
  });

  it('version 8 lets go of a search index stored whole (it is made again, in parts), and keeps the articles', async () => {
    const name = freshName();
    const old = await openAt(name, 7);
    const a = article();
    await old.put('articles', a);
    await old.put('state', { made: 'search-1|3|1.0.0', json: '{"documentCount":0}' }, 'search');
    await old.put('state', 'search-1|3|1.0.0', 'searchMade');
    await old.put('searchChanges', true, a.id);
    old.close();
    const db = await openLibraryDb(name);
    expect(db.objectStoreNames.contains('searchParts')).toBe(true);
    expect(await db.get('state', 'search')).toBeUndefined();
    expect(await db.get('state', 'searchMade')).toBeUndefined();
    expect(await db.count('searchChanges')).toBe(0);
    expect((await readArticles(db)).map((x) => x.id)).toEqual([a.id]);
    db.close();
  });

  it.each([1, 4])("version 5 keeps each article's line in the library page beside it (from version %i)", async (from) => {
    const name = freshName();
    const old = await openAt(name, from);
    const a = article();
    const b = { ...a, id: 'src-lib-00000000000000bb', key: 'file:b.txt', addedAt: '2020-01-01T00:00:00.000Z', url: undefined, versions: 2 };
    await old.put('articles', a);
    await old.put('articles', b);
    old.close();
    const db = await openLibraryDb(name);
    const rows = await readRows(db);
    expect(rows.map((r) => r.id)).toEqual([b.id, a.id]);
    expect(rows[1]).toEqual({ ...rowOf((await readArticles(db))[1]), sample: false });
    expect(rows[1]).toMatchObject({ title: a.parsed.source.title, outlet: a.parsed.source.outlet, origin: 'imported' });
    expect(rows[0]).toMatchObject({ versions: 3 });
    db.close();
  });

  it('writes an article, its original, its line and its index together; removing takes the original and the line too', async () => {
    const db = await openLibraryDb(freshName());
    const { article: a, original } = readOne();
    await writeChange(db, { put: [a], originals: [original], index: index([a.id]) });
    expect(await readOriginal(db, a.id)).toEqual(original);
    expect(await readRows(db)).toEqual([rowOf(a)]);
    await writeChange(db, { remove: [a.id], index: index([]) });
    expect(await readRows(db)).toEqual([]);
    expect(await readOriginal(db, a.id)).toBeUndefined();
    expect(await readArticleIds(db)).toEqual([]);
    db.close();
  });

  it('writes an article and its index together', async () => {
    const db = await openLibraryDb(freshName());
    const a = article();
    await writeChange(db, { put: [a], index: index([a.id]) });
    expect(await readArticleIds(db)).toEqual([a.id]);
    expect((await readStamp(db))?.articleIds).toEqual([a.id]);
    db.close();
  });

  it('a failed write changes nothing: neither the articles nor the index', async () => {
    const db = await openLibraryDb(freshName());
    const a = article();
    await writeChange(db, { put: [a], index: index([a.id]) });
    // An index that cannot be stored (a function is not cloneable) fails the whole transaction.
    const broken = { ...index(['other']), spot: { bad: () => 1 } } as unknown as PackedLibraryIndex;
    const b = { ...a, id: 'src-lib-other', key: 'file:other.txt' };
    await expect(writeChange(db, { put: [b], remove: [a.id], index: broken })).rejects.toBeInstanceOf(LibraryStoreError);
    expect(await readArticleIds(db)).toEqual([a.id]);
    expect((await readStamp(db))?.articleIds).toEqual([a.id]);
    db.close();
  });

  it.each([
    ['a request aborted first, the transaction failing for room', ['AbortError'], 'QuotaExceededError', /no more room/],
    ['the request failing for room first', ['QuotaExceededError', 'AbortError'], 'QuotaExceededError', /no more room/],
    ['requests aborted, the transaction aborted', ['AbortError'], 'AbortError', /could not be written \(AbortError\)/],
    ['a request failing for no stated cause, with room left', ['AbortError', 'UnknownError'], 'UnknownError', /could not be written \(UnknownError\)/],
    // Firefox's storage-full test: a write that found no room failed as UnknownError, after the requests it aborted.
    ['the same with 64 KB of 10 MB left', ['AbortError', 'UnknownError'], 'UnknownError', /no more room/, { usage: 10_420_000, quota: 10_485_760 }],
    ['the same with 100 MB of 10 GB left (under 2%)', ['UnknownError'], 'UnknownError', /no more room/, { usage: 9.9e9, quota: 1e10 }],
    ['aborted with no cause, almost no room left', ['AbortError'], 'AbortError', /no more room/, { usage: 1e9 - 1e6, quota: 1e9 }],
    [
      'a request made after the transaction ended, then the cause',
      ['TransactionInactiveError', 'UnknownError'],
      'UnknownError',
      /could not be written \(UnknownError\)/,
    ],
    [
      'a value that cannot be stored, almost no room left',
      ['DataCloneError'],
      'AbortError',
      /could not be written \(DataCloneError\)/,
      { usage: 1e9 - 1e6, quota: 1e9 },
    ],
  ])('a failed write names the telling cause: %s', async (_, requests, transaction, said, estimate?: StorageEstimate) => {
    vi.stubGlobal('navigator', { storage: { estimate: async () => estimate ?? { usage: 1e6, quota: 1e10 } } });
    const fail = (name: string, ms: number) => new Promise((_, reject) => setTimeout(() => reject(new DOMException('failed', name)), ms));
    const tx = { abort: () => undefined, done: fail(transaction, 20) as Promise<void> };
    try {
      const written = allOrNothing(tx, (writes) => void writes.push(...requests.map((name, i) => fail(name, i * 5))));
      await expect(written).rejects.toThrow(said);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it.each([
    ['QuotaExceededError', /no more room/],
    ['UnknownError', /could not be written \(UnknownError\)/],
  ])('explains a %s in one line', (name, said) => {
    expect(describeStoreError({ name })).toMatch(said);
    expect(describeStoreError({ name })).toMatch(/Nothing was changed/);
  });
});
