import { describe, expect, it } from 'vitest';
import { compareSources } from '../../src/compare/compare';
import { parseSource } from '../../src/intake/parse-source';
import type { ParsedSource } from '../../src/intake/types';
import { compareClaimedStories, comparisonOrder } from '../../src/node/parallel-index';
import { seedFiles } from '../seeds';

const seeds = seedFiles().map((f) => parseSource(f).parsed!);
const [a, b, c, d, e] = seeds;
const sentences = (story: ParsedSource[]) => story.reduce((n, x) => n + x.sentences.length, 0);

describe('comparisonOrder', () => {
  it.each<[string, ParsedSource[][], (stories: ParsedSource[][]) => number[]]>([
    ['no stories', [], () => []],
    ['one story of one source', [[a]], () => []],
    ['stories of one source left out', [[a], [b, c], [d]], () => [1]],
    [
      'two stories of two sources or more: the one with more sentences first',
      [
        [a, b],
        [c, d, e],
      ],
      (s) => (sentences(s[0]) > sentences(s[1]) ? [0, 1] : [1, 0]),
    ],
    [
      'two stories of the same sentences: in story order',
      [
        [a, b],
        [b, a],
      ],
      () => [0, 1],
    ],
  ])('%s', (_, stories, expected) => {
    expect(comparisonOrder(stories)).toEqual(expected(stories));
  });
});

describe('compareClaimedStories', () => {
  const stories = [[a, b], [c], [c, d, e]];
  const order = comparisonOrder(stories);

  it('a counter at 0: every story of the order compared, as compareSources compares it', () => {
    const parts = compareClaimedStories(stories, order, new Int32Array(new SharedArrayBuffer(4)));
    expect([...parts.keys()].sort()).toEqual([0, 2]);
    expect(parts.get(2)).toEqual(compareSources(stories[2]));
    expect(parts.get(2)!.alignments.length).toBeGreaterThan(0);
  });

  it('a counter another thread moved on by one: only the stories after it, and the counter past the end', () => {
    const claims = new Int32Array(new SharedArrayBuffer(4));
    claims[0] = 1;
    const parts = compareClaimedStories(stories, order, claims);
    expect([...parts.keys()]).toEqual([order[1]]);
    expect(claims[0]).toBeGreaterThan(order.length);
  });
});
