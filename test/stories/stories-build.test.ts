import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/builder';
import type { FullIndex } from '../../src/contracts/schema';
import { SEED, seedEditorial, seedId } from '../seeds';
import { FOLLOW_UP, mixedFiles } from './corpus';

const SEED_IDS = Object.values(SEED).map(seedId);

/** The story of every source. */
const storyOfSource = (index: FullIndex) => new Map(index.stories.flatMap((s) => s.sources.map((src) => [src, s.id] as const)));
const sourceOfSentence = (index: FullIndex) => new Map(index.sentences.map((s) => [s.id, s.source]));

describe('buildIndex over the seeds, 35 pages of other stories and a follow-up', async () => {
  const { parseHtmlWithLinkedom } = await import('../../src/index/parse-html');
  // How fast a build of real pages is, is the bench's to say (`npm run bench -- --only index`).
  const { index, problems } = buildIndex(mixedFiles(), { editorial: seedEditorial(), parseHtml: parseHtmlWithLinkedom });
  const storyOf = storyOfSource(index);
  const sourceOf = sourceOfSentence(index);

  it('puts every source in exactly one story', () => {
    const listed = index.stories.flatMap((s) => s.sources);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.sort()).toEqual(index.sources.map((s) => s.id).sort());
    expect(problems.filter((p) => p.startsWith('stories.json'))).toEqual([]);
  });

  it('keeps the five seeds in one story that no other page joins', () => {
    const seedStory = index.stories.find((s) => s.sources.includes(SEED_IDS[0]))!;
    expect([...seedStory.sources].sort()).toEqual([...SEED_IDS].sort());
    expect(seedStory.title).toBe('U.S. and China Seek Arms Deal for Cyberspace');
    expect(seedStory.people).toContain('person:xi-jinping');
  });

  it('never aligns sentences of two stories', () => {
    const spanning = index.alignments.filter((a) => new Set(a.sentences.map((s) => storyOf.get(sourceOf.get(s)!))).size > 1);
    expect(spanning).toEqual([]);
  });

  it('never reports a discrepancy between sources of two stories', () => {
    const spanning = index.discrepancies.filter((d) => new Set(d.variants.map((v) => storyOf.get(v.source))).size > 1);
    expect(spanning).toEqual([]);
    const alignments = new Set(index.alignments.map((a) => a.id));
    expect(index.discrepancies.every((d) => alignments.has(d.alignment))).toBe(true);
  });

  it('never traces lineage across stories', () => {
    const crossing = index.lineage.flatMap((l) => l.derivedFrom.filter((d) => storyOf.get(d.from) !== storyOf.get(l.source)));
    expect(crossing).toEqual([]);
  });

  it('makes the follow-up a story of its own that follows up the seeds', () => {
    const followUp = index.stories.find((s) => s.sources.includes(seedId(FOLLOW_UP)))!;
    expect(followUp.related).toEqual([storyOf.get(SEED_IDS[0])]);
    expect(followUp.start).toBe('2016-09-24');
  });
}, 120_000);

describe('buildIndex with a stories file', async () => {
  const { seedFiles } = await import('../seeds');
  const corrections = JSON.stringify({
    corrections: [
      { op: 'move', source: seedId(SEED.crossroads), to: 'new' },
      { op: 'rename', story: seedId(SEED.nyt), title: 'The 2015 cyber arms talks' },
      { op: 'merge', stories: ['story:nowhere', seedId(SEED.nyt)] },
    ],
  });
  const { index, problems } = buildIndex(seedFiles(), { editorial: seedEditorial(), stories: corrections });

  it('applies the corrections after clustering, and names the one it cannot apply', () => {
    expect(index.stories.map((s) => [s.title, s.sources.length])).toEqual([
      ['The 2015 cyber arms talks', 4],
      [expect.any(String), 1],
    ]);
    expect(problems).toEqual([expect.stringMatching(/^stories\.json: correction 3 \(merge\): no story story:nowhere; skipped$/)]);
  });

  it('compares the moved source with no other', () => {
    const crossroads = seedId(SEED.crossroads);
    expect(index.alignments.some((a) => a.sentences.some((s) => s.startsWith(crossroads + ':')))).toBe(false);
    expect(index.lineage.find((l) => l.source === crossroads)?.derivedFrom).toEqual([]);
  });
});
