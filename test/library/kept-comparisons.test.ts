import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/compare/compare';
import { Library } from '../../src/library/service';
import { openLibraryDb, readComparisons } from '../../src/library/store';
import { MAX_COMPARED, comparisonWindows, formLibraryStories, storiesToCompare, withComparisons, type FormedStories } from '../../src/library/stories';
import type { FullIndex } from '../../src/contracts/schema';
import { newStory, seedAsInput, seedIndexes } from './fixtures';

let dbCount = 0;
const freshName = () => `test-comparisons-${++dbCount}`;
const open = (name: string) => Library.open(seedIndexes().full, seedIndexes().spot, name, '1.0.0');
/** Waits for the queue of changes (where comparisons are kept) to run dry. */
const settled = (lib: Library) => lib.remove([]);
const kept = async (name: string) => {
  const db = await openLibraryDb(name);
  const all = await readComparisons(db);
  db.close();
  return all;
};
/** Rewrites every kept comparison, so a story compared again shows it was not read. */
const blankKept = async (name: string) => {
  const db = await openLibraryDb(name);
  for (const key of (await readComparisons(db)).keys()) await db.put('comparisons', { alignments: [], discrepancies: [], lineage: [] }, key);
  db.close();
};
const storyOf = (full: FullIndex, source: string) => full.stories.find((s) => s.sources.includes(source))!;
const alignedIn = (full: FullIndex, sources: readonly string[]) =>
  full.alignments.filter((a) => a.sentences.some((s) => sources.some((id) => s.startsWith(id))));
/** Two reports of the quantum talks, one story of two sources. */
const quantumPair = () => [
  newStory('quantum.txt'),
  { ...newStory('quantum-wire.txt'), text: newStory().text.replace('failed on Monday', 'failed on Tuesday') },
];

describe("the stories' comparisons, kept by what each story holds", () => {
  it('a worker started afresh gives the same index without comparing a story again', async () => {
    const name = freshName();
    const lib = await open(name);
    await lib.add([...quantumPair(), seedAsInput('pd')]);
    const made = await lib.fullIndex();
    await settled(lib);
    // The seeds' story with a copy of one seed, and the quantum pair: two stories compared.
    expect((await kept(name)).size).toBe(2);
    expect(JSON.stringify(await (await open(name)).fullIndex())).toBe(JSON.stringify(made));

    await blankKept(name);
    const cold = await (await open(name)).fullIndex();
    expect(cold.alignments).toEqual([]);
    expect(cold.stories).toEqual(made.stories);
  });

  it('a change compares only the stories it changed, and lets go of the comparisons no story holds', async () => {
    const name = freshName();
    const lib = await open(name);
    const { added } = await lib.add([...quantumPair(), seedAsInput('pd')]);
    await lib.fullIndex();
    await settled(lib);
    await blankKept(name);
    const cold = await open(name);
    const [wire] = (await cold.add([{ ...newStory('quantum-daily.txt'), text: newStory().text.replace('Geneva', 'Bern') }])).added;
    const full = await cold.fullIndex();
    const quantum = storyOf(full, added[0].id);
    expect(quantum.sources).toContain(wire.id);
    // The quantum story changed and was compared again; the seeds' story with its copy was not.
    expect(alignedIn(full, quantum.sources).length).toBeGreaterThan(0);
    expect(alignedIn(full, storyOf(full, added[2].id).sources)).toEqual([]);
    await settled(cold);
    expect((await kept(name)).size).toBe(2);

    await cold.remove([added[2].id]);
    await cold.fullIndex();
    await settled(cold);
    // The seeds' story is the seeds' own again (its bundled comparison): one story's comparison kept.
    expect((await kept(name)).size).toBe(1);
  });

  it('a change that lands while the stories are compared: the index given is the library before or after it, the next one after', async () => {
    const name = freshName();
    const lib = await open(name);
    await lib.add([...quantumPair(), seedAsInput('pd')]);
    const making = lib.fullIndex();
    const { added } = await lib.add([{ ...newStory('quantum-daily.txt'), text: newStory().text.replace('Geneva', 'Bern') }]);
    const during = await making;
    const after = await lib.fullIndex();
    expect(after.sources.map((s) => s.id)).toContain(added[0].id);
    if (during.sources.some((s) => s.id === added[0].id)) expect(during).toBe(after);
    await settled(lib);
    expect(JSON.stringify(after)).toBe(JSON.stringify(await (await open(name)).fullIndex()));
    expect((await kept(name)).size).toBe(2);
  });

  it('a comparison kept is used as it is; a story not kept is compared', () => {
    const { full: seeds } = seedIndexes();
    const formed = formLibraryStories(seeds, new Map());
    // The seeds alone are the seeds' story: nothing compared, nothing used.
    expect(withComparisons(seeds, formed).used.size).toBe(0);
    const other = { ...seeds, stories: [] };
    const made = withComparisons(other, formed, new Map(), 'v1');
    expect(made.used.size).toBe(1);
    const [key] = made.used.keys();
    expect(made.full.alignments.length).toBe(seeds.alignments.length);
    const marked: Comparison = { alignments: [], discrepancies: [], lineage: [] };
    expect(withComparisons(other, formed, new Map([[key, marked]]), 'v1').full.alignments).toEqual([]);
    // Kept by another build: compared again.
    expect(withComparisons(other, formed, new Map([[key, marked]]), 'v2').full.alignments.length).toBe(seeds.alignments.length);
  });

  it.each([
    [0, [0]],
    [1, [1]],
    [200, [200]],
    [201, [101, 100]],
    [401, [134, 133, 134]],
    [450, [150, 150, 150]],
  ])('a story of %i articles is compared in windows of %j', (n, sizes) => {
    const members = Array.from({ length: n }, (_, i) => i);
    const windows = comparisonWindows(members, 200);
    expect(windows.map((w) => w.length)).toEqual(sizes);
    expect(windows.flat()).toEqual(members);
  });

  it('a story of more than MAX_COMPARED articles is compared in windows, each kept by its own key', () => {
    const n = 2 * MAX_COMPARED + 50;
    const { full: seeds } = seedIndexes();
    const ids = Array.from({ length: n }, (_, i) => `src-w${i}`);
    const index: FullIndex = {
      ...seeds,
      sources: ids.map((id) => ({ ...seeds.sources[0], id, file: `${id}.txt` })),
      sentences: ids.map((id) => ({
        id: `${id}:p1:s1`,
        source: id,
        paragraph: 1,
        index: 1,
        start: 0,
        end: 40,
        text: `The ministry said the talks went well, ${id}.`,
      })),
      stories: [],
    };
    const formed = { index, assignment: { stories: [{ sources: ids }] }, stories: [] } as unknown as FormedStories;
    const groups = storiesToCompare({ ...seeds, stories: [] }, formed, 'v1');
    expect(groups.map((g) => g.members.length)).toEqual([150, 150, 150]);
    expect(groups.flatMap((g) => g.members.map((m) => m.source.id))).toEqual(ids);
    expect(new Set(groups.map((g) => g.key)).size).toBe(3);
  });
});
