import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/library/article';
import { DB_VERSION, describeStoreError, LibraryStoreError, MIGRATIONS, openLibraryDb, readArticleIds, readArticles, readStamp, writeChange, type PackedLibraryIndex } from '../../src/library/store';
import { newStory, seedIndexes } from './fixtures';

let dbCount = 0;
const freshName = () => `test-store-${++dbCount}`;
const index = (ids: string[]): PackedLibraryIndex => ({ stamp: { articleIds: ids, showSeeds: true, seeds: 's' }, spot: seedIndexes().spot });
const article = () => {
  const read = readArticle(newStory());
  if (!('article' in read)) throw new Error(read.problem);
  return read.article;
};

describe('library store', () => {
  it('has one migration per version', () => {
    expect(MIGRATIONS.length).toBe(DB_VERSION);
  });

  it.each(Array.from({ length: DB_VERSION }, (_, i) => i + 1))('opens a database left at version %i and keeps its articles', async (from) => {
    const name = freshName();
    // A database as that version made it: only the steps up to it.
    const old = await openDB(name, from, {
      upgrade(db, oldVersion, _new, tx) {
        for (let v = oldVersion; v < from; v++) MIGRATIONS[v](db as never, tx as never);
      },
    });
    const a = article();
    await old.put('articles', a);
    old.close();
    const db = await openLibraryDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect((await readArticles(db)).map((x) => x.id)).toEqual([a.id]);
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
    ['QuotaExceededError', /no more room/],
    ['UnknownError', /could not be written \(UnknownError\)/],
  ])('explains a %s in one line', (name, said) => {
    expect(describeStoreError({ name })).toMatch(said);
    expect(describeStoreError({ name })).toMatch(/Nothing was changed/);
  });
});
