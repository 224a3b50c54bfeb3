import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { PASSAGE_RUN, flattenSpotIndex, type FlatPassageRun } from '../../src/contracts/spot-pack';
import type { ArticleInput } from '../../src/library/article';
import { Library, unchangedRuns } from '../../src/library/service';
import { openLibraryDb, type IndexStamp } from '../../src/library/store';
import type { SpotPassage } from '../../src/contracts/schema';
import { plainSpot, seedIndexes } from './fixtures';

let dbCount = 0;
const freshName = () => `test-spot-runs-${++dbCount}`;
const open = (name: string) => Library.open(seedIndexes().full, seedIndexes().spot, name);
const WORDS = 'harbour ledger quarry meadow lantern falcon orchard beacon glacier canyon willow tundra'.split(' ');

/** A long article of its own sentences (each a passage of the spot index). */
function longArticle(n: number, sentences = 60): ArticleInput {
  const lines = Array.from({ length: sentences }, (_, k) => {
    const w = (i: number) => WORDS[(n * 7 + k * 3 + i) % WORDS.length];
    return `Inspector Rosalind Okonkwo-${n} said the ${w(0)} council reviewed the ${w(1)} plan number ${n}-${k} with the ${w(2)} board on Tuesday morning.`;
  });
  return { name: `long-${n}.txt`, text: [`Report ${n} on the ${WORDS[n % WORDS.length]} plan`, 'By Ana Ruiz', '', ...lines].join('\n'), format: 'txt' };
}

/** A library in a fresh database holding long articles past `runs` runs' worth of passages; the ids added, in order. */
async function filledPast(runs: number): Promise<{ name: string; lib: Library; ids: string[]; next: () => ArticleInput }> {
  const name = freshName();
  const lib = await open(name);
  let n = 0;
  const ids: string[] = [];
  while (lib.spotIndex.passages.length < PASSAGE_RUN * runs)
    ids.push(...(await lib.add(Array.from({ length: 20 }, () => longArticle(n++)))).added.map((r) => r.id));
  return { name, lib, ids, next: () => longArticle(n++) };
}

async function stored(name: string): Promise<{ stamp: IndexStamp; runs: Map<number, FlatPassageRun> }> {
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
  await db.put('spotRuns', { ...(await db.get('spotRuns', k))!, marked: true } as FlatPassageRun, k);
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

  it.each([
    ['nothing before', 0, 0, 0],
    ['the same passages', 2 * PASSAGE_RUN + 5, 2 * PASSAGE_RUN + 5, 2],
    ['one passage added', PASSAGE_RUN, PASSAGE_RUN + 1, 1],
    ['a passage of the second run replaced', 3 * PASSAGE_RUN, 3 * PASSAGE_RUN, 1],
  ])('unchangedRuns: %s', (what, before, after, runs) => {
    const passages: SpotPassage[] = Array.from({ length: Math.max(before, after) }, (_, i) => ({ id: `p${i}`, size: 1, shingles: [i] }));
    const next = passages.slice(0, after);
    if (what === 'a passage of the second run replaced') next[PASSAGE_RUN + 7] = { ...next[PASSAGE_RUN + 7] };
    expect(unchangedRuns(passages.slice(0, before), next)).toBe(runs);
  });
});
