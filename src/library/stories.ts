/**
 * The library's stories: the seeds and the saved articles clustered together,
 * as the build clusters a folder, and compared only within each story. A
 * story that is exactly the seeds' own keeps the comparison bundled with them.
 * Each article's clustering features are worked out once per background life.
 */
import type { ParsedSource } from '../intake/types';
import type { FullIndex, Sentence, Story } from '../contracts/schema';
import { compareSources, type Comparison } from '../compare/compare';
import type { AssignedStory, StoryAssignment, StoryCorrection } from '../stories/assignment';
import { articleFeatures, type ArticleFeatures } from '../stories/features';
import { finishSteps, finishStepsSliced, nextTask, type Steps } from '../stories/steps';
import { describeStories, formStoriesSteps, joinStoryComparisons, storyMembers } from '../stories/stories';
import { hexDigest } from './article-id';

/** Each article's clustering features by its id, with the ids of the boilerplate sentences they leave out (joined). */
export type FeatureCache = Map<string, { skipped: string; features: ArticleFeatures }>;

/** The index's sources as articles again: each with its sentences, its body their text. */
function articlesOf(index: FullIndex): ParsedSource[] {
  const bySource = new Map<string, Sentence[]>();
  for (const s of index.sentences) {
    const list = bySource.get(s.source);
    if (list) list.push(s);
    else bySource.set(s.source, [s]);
  }
  return index.sources.map((source) => {
    const sentences = bySource.get(source.id) ?? [];
    return { source, sentences, body: sentences.map((s) => s.text).join('\n\n') };
  });
}

const sameMembers = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

/**
 * The library's stories formed: the stories assigned and each described. Its
 * articles (each a copy of its text as one body) are not kept: they are made
 * again from the index when the stories are compared.
 */
export interface FormedStories {
  /** The folded index they were formed from. */
  index: FullIndex;
  assignment: StoryAssignment;
  stories: Story[];
}

/**
 * The stories of `index` (seeds and saved articles folded together), after
 * the reader's corrections (one that names nothing known any more, an article
 * since removed, is skipped), each described, none compared yet: all the
 * library page lists.
 */
export function formLibraryStories(index: FullIndex, cache: FeatureCache, corrections: readonly StoryCorrection[] = []): FormedStories {
  return finishSteps(formLibraryStoriesSteps(index, cache, corrections));
}

/**
 * `formLibraryStories` with a pause whenever 20 ms of work have passed: the
 * background's, which answers pages between two slices (forming the stories
 * of 10,000 articles is seconds of work). The same stories.
 */
export function formLibraryStoriesSliced(
  index: FullIndex,
  cache: FeatureCache,
  corrections: readonly StoryCorrection[] = [],
  pause: () => Promise<void> = nextTask,
): Promise<FormedStories> {
  return finishStepsSliced(formLibraryStoriesSteps(index, cache, corrections), pause);
}

/** `formLibraryStories` in steps (see `src/stories/steps.ts`). */
export function* formLibraryStoriesSteps(index: FullIndex, cache: FeatureCache, corrections: readonly StoryCorrection[]): Steps<FormedStories> {
  const articles = articlesOf(index);
  // Kept while the article's own boilerplate stays the same: an article of a site with standing text is not read again at each change.
  const remembered = (article: ParsedSource, skipped: ReadonlySet<string>): ArticleFeatures => {
    const key = [...skipped].join(' ');
    const kept = cache.get(article.source.id);
    if (kept?.skipped === key) return kept.features;
    const features = articleFeatures(article, skipped);
    cache.set(article.source.id, { skipped: key, features });
    return features;
  };
  const { assignment } = yield* formStoriesSteps(articles, corrections, remembered);
  yield;
  return { index, assignment, stories: describeStories(assignment, articles, index.entities) };
}

/**
 * Each of `ids` (sources of `index`) as a story of its own, described: the
 * articles changed since the stories were formed, which they do not place
 * yet, as a card after a start shows them until the stories are formed again.
 */
export function storiesOfTheirOwn(index: FullIndex, ids: readonly string[]): { assignment: AssignedStory[]; stories: Story[] } {
  const assignment: StoryAssignment = { stories: ids.map((id) => ({ id: `story:${id}`, sources: [id], related: [] })) };
  const ownIds = new Set(ids);
  const articles = articlesOf(index).filter((a) => ownIds.has(a.source.id));
  return { assignment: assignment.stories, stories: describeStories(assignment, articles, index.entities) };
}

/**
 * A story's comparison depends only on its members as compared (their
 * sources and sentences, boilerplate left out): kept by a digest of them,
 * prefixed with what made it, a comparison outlives every change that leaves
 * its story as it was, and a worker's restart.
 */
export function storyComparisonKey(members: readonly ParsedSource[], made: string): string {
  return `${made}|${hexDigest(JSON.stringify(members.map((m) => [m.source, m.sentences])))}`;
}

/** A story to compare: its members as compared (boilerplate left out) and, when it has two or more, the key its comparison is kept by. */
export interface StoryToCompare {
  key?: string;
  members: ParsedSource[];
}

/** The seeds' story, unchanged, keeps the comparison the build made of it: it is not compared again. */
function seedsStoryTest(seeds: FullIndex): (ids: readonly string[]) => boolean {
  const seedStory = seeds.stories.length === 1 ? seeds.stories[0] : undefined;
  return (ids) => !!seedStory && sameMembers(ids, seedStory.sources);
}

function comparedAssignment(seeds: FullIndex, { assignment }: FormedStories): StoryAssignment {
  const keepsSeeds = seedsStoryTest(seeds);
  return { ...assignment, stories: assignment.stories.filter((s) => !keepsSeeds(s.sources)) };
}

/**
 * The most articles compared together. A story of more (a year's coverage of
 * one case, or stories chained into one) is compared in windows of
 * consecutive articles, none larger: comparing is one synchronous task that
 * grows faster than its members (2,022 articles took 15 s in one piece, 268
 * took 0.8 s), and a service worker busy that long is stopped by the browser
 * and would start the same comparison again at its next start. Articles in
 * different windows are not aligned with each other.
 */
export const MAX_COMPARED = 200;

/** `members` cut into the fewest consecutive windows of at most `max`, as even as can be (so none is a lone article). */
export function comparisonWindows<T>(members: readonly T[], max = MAX_COMPARED): T[][] {
  const count = Math.ceil(members.length / max);
  if (count <= 1) return [[...members]];
  const windows: T[][] = [];
  for (let k = 0; k < count; k++) windows.push(members.slice(Math.round((k * members.length) / count), Math.round(((k + 1) * members.length) / count)));
  return windows;
}

/**
 * The groups `withComparisons` compares, in its order: each story, or each
 * window of one larger than `MAX_COMPARED` (a group of one source, nothing to
 * compare, has no key).
 */
export function storiesToCompare(seeds: FullIndex, formed: FormedStories, made = ''): StoryToCompare[] {
  return storyMembers(articlesOf(formed.index), comparedAssignment(seeds, formed))
    .flatMap((members) => comparisonWindows(members))
    .map((members) => (members.length < 2 ? { members } : { key: storyComparisonKey(members, made), members }));
}

/**
 * The formed stories with each compared on its own: a story whose comparison
 * is in `kept` (by `storyComparisonKey`) is not compared again. A story that
 * is exactly the seeds' keeps the comparison the build made of it. `used`
 * holds the comparison of every story compared, made or kept.
 */
export function withComparisons(
  seeds: FullIndex,
  formed: FormedStories,
  kept: ReadonlyMap<string, Comparison> = new Map(),
  made = '',
  toCompare: readonly StoryToCompare[] = storiesToCompare(seeds, formed, made),
): { full: FullIndex; used: Map<string, Comparison> } {
  const { index, assignment } = formed;
  const used = new Map<string, Comparison>();
  const stories = toCompare.map((s) => s.members);
  const compared = joinStoryComparisons(
    stories,
    index.sources.map((s) => s.id),
    (members, k) => {
      const key = toCompare[k].key!;
      const comparison = kept.get(key) ?? compareSources(members);
      used.set(key, comparison);
      return comparison;
    },
  );
  const keepsSeeds = seedsStoryTest(seeds);
  const seedsKept = assignment.stories.some((s) => keepsSeeds(s.sources));
  const offset = (id: string, prefix: string, n: number) => `${prefix}:${Number(id.slice(prefix.length + 1)) + n}`;
  const shift = seedsKept ? seeds.alignments.length : 0;
  const shiftDisc = seedsKept ? seeds.discrepancies.length : 0;
  const full: FullIndex = {
    ...index,
    stories: formed.stories,
    alignments: [...(seedsKept ? seeds.alignments : []), ...compared.alignments.map((a) => ({ ...a, id: offset(a.id, 'align', shift) }))],
    discrepancies: [
      ...(seedsKept ? seeds.discrepancies : []),
      ...compared.discrepancies.map((d) => ({ ...d, id: offset(d.id, 'disc', shiftDisc), alignment: offset(d.alignment, 'align', shift) })),
    ],
    lineage: [...(seedsKept ? seeds.lineage : []), ...compared.lineage],
  };
  return { full, used };
}

/** A story as the reader sees it now: its id and its sources. */
export interface CurrentStory {
  id: string;
  sources: readonly string[];
}

/**
 * A correction as the library stores it: each story it names is named by a
 * source it holds now, not by its id, because an id may change when the
 * stories are formed again (an older article arrives and starts the story).
 * The source named for a story is one the correction does not take out of it.
 * Gives a one-line problem when the correction names a story or source unknown.
 */
export function stableCorrection(c: StoryCorrection, stories: readonly CurrentStory[]): StoryCorrection | string {
  const byRef = (ref: string) => stories.find((s) => s.id === ref) ?? stories.find((s) => s.sources.includes(ref));
  const anchor = (ref: string, leaving: readonly string[] = []): string | undefined => byRef(ref)?.sources.find((x) => !leaving.includes(x));
  switch (c.op) {
    case 'rename': {
      const story = anchor(c.story);
      return story ? { op: 'rename', story, title: c.title.trim() } : `No story ${c.story}.`;
    }
    case 'move': {
      if (!byRef(c.source)?.sources.includes(c.source)) return `No article ${c.source}.`;
      if (c.to === 'new') return { op: 'move', source: c.source, to: 'new' };
      const to = anchor(c.to, [c.source]);
      return to ? { op: 'move', source: c.source, to } : `No story ${c.to} to move it to.`;
    }
    case 'merge': {
      const refs = c.stories.map((ref) => anchor(ref));
      const missing = c.stories.filter((_, i) => !refs[i]);
      return missing.length ? `No story ${missing.join(', ')}.` : { op: 'merge', stories: refs as string[] };
    }
    case 'split': {
      const story = anchor(c.story, c.sources);
      return story ? { op: 'split', story, sources: [...c.sources] } : `No story ${c.story} that keeps some of its articles.`;
    }
  }
}
