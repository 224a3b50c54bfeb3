/**
 * Intake on Mozilla Readability's 130 real pages (test/fixtures/corpus/readability),
 * held to floors a little under what it reaches (see docs/intake.md).
 */
import { describe, expect, it } from 'vitest';
import { corpusPages } from '../bench/intake-corpus';
import { readWithIntake, scoreCorpus } from '../bench/intake';
import { f1 } from '../bench/intake-corpus';

const share = ([ok, n]: [number, number]) => ok / Math.max(n, 1);

describe('intake on the saved real pages', () => {
  it('title, authors, date and main text hold their floors', () => {
    const r = scoreCorpus(readWithIntake);
    expect(corpusPages()).toHaveLength(130);
    expect(r.title[1]).toBeGreaterThan(100);
    // Lower than Readability's own answers by design: the title is the page's main heading where Readability
    // expects og:title or <title>, and authors are names where it expects whole byline strings (docs/intake.md).
    expect(share(r.title)).toBeGreaterThanOrEqual(0.84);
    expect(share(r.authors)).toBeGreaterThanOrEqual(0.7);
    expect(share(r.date)).toBeGreaterThanOrEqual(0.95);
    const macro = r.text.reduce((s, c) => s + f1(c), 0) / r.text.length;
    expect(macro).toBeGreaterThanOrEqual(0.95);
  }, 300_000);
});
