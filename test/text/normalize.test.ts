import { describe, expect, it } from 'vitest';
import { foldKey, keyWords, normalizeText, normalizeWithMap } from '../../src/text/normalize';

describe('normalizeText', () => {
  it.each([
    ['curly double quotes', '\u201Cprobably\u201D', '"probably"'],
    ['curly apostrophe', 'Sony\u2019s', "Sony's"],
    ['em dash', 'WASHINGTON \u2014 The', 'WASHINGTON - The'],
    ['non-breaking and runs of space', 'Xi\u00A0 \n Jinping', 'Xi Jinping'],
    ['NFKC ligature', '\uFB01rst', 'first'],
    ['zero-width space', 'Ji\u200Bnping', 'Jinping'],
    ['trims', '  Obama  ', 'Obama'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('keeps case', () => {
    expect(normalizeText('US and us')).toBe('US and us');
  });
});

describe('normalizeWithMap', () => {
  it('maps every normalised code unit back to its input offset', () => {
    const input = 'a\u00A0\u00A0\u201Cb\u201D \uFB01x';
    const { text, map } = normalizeWithMap(input);
    expect(text).toBe('a "b" fix');
    expect(map.length).toBe(text.length + 1);
    expect(map[text.length]).toBe(input.length);
    // "f" and "i" both come from the ligature at input offset 7.
    expect(text.indexOf('fi')).toBe(6);
    expect(map[6]).toBe(7);
    expect(map[7]).toBe(7);
    expect(input[map[text.indexOf('x')]]).toBe('x');
  });

  it('maps astral characters by their code units', () => {
    const input = '\u{1F600} Rice';
    const { text, map } = normalizeWithMap(input);
    expect(text).toBe('\u{1F600} Rice');
    expect(input.slice(map[text.indexOf('R')])).toBe('Rice');
  });
});

describe('foldKey', () => {
  it('folds case, punctuation and quotes', () => {
    expect(foldKey('\u201CIt could create some self-restraint,\u201D')).toBe('it could create some self-restraint');
  });

  it.each(['cyber weapons', 'cyber-weapons', 'Cyberweapons', 'cyber\u00A0weapons'])('closes up the cyber compound %s', (input) => {
    expect(foldKey(input)).toBe('cyberweapons');
  });

  it('keeps inner apostrophes and hyphens', () => {
    expect(keyWords("the other's state-owned 'firms'")).toEqual(['the', "other's", 'state-owned', 'firms']);
  });
});
