/**
 * Which stories hold an item, known without folding every article: a card
 * speaks of the item's stories alone (src/background/index-lookup.ts,
 * `sourcesAround`), so a worker started afresh reads the articles of those
 * stories, not the library (`Library.cardIndex`). Pure: unit-tested in Node.
 */
import type { FullIndex } from '../contracts/schema';
import type { StoryAssignment } from '../stories/assignment';

/** Entity id → the indexes (in the assignment) of the stories whose articles name it or say it wrote or published them. */
export type EntityStories = Map<string, number[]>;

/** Source id → the index (in the assignment) of the story holding it. */
export function storyIndexOf(assignment: StoryAssignment): Map<string, number> {
  const storyOf = new Map<string, number>();
  assignment.stories.forEach((story, k) => {
    for (const id of story.sources) storyOf.set(id, k);
  });
  return storyOf;
}

/** Each entity's stories, from the folded index the stories were formed from. */
export function entityStories(index: Pick<FullIndex, 'entities'>, assignment: StoryAssignment): EntityStories {
  const storyOf = storyIndexOf(assignment);
  const out: EntityStories = new Map();
  for (const entity of index.entities) {
    const stories = new Set<number>();
    const add = (source: string) => {
      const k = storyOf.get(source);
      if (k !== undefined) stories.add(k);
    };
    for (const m of entity.mentions) add(m.source);
    for (const link of entity.sources ?? []) add(link.source);
    out.set(
      entity.id,
      [...stories].sort((a, b) => a - b),
    );
  }
  return out;
}

/** A saved article's quote (`quote:<article>:<n>`) or any sentence (`<source>:p<n>:s<n>`) names its source. */
const OWN_QUOTE = /^quote:(src-lib-[0-9a-f]{16}):\d+$/;
const SENTENCE = /^(src-[^:]+):p\d+:s\d+$/;

/**
 * The sources an item other than an entity stands in, read from its id: a
 * saved article's quote or sentence names its article; the sample's quote or
 * passage (an alignment of the seeds), the seeds that carry it. Undefined for
 * an id of neither kind.
 */
export function sourcesOfItem(id: string, seeds: Pick<FullIndex, 'quotes' | 'alignments'>): string[] | undefined {
  const own = OWN_QUOTE.exec(id) ?? SENTENCE.exec(id);
  if (own) return [own[1]];
  const quote = seeds.quotes.find((q) => q.id === id);
  if (quote) return [...new Set(quote.carriers.map((c) => c.source))];
  const alignment = seeds.alignments.find((a) => a.id === id);
  if (alignment) return [...new Set(alignment.sentences.map((s) => SENTENCE.exec(s)?.[1]).filter((s) => s !== undefined))];
  return undefined;
}
