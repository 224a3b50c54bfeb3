import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportLibrary, parseExport, withStoryCorrections } from '../../src/library/exchange';
import { Library } from '../../src/library/service';
import { stableCorrection } from '../../src/library/stories';
import type { FullIndex } from '../../src/contracts/schema';
import { newStory, seedAsInput, seedIndexes } from './fixtures';

let dbCount = 0;
const open = (name = `test-corrections-${++dbCount}`) => Library.open(seedIndexes().full, seedIndexes().spot, name);
const seedIds = () => seedIndexes().full.sources.map((s) => s.id);
const storyHolding = (full: FullIndex, source: string) => full.stories.find((s) => s.sources.includes(source))!;
const sourceTitled = (full: FullIndex, title: string) => full.sources.find((s) => s.title === title)!.id;
const QUANTUM = 'Quantum Accord Talks Stall in Geneva';

describe('stableCorrection', () => {
  const stories = [
    { id: 'story:a', sources: ['a', 'b', 'c'] },
    { id: 'story:d', sources: ['d'] },
  ];
  it.each([
    ['a rename by story id', { op: 'rename', story: 'story:a', title: ' Talks ' }, { op: 'rename', story: 'a', title: 'Talks' }],
    ['a move to a story', { op: 'move', source: 'a', to: 'story:d' }, { op: 'move', source: 'a', to: 'd' }],
    ['a move into its own story names another member', { op: 'move', source: 'a', to: 'story:a' }, { op: 'move', source: 'a', to: 'b' }],
    ['a move to a new story', { op: 'move', source: 'd', to: 'new' }, { op: 'move', source: 'd', to: 'new' }],
    ['a merge', { op: 'merge', stories: ['story:d', 'story:a'] }, { op: 'merge', stories: ['d', 'a'] }],
    ['a split names a source that stays', { op: 'split', story: 'story:a', sources: ['a'] }, { op: 'split', story: 'b', sources: ['a'] }],
  ] as const)('%s names stories by a source they hold', (_, edit, stable) => {
    expect(stableCorrection(edit as never, stories)).toEqual(stable);
  });

  it.each([
    ['an unknown story', { op: 'rename', story: 'story:x', title: 'T' }, /No story story:x/],
    ['an unknown article', { op: 'move', source: 'x', to: 'story:a' }, /No article x/],
    ['a split of every article', { op: 'split', story: 'story:d', sources: ['d'] }, /keeps some/],
  ] as const)('%s is one line saying why', (_, edit, said) => {
    expect(stableCorrection(edit as never, stories)).toMatch(said);
  });
});

describe('the library keeps the reader’s corrections of the stories', () => {
  it('a rename and a move persist in the store and apply after a cold start', async () => {
    const name = `test-corrections-${++dbCount}`;
    const lib = await open(name);
    await lib.add([newStory()]);
    const before = await lib.fullIndex();
    const seedStory = storyHolding(before, seedIds()[0]);
    const quantum = sourceTitled(before, QUANTUM);
    expect(await lib.correctStories({ op: 'rename', story: seedStory.id, title: 'The 2015 cyber talks' })).toEqual({ problems: [] });
    expect(await lib.correctStories({ op: 'move', source: quantum, to: seedStory.id })).toEqual({ problems: [] });
    const after = await lib.fullIndex();
    expect(storyHolding(after, quantum).title).toBe('The 2015 cyber talks');
    expect(storyHolding(after, quantum).sources).toEqual(expect.arrayContaining(seedIds()));

    const reopened = await open(name);
    const cold = await reopened.fullIndex();
    expect(storyHolding(cold, quantum).title).toBe('The 2015 cyber talks');
    expect(storyHolding(cold, quantum).sources).toHaveLength(seedIds().length + 1);
  });

  it('a correction survives the stories being formed again when a new article arrives', async () => {
    const lib = await open();
    await lib.add([newStory()]);
    const quantum = sourceTitled(await lib.fullIndex(), QUANTUM);
    await lib.correctStories({ op: 'rename', story: storyHolding(await lib.fullIndex(), quantum).id, title: 'Quantum talks' });
    await lib.correctStories({ op: 'split', story: storyHolding(await lib.fullIndex(), seedIds()[0]).id, sources: [seedIds()[0]] });
    await lib.add([newStory('quantum-2.txt', 'Ingrid Haugland')]);
    const full = await lib.fullIndex();
    expect(storyHolding(full, quantum).title).toBe('Quantum talks');
    expect(storyHolding(full, seedIds()[0]).sources).toEqual([seedIds()[0]]);
    expect(storyHolding(full, seedIds()[1]).sources).not.toContain(seedIds()[0]);
  });

  it('a merge puts two stories' + "'" + ' articles in one; a move to "new" takes one out alone', async () => {
    const lib = await open();
    await lib.add([newStory()]);
    const quantum = sourceTitled(await lib.fullIndex(), QUANTUM);
    const seedStory = storyHolding(await lib.fullIndex(), seedIds()[0]).id;
    await lib.correctStories({ op: 'merge', stories: [seedStory, storyHolding(await lib.fullIndex(), quantum).id] });
    expect(storyHolding(await lib.fullIndex(), quantum).sources).toContain(seedIds()[0]);
    await lib.correctStories({ op: 'move', source: quantum, to: 'new' });
    expect(storyHolding(await lib.fullIndex(), quantum).sources).toEqual([quantum]);
  });

  it.each([
    ['a split of every article', (all: string[]) => all, /keeps some of its articles/],
    ['a split of articles not in the story', () => ['src-none'], /^Cannot split: the sources to split off must be some/],
  ])('%s is refused with one line and not stored', async (_, leaving, said) => {
    const lib = await open();
    const story = storyHolding(await lib.fullIndex(), seedIds()[0]);
    const { problems } = await lib.correctStories({ op: 'split', story: story.id, sources: leaving([...story.sources]) });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(said);
    expect(await lib.storyCorrections()).toEqual([]);
  });

  it('an export carries the corrections, and an import applies them to a fresh library', async () => {
    const lib = await open();
    await lib.add([newStory(), seedAsInput('pd', 'https://en.people.cn/x')]);
    const quantum = sourceTitled(await lib.fullIndex(), QUANTUM);
    await lib.correctStories({ op: 'rename', story: storyHolding(await lib.fullIndex(), quantum).id, title: 'Quantum talks' });
    await lib.correctStories({ op: 'move', source: seedIds()[1], to: storyHolding(await lib.fullIndex(), quantum).id });
    const text = JSON.stringify(withStoryCorrections(exportLibrary(await lib.exportEntries()), await lib.storyCorrections()));

    const fresh = await open();
    const parsed = parseExport(text);
    expect(parsed.problems).toEqual([]);
    await fresh.add(parsed.entries);
    await fresh.addStoryCorrections(parsed.storyCorrections);
    await fresh.addStoryCorrections(parsed.storyCorrections);
    expect(await fresh.storyCorrections()).toEqual(await lib.storyCorrections());
    const stories = (full: FullIndex) => full.stories.map((s) => [s.title, [...s.sources].sort()]);
    expect(stories(await fresh.fullIndex())).toEqual(stories(await lib.fullIndex()));
    expect(storyHolding(await fresh.fullIndex(), seedIds()[1]).title).toBe('Quantum talks');
  });

  it.each([
    ['not a list', { op: 'rename' }, /not a list/],
    ['an entry of no known op', [{ op: 'drop', story: 'a' }], /correction 1 unknown op/],
    ['a rename without a title', [{ op: 'rename', story: 'a' }], /correction 1 a rename needs/],
  ])('an export whose corrections are %s names them and imports its articles', (_, corrections, said) => {
    const exported = { format: 'sourcelight-library', version: 1, articles: [{ name: 'a.txt', text: 't', format: 'txt' }], storyCorrections: corrections };
    const parsed = parseExport(JSON.stringify(exported));
    expect(parsed.entries).toHaveLength(1);
    expect(parsed.storyCorrections).toEqual([]);
    expect(parsed.problems.join('\n')).toMatch(said);
  });

  it('an imported correction keeps only its known fields', () => {
    const exported = { format: 'sourcelight-library', version: 1, articles: [], storyCorrections: [{ op: 'rename', story: 'a', title: 'T', html: '<b>' }] };
    expect(parseExport(JSON.stringify(exported)).storyCorrections).toEqual([{ op: 'rename', story: 'a', title: 'T' }]);
  });
});
