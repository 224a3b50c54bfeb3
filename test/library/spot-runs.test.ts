import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { PASSAGE_RUN, QUOTE_RUN, flattenSpotIndex, type FlatSpotRun } from '../../src/contracts/spot-pack';
import type { ArticleInput } from '../../src/library/article';
import { Library, sameRun } from '../../src/library/service';
import { openLibraryDb, type IndexStamp } from '../../src/library/store';
import { plainSpot, seedIndexes } from './fixtures';

let dbCount = 0;
const freshName = () => `test-spot-runs-${++dbCount}`;
const open = (name: string) => Library.open(seedIndexes().full, seedIndexes().spot, name);
const WORDS = 'harbour ledger quarry meadow lantern falcon orchard beacon glacier canyon willow tundra'.split(' ');

/** A long article of its own sentences (each a passage of the spot index; each a quote key too when `quoted`). */
function longArticle(n: number, sentences = 60, quoted = false): ArticleInput {
  const lines = Array.from({ length: sentences }, (_, k) => {
    const w = (i: number) => WORDS[(n * 7 + k * 3 + i) % WORDS.length];
    const said = `the ${w(0)} council reviewed the ${w(1)} plan number ${n}-${k} with the ${w(2)} board on Tuesday morning`;
    // Quotations of words of their own (quotations of nearly the same words are one quote).
    const own = (i: number) => `${w(i)}${n}q${k}`;
    return quoted
      ? `"Yes, the ${own(0)} ${own(1)} reviewed ${own(2)} ${own(3)} with ${own(4)} ${own(5)}," said Inspector Rosalind Okonkwo-${n}.`
      : `Inspector Rosalind Okonkwo-${n} said ${said}.`;
  });
  return { name: `long-${n}.txt`, text: [`Report ${n} on the ${WORDS[n % WORDS.length]} plan`, 'By Ana Ruiz', '', ...lines].join('\n'), format: 'txt' };
}

/** A library in a fresh database holding long articles past `runs` runs' worth of passages (of quote keys when `quoted`); the ids added, in order. */
async function filledPast(runs: number, quoted = false): Promise<{ name: string; lib: Library; ids: string[]; next: () => ArticleInput }> {
  const name = freshName();
  const lib = await open(name);
  let n = 0;
  const ids: string[] = [];
  const filled = () => (quoted ? lib.spotIndex.quotes.length >= QUOTE_RUN * runs : lib.spotIndex.passages.length >= PASSAGE_RUN * runs);
  while (!filled()) ids.push(...(await lib.add(Array.from({ length: 20 }, () => longArticle(n++, 60, quoted)))).added.map((r) => r.id));
  return { name, lib, ids, next: () => longArticle(n++, 60, quoted) };
}

async function stored(name: string): Promise<{ stamp: IndexStamp; runs: Map<number, FlatSpotRun> }> {
  const db = await openLibraryDb(name);
  const stamp = (await db.get('state', 'stamp')) as IndexStamp;
  const keys = await db.getAllKeys('spotRuns');
  const runs = new Map(await Promise.all(keys.map(async (k) => [k, (await db.get('spotRuns', k))!] as const)));
  db.close();
  return { stamp, runs };
}

/** Marks stored run `k` with a field nothing reads or writes, so a run not written again keeps the mark. */
async function mark(name: string, k: number): Promise<void> {
  const db = await openLibraryDb(name);
  await db.put('spotRuns', { ...(await db.get('spotRuns', k))!, marked: true } as FlatSpotRun, k);
  db.close();
}
const marked = async (name: string, k: number) => 'marked' in ((await stored(name)).runs.get(k) ?? {});

// Each library here holds 100 to 160 long articles (two runs and more): seconds on a loaded machine.
describe("the articles' passages of the spot index, stored in runs", { timeout: 60_000 }, () => {
  it('a save writes the last run only; a cold start loads the same index from the runs', async () => {
    const { name, next } = await filledPast(2.2);
    const before = await stored(name);
    expect(before.stamp.spotRuns).toBe(3);
    expect([...before.runs.keys()]).toEqual([0, 1, 2]);
    await mark(name, 0);
    await mark(name, 2);
    const cold = await open(name);
    await cold.add([next()]);
    // Run 0 was not written again (the mark stays); the last run, which the article joined, was.
    expect(await marked(name, 0)).toBe(true);
    expect(await marked(name, 2)).toBe(false);
    expect((await stored(name)).runs.get(2)!.ends.length).toBeGreaterThan(before.runs.get(2)!.ends.length);
    const after = await open(name);
    expect(plainSpot(after.spotIndex)).toEqual(plainSpot(cold.spotIndex));
  });

  it("an article added before the newest (an import's older article) takes its place in the store's order: every run is written again, and a cold start loads the same index", async () => {
    const { name, lib, ids, next } = await filledPast(1.2);
    await mark(name, 1);
    const [older] = (await lib.add([{ ...next(), addedAt: '2001-01-01T00:00:00.000Z' }])).added;
    const { stamp } = await stored(name);
    expect(stamp.articleIds).toEqual([older.id, ...ids]);
    expect(await marked(name, 1)).toBe(false);
    const cold = await open(name);
    expect(plainSpot(cold.spotIndex)).toEqual(plainSpot(lib.spotIndex));
    // A save after it appends again: run 0 stays as stored.
    await mark(name, 0);
    await cold.add([next()]);
    expect(await marked(name, 0)).toBe(true);
    expect(plainSpot((await open(name)).spotIndex)).toEqual(plainSpot(cold.spotIndex));
  });

  it('a removal writes every run again, and runs no longer needed are deleted', async () => {
    const { name, lib, ids } = await filledPast(1.5);
    await mark(name, 0);
    await lib.remove(ids.slice(0, ids.length / 2));
    const { stamp, runs } = await stored(name);
    expect(stamp.spotRuns).toBe(1);
    expect([...runs.keys()]).toEqual([0]);
    expect(await marked(name, 0)).toBe(false);
    expect(plainSpot((await open(name)).spotIndex)).toEqual(plainSpot(lib.spotIndex));
    await lib.remove(ids.slice(ids.length / 2));
    expect((await stored(name)).runs.size).toBe(0);
    expect((await open(name)).usesSeedsAlone).toBe(true);
  });

  it('runs that are not those the stamp names are not trusted: the index is rebuilt from the articles', async () => {
    const { name, lib } = await filledPast(1.2);
    const db = await openLibraryDb(name);
    await db.delete('spotRuns', 1);
    db.close();
    expect(plainSpot((await open(name)).spotIndex)).toEqual(plainSpot(lib.spotIndex));
    expect((await stored(name)).runs.size).toBe(2);
  });

  it('an index stored whole (before version 6) loads as it is; the next save stores the passages in runs', async () => {
    const { name, lib, next } = await filledPast(1.2);
    const db = await openLibraryDb(name);
    const { spotRuns: _, ...stamp } = (await db.get('state', 'stamp')) as IndexStamp;
    await db.put('state', stamp, 'stamp');
    await db.put('state', flattenSpotIndex(lib.spotIndex), 'spot');
    await db.clear('spotRuns');
    db.close();
    const old = await open(name);
    expect(plainSpot(old.spotIndex)).toEqual(plainSpot(lib.spotIndex));
    await old.add([next()]);
    expect((await stored(name)).stamp.spotRuns).toBe(2);
    expect(plainSpot((await open(name)).spotIndex)).toEqual(plainSpot(old.spotIndex));
  });

  it("quote keys are stored in runs of their own size: a save writes the runs it joined, and the head holds the seeds' alone", async () => {
    const { name, lib, next } = await filledPast(2.2, true);
    const seedQuotes = seedIndexes().spot.quotes.length;
    expect(lib.spotIndex.quotes.length - seedQuotes).toBeGreaterThan(2 * QUOTE_RUN);
    expect(lib.spotIndex.passages.length).toBeLessThan(PASSAGE_RUN);
    const before = await stored(name);
    expect(before.stamp.spotRuns).toBe(3);
    const db = await openLibraryDb(name);
    const head = (await db.get('state', 'spot')) as ReturnType<typeof flattenSpotIndex>;
    db.close();
    expect(head.quoteIds.split('\n')).toHaveLength(seedQuotes);
    expect(head.head).not.toContain('"quotes"');
    await mark(name, 1);
    await mark(name, 2);
    await lib.add([next()]);
    // Run 0 holds every passage and the first quote keys, run 2 the last quote keys: both were written; run 1 was not.
    expect(await marked(name, 1)).toBe(true);
    expect(await marked(name, 2)).toBe(false);
    const runs = (await stored(name)).runs;
    expect(runs.get(0)!.ends.length).toBe(lib.spotIndex.passages.length - seedIndexes().spot.passages.length);
    expect(runs.get(1)!.ends.length).toBe(0);
    expect(runs.get(2)!.quoteIds.split('\n').length).toBeGreaterThan(before.runs.get(2)!.quoteIds.split('\n').length);
    expect(plainSpot((await open(name)).spotIndex)).toEqual(plainSpot(lib.spotIndex));
  });

  const list = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `p${i}` }));
  it.each([
    ['both empty', 0, 0, 0, true],
    ['the same pieces', 9, 9, 1, true],
    ['the same run, pieces added to the next', 8, 9, 1, true],
    ['one piece added to the run', 5, 6, 1, false],
    ['one piece cut from the run', 6, 5, 1, false],
    ['a piece of the run replaced', 8, 8, 1, false],
    ['a piece of another run replaced', 8, 8, 0, true],
    ['a run past the end of both', 8, 9, 3, true],
  ])('sameRun (runs of 4): %s', (what, before, after, k, same) => {
    const pieces = list(Math.max(before, after));
    const next = pieces.slice(0, after);
    if (what.includes('replaced')) next[6] = { ...next[6] };
    expect(sameRun(pieces.slice(0, before), next, k, 4)).toBe(same);
  });
});
