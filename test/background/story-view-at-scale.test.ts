/**
 * The Story view of a story of hundreds of articles (a year of one case, or
 * stories chained into one): bounded like Compare. The earliest and the
 * latest articles in the timeline, the sources and the coverage, the rest
 * counted between them; the discrepancies that clear the bar first, each with
 * its first versions; what joined since the last visit found in the whole
 * story, not in what the view shows. A story within the bounds is shown whole.
 */
import { describe, expect, it } from 'vitest';
import { IndexLookup } from '../../src/background/index-lookup';
import { MAX_STORY_DISCREPANCIES, MAX_STORY_SOURCES, MAX_STORY_VARIANTS, storyNews, storyView } from '../../src/background/panel-views';
import { PRECISION_BAR, type Discrepancy, type FullIndex } from '../../src/contracts/schema';
import { library } from './scale-library';

/** `index` with `count` discrepancies, each between `variants` consecutive sources; every third below the bar. */
function withDiscrepancies(index: FullIndex, count: number, variants: number): FullIndex {
  const discrepancies: Discrepancy[] = Array.from({ length: count }, (_, k) => ({
    id: `disc:${k + 1}`,
    kind: 'number',
    summary: `Figure ${k} differs.`,
    label: 'number changed',
    alignment: 'align:1',
    relation: 'independent',
    confidence: k % 3 === 0 ? PRECISION_BAR - 0.2 : PRECISION_BAR + 0.2,
    variants: Array.from({ length: variants }, (_, v) => {
      const sentence = index.sentences[(k + v) % index.sentences.length];
      return { source: sentence.source, sentence: sentence.id, text: sentence.text, changed: '' };
    }),
  }));
  return { ...index, discrepancies };
}

describe('the Story view of a story of 300 articles', () => {
  const lookup = new IndexLookup(withDiscrepancies(library({ named: 250, silent: 50, copies: 3 }), 150, 30));
  const story = lookup.index.stories[0];
  const view = storyView(lookup, story.id)!;
  const byDate = lookup.sourcesByDate.map((s) => s.id);

  it('shows the earliest and the latest articles, the rest counted between them, in the timeline, the sources and the coverage', () => {
    const half = MAX_STORY_SOURCES / 2;
    const shown = [...byDate.slice(0, half), ...byDate.slice(-half)];
    expect(view.sources.map((s) => s.id)).toEqual(shown);
    expect(view.timeline.map((e) => e.source.id)).toEqual(shown);
    expect(view.sourcesBetween).toEqual({ after: half, count: 300 - MAX_STORY_SOURCES });
    for (const row of view.coverage) expect(row.counts).toHaveLength(MAX_STORY_SOURCES);
    // The counts are those of the sources shown: the person is named by every source but the silent ones.
    const person = view.coverage.find((r) => r.id === 'person:petra-lindqvist')!;
    const named = new Set(lookup.index.entities[0].mentions.map((m) => m.source));
    expect(person.counts).toEqual(shown.map((id) => (named.has(id) ? 1 : 0)));
    // The first article of the story is the first entry, marked so.
    expect(view.timeline[0].first).toBe(true);
  });

  it('lists the first discrepancies (those that clear the bar first), each with its first versions, and says how many there are', () => {
    expect(view.discrepancies).toHaveLength(MAX_STORY_DISCREPANCIES);
    expect(view.discrepancies.every((d) => !d.minor)).toBe(true);
    expect(view.discrepancyCount).toEqual({ major: 100, minor: 50 });
    for (const d of view.discrepancies) {
      expect(d.variants).toHaveLength(MAX_STORY_VARIANTS);
      expect(d.moreVariants).toBe(30 - MAX_STORY_VARIANTS);
    }
    // Bounded: the reply does not grow with the story (a story of 6,879 articles was a reply of 50 MB).
    expect(JSON.stringify(view).length).toBeLessThan(400_000);
  });

  it('finds what joined since a visit in the whole story, not only in what the view shows', () => {
    const hidden = byDate[150];
    expect(view.sources.some((s) => s.id === hidden)).toBe(false);
    const news = storyNews(lookup, view, [hidden, byDate.at(-1)!], '2024-03-01T00:00:00Z')!;
    expect(news.sources).toEqual([hidden, byDate.at(-1)!]);
    const touching = lookup.index.discrepancies.filter((d) => d.variants.some((v) => v.source === hidden || v.source === byDate.at(-1)));
    expect(new Set(news.discrepancies)).toEqual(new Set(touching.map((d) => d.id)));
  });
});

describe('a story within the bounds', () => {
  it('is shown whole, with nothing said left out', () => {
    const lookup = new IndexLookup(withDiscrepancies(library({ named: 30, silent: 5, copies: 3 }), 12, 4));
    const view = storyView(lookup, lookup.index.stories[0].id)!;
    expect(view.sources).toHaveLength(35);
    expect(view.timeline).toHaveLength(35);
    expect(view.discrepancies).toHaveLength(12);
    expect(view.sourcesBetween).toBeUndefined();
    expect(view.discrepancyCount).toBeUndefined();
    expect(view.discrepancies.every((d) => d.variants.length === 4 && d.moreVariants === undefined)).toBe(true);
  });
});
