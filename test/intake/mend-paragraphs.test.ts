import { describe, expect, it } from 'vitest';
import { mendParagraphs } from '../../src/intake/mend-paragraphs';

describe('mendParagraphs', () => {
  it.each([
    [
      'broken mid-sentence',
      ['Homeland Security does', 'include "movie studios" on its list.'],
      ['Homeland Security does include "movie studios" on its list.'],
    ],
    [
      'next starts with an opening quote and lower case',
      ['he called it', '\u201Cgestating for some time.\u201D'],
      ['he called it \u201Cgestating for some time.\u201D'],
    ],
    ['previous ends a sentence', ['It ended.', 'then more.'], ['It ended.', 'then more.']],
    ['next starts upper case', ['Build trust', 'The important thing is trust.'], ['Build trust', 'The important thing is trust.']],
    ['previous ends with a closing quote', ['He said "no."', 'and left.'], ['He said "no."', 'and left.']],
    ['empty', [], []],
  ])('%s', (_name, input, expected) => {
    expect(mendParagraphs(input)).toEqual(expected);
  });
});
