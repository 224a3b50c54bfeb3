import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../../src/extract/tokens';
import { seedFiles } from '../seeds';
import { mulberry32, randomString } from '../spot/prng';

const ABBREVIATIONS = new Set([
  'Mr',
  'Ms',
  'Mrs',
  'Dr',
  'Jr',
  'Sr',
  'St',
  'Gen',
  'Prof',
  'Sen',
  'Rep',
  'Gov',
  'Lt',
  'Col',
  'Sgt',
  'Capt',
  'Adm',
  'Sept',
  'Jan',
  'Feb',
  'Aug',
  'Oct',
  'Nov',
  'Dec',
  'Inc',
  'Corp',
  'Co',
]);

/** The reference: `tokenize`'s rules stated with one regular expression each. */
function tokenizeByRules(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'\u2019][\p{L}\p{N}]+)*/gu)) {
    let word = m[0];
    const start = m.index!;
    let end = start + word.length;
    let possessive = false;
    if (/['\u2019]s$/u.test(word) && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (/^['\u2019](?![\p{L}])/u.test(text.slice(end, end + 2)) && /s$/.test(word) && /^\p{Lu}/u.test(word)) {
      possessive = true;
    }
    const dotted = /^(?:\p{Lu}\.){2,}$/u.test(word);
    let initial = false;
    if (!dotted && text[start + word.length] === '.' && !possessive) {
      if (/^\p{Lu}$/u.test(word)) initial = true;
      if (initial || ABBREVIATIONS.has(word)) {
        word += '.';
        end = start + word.length;
      }
    } else {
      end = start + word.length;
    }
    const letters = word.replace(/\./g, '');
    const acronym = dotted || (/^\p{Lu}{2,5}$/u.test(letters) && !initial);
    out.push({ text: word, start, end, cap: /^\p{Lu}/u.test(word), acronym, initial, possessive });
  }
  return out;
}

// Pieces that meet every rule: dots, apostrophes, possessives, capitals, non-ASCII and astral letters.
const PIECES = [
  'A',
  'B',
  'U',
  'S',
  's',
  'x',
  'Mr',
  'Co',
  'NATO',
  'USA',
  'ABCDEF',
  'É',
  'é',
  'Ω',
  'ω',
  '𝐀',
  '𝐚',
  '中',
  '7',
  '.',
  "'",
  '\u2019',
  '-',
  ' ',
  ' ',
  ', ',
  'States',
  "'s",
  '\u2019s',
];

describe('tokenize', () => {
  it('keeps dotted acronyms and initials whole and splits possessives off', () => {
    const t = tokenize("Susan E. Rice met the F.B.I. and Xi's aides in the U.S.");
    expect(t.map((x) => x.text)).toEqual(['Susan', 'E.', 'Rice', 'met', 'the', 'F.B.I.', 'and', 'Xi', 'aides', 'in', 'the', 'U.S.']);
    expect(t[1].initial).toBe(true);
    expect(t[5].acronym).toBe(true);
    expect(t[7].possessive).toBe(true);
  });

  it.each([
    ["the United States' development", 'a plural possessive'],
    ["the States'x and the States'", 'an apostrophe before a letter and at the end'],
    ['Mr. Xi, Co. Ltd, Gen. Sept. 3', 'abbreviations keep their period'],
    ['𝐀. 𝐀𝐁 ÉTÉ Ωmega NATO. ABCDEF', 'astral and accented capitals'],
    ['', 'nothing'],
  ])('agrees with the rules on %j (%s)', (text) => {
    expect(tokenize(text)).toEqual(tokenizeByRules(text));
  });

  it('agrees with the rules on every line of the seeds', () => {
    for (const file of seedFiles()) for (const line of file.text.split('\n')) expect(tokenize(line)).toEqual(tokenizeByRules(line));
  });

  it('agrees with the rules on 5,000 strings made of awkward pieces', () => {
    const rand = mulberry32(7);
    for (let n = 0; n < 5000; n++) {
      const text = randomString(rand, PIECES, 1 + Math.floor(rand() * 12));
      expect(tokenize(text), JSON.stringify(text)).toEqual(tokenizeByRules(text));
    }
  });
});
