import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { benchIndexBuild, realCorpus, syntheticCorpus } from './index-build';

const dir = mkdtempSync(join(tmpdir(), 'sourcelight-real-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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

  it('real pages: the saved pages, then copies with new names and varied words, each the same whenever read', () => {
    writeFileSync(join(dir, 'a.html'), '<title>A</title><p>The company said new people came on Monday.</p>');
    writeFileSync(join(dir, 'b.html'), '<title>B</title><p>The government said so.</p>');
    const files = realCorpus(5, dir);
    expect(files.map((f) => f.name)).toEqual(['a.html', 'b.html', 'copy1_a.html', 'copy1_b.html', 'copy2_a.html']);
    const text = (i: number) => (files[i].read() as { text: string }).text;
    expect(text(2)).toBe(text(2));
    expect(text(2)).toMatch(/^<title>\(1\) A</);
    expect(text(4)).toMatch(/^<title>\(2\) A</);
    expect(() => realCorpus(1, join(dir, 'none'))).toThrow(/no saved pages/);
  });
});
