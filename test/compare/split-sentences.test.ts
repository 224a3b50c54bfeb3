import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../src/compare/align';
import { compareSources } from '../../src/compare/compare';
import { prepare } from '../../src/compare/prepare';
import { OTHER_SUBJECTS, sources } from './sentence-sources';

const FILLER = OTHER_SUBJECTS;

/** The alignment holding the merged sentence (src-1:2) of a pair [two sentences, one merged]. */
function groupOfMerged(two: [string, string], merged: string): string[] | undefined {
  const prepared = prepare(sources([...two, ...FILLER], [...FILLER.slice(0, 2), merged, ...FILLER.slice(2)]));
  return alignSentences(prepared).alignments.find((a) => a.sentences.includes('src-1:2'))?.sentences;
}

describe('split and merged sentences', () => {
  it.each([
    [
      [
        'A senior EU official warned that the first draft may not include binding limits on data transfers.',
        'Instead, it would set out a voluntary code for cloud providers.',
      ],
      'According to Reuters, the first draft would set out a voluntary code for cloud providers rather than binding limits on data transfers.',
    ],
    [
      [
        'The ransomware attack shut down the hospital network in Leeds on Friday.',
        'Surgeons postponed 40 operations while engineers restored the patient records.',
      ],
      'Surgeons postponed 40 operations after ransomware shut down the Leeds hospital network on Friday and engineers had to restore patient records.',
    ],
  ])('pairs "%s" with the one sentence that merges them', (two, merged) => {
    expect(groupOfMerged(two as [string, string], merged)).toEqual(['src-0:0', 'src-0:1', 'src-1:2']);
  });

  it.each([
    [
      ['The ransomware attack shut down the hospital network in Leeds on Friday.', 'The city council will vote on its new budget next month.'],
      'Ransomware shut down the hospital network in Leeds on Friday, forcing staff back to paper records.',
    ],
  ])('leaves out a neighbour on another subject: "%s"', (two, merged) => {
    expect(groupOfMerged(two as [string, string], merged)).toEqual(['src-0:0', 'src-1:2']);
  });

  it('reads the two sentences as one: who is cited in the first and the certainty of the claim', () => {
    const parsed = sources(
      [
        'A senior EU official warned that the first draft may not include binding limits on data transfers.',
        'Instead, it would set out a voluntary code for cloud providers.',
        ...FILLER,
      ],
      [
        ...FILLER.slice(0, 2),
        'According to the Financial Times, the first draft will most likely set out a voluntary code for cloud providers rather than binding limits on data transfers.',
        ...FILLER.slice(2),
      ],
    );
    const found = compareSources(parsed).discrepancies;
    const attribution = found.find((d) => d.kind === 'attribution');
    expect(attribution?.variants.map((v) => v.changed)).toEqual(['A senior EU official warned', 'According to the Financial Times']);
    expect(attribution?.variants[0].text).toContain('Instead, it would set out');
    expect(found.find((d) => d.kind === 'modal')?.variants.map((v) => v.changed)).toEqual(['may not include', 'will most likely set']);
  });
});
