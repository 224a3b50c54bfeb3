import { describe, expect, it } from 'vitest';
import { toSpotIndex } from '../../src/index/spot-index';
import { createMatcher, type SpotMatch } from '../../src/spot/matcher';
import { createPassageFinder } from '../../src/spot/passages';
import { sentenceShingles } from '../../src/text/shingles';
import { mulberry32 } from './prng';
import { ALIGNMENT_UN_PRINCIPLE, ALIGNMENT_VISIT, DAILY, fullIndex, NYT, sentenceId, sentenceText, WIRE } from './fixtures';

const matcher = createMatcher(toSpotIndex(fullIndex));
const ofKind = (kind: SpotMatch['kind'], text: string) => matcher.match(text).filter((m) => m.kind === kind);

const WIRE_VISIT = sentenceText(sentenceId(WIRE, 4, 0));
const NYT_NYE = sentenceText(sentenceId(NYT, 12, 0));

describe('passages: returns matches for', () => {
  it.each([
    ['the sentence verbatim', WIRE_VISIT, ALIGNMENT_VISIT],
    ['one changed word (Thursday → Tuesday)', WIRE_VISIT.replace('Thursday', 'Tuesday'), ALIGNMENT_VISIT],
    ['two changed words', WIRE_VISIT.replace('urgency', 'haste').replace('announce', 'unveil'), ALIGNMENT_VISIT],
    [
      'reordered clauses',
      'With a goal to announce an agreement when President Xi arrives here on Thursday, the negotiations have been conducted with urgency in recent weeks.',
      ALIGNMENT_VISIT,
    ],
    ["People's Daily's wording, one word changed", sentenceText(sentenceId(DAILY, 3, 0)).replace('Saturday', 'Sunday'), ALIGNMENT_VISIT],
    [
      'the UN principle, curly quotes straightened and a word dropped',
      'One of the key principles of the United Nations document on principles for cyberspace is that no state should allow activity "that damages critical infrastructure or otherwise impairs the use and operation of critical infrastructure to provide services to the public."',
      ALIGNMENT_UN_PRINCIPLE,
    ],
    ['a lone sentence with one changed word', NYT_NYE.replace('Harvard', 'Yale'), sentenceId(NYT, 12, 0)],
  ])('%s', (_name, sentence, id) => {
    const page = `Some unrelated opening words sit here. ${sentence} And a closing sentence follows it.`;
    const found = ofKind('passage', page);
    expect(found.map((m) => m.id)).toEqual([id]);
    expect(found[0].text).toBe(sentence);
  });
});

describe('passages: never matches', () => {
  it.each([
    [
      'a sentence sharing "critical infrastructure"',
      'Hackers have repeatedly probed the critical infrastructure of European power grids, officials said on Thursday.',
    ],
    ['a sentence sharing a stock phrase', 'The merger is nearly done, according to officials involved in the talks.'],
    ['a sentence sharing "in recent weeks"', 'Prices have risen with urgency in recent weeks across the region.'],
    ['a short sentence', 'President Xi arrives here.'],
  ])('%s', (_name, sentence) => {
    expect(ofKind('passage', sentence)).toEqual([]);
  });
});

describe('passage finder', () => {
  it('finds each of thousands of indexed sentences', () => {
    // 30,000 shingles over 400 words: a shingle filter that ruled out an
    // indexed shingle, or a table that lost one in a collision, loses some.
    const rand = mulberry32(7);
    const words = Array.from({ length: 400 }, (_, i) => `w${i.toString(36)}x`);
    const sentences = Array.from({ length: 3000 }, () => Array.from({ length: 12 }, () => words[Math.floor(rand() * words.length)]).join(' '));
    const passages = sentences.map((text, i) => {
      const shingles = sentenceShingles(text);
      return { id: `p${i}`, shingles, size: shingles.length };
    });
    const finder = createPassageFinder(passages);
    const missed = sentences.filter((text, i) => {
      const hits = finder.find(`${text}.`);
      return hits.length !== 1 || passages[hits[0].passage].shingles.join() !== passages[i].shingles.join();
    });
    expect(missed).toEqual([]);
  });
});

describe('quotes', () => {
  const SINGH =
    'It would be the first time that cyber is treated as a military capability that needs to be governed as nuclear, chemical and biological weapons are';

  it.each([
    ['straight quotes', `"${SINGH}," said Vikram Singh.`],
    ['curly quotes', `\u201C${SINGH},\u201D said Vikram Singh.`],
    ['guillemets', `\u00AB${SINGH}\u00BB, said Vikram Singh.`],
    ['curly quotes with one word changed', `He said: \u201C${SINGH.replace('military', 'martial')}.\u201D`],
  ])('finds a known quotation in %s, over the quoted words', (_name, page) => {
    const found = ofKind('quote', page);
    expect(found.map((m) => m.id)).toEqual(['quote:1']);
    expect(found[0].text.startsWith('It would be')).toBe(true);
    expect(page.slice(found[0].start, found[0].end)).toBe(found[0].text);
  });

  it('finds a short one and the one of a second carrier', () => {
    expect(ofKind('quote', '\u201CIt could create some self-restraint,\u201D Mr. Nye said.').map((m) => m.id)).toEqual(['quote:3']);
  });

  it.each([
    ['the same words unquoted', `Singh said it would be the first time that cyber is treated as a military capability.`],
    ['a quotation of fewer than four words', '"no first use"'],
    ['a different quotation', '"It would be the last time that anyone is treated as a friend of ours," he said.'],
    ['too many changed words', `"${SINGH.replace('military', 'martial').replace('nuclear', 'atomic').replace('biological', 'germ')}"`],
    ['a stray opening mark', `\u201CIt would be the first time that cyber is treated as a military capability`],
  ])('never matches %s', (_name, page) => {
    expect(ofKind('quote', page)).toEqual([]);
  });
});
