import { describe, expect, it } from 'vitest';
import { StoryShingles } from '../../src/stories/story-shingles';
import { prng } from '../bench/prng';

/** A reference: every story's count, then those under `min` left out. */
const reference = (index: StoryShingles, shingles: number[], min: number) => new Map([...index.sharedCounts(shingles)].filter(([, count]) => count >= min));

describe('StoryShingles.holdersOfAtLeast', () => {
  it.each([1, 2, 3])('equals counting every story, then keeping those with enough (seed %i)', (seed) => {
    const rand = prng(seed);
    const index = new StoryShingles();
    // A few shingles most stories hold (a template's phrase), many held by one or a few.
    for (let story = 0; story < 300; story++) {
      for (let k = 0; k < 40; k++) index.add(story, rand() < 0.3 ? Math.floor(rand() * 10) : 100 + Math.floor(rand() * 3000));
    }
    for (let trial = 0; trial < 300; trial++) {
      const n = 4 + Math.floor(rand() * 30);
      const shingles = [...new Set(Array.from({ length: n }, () => (rand() < 0.5 ? Math.floor(rand() * 10) : 100 + Math.floor(rand() * 3000))))];
      for (const min of [1, 2, Math.ceil(0.8 * shingles.length), shingles.length, shingles.length + 1]) {
        const got = index.holdersOfAtLeast(shingles, min);
        expect(got).toEqual(reference(index, shingles, min));
        expect([...got.keys()]).toEqual([...reference(index, shingles, min).keys()]);
      }
    }
  });

  it('a story added twice for a shingle counts once, as a set or a list', () => {
    const index = new StoryShingles();
    for (let story = 0; story < 40; story++) for (const h of [1, 2, 3]) index.add(story, h);
    index.add(5, 1);
    index.add(0, 9);
    index.add(0, 9);
    expect(index.sharedCounts([1, 9]).get(0)).toBe(2);
    expect(index.holdersOfAtLeast([1, 2, 3, 9], 4)).toEqual(new Map([[0, 4]]));
  });
});
