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
const describeIt = (d: (typeof comparison.discrepancies)[number]) =>
  `${d.kind} | ` + d.variants.map((v) => `${short[v.source]}:${v.changed}`).join(' , ');

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
    expect(d.summary).toBe(
      '"not be the first" in Wire (PNA/PTI), Blog repost, NYT and People\'s Daily; "be the first" in Crossroads Blog.',
    );
  });

  it("finds People's Daily moving Xi's state visit to Tuesday", () => {
    const d = all.find((x) => x.kind === 'date')!;
    expect(d.summary).toBe("Thursday in Wire (PNA/PTI), Blog repost and NYT; Tuesday in People's Daily.");
    expect(d.variants.find((v) => v.source === seedId(SEED.pd))?.changed).toBe('Tuesday');
    expect(d.variants.find((v) => v.source === seedId(SEED.nyt))?.changed).toBe('Thursday');
  });

  // Verified by reading each pair of sentences side by side (see the seeds):
  //  1. the blog's "be the first" against everyone's "not be the first";
  //  2. who the lead is attributed to: officials (NYT, repost), "a media report" / "the report"
  //     (wire, People's Daily), officials via the Times (Crossroads);
  //  3. "deal" (wire) for "accord" in the lead, the headline word;
  //  4. Tuesday (People's Daily) for Thursday;
  //  5. the wire's "it said" for the Times' "officials who spoke on the condition of anonymity";
  //  6. the wire dropping "as the Chinese military does often ... according to an indictment ..."
  //     after "steal intellectual property".
  it('finds exactly the discrepancies verified by reading, no noise', () => {
    expect(all.map(describeIt)).toEqual([
      'negation | Wire:not , Repost:not , NYT:not , PD:not , Crossroads:',
      'attribution | Wire:a media report said , Repost:According to officials who are involved in the talks , NYT:according to officials involved in the talks , PD:the report said , Crossroads:According to the article … officials involved in the talks told The New York Times',
      'wording | Wire:deal , Repost:accord , NYT:accord , PD:accord',
      'date | Wire:Thursday , Repost:Thursday , NYT:Thursday , PD:Tuesday',
      'attribution | Wire:it said , NYT:according to officials who spoke on the condition of anonymity to describe continuing negotiations',
      "omission | Wire:the report said , NYT:as the Chinese military does often to bolster state-owned industries, according to an indictment of five officers of the People's Liberation Army last year",
    ]);
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
