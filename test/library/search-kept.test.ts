import 'fake-indexeddb/auto';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/library/service';
import { openLibraryDb, readSearchIndex, readSearchParts, writeSearchIndex } from '../../src/library/store';
import { joinSearchIndex, splitSearchIndex } from '../../src/library/search-parts';
import { searchTerms } from '../../src/text/segment';
import { newStory } from './fixtures';
import { seedIndexes } from './fixtures';

let dbCount = 0;
const freshName = () => `test-search-kept-${++dbCount}`;
const open = (name: string, build = '1.0.0') => Library.open(seedIndexes().full, seedIndexes().spot, name, build);
const found = async (lib: Library, query: string) => (await lib.search(query)).map((h) => h.id);
const stored = async (name: string) => {
  const db = await openLibraryDb(name);
  const read = await readSearchIndex(db);
  db.close();
  return read;
};
const OPTIONS = { fields: ['title', 'outlet', 'body'], storeFields: [], tokenize: searchTerms };

/** Adds to the stored index a document no article holds: a library that finds it searched the stored index. */
async function plant(name: string): Promise<void> {
  const db = await openLibraryDb(name);
  const { stored: kept } = await readSearchIndex(db);
  const parts = await readSearchParts(
    db,
    kept!.stamp,
    kept!.vocabulary.map((_, n) => n),
  );
  const index = MiniSearch.loadJS(
    joinSearchIndex(
      JSON.parse(kept!.head),
      parts!.map((p) => JSON.parse(p)),
    ),
    OPTIONS,
  );
  index.add({ id: 'src-lib-planted', title: 'Zebraphone', outlet: '', body: '' });
  const { head, vocabulary, parts: split } = splitSearchIndex(index.toJSON());
  await writeSearchIndex(
    db,
    { made: kept!.made, stamp: 'planted', head: JSON.stringify(head), vocabulary },
    split.map((entries) => JSON.stringify(entries)),
  );
  db.close();
}

describe('the search index, kept in IndexedDB', () => {
  it('is stored when first made, and a worker started afresh searches it without making it again', async () => {
    const name = freshName();
    const lib = await open(name);
    const [a] = (await lib.add([newStory('a.txt', 'Ottoline Brackenridge')])).added;
    expect(await found(lib, 'Brackenridge')).toEqual([a.id]);
    expect((await stored(name)).stored).toBeDefined();
    await plant(name);
    const cold = await open(name);
    expect(await found(cold, 'zebraphone')).toEqual(['src-lib-planted']);
    expect(await found(cold, 'Brackenridge')).toEqual([a.id]);
  });

  it('the articles added, read again and removed since are brought in when it loads', async () => {
    const name = freshName();
    const lib = await open(name);
    const [a, b] = (await lib.add([newStory('a.txt', 'Ottoline Brackenridge'), newStory('b.txt', 'Perpetua Quackenbush')])).added;
    await lib.search('anything');
    await plant(name);
    // A worker that never searched: its changes are noted for the stored index.
    const other = await open(name);
    const [c] = (await other.add([newStory('c.txt', 'Leopold Wintergreen')])).added;
    await other.remove([b.id]);
    await other.add([
      { ...newStory('a.txt', 'Ottoline Brackenridge'), text: newStory('a.txt', 'Ottoline Brackenridge').text.replace('Swiss envoy', 'Icelandic envoy') },
    ]);
    expect((await stored(name)).changed.sort()).toEqual([a.id, b.id, c.id].sort());
    const cold = await open(name);
    expect(await found(cold, 'zebraphone')).toEqual(['src-lib-planted']);
    expect(await found(cold, 'Wintergreen')).toEqual([c.id]);
    expect(await found(cold, 'Quackenbush')).toEqual([]);
    expect(await found(cold, 'Icelandic')).toEqual([a.id]);
    expect(await found(cold, 'Swiss')).not.toContain(a.id);
  });

  it('is stored again once many articles changed since, and the changes noted are cleared', async () => {
    const name = freshName();
    const lib = await open(name);
    await lib.add([newStory('a.txt', 'Ottoline Brackenridge')]);
    await lib.search('anything');
    const other = await open(name);
    const added = (await other.add(Array.from({ length: 50 }, (_, i) => newStory(`n${i}.txt`, `Person Number${i}x`)))).added;
    expect((await stored(name)).changed.length).toBe(50);
    const cold = await open(name);
    expect(await found(cold, 'Number7x')).toContain(added.find((r) => r.name === 'n7.txt')!.id);
    expect((await stored(name)).changed).toEqual([]);
    expect(await found(await open(name), 'Number49x')).toContain(added.find((r) => r.name === 'n49.txt')!.id);
  });

  it('is made ahead, for the next worker, when none is stored, after an update, or once many articles changed since; else left as stored', async () => {
    const name = freshName();
    const lib = await open(name);
    const [a] = (await lib.add([newStory('a.txt', 'Ottoline Brackenridge')])).added;
    // Never searched: none stored.
    expect(await lib.searchKept()).toBe(false);
    await lib.keepSearchIndex();
    expect((await stored(name)).stored).toBeDefined();
    await plant(name);
    const cold = await open(name);
    expect(await cold.searchKept()).toBe(true);
    // Left as stored (the planted document stays): a few changes are read again at the load.
    const [b] = (await cold.add([newStory('b.txt', 'Perpetua Quackenbush')])).added;
    const again = await open(name);
    expect(await again.searchKept()).toBe(true);
    await again.keepSearchIndex();
    expect((await stored(name)).changed).toEqual([b.id]);
    expect(await found(await open(name), 'zebraphone')).toEqual(['src-lib-planted']);

    // Another build: made again from the records.
    const updated = await open(name, '1.0.1');
    expect(await updated.searchKept()).toBe(false);
    await updated.keepSearchIndex();
    expect(await updated.searchKept()).toBe(true);
    expect(await found(await open(name, '1.0.1'), 'zebraphone')).toEqual([]);
    expect(await found(await open(name, '1.0.1'), 'Brackenridge')).toEqual([a.id]);

    // Many changed since: loaded and stored again, the changes noted cleared.
    await plant(name);
    const busy = await open(name, '1.0.1');
    await busy.add(Array.from({ length: 50 }, (_, i) => newStory(`n${i}.txt`, `Person Number${i}x`)));
    const restarted = await open(name, '1.0.1');
    expect(await restarted.searchKept()).toBe(false);
    await restarted.keepSearchIndex();
    expect((await stored(name)).changed).toEqual([]);
    expect(await found(await open(name, '1.0.1'), 'zebraphone')).toEqual(['src-lib-planted']);
  });

  it('is made again after an update (another build) and after the store was found out of step', async () => {
    const name = freshName();
    const lib = await open(name);
    const [a] = (await lib.add([newStory('a.txt', 'Ottoline Brackenridge')])).added;
    await lib.search('anything');
    await plant(name);
    const updated = await open(name, '1.0.1');
    expect(await found(updated, 'zebraphone')).toEqual([]);
    expect(await found(updated, 'Brackenridge')).toEqual([a.id]);

    // Something else wrote the store: the index is rebuilt, and the stored search index goes with it.
    await plant(name);
    const db = await openLibraryDb(name);
    await db.delete('articles', a.id);
    db.close();
    const checked = await open(name, '1.0.1');
    expect(await checked.checkStoredIndex()).toBe(true);
    expect((await stored(name)).stored).toBeUndefined();
    expect(await found(checked, 'zebraphone')).toEqual([]);
  });
});
