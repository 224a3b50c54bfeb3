import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/tokens';
import { countWords, isWordCharAt, isWordCodePoint, words } from '../../src/text/words';

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

describe('written words', () => {
  const text = "Xi's cyber-attacks, the U.S. and F.B.I. said: 22 million files — l’accord.";

  it('the name tokenizer reads the same words as `words`, but keeps a dotted acronym whole', () => {
    const byWords = words(text).map((w) => text.slice(w.start, w.end));
    const byTokens = tokenize(text).flatMap((t) =>
      t.text.includes('.') ? t.text.split('.').filter(Boolean) : [text.slice(t.start, t.possessive ? t.end + 2 : t.end)],
    );
    expect(byTokens).toEqual(byWords);
    expect(tokenize(text).map((t) => t.text)).toContain('F.B.I.');
  });

  it('a counted word is a white-space separated run holding a letter or digit', () => {
    expect(countWords(text)).toBe(11);
    expect(countWords(' — … ')).toBe(0);
  });
});
