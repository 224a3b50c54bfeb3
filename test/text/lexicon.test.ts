import { describe, expect, it } from 'vitest';
import { COMPARISON_STOP_WORDS, CYBER_TAILS, FUNCTION_WORDS, isDateWord, isFunctionWord, monthNumber, NEVER_A_NAME } from '../../src/text/lexicon';
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
