/**
 * Articles → stories: clustered as they arrive, corrected by the reader, each
 * described (title, dates, main names), and compared only inside itself.
 */
import { compareSources, type Comparison } from '../compare/compare';
import type { ParsedSource } from '../intake/types';
import type { Entity, EntityKind, Story } from '../contracts/schema';
import { applyStoryCorrections, type StoryAssignment, type StoryCorrection } from './assignment';
import { boilerplateSteps, withoutSentences } from './boilerplate';
import { clusterSteps } from './cluster';
import { finishSteps, type Steps } from './steps';
import { articleFeatures, type ArticleFeatures } from './features';

/** An article's features without the sentences of `skipped` (its own boilerplate; empty for most): `articleFeatures`', perhaps kept by the caller. */
export type FeaturesOf = (article: ParsedSource, skipped: ReadonlySet<string>) => ArticleFeatures;

/**
 * The stories the clusterer forms from the articles (in date order, then in
 * the order given), its sites' boilerplate recognised first and left out.
 */
export function clusterStories(articles: readonly ParsedSource[], featuresOf: FeaturesOf = articleFeatures): StoryAssignment {
  return finishSteps(clusterStoriesSteps(articles, featuresOf));
}

/** Articles whose features are worked out between two steps of `clusterStoriesSteps`. */
const FEATURES_PER_STEP = 20;

function* clusterStoriesSteps(articles: readonly ParsedSource[], featuresOf: FeaturesOf): Steps<StoryAssignment> {
  const boilerplate = yield* boilerplateSteps(articles);
  const none: ReadonlySet<string> = new Set();
  // Each article without its own boilerplate sentences, named to the caller (who may keep features by them).
  const features: ArticleFeatures[] = [];
  for (const [k, a] of articles.entries()) {
    if (k > 0 && k % FEATURES_PER_STEP === 0) yield;
    const own = a.sentences.filter((s) => boilerplate.has(s.id));
    features.push(featuresOf(a, own.length ? new Set(own.map((s) => s.id)) : none));
  }
  const { stories } = yield* clusterSteps(features);
  return { stories: stories.map((s) => ({ id: s.id, sources: s.sources, related: s.related })), boilerplate: [...boilerplate].sort() };
}

/** Clustered, then corrected; `problems` names each correction that could not be applied. */
export function formStories(
  articles: readonly ParsedSource[],
  corrections: readonly StoryCorrection[] = [],
  featuresOf: FeaturesOf = articleFeatures,
): { assignment: StoryAssignment; problems: string[] } {
  return finishSteps(formStoriesSteps(articles, corrections, featuresOf));
}

/** `formStories` in steps (see `steps.ts`): the same stories. */
export function* formStoriesSteps(
  articles: readonly ParsedSource[],
  corrections: readonly StoryCorrection[] = [],
  featuresOf: FeaturesOf = articleFeatures,
): Steps<{ assignment: StoryAssignment; problems: string[] }> {
  const clustered = yield* clusterStoriesSteps(articles, featuresOf);
  const corrected = applyStoryCorrections(clustered, corrections);
  // Stories and their sources in the articles' order, so ids and lists do not depend on arrival order.
  const order = new Map(articles.map((a, i) => [a.source.id, i]));
  const known = (id: string) => order.has(id);
  const stories = corrected.assignment.stories
    .map((s) => ({ ...s, sources: s.sources.filter(known).sort((a, b) => order.get(a)! - order.get(b)!) }))
    .filter((s) => s.sources.length > 0)
    .sort((a, b) => order.get(a.sources[0])! - order.get(b.sources[0])!);
  const ids = new Set(stories.map((s) => s.id));
  for (const s of stories) s.related = s.related.filter((r) => ids.has(r) && r !== s.id);
  return { assignment: { stories, boilerplate: clustered.boilerplate }, problems: corrected.problems };
}

/** Main names per kind a story keeps. */
const MAIN_NAMES = 5;

interface NameTally {
  id: string;
  kind: EntityKind;
  sources: Set<string>;
  count: number;
}

/**
 * Per story, each entity's mentions in it: one pass over every mention (a
 * pass over every entity per story grew with stories × entities, seconds at
 * thousands of articles).
 */
function tallyByStory(stories: readonly { sources: readonly string[] }[], entities: readonly Entity[]): Map<string, NameTally>[] {
  const storyOf = new Map<string, number>();
  stories.forEach((s, k) => s.sources.forEach((id) => storyOf.set(id, k)));
  const tallies = stories.map(() => new Map<string, NameTally>());
  for (const e of entities) {
    for (const m of e.mentions) {
      const k = storyOf.get(m.source);
      if (k === undefined) continue;
      let t = tallies[k].get(e.id);
      if (!t) tallies[k].set(e.id, (t = { id: e.id, kind: e.kind, sources: new Set(), count: 0 }));
      t.sources.add(m.source);
      t.count++;
    }
  }
  return tallies;
}

function mainEntities(tally: ReadonlyMap<string, NameTally>, kind: EntityKind): string[] {
  return [...tally.values()]
    .filter((e) => e.kind === kind)
    .sort((a, b) => b.sources.size - a.sources.size || b.count - a.count || a.id.localeCompare(b.id))
    .slice(0, MAIN_NAMES)
    .map((e) => e.id);
}

/** Each story described for the index: title, sources, dates, main people, organisations and places. */
export function describeStories(assignment: StoryAssignment, articles: readonly ParsedSource[], entities: readonly Entity[]): Story[] {
  const byId = new Map(articles.map((a) => [a.source.id, a.source]));
  const tallies = tallyByStory(assignment.stories, entities);
  return assignment.stories.map((s, k) => {
    const sources = s.sources.map((id) => byId.get(id)!).filter(Boolean);
    const dates = sources
      .map((x) => x.published)
      .filter((d): d is string => !!d)
      .sort();
    // The earliest source's title: the original report, before the rewrites.
    const earliest = [...sources].sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999'))[0];
    return {
      id: s.id,
      title: s.title ?? earliest?.title ?? s.id,
      sources: s.sources,
      start: dates[0],
      end: dates[dates.length - 1],
      people: mainEntities(tallies[k], 'person'),
      organizations: mainEntities(tallies[k], 'organization'),
      places: mainEntities(tallies[k], 'place'),
      related: s.related,
    };
  });
}

/** Each story's articles (those of `articles`), in the assignment's order, as compared: without their boilerplate. */
export function storyMembers(articles: readonly ParsedSource[], assignment: StoryAssignment): ParsedSource[][] {
  const byId = new Map(articles.map((a) => [a.source.id, a]));
  const boilerplate = new Set(assignment.boilerplate ?? []);
  return assignment.stories.map((story) =>
    story.sources
      .map((id) => byId.get(id)!)
      .filter(Boolean)
      .map((a) => withoutSentences(a, boilerplate)),
  );
}

/**
 * Alignments, discrepancies and lineage of each story on its own, joined with
 * their ids numbered on across stories (the first story keeps the numbers it
 * would have alone). A story of one source has no alignment. `partOf(members,
 * k)` gives the comparison of story k's members: `compareSources`', made here
 * or ahead (on other threads).
 */
export function compareByStory(
  articles: readonly ParsedSource[],
  assignment: StoryAssignment,
  partOf: (members: ParsedSource[], story: number) => Comparison = (members) => compareSources(members),
): Comparison {
  return joinStoryComparisons(
    storyMembers(articles, assignment),
    articles.map((a) => a.source.id),
    partOf,
  );
}

/**
 * `compareByStory` from each story's members as compared (`storyMembers`),
 * the lineage in the order of `sourceOrder` (the articles' ids in order).
 */
export function joinStoryComparisons(
  stories: readonly ParsedSource[][],
  sourceOrder: readonly string[],
  partOf: (members: ParsedSource[], story: number) => Comparison,
): Comparison {
  const out: Comparison = { alignments: [], discrepancies: [], lineage: [] };
  stories.forEach((members, k) => {
    if (members.length < 2) {
      out.lineage.push(...members.map((m) => ({ source: m.source.id, derivedFrom: [] })));
      return;
    }
    const part = partOf(members, k);
    const renamed = new Map<string, string>();
    for (const a of part.alignments) {
      const id = `align:${out.alignments.length + 1}`;
      renamed.set(a.id, id);
      out.alignments.push({ ...a, id });
    }
    for (const d of part.discrepancies) {
      out.discrepancies.push({ ...d, id: `disc:${out.discrepancies.length + 1}`, alignment: renamed.get(d.alignment) ?? d.alignment });
    }
    out.lineage.push(...part.lineage);
  });
  const order = new Map(sourceOrder.map((id, i) => [id, i]));
  out.lineage.sort((a, b) => (order.get(a.source) ?? 0) - (order.get(b.source) ?? 0));
  return out;
}
