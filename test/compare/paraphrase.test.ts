import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../src/compare/align';
import { prepare } from '../../src/compare/prepare';
import { OTHER_SUBJECTS, sources } from './sentence-sources';

const FILLER = OTHER_SUBJECTS;

const aligns = (a: string, b: string) => {
  const prepared = prepare(sources([a, ...FILLER], [...FILLER.slice(0, 2), b]));
  return alignSentences(prepared).alignments.some((x) => x.sentences.includes('src-0:0') && x.sentences.includes('src-1:2'));
};

describe('paraphrase alignment', () => {
  it.each([
    [
      'The European Union and Japan are negotiating a data protection accord ahead of the summit in Tokyo.',
      'Brussels officials said the EU is in talks with Japan over a deal on data protection before the Tokyo summit.',
    ],
    [
      'The ministry said the ransomware attack crippled hospital computer systems across three provinces.',
      'Hospital computer systems in three provinces were crippled by the ransomware attack, according to the ministry.',
    ],
    [
      'The aim of the regulators is to have banks report every breach within 72 hours.',
      'Regulators want banks to report any breach within 72 hours, their stated goal.',
    ],
  ])('pairs "%s" with its rewrite', (a, b) => {
    expect(aligns(a, b)).toBe(true);
  });

  it.each([
    [
      'The European Union and Japan are negotiating a data protection accord ahead of the summit in Tokyo.',
      'Japan rejected a European proposal on fishing quotas at the summit in Tokyo.',
    ],
    [
      'The ministry said the ransomware attack crippled hospital computer systems across three provinces.',
      'The ministry said it would buy new computer systems for schools next year.',
    ],
    ['Regulators want banks to report any breach within 72 hours.', 'Banks lobbied regulators to drop a rule on reporting staff bonuses.'],
  ])('keeps "%s" apart from a sentence on the same topic making another claim', (a, b) => {
    expect(aligns(a, b)).toBe(false);
  });

  it('aligns near copies only when paraphrase is switched off', () => {
    const a = 'The European Union and Japan are negotiating a data protection accord ahead of the summit in Tokyo.';
    const b = 'Brussels officials said the EU is in talks with Japan over a deal on data protection before the Tokyo summit.';
    const prepared = prepare(sources([a, ...FILLER], [...FILLER.slice(0, 2), b]));
    expect(alignSentences(prepared, { paraphrase: false }).alignments.some((x) => x.sentences.includes('src-1:2'))).toBe(false);
  });
});
