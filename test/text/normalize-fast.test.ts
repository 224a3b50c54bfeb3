import { describe, expect, it } from 'vitest';
import { normalizeWithMap, normalizeWithOffsets } from '../../src/text/normalize';
import { referenceNormalizeWithMap } from './normalize-reference';
import { mulberry32 } from '../spot/prng';

// Pieces that exercise every branch: plain ASCII, each kind of space, invisible
// characters, curly quotes, dashes, NFKC expansions, astral characters, controls.
const PIECES = [
  'a',
  'Z',
  '9',
  ' ',
  '  ',
  '\n',
  '\t',
  '\r\n',
  '\u00A0',
  '\u2003',
  '\u200B',
  '\u00AD',
  '\uFEFF',
  '\u201C',
  '\u201D',
  '\u2019',
  '\u2014',
  '\u2212',
  '\uFB01',
  '\uFB03',
  '\u00BD',
  '\u2460',
  '\u00A8',
  '\u{1F600}',
  '\u{1D400}',
  '\u00E9',
  'e\u0301',
  '\u4E60',
  '\u0000',
  'US',
  'Rice',
  '.',
  "'",
];

describe('normalizeWithMap (fast path)', () => {
  it('equals the reference implementation on random mixtures', () => {
    const rand = mulberry32(42);
    for (let round = 0; round < 500; round++) {
      let input = '';
      const len = Math.floor(rand() * 40);
      for (let i = 0; i < len; i++) input += PIECES[Math.floor(rand() * PIECES.length)];
      const fast = normalizeWithMap(input);
      const ref = referenceNormalizeWithMap(input);
      expect(fast.text, JSON.stringify(input)).toBe(ref.text);
      expect(Array.from(fast.map), JSON.stringify(input)).toEqual(Array.from(ref.map));
    }
  });

  it('equals the reference implementation on long random mixtures (runs found by the regular expression)', () => {
    const rand = mulberry32(7);
    // Mostly plain words, so that verbatim runs are long enough for the regular expression.
    const pieces = [...PIECES, ...Array(40).fill('word '), 'Obama ', 'x'];
    for (let round = 0; round < 100; round++) {
      let input = '';
      const len = 20 + Math.floor(rand() * 400);
      for (let i = 0; i < len; i++) input += pieces[Math.floor(rand() * pieces.length)];
      const fast = normalizeWithMap(input);
      const ref = referenceNormalizeWithMap(input);
      expect(fast.text, JSON.stringify(input)).toBe(ref.text);
      expect(Array.from(fast.map), JSON.stringify(input)).toEqual(Array.from(ref.map));
    }
  });

  it('grows the map when NFKC makes the text longer than the input', () => {
    const input = '\uFB03\uFB03\uFDFA\u3300';
    const fast = normalizeWithMap(input);
    const ref = referenceNormalizeWithMap(input);
    expect(fast.text.length).toBeGreaterThan(input.length);
    expect(fast.text).toBe(ref.text);
    expect(Array.from(fast.map)).toEqual(Array.from(ref.map));
  });

  it('returns an empty text and a one-entry map for empty input', () => {
    const { text, map } = normalizeWithMap('');
    expect(text).toBe('');
    expect(Array.from(map)).toEqual([0]);
  });
});

describe('normalizeWithOffsets', () => {
  it('maps every offset as normalizeWithMap does', () => {
    const rand = mulberry32(7);
    for (let round = 0; round < 300; round++) {
      let input = '';
      const len = Math.floor(rand() * 40);
      for (let i = 0; i < len; i++) input += PIECES[Math.floor(rand() * PIECES.length)];
      const dense = referenceNormalizeWithMap(input);
      const compact = normalizeWithOffsets(input);
      expect(compact.text).toBe(dense.text);
      const mapped = Array.from({ length: dense.text.length + 1 }, (_, i) => compact.toInput(i));
      expect(mapped, JSON.stringify(input)).toEqual(Array.from(dense.map));
    }
  });
});
