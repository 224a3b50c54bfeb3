import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/spot/matcher';
import { buildIndexFromFolder } from '../../src/index/folder';
import { toSpotIndex } from '../../src/index/spot-index';
import { SEEDS_DIR } from '../seeds';

// The real seeds' index: every alias these cases use (Washington, California, US, UN, the topics) is in it.
const matcher = createMatcher(toSpotIndex(buildIndexFromFolder(SEEDS_DIR).index));
const found = (text: string) => matcher.match(text).filter((m) => m.kind !== 'passage' && m.kind !== 'quote').map((m) => m.text);

describe('context rules found on real pages', () => {
  describe('never matches', () => {
    it.each([
      ['a place inside a newspaper name', 'Read it in The Washington Post today.'],
      ['a place ending a university name', 'She teaches at the University of California now.'],
      ['a place starting an institute name', 'A degree from California Institute of Technology.'],
      ['an acronym in a language tag', 'The page declares en-US as its language.'],
      ['an acronym before a currency sign', 'The bonds are worth US$ 100,000.'],
      ['an acronym glued by an underscore', 'Is she UN_willing to say so?'],
      ['a key phrase that is the name of a link', 'Read our Code of Conduct before posting.'],
      ['a key phrase that is the name of a group', 'Join the Ad Blocking Working Group.'],
      ['the first word of a longer company name alone', 'Sony unveiled a new console.'],
      ['an acronym in a run of capitals', 'FOLLOW US on social media.'],
      ['an acronym in a shouted headline', 'LET US KNOW WHAT YOU THINK'],
    ])('%s', (_name, text) => {
      expect(found(text)).toEqual([]);
    });
  });

  describe('still matches', () => {
    it.each([
      ['a place in prose', 'Negotiators met in Washington on Thursday.', 'Washington'],
      ['a place at the end of a sentence', 'The talks were held in Washington. Then they ended.', 'Washington'],
      ['an acronym in prose', 'The US and China are talking.', 'US'],
      ['an acronym in parentheses', 'English (US) is the default.', 'US'],
      ['an acronym beside another acronym joined by a hyphen', 'The US-China talks resumed.', 'US'],
      ['an acronym before an ampersand', 'News from the US & Canada.', 'US'],
      ['a key phrase at the start of a sentence', 'Critical infrastructure was the focus.', 'Critical infrastructure'],
      ['a key phrase in lower case', 'They adopted a code of conduct last year.', 'code of conduct'],
      ['a place in prose, by its state name', 'The fires spread across California last week.', 'California'],
      ['the company by its full name, and then its short form', 'Sony Pictures Entertainment was hacked; Sony said little.', 'Sony'],
    ])('%s', (_name, text, expected) => {
      expect(found(text)).toContain(expected);
    });
  });
});
