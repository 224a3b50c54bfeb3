import { describe, expect, it } from 'vitest';
import { isWordCharAt, isWordCodePoint } from '../../src/text/word-chars';

const byUnicode = (cp: number) => /^[\p{L}\p{N}\p{M}]$/u.test(String.fromCodePoint(cp));

describe('isWordCodePoint', () => {
  it('agrees with Unicode on every character it answers without asking Unicode', () => {
    const ranges: [number, number][] = [
      [0x00, 0x24f],
      [0x300, 0x36f],
      [0x2000, 0x206f],
    ];
    for (const [from, to] of ranges) {
      for (let cp = from; cp <= to; cp++) expect(isWordCodePoint(cp), `U+${cp.toString(16)}`).toBe(byUnicode(cp));
    }
  });

  it('asks Unicode about other scripts and symbols', () => {
    for (const ch of ['α', 'Ж', '中', 'ー', '한', '٣', '€', '♥', '。', '𝒳']) {
      expect(isWordCodePoint(ch.codePointAt(0)!), ch).toBe(byUnicode(ch.codePointAt(0)!));
    }
  });
});

describe('isWordCharAt', () => {
  it('reads a surrogate pair as one character, from either half', () => {
    const text = 'a𝒳·';
    expect([0, 1, 2, 3].map((i) => isWordCharAt(text, i))).toEqual([true, true, true, false]);
    expect(isWordCharAt(text, -1)).toBe(false);
    expect(isWordCharAt(text, 4)).toBe(false);
  });
});
