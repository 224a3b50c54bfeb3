/**
 * What is new in a story since the reader last looked: which visit is a
 * story's (stories are formed again at every change: a visit is kept by the
 * articles the story held), which articles joined after it, and the library
 * keeping the visits.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/library/service';
import { addedSince, checkedVisits, visitOf, withVisit, type StoryVisit } from '../../src/library/story-visits';
import { newStory, seedIndexes } from './fixtures';

const T1 = '2024-06-01T10:00:00.000Z';
const T2 = '2024-06-02T10:00:00.000Z';
const T3 = '2024-06-03T10:00:00.000Z';

describe('story visits', () => {
  it('finds a story’s visit by the articles it shares, whatever the story is called now', () => {
    const visits: StoryVisit[] = [
      { sources: ['a', 'b'], at: T1 },
      { sources: ['x', 'y', 'z'], at: T2 },
    ];
    expect(visitOf(visits, ['b', 'a', 'c'])).toEqual(visits[0]);
    expect(visitOf(visits, ['z', 'new'])).toEqual(visits[1]);
    expect(visitOf(visits, ['q'])).toBeUndefined();
    expect(visitOf([], ['a'])).toBeUndefined();
  });

  it('keeps one visit per story: a later one replaces those it shares an article with, the oldest go past the cap', () => {
    const visits = withVisit(
      [
        { sources: ['a', 'b'], at: T1 },
        { sources: ['x'], at: T1 },
      ],
      ['a', 'b', 'c'],
      T2,
    );
    expect(visits).toEqual([
      { sources: ['x'], at: T1 },
      { sources: ['a', 'b', 'c'], at: T2 },
    ]);
    expect(withVisit(visits, ['n'], T3, 2)).toEqual([
      { sources: ['a', 'b', 'c'], at: T2 },
      { sources: ['n'], at: T3 },
    ]);
  });

  it('marks as new the articles added after the last visit, never the built-in sample', () => {
    const addedAt = new Map([
      ['old', T1],
      ['new', T3],
    ]);
    expect(addedSince(['old', 'new', 'src-nyt'], (id) => addedAt.get(id), T2)).toEqual(['new']);
    expect(addedSince(['old', 'new'], (id) => addedAt.get(id), T3)).toEqual([]);
  });

  it('reads a stored list as far as it fits', () => {
    expect(checkedVisits(undefined)).toEqual([]);
    expect(checkedVisits([{ sources: ['a'], at: T1 }, { sources: 'a', at: T1 }, null, { sources: [1], at: T1 }])).toEqual([{ sources: ['a'], at: T1 }]);
  });
});

describe('library: the reader’s visits of stories', () => {
  it('nothing on a first visit; the articles added after a visit; nothing after the next visit; kept across a cold start', async () => {
    const name = 'test-story-visits-1';
    const lib = await Library.open(seedIndexes().full, seedIndexes().spot, name);
    const { added } = await lib.add([newStory()]);
    const first = added[0].id;
    expect(await lib.storyNews([first])).toBeUndefined();
    const visit = new Date(Date.parse(added[0].addedAt!) + 1).toISOString();
    await lib.recordStoryVisit([first], visit);
    await new Promise((r) => setTimeout(r, 5));
    const later = (await lib.add([newStory('later.txt', 'Hildegard Brauchli')])).added[0].id;
    expect(await lib.storyNews([first, later])).toEqual({ since: visit, added: [later] });

    await lib.recordStoryVisit([first, later]);
    const cold = await Library.open(seedIndexes().full, seedIndexes().spot, name);
    expect((await cold.storyNews([first, later]))?.added).toEqual([]);
    expect(await cold.storyVisits()).toHaveLength(1);
  });
});
