import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract';
import { extractQuotes } from '../../src/extract/quotes';
import { SEED, seedId } from '../seeds';
import { seedSources, sourceFromText } from './fixture';

const { quotes } = extractAll(seedSources(), { overrides: false });
const quote = (words: string) => {
  const q = quotes.filter((x) => x.text.includes(words));
  expect(q, words).toHaveLength(1);
  return q[0];
};
const carriedBy = (words: string) => Object.fromEntries(quote(words).carriers.map((c) => [c.source, c.status]));

describe('quotes of the seeds', () => {
  it('numbers quotes by first appearance', () => {
    expect(quotes.map((q) => q.id)).toEqual(quotes.map((_, i) => `quote:${i + 1}`));
    expect(quotes[0].carriers[0].source).toBe(seedId(SEED.wire));
  });

  it('finds the Singh quote verbatim in the wire and the NYT, said by Vikram Singh', () => {
    const q = quote('It would be the first time that cyber is treated');
    expect(carriedBy('It would be the first time that cyber is treated')).toEqual({ [seedId(SEED.wire)]: 'verbatim', [seedId(SEED.nyt)]: 'verbatim' });
    expect(q.speaker).toBe('person:vikram-singh');
  });

  it('finds "probably be one of the biggest topics" in wire, repost and NYT, said by Obama ("he")', () => {
    const q = quote('probably be one of the biggest topics');
    expect(Object.keys(carriedBy('probably be one of the biggest topics'))).toEqual([seedId(SEED.wire), seedId(SEED.repost), seedId(SEED.nyt)]);
    expect(q.speaker).toBe('person:obama');
  });

  it('finds the UN principle quoted by four sources and paraphrased without quote marks by the fifth', () => {
    const s = carriedBy('intentionally damages critical infrastructure');
    expect(s[seedId(SEED.nyt)]).toBe('verbatim');
    expect(s[seedId(SEED.pd)]).toBe('verbatim');
    expect(s[seedId(SEED.crossroads)]).toBe('unquoted');
    const c = quote('intentionally damages critical infrastructure').carriers.find((x) => x.source === seedId(SEED.crossroads))!;
    expect(c.text).toMatch(/^that intentionally damages or otherwise impairs/);
    expect(seedSources()[4].sentences.find((x) => x.id === c.sentence)!.text).toContain(c.text);
  });

  it.each([
    ['It could create some self-restraint', 'person:joseph-s-nye'],
    ['preparing the battlefield', 'person:robert-k-knake'],
    ['If we wanted to go on offense', 'person:obama'],
    ['The deal, if nailed by China and the US', 'person:ni-feng'],
    ['Since China has the largest group of users', 'person:wu-xinbo'],
    ['The US is just trying to pressure China', 'person:wu-xinbo'],
    ['It shows that the US treats China equally', 'person:jin-canrong'],
    ['governments have the sole or dominant voice', 'person:julie-zeller'],
  ])('attributes "%s" to %s', (words, speaker) => {
    expect(quote(words).speaker).toBe(speaker);
  });

  it("names an unnamed speaker in the text's words", () => {
    const q = quote('It should be made clear that China and the US');
    expect(q.speaker).toBeUndefined();
    expect(q.speakerName).toBe('a military expert');
  });

  it('keeps a quotation that runs over two sentences whole', () => {
    expect(quote('The US has always adopted a double standard').text).toMatch(/almost constantly$/);
  });

  it('ignores scare quotes of fewer than four words', () => {
    for (const short of ['generic embrace', 'critical infrastructure', 'no first use', 'beacons', 'attack']) {
      expect(quotes.some((q) => q.text === short)).toBe(false);
    }
  });

  it("marks a quotation with changed words as altered, in that source's words", () => {
    const a = sourceFromText('a', ['"We will never accept any such rules for the internet," Mr. Li said.']);
    const b = sourceFromText('b', ['Li said: "We would never accept such rules for the internet."']);
    const q = extractQuotes([a, b], []);
    expect(q).toHaveLength(1);
    expect(q[0].carriers.map((c) => [c.source, c.status])).toEqual([
      ['a', 'verbatim'],
      ['b', 'altered'],
    ]);
    expect(q[0].carriers[1].text).toBe('We would never accept such rules for the internet.');
    expect(q[0].speakerName).toBe('Mr. Li');
  });
});
