import { describe, expect, it } from 'vitest';
import { createBlockMatcher } from '../../src/spot/candidates';
import { createMatcher } from '../../src/spot/matcher';
import { buildIndexFromFolder } from '../../src/node/folder';
import { toSpotIndex } from '../../src/index/spot-index';
import { SEEDS_DIR } from '../seeds';

// The real seeds' index: every alias these cases use (Washington, California, US, UN, the topics) is in it.
const matcher = createMatcher(toSpotIndex(buildIndexFromFolder(SEEDS_DIR).index));
const found = (text: string) =>
  matcher
    .match(text)
    .filter((m) => m.kind !== 'passage' && m.kind !== 'quote')
    .map((m) => m.text);

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
      ['a key phrase that names a link in a Title Case menu', 'Read Our Code of Conduct'],
      ['a key phrase in a Title Case line that goes on into a longer name', 'Officials Report on Cyber Weapons Working Group'],
      ['a key phrase after a lead word in a sentence, not a headline', 'We report on Cyber Weapons every week.'],
      ['the first word of a longer company name alone', 'Sony unveiled a new console.'],
      ['an acronym in a run of capitals', 'FOLLOW US on social media.'],
      ['an acronym in a shouted headline', 'LET US KNOW WHAT YOU THINK'],
      ['a place ending a company branch name', 'Official affiliates: Mozilla China and the rest.'],
      ['a place ending an airline name', 'We flew Air China to Geneva.'],
      ['a place ending a section name', 'Breitbart California'],
      ['a place the page says is another of its name', 'The broader Washington-based fleet sails from Seattle.'],
      ['a place in a list of the other place\u2019s neighbours', 'Northwest Hikes Washington Oregon B.C. Hawaii'],
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
      ['a place after a capitalised function word', 'In China, the talks went on.', 'China'],
      ['a place after a sentence-start adverb', 'Yesterday China said no.', 'China'],
      ['a place after a qualifier of places', 'Mainland China and Taiwan differ.', 'China'],
      ['a place after a possessive', 'This is Xi\u2019s China now.', 'China'],
      ['a place after an acronym', 'New US China trade rules.', 'China'],
      ['a place after an abbreviation', 'The U.S. China policy shifted.', 'China'],
      ['a place in a Title Case headline', 'Trump\u2019s Pick on Trade Could Put China in a Difficult Spot', 'China'],
      ['a key phrase in a Title Case headline', 'Obama Warns on Cyber Weapons', 'Cyber Weapons'],
      [
        'a key phrase in a Title Case headline before a small word',
        'U.S. Seeks Deal on Critical Infrastructure in Talks With China',
        'Critical Infrastructure',
      ],
      ['a place beside a cue of its other sense, on a page about the story', 'Xi Jinping flew from Seattle to Washington.', 'Washington'],
    ])('%s', (_name, text, expected) => {
      expect(found(text)).toContain(expected);
    });
  });
});

describe('other senses of a place name, page-wide', () => {
  const blocks = createBlockMatcher(toSpotIndex(buildIndexFromFolder(SEEDS_DIR).index));

  it('flags the words that say a page means another Washington, apart from the mention', () => {
    const found = blocks('Ferries leave Seattle daily.');
    expect(found).toEqual([expect.objectContaining({ id: 'place:washington', otherSense: true })]);
    expect(blocks('Negotiators met in Washington.')).toEqual([expect.objectContaining({ id: 'place:washington', label: 'Washington' })]);
    expect(blocks('Negotiators met in Washington.')[0].otherSense).toBeUndefined();
  });

  it('takes a cue only as a whole word in its case', () => {
    expect(blocks('The seattle-ish weather and Spokanes.')).toEqual([]);
  });
});
