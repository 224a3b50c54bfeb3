import { describe, expect, it } from 'vitest';
import { lcsLength, lcsPairs, lcsRangeInB, lcsShare } from '../../src/text/lcs';

/** Reference: the LCS length by plain recursion over every choice (small lists only). */
function referenceLength(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  if (a[0] === b[0]) return 1 + referenceLength(a.slice(1), b.slice(1));
  return Math.max(referenceLength(a.slice(1), b), referenceLength(a, b.slice(1)));
}

function randomWords(seed: number, n: number): string[] {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return 'abcd'[x % 4];
  });
}

describe('lcs against the reference', () => {
  it('length, pairs and range agree on 300 random pairs of lists', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const a = randomWords(seed, seed % 9);
      const b = randomWords(seed * 7 + 3, (seed * 5) % 10);
      const expected = referenceLength(a, b);
      const pairs = lcsPairs(a, b);
      expect(lcsLength(a, b)).toBe(expected);
      expect(pairs).toHaveLength(expected);
      for (let k = 0; k < pairs.length; k++) {
        const [i, j] = pairs[k];
        expect(a[i]).toBe(b[j]);
        if (k) expect(i > pairs[k - 1][0] && j > pairs[k - 1][1]).toBe(true);
      }
      const range = lcsRangeInB(a, b);
      expect(range.length).toBe(expected);
      expect(range.first).toBe(pairs.length ? pairs[0][1] : -1);
      expect(range.last).toBe(pairs.length ? pairs[pairs.length - 1][1] : -1);
    }
  });
});

describe('lcsShare', () => {
  it.each([
    [['not', 'be', 'the', 'first'], ['be', 'the', 'first'], 0.75],
    [['a', 'b'], ['a', 'b'], 1],
    [['a', 'b'], ['b', 'a'], 0.5],
    [[], ['a'], 0],
  ])('%j against %j → %s', (a, b, expected) => {
    expect(lcsShare(a, b)).toBe(expected);
  });
});

/** The table walk without shortcuts: which pairs the LCS must choose, ties included. */
function pairsByTable(a: string[], b: string[]): [number, number][] {
  const w = b.length + 1;
  const table = new Uint16Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--)
      table[i * w + j] = a[i] === b[j] ? table[(i + 1) * w + j + 1] + 1 : Math.max(table[(i + 1) * w + j], table[i * w + j + 1]);
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (table[(i + 1) * w + j] >= table[i * w + j + 1]) i++;
    else j++;
  }
  return pairs;
}

describe('lcs on lists that open or end alike', () => {
  it('chooses the same pairs as the plain table walk, ties included, on 600 lists sharing an opening and an ending', () => {
    for (let seed = 1; seed <= 600; seed++) {
      const opening = randomWords(seed * 13, seed % 5);
      const ending = randomWords(seed * 17 + 1, (seed >> 2) % 4);
      const a = [...opening, ...randomWords(seed, seed % 7), ...ending];
      const b = [...opening, ...randomWords(seed * 7 + 3, (seed * 5) % 8), ...ending];
      expect(lcsPairs(a, b), JSON.stringify([a, b])).toEqual(pairsByTable(a, b));
      expect(lcsLength(a, b)).toBe(pairsByTable(a, b).length);
    }
  });

  it.each([
    ['the same list', ['a', 'b', 'c'], ['a', 'b', 'c']],
    ['one list opening the other', ['a', 'b'], ['a', 'b', 'c', 'b']],
    ['one list ending the other', ['b', 'c'], ['a', 'b', 'c']],
  ])('%s', (_name, a, b) => {
    expect(lcsPairs(a, b)).toEqual(pairsByTable(a, b));
    expect(lcsPairs(b, a)).toEqual(pairsByTable(b, a));
    expect(lcsLength(a, b)).toBe(pairsByTable(a, b).length);
  });
});
