import { describe, expect, it } from 'vitest';
import { benchIndexBuild, syntheticCorpus } from './index-build';

describe('index-build benchmark', () => {
  it('generates the same corpus for the same seed, a different one for another', () => {
    expect(syntheticCorpus(5)).toEqual(syntheticCorpus(5));
    expect(syntheticCorpus(5, 1)).not.toEqual(syntheticCorpus(5, 2));
  });

  it('builds a small synthetic corpus and reports its figures', () => {
    const figures = benchIndexBuild(12);
    expect(figures.articles).toBe(12);
    expect(figures.ms).toBeGreaterThan(0);
    expect(figures.peakRssMB).toBeGreaterThan(0);
    expect(figures.alignments).toBeGreaterThan(0);
  });
});
