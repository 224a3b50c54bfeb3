/**
 * The side panel's Story view, read per source and per story (a library of
 * thousands of stories lists them all): the same view as the plain reading of
 * the whole index it replaced, kept here as the reference, for every story of
 * the sample and of a library of several stories.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { sourceLabel } from '../../src/background/cards';
import { byConfidence } from '../../src/background/disagreements';
import { IndexLookup } from '../../src/background/index-lookup';
import { storiesView, storyView } from '../../src/background/panel-views';
import { Library } from '../../src/library/service';
import { damReport, newStory, seedAsInput, seedIndexes } from '../library/fixtures';

/** The Story view's parts as first written: every story reading every entity, discrepancy and lineage of the index. */
function plainStoryParts(lookup: IndexLookup, id: string) {
  const { index } = lookup;
  const story = index.stories.find((s) => s.id === id)!;
  const members = new Set(story.sources);
  const sources = lookup.sourcesByDate.filter((s) => members.has(s.id));
  const lineage = new Map(index.lineage.filter((l) => members.has(l.source)).map((l) => [l.source, l.derivedFrom]));
  const discrepancies = byConfidence(index.discrepancies.filter((d) => d.variants.every((v) => members.has(v.source))));
  const coverage = index.entities
    .map((e) => ({ id: e.id, name: e.name, kind: e.kind, counts: sources.map((s) => e.mentions.filter((m) => m.source === s.id).length) }))
    .filter((row) => row.counts.some((n) => n > 0))
    .sort((a, b) => {
      const spread = (c: number[]) => c.filter((n) => n > 0).length;
      const total = (c: number[]) => c.reduce((x, y) => x + y, 0);
      return spread(b.counts) - spread(a.counts) || total(b.counts) - total(a.counts) || a.name.localeCompare(b.name);
    })
    .slice(0, 14);
  return {
    sources: sources.map((s) => sourceLabel(s).id),
    derivedFrom: sources.map((s) => (lineage.get(s.id) ?? []).map((l) => l.from)),
    discrepancies: discrepancies.map((d) => d.id),
    coverage,
    related: story.related.map((r) => index.stories.find((s) => s.id === r)?.title ?? r),
  };
}

const partsOf = (view: NonNullable<ReturnType<typeof storyView>>) => ({
  sources: view.sources.map((s) => s.id),
  derivedFrom: view.sources.map((s) => s.derivedFrom.map((d) => d.source)),
  discrepancies: view.discrepancies.map((d) => d.id),
  coverage: view.coverage,
  related: view.related.map((r) => r.title),
});

let library: IndexLookup;

beforeAll(async () => {
  const lib = await Library.open(seedIndexes().full, seedIndexes().spot, 'story-view-oracle');
  await lib.add([
    seedAsInput('wire', 'https://wire.example/talks'),
    seedAsInput('pd', 'https://pd.example/visit'),
    newStory('quantum.txt'),
    newStory('quantum-2.txt', 'Ingrid Solberg-Haugen'),
    damReport('dam-a.txt', 'Valley Herald', { negated: true, cracks: 'twelve' }),
    damReport('dam-b.txt', 'River Post', { negated: false, cracks: 12 }, true),
  ]);
  library = new IndexLookup(await lib.fullIndex());
});

describe('the Story view read per story', () => {
  it('is the plain reading of the whole index, for the sample and for every story of a library (oracle)', () => {
    const sample = new IndexLookup(seedIndexes().full);
    for (const lookup of [sample, library]) {
      for (const story of lookup.index.stories) expect(partsOf(storyView(lookup, story.id)!), story.id).toEqual(plainStoryParts(lookup, story.id));
    }
    expect(library.index.stories.length).toBeGreaterThanOrEqual(3);
    // The dam story's changed negation is its own, not the sample's.
    const dam = library.index.stories.find((s) => s.title.includes('Kessel'))!;
    expect(storyView(library, dam.id)!.discrepancies.map((d) => d.kind)).toContain('negation');
  });

  it('lists the page’s story in full and every other one line: its title, dates, count and outlets, each story once', () => {
    const dam = library.index.stories.find((s) => s.title.includes('Kessel'))!;
    const view = storiesView(library, dam.id);
    expect(view.current).toBe(dam.id);
    expect(view.main).toEqual(storyView(library, dam.id));
    expect(view.others.map((l) => l.id)).toEqual(library.index.stories.filter((s) => s.id !== dam.id).map((s) => s.id));
    for (const line of view.others) {
      const full = storyView(library, line.id)!;
      expect(line).toEqual({
        id: full.id,
        title: full.title,
        ...(full.start ? { start: full.start } : {}),
        ...(full.end ? { end: full.end } : {}),
        sources: full.sources.length,
        outlets: [...new Set(full.sources.map((s) => s.shortName))].slice(0, 8),
        outletCount: new Set(full.sources.map((s) => s.shortName)).size,
      });
    }
    // No page story: the first in full.
    expect(storiesView(library).main!.id).toBe(library.index.stories[0].id);
  });
});
