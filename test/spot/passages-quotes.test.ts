import { describe, expect, it } from 'vitest';
import { toSpotIndex } from '../../src/index/spot-index';
import { createMatcher, type SpotMatch } from '../../src/spot/matcher';
import { createPassageFinder, STEP_SHINGLES } from '../../src/spot/passages';
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

/** A sentence of `length` words picked from `words`. */
const randomSentence = (rand: () => number, words: readonly string[], length: number) =>
  Array.from({ length }, () => words[Math.floor(rand() * words.length)]).join(' ');

/** Each text an indexed passage (`p<i>`), its shingles as the index cuts them. */
const passagesOf = (texts: readonly string[]) =>
  texts.map((text, i) => {
    const shingles = sentenceShingles(text);
    return { id: `p${i}`, shingles, size: shingles.length };
  });

describe('passage finder', () => {
  it('finds each of thousands of indexed sentences', () => {
    // 30,000 shingles over 400 words: a shingle filter that ruled out an
    // indexed shingle, or a table that lost one in a collision, loses some.
    const rand = mulberry32(7);
    const words = Array.from({ length: 400 }, (_, i) => `w${i.toString(36)}x`);
    const sentences = Array.from({ length: 3000 }, () => randomSentence(rand, words, 12));
    const passages = passagesOf(sentences);
    const finder = createPassageFinder(passages);
    const missed = sentences.filter((text, i) => {
      const hits = finder.find(`${text}.`);
      return hits.length !== 1 || passages[hits[0].passage].shingles.join() !== passages[i].shingles.join();
    });
    expect(missed).toEqual([]);
  });
});

/**
 * The rule of `passages.ts`, read plainly: a sentence's distinct shingles
 * against each passage's, the best containment if it counts.
 */
function bestScore(sentence: string, passages: readonly { shingles: readonly number[]; size: number }[]): number | undefined {
  const own = new Set(sentenceShingles(sentence));
  let best: number | undefined;
  for (const p of passages) {
    const shared = new Set(p.shingles.filter((h) => own.has(h))).size;
    if (shared < 4 || shared < 0.25 * p.size) continue;
    const score = shared / Math.min(own.size, p.size);
    if (score >= 0.5 && (best === undefined || score > best)) best = score;
  }
  return best;
}

describe('passage finder made ahead', () => {
  it('is made in steps of a bounded size, and then finds what one made at first use finds', () => {
    const rand = mulberry32(11);
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}z`);
    const texts = Array.from({ length: 30_000 }, () => randomSentence(rand, words, 24));
    const passages = passagesOf(texts);
    const total = passages.reduce((n, p) => n + p.size, 0);
    const ahead = createPassageFinder(passages);
    let steps = 0;
    for (const _ of ahead.prepare()) steps++;
    // The filter's pass and the table's four, each in pieces of STEP_SHINGLES (and a step for each large array made).
    expect(total).toBeGreaterThan(2 * STEP_SHINGLES);
    expect(steps).toBeGreaterThanOrEqual(5 * Math.ceil(total / STEP_SHINGLES));
    // Made: nothing is left to make.
    expect([...ahead.prepare()]).toHaveLength(0);
    const atFirstUse = createPassageFinder(passages);
    const probes = texts.slice(0, 300).map((t, i) => (i % 3 === 0 ? t.split(' ').reverse().join(' ') : t));
    expect(probes.map((t) => ahead.find(`${t}.`))).toEqual(probes.map((t) => atFirstUse.find(`${t}.`)));
    expect(probes.filter((t) => ahead.find(`${t}.`).length > 0).length).toBeGreaterThan(150);
  });
});

describe('passage finder against the rule read plainly', () => {
  // Few words, so that shingles recur across passages (one shingle, many passages) and share the table's buckets.
  const rand = mulberry32(2026);
  const words = Array.from({ length: 40 }, (_, i) => `v${i.toString(36)}q`);
  const sentence = (n: number) => randomSentence(rand, words, n);
  const texts = Array.from({ length: 1500 }, () => sentence(6 + Math.floor(rand() * 12)));
  // Some passages hold a shingle twice: it counts once.
  const passages = passagesOf(texts).map((p, i) => (i % 7 === 0 ? { ...p, shingles: [...p.shingles, ...p.shingles.slice(0, 3)] } : p));
  const finder = createPassageFinder(passages);
  // Each probe: an indexed sentence with a word or two changed, two run together, or an unrelated one.
  const probes = Array.from({ length: 400 }, (_, i) => {
    const a = texts[Math.floor(rand() * texts.length)].split(' ');
    if (i % 4 === 3) return sentence(10);
    if (i % 4 === 2) return `${a.join(' ')} ${texts[Math.floor(rand() * texts.length)]}`;
    for (let k = 0; k <= i % 2; k++) a[Math.floor(rand() * a.length)] = words[Math.floor(rand() * words.length)];
    return a.join(' ');
  });

  it('finds a passage exactly when one counts, and one of the best', () => {
    const wrong = probes.flatMap((text) => {
      const hits = finder.find(`${text}.`);
      const expected = bestScore(text, passages);
      const got = hits[0] && bestScore(text, [passages[hits[0].passage]]);
      return hits.length === (expected === undefined ? 0 : 1) && got === expected ? [] : [{ text, expected, got }];
    });
    expect(wrong).toEqual([]);
    // The probes hold both outcomes, many times over.
    const found = probes.filter((text) => bestScore(text, passages) !== undefined).length;
    expect(found).toBeGreaterThan(100);
    expect(probes.length - found).toBeGreaterThan(50);
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
