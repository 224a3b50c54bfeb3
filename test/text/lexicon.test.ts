import { describe, expect, it } from 'vitest';
import {
  COMPARED_NUMBER_WORDS,
  COMPARISON_STOP_WORDS,
  CYBER_TAILS,
  FUNCTION_WORDS,
  isDateWord,
  isFunctionWord,
  MODAL_CLAIMS,
  MONTH_ABBREVIATIONS,
  monthNumber,
  NAME_TOKEN_ABBREVIATIONS,
  NEGATORS,
  NEVER_A_NAME,
  NUMBER_WORDS,
  QUOTE_VERBS,
  SENTENCE_MODAL_CLAIMS,
  SPEECH_VERBS,
  SUFFIX_ABBREVIATIONS,
  TITLE_ABBREVIATIONS,
  WORDS_NEVER_MARKED,
} from '../../src/text/lexicon';
import { foldKey } from '../../src/text/normalize';

describe('isDateWord', () => {
  it.each([
    ['Thursday', true],
    ['thursday', true],
    ["Thursday's", true],
    ['Sept.', true],
    ['sept', true],
    ['September', true],
    ['tonight', true],
    ['May', true],
    ['may', false],
    ['Mayor', false],
    ['Monday-morning', false],
    ['Washington', false],
  ])('%s → %s', (word, expected) => {
    expect(isDateWord(word)).toBe(expected);
  });
});

describe('monthNumber', () => {
  it.each([
    ['January', 1],
    ['jan', 1],
    ['Sept.', 9],
    ['sep', 9],
    ['SEPTEMBER', 9],
    ['may', 5],
    ['jun', 6],
    ['jul', 7],
    ['dec.', 12],
    ['june', 6],
    ['Junk', undefined],
    ['', undefined],
  ])('%s → %s', (word, expected) => {
    expect(monthNumber(word)).toBe(expected);
  });
});

describe('function words', () => {
  it.each([
    ['However', true],
    ['the', true],
    ['Still', true],
    ['Rice', false],
    ['China', false],
  ])('%s → %s', (word, expected) => {
    expect(isFunctionWord(word)).toBe(expected);
  });

  it('comparison keeps the words that change what a sentence says', () => {
    for (const word of ['never', 'first', 'only', 'without', 'before', 'after']) {
      expect(FUNCTION_WORDS.has(word)).toBe(true);
      expect(COMPARISON_STOP_WORDS.has(word)).toBe(false);
    }
    expect(COMPARISON_STOP_WORDS.has('said')).toBe(true);
    expect(COMPARISON_STOP_WORDS.has('the')).toBe(true);
  });

  it('a month or weekday is never a name, nor is a function word', () => {
    for (const word of ['march', 'tuesday', 'the', 'however', 'go']) expect(NEVER_A_NAME.has(word)).toBe(true);
    for (const word of ['rice', 'xi', 'china']) expect(NEVER_A_NAME.has(word)).toBe(false);
  });
});

describe('cyber compounds', () => {
  it.each(CYBER_TAILS.map((tail) => [tail]))('cyber %s is one key, written apart, hyphenated or closed up', (tail) => {
    expect(foldKey(`cyber ${tail}`)).toBe(`cyber${tail}`);
    expect(foldKey(`Cyber-${tail}`)).toBe(`cyber${tail}`);
    expect(foldKey(`cyber${tail}`)).toBe(`cyber${tail}`);
  });

  it('not before another word', () => {
    expect(foldKey('cyber policy')).toBe('cyber policy');
  });
});

// Lists of one kind that differ on purpose: each test states how, so that a change to one is a choice.
describe('narrower lists of one kind', () => {
  it('the words a card never marks are function words, and never a negator or a modal', () => {
    for (const word of WORDS_NEVER_MARKED) expect(FUNCTION_WORDS.has(word), word).toBe(true);
    for (const word of [...NEGATORS, ...Object.keys(MODAL_CLAIMS)]) expect(WORDS_NEVER_MARKED.has(word), word).toBe(false);
  });

  it("a sentence's certainty reading knows every modal but would and should", () => {
    expect(Object.keys(MODAL_CLAIMS).filter((m) => !(m in SENTENCE_MODAL_CLAIMS))).toEqual(['would', 'should']);
    for (const [modal, claim] of Object.entries(SENTENCE_MODAL_CLAIMS)) expect(MODAL_CLAIMS[modal]).toBe(claim);
  });

  it('the compared number words are number words', () => {
    for (const word of COMPARED_NUMBER_WORDS) expect(NUMBER_WORDS.has(word), word).toBe(true);
  });

  it("the name tokenizer's abbreviations are the sentence splitters' too", () => {
    const splitters = new Set([...TITLE_ABBREVIATIONS, ...SUFFIX_ABBREVIATIONS, ...MONTH_ABBREVIATIONS]);
    for (const word of NAME_TOKEN_ABBREVIATIONS) expect(splitters.has(word.toLowerCase()), word).toBe(true);
  });

  it('the speech verbs and the quotation verbs differ only in asking, replying, announcing and discussing', () => {
    const quote = new Set(QUOTE_VERBS);
    expect([...SPEECH_VERBS].filter((v) => !quote.has(v))).toEqual(['notes', 'asked', 'replied']);
    expect(QUOTE_VERBS.filter((v) => !SPEECH_VERBS.has(v))).toEqual(['announced', 'discussed']);
  });
});
