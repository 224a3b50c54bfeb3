/**
 * The library's stories: the seeds and the saved articles clustered together,
 * as the build clusters a folder, and compared only within each story. A
 * story that is exactly the seeds' own keeps the comparison bundled with them.
 * Each article's clustering features are worked out once per background life.
 */
import type { ParsedSource } from '../intake/types';
import type { FullIndex, Sentence } from '../shared/schema';
import type { StoryAssignment } from '../stories/assignment';
import { articleFeatures, type ArticleFeatures } from '../stories/features';
import { compareByStory, describeStories, formStories } from '../stories/stories';

export type FeatureCache = Map<string, ArticleFeatures>;

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

/** `index` (seeds and saved articles folded together) with its stories, each compared on its own. */
export function withStories(index: FullIndex, seeds: FullIndex, cache: FeatureCache): FullIndex {
  const articles = articlesOf(index);
  const remembered = (article: ParsedSource): ArticleFeatures => {
    let f = cache.get(article.source.id);
    if (!f) cache.set(article.source.id, (f = articleFeatures(article)));
    return f;
  };
  const { assignment } = formStories(articles, [], remembered);
  const seedStory = seeds.stories.length === 1 ? seeds.stories[0] : undefined;
  const keepsSeeds = (ids: readonly string[]) => !!seedStory && sameMembers(ids, seedStory.sources);
  // The seeds' story, unchanged, keeps the comparison the build made of it.
  const toCompare: StoryAssignment = { stories: assignment.stories.filter((s) => !keepsSeeds(s.sources)) };
  const compared = compareByStory(articles, toCompare);
  const seedsKept = assignment.stories.some((s) => keepsSeeds(s.sources));
  const offset = (id: string, prefix: string, n: number) => `${prefix}:${Number(id.slice(prefix.length + 1)) + n}`;
  const shift = seedsKept ? seeds.alignments.length : 0;
  const shiftDisc = seedsKept ? seeds.discrepancies.length : 0;
  return {
    ...index,
    stories: describeStories(assignment, articles, index.entities),
    alignments: [...(seedsKept ? seeds.alignments : []), ...compared.alignments.map((a) => ({ ...a, id: offset(a.id, 'align', shift) }))],
    discrepancies: [
      ...(seedsKept ? seeds.discrepancies : []),
      ...compared.discrepancies.map((d) => ({ ...d, id: offset(d.id, 'disc', shiftDisc), alignment: offset(d.alignment, 'align', shift) })),
    ],
    lineage: [...(seedsKept ? seeds.lineage : []), ...compared.lineage],
  };
}
