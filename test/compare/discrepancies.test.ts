import { describe, expect, it } from 'vitest';
import { SEED, seedId } from '../seeds';
import { comparison } from './fixtures';

const short: Record<string, string> = {
  [seedId(SEED.wire)]: 'Wire',
  [seedId(SEED.repost)]: 'Repost',
  [seedId(SEED.nyt)]: 'NYT',
  [seedId(SEED.pd)]: 'PD',
  [seedId(SEED.crossroads)]: 'Crossroads',
};
/** A discrepancy as "kind | source:changed, ..." for comparing with the list verified by reading. */
const describeIt = (d: (typeof comparison.discrepancies)[number]) => `${d.kind} | ` + d.variants.map((v) => `${short[v.source]}:${v.changed}`).join(' , ');

describe('findDiscrepancies on the seeds', () => {
  const all = comparison.discrepancies;

  it('finds the blog dropping "not": each side committed to "be the first to use cyberweapons"', () => {
    const d = all.find((x) => x.kind === 'negation')!;
    expect(d).toBeDefined();
    const cross = d.variants.find((v) => v.source === seedId(SEED.crossroads))!;
    expect(cross.text).toContain('"be the first to use cyberweapons"');
    expect(cross.changed).toBe('');
    for (const src of [SEED.nyt, SEED.wire, SEED.repost, SEED.pd]) {
      expect(d.variants.find((v) => v.source === seedId(src))?.changed, src).toBe('not');
    }
    expect(d.summary).toBe('"not be the first" in Wire (PNA/PTI), Blog repost, NYT and People\'s Daily; "be the first" in Crossroads Blog.');
  });

  it("finds People's Daily moving Xi's state visit to Tuesday", () => {
    const d = all.find((x) => x.kind === 'date')!;
    expect(d.summary).toBe("Thursday in Wire (PNA/PTI), Blog repost and NYT; Tuesday in People's Daily.");
    expect(d.variants.find((v) => v.source === seedId(SEED.pd))?.changed).toBe('Tuesday');
    expect(d.variants.find((v) => v.source === seedId(SEED.nyt))?.changed).toBe('Thursday');
  });

  // Verified by reading each pair of sentences side by side (see docs/discrepancies.md for each verdict).
  it('finds exactly the discrepancies verified by reading, no noise', () => {
    expect(all.map(describeIt)).toEqual([
      'negation | Wire:not , Repost:not , NYT:not , PD:not , Crossroads:',
      'modal | Wire:could become , Repost:could become , NYT:could become , PD:could be , Crossroads:will most likely include',
      'attribution | Wire:a media report said , Repost:According to officials who are involved in the talks , NYT:according to officials involved in the talks , PD:the report said , Crossroads:According to the article … officials involved in the talks told The New York Times',
      'quote | Wire:be the first to use cyber weapons , Repost:be the first to use cyber weapons , NYT:be the first to use cyberweapons , PD:be the first to use cyber weapons , Crossroads:be the first to use cyberweapons',
      'wording | Wire:deal , Repost:accord , NYT:accord , PD:accord',
      "omission | Wire:it would not, at least in its first version, protect against most of the attacks that China has been accused of conducting in the US, including the widespread poaching of intellectual property and the theft of millions of government employees' personal data, The New York Times reported , Repost:it is not, at least in its early state, possible to defend against most of the attacks that China has been accused of conducting in the United States which includes the theft of millions of government employees' personal data as well as the prevalent poaching of intellectual property , NYT:it would not, at least in its first version, protect against most of the attacks that China has been accused of conducting in the United States, including the widespread poaching of intellectual property and the theft of millions of government employees' personal data , PD:",
      'date | Wire:Thursday , Repost:Thursday , NYT:Thursday , PD:Tuesday',
      "date | Wire:when President Xi arrives here , NYT:when President Xi Jinping of , PD:before Chinese President Xi Jinping's",
      'role | Wire:Chinese Communist Party envoy , NYT:Communist Party envoy',
      'date | Wire:last Wednesday , Repost:Wednesday , NYT:Wednesday',
      'modal | Wire:may not contain , NYT:may not contain , Crossroads:will not likely include',
      'attribution | Wire:a senior US official involved in the discussions cautioned , NYT:a senior administration official involved in the discussions cautioned , PD:According to The New York Times , Crossroads:Another source within the Obama administration, however, told The New York Times',
      'quote | Wire:a specific, detailed mention , NYT:a specific, detailed mention , PD:a specific, detailed mention , Crossroads:',
      'quote | Wire:generic embrace , NYT:generic embrace , PD:generic embrace , Crossroads:',
      'quote | Wire:that intentionally damages critical infrastructure or otherwise impairs the use and operation of critical infrastructure to provide services to the public , Repost:that intentionally damages critical infrastructure or otherwise impairs the use and operation of critical infrastructure to provide services to the public , NYT:that intentionally damages critical infrastructure or otherwise impairs the use and operation of critical infrastructure to provide services to the public , PD:that intentionally damages critical infrastructure or otherwise impairs the use and operation of critical infrastructure to provide services to the public , Crossroads:that intentionally damages or otherwise impairs the use and operation of critical infrastructure that provide services to the public',
      'attribution | Wire:it said , NYT:according to officials who spoke on the condition of anonymity to describe continuing negotiations',
      'negation | Wire:have focused , NYT:have focused , PD:not focus',
      "omission | Wire:the report said , NYT:as the Chinese military does often to bolster state-owned industries, according to an indictment of five officers of the People's Liberation Army last year",
    ]);
  });

  it.each([
    ['the dropped "not"', 'negation', 'negation dropped'],
    ['"could become" against "will most likely include"', 'modal', 'certainty changed'],
    ['the Chinese envoy', 'role', 'role changed'],
    ['"do not focus on" against "have focused on"', 'negation', 'negation added'],
  ])('labels %s in plain words, told from the origin (the Times, by lineage)', (_name, kind, label) => {
    expect(all.filter((d) => d.kind === kind).map((d) => d.label)).toContain(label);
    for (const d of all) expect(d.origin).toBe(seedId(SEED.nyt));
  });

  it('summarises a paraphrased quote and a changed source in plain words', () => {
    expect(all.map((d) => d.summary)).toEqual(
      expect.arrayContaining([
        '"generic embrace": in quotation marks in Wire (PNA/PTI), NYT and People\'s Daily; in its own words in Crossroads Blog.',
        "Attributed to a senior US official in Wire (PNA/PTI); to a senior administration official in NYT; to a media report in People's Daily; to another source within the Obama administration in Crossroads Blog.",
        '"may not contain" in Wire (PNA/PTI) and NYT; "will not likely include" in Crossroads Blog.',
        'Wednesday in Blog repost and NYT; last Wednesday in Wire (PNA/PTI).',
      ]),
    );
  });

  it('every discrepancy has at least two different readings, its own alignment and a summary naming sources', () => {
    const alignments = new Set(comparison.alignments.map((a) => a.id));
    for (const d of all) {
      expect(alignments.has(d.alignment)).toBe(true);
      expect(new Set(d.variants.map((v) => v.source)).size).toBe(d.variants.length);
      expect(d.variants.length).toBeGreaterThanOrEqual(2);
      expect(d.summary).toMatch(/ in .*; .* in /);
      for (const v of d.variants) expect(v.text).toContain(v.changed.split(' … ')[0]);
    }
    expect(all.map((d) => d.id)).toEqual(all.map((_, k) => `disc:${k + 1}`));
  });
});
