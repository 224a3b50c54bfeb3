import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/library/service';
import { DB_NAME, openLibraryDb } from '../../src/library/store';
import { readStoredRows } from '../../src/platform/stored-rows';
import { newStory, seedIndexes } from '../library/fixtures';

const names = async () => (await indexedDB.databases()).map((d) => d.name);
const remove = (name: string) =>
  new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });

// One database name (the library's own), so the cases run in order.
describe("the library page's first screen, read from the library's database", () => {
  it('no library yet: nothing, and no database made (the background alone makes it)', async () => {
    expect(await readStoredRows(40)).toBeUndefined();
    expect(await names()).not.toContain(DB_NAME);
  });

  it('a database of an older version (the background has not migrated it yet): nothing, and it is left as it was', async () => {
    (await openLibraryDb(DB_NAME, 4)).close();
    expect(await readStoredRows(40)).toBeUndefined();
    const db = await openLibraryDb(DB_NAME, 4);
    expect(db.version).toBe(4);
    db.close();
    await remove(DB_NAME);
  });

  it('the newest rows, newest first, as the background lists them; the count of saved articles; the sample shown or not', async () => {
    const lib = await Library.open(seedIndexes().full, seedIndexes().spot);
    await lib.add([newStory('a.txt'), newStory('b.txt', 'Ottoline Brackenridge')]);
    await lib.add([newStory('c.txt', 'Perpetua Quackenbush')]);
    const saved = (await lib.rows()).filter((r) => !r.sample);
    expect(saved).toHaveLength(3);
    const two = await readStoredRows(2);
    expect(two).toEqual({ rows: saved.slice(-2).reverse(), count: 3, showSeeds: true });
    expect((await lib.newestRows(2)).rows).toEqual(two!.rows.slice().reverse());
    expect((await readStoredRows(40))?.rows).toEqual(saved.slice().reverse());
    await lib.setShowSeeds(false);
    expect((await readStoredRows(2))?.showSeeds).toBe(false);
  });
});
