import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArticleInput } from '../../src/library/article';
import { Library } from '../../src/library/service';
import { openLibraryDb, type IndexStamp } from '../../src/library/store';
import { newStory, plainSpot, seedAsInput, seedIndexes } from './fixtures';

let dbCount = 0;
const freshName = () => `test-unfolded-${++dbCount}`;
const open = (name: string) => Library.open(seedIndexes().full, seedIndexes().spot, name);
const folds = () => vi.spyOn(Library.prototype as unknown as { readFolded(): Promise<unknown> }, 'readFolded');
const at = (i: number) => new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString();

/** Articles naming the seeds' people and each other's (entities merged into known ones, aliases gained), each dated after the last. */
const INPUTS: ArticleInput[] = [
  { ...newStory('a.txt'), addedAt: at(1) },
  { ...seedAsInput('pd'), addedAt: at(2) },
  { ...newStory('b.txt', 'Ottoline Brackenridge'), addedAt: at(3) },
  // The same person by a longer name: a known entity gains an alias.
  { ...newStory('c.txt', 'Ambassador Margarethe Vollenweider'), addedAt: at(4) },
  { ...seedAsInput('nyt'), addedAt: at(5) },
];

afterEach(() => vi.restoreAllMocks());

describe('a save after a worker start, without folding the library first', () => {
  it('gives the spot index that folding the library and cutting it again gives (the reference), and stores it', async () => {
    const folded = await open(freshName());
    await folded.remove([]); // folds the (empty) library: every save after folds in
    const unfolded = freshName();
    const reads = folds();
    for (const input of INPUTS) {
      await folded.add([input]);
      reads.mockClear();
      // A worker started afresh for every save.
      await (await open(unfolded)).add([input]);
      expect(reads).not.toHaveBeenCalled();
    }
    const cold = await open(unfolded);
    expect(plainSpot(cold.spotIndex)).toEqual(plainSpot(folded.spotIndex));
    // What the store lists is what the stamp names: no rebuild at the next start.
    expect(await cold.checkStoredIndex()).toBe(false);
    expect((await cold.rows()).filter((r) => !r.sample).map((r) => r.name)).toEqual(INPUTS.map((i) => i.name));
    // The cards' index folds the library when first asked: the same as the folded library's.
    expect((await cold.fullIndex()).sources.map((s) => s.id)).toEqual((await folded.fullIndex()).sources.map((s) => s.id));
  });

  it('an article the library holds, or one dated before its newest, is added the folded way', async () => {
    const name = freshName();
    await (await open(name)).add([{ ...newStory('a.txt'), addedAt: at(5) }]);
    const reads = folds();
    const again = await (await open(name)).add([{ ...newStory('a.txt'), addedAt: at(6) }]);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(again.added).toHaveLength(1);
    reads.mockClear();
    const older = await open(name);
    await older.add([{ ...newStory('b.txt', 'Ottoline Brackenridge'), addedAt: at(1) }]);
    expect(reads).toHaveBeenCalledTimes(1);
    const db = await openLibraryDb(name);
    const stamp = (await db.get('state', 'stamp')) as IndexStamp;
    db.close();
    expect(stamp.articleIds).toEqual((await older.rows()).filter((r) => !r.sample).map((r) => r.id));
    expect((await older.rows()).filter((r) => !r.sample).map((r) => r.name)).toEqual(['b.txt', 'a.txt']);
  });

  it('a page that is no article, after a worker start: said so without folding the library', async () => {
    const name = freshName();
    await (await open(name)).add([{ ...newStory('a.txt'), addedAt: at(1) }]);
    const reads = folds();
    const result = await (await open(name)).add([{ name: 'home.txt', text: 'Home', format: 'txt', addedAt: at(2) }]);
    expect(reads).not.toHaveBeenCalled();
    expect(result.added).toEqual([]);
    expect(result.problems).toEqual([expect.stringContaining('home.txt')]);
  });

  it('a batch of new articles, one of them unreadable: the others added unfolded, the bad one named', async () => {
    const name = freshName();
    await (await open(name)).add([{ ...newStory('a.txt'), addedAt: at(1) }]);
    const reads = folds();
    const lib = await open(name);
    const result = await lib.add([
      { ...newStory('b.txt', 'Ottoline Brackenridge'), addedAt: at(3) },
      { name: 'empty.txt', text: '', format: 'txt', addedAt: at(2) },
      { ...newStory('c.txt', 'Perpetua Quackenbush'), addedAt: at(2) },
    ]);
    expect(reads).not.toHaveBeenCalled();
    expect(result.added.map((r) => r.name)).toEqual(['c.txt', 'b.txt']);
    expect(result.problems).toEqual([expect.stringContaining('empty.txt')]);
    expect(plainSpot((await open(name)).spotIndex)).toEqual(plainSpot(lib.spotIndex));
    expect(lib.spotIndex.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Ottoline Brackenridge', 'Perpetua Quackenbush']));
  });
});
