/**
 * The library's index: the seeds' index with every saved article folded in.
 * Folding an article in needs no extraction or comparison (each article
 * carries its own, see `article.ts`): its source and sentences are appended,
 * its quotes added, and its entities merged by id with those already known
 * (aliases joined, mentions appended). So adding an article costs in
 * proportion to that article, not to the library.
 */
import { INDEX_VERSION, type Entity, type FullIndex } from '../contracts/schema';
import type { LibraryArticle } from './article';

export function emptyIndex(): FullIndex {
  return { version: INDEX_VERSION, sources: [], sentences: [], entities: [], quotes: [], alignments: [], discrepancies: [], lineage: [], stories: [] };
}

/**
 * An index being folded: `own` holds the merged entities this fold made, which
 * it may grow in place. An entity it was given (the seeds', an article's) is
 * copied the first time another is merged into it, never changed: a common
 * name's mentions copied at every merge made folding the whole library grow
 * with the square of its size.
 */
type Mutable = FullIndex & { entityAt: Map<string, number>; own: Set<Entity> };

function begin(index: FullIndex): Mutable {
  const entityAt = new Map(index.entities.map((e, i) => [e.id, i]));
  // The seeds' comparisons stay (the spot index's passages come from them); `withComparisons` (stories.ts) makes the library's.
  return {
    ...index,
    sources: index.sources.slice(),
    sentences: index.sentences.slice(),
    entities: index.entities.slice(),
    quotes: index.quotes.slice(),
    entityAt,
    own: new Set(),
  };
}

/**
 * Merges `more` into the entity at `i`: aliases joined, the first description
 * kept, mentions appended; in place once the entity is this fold's own, so in
 * time proportional to `more`.
 */
function mergeInto(into: Mutable, i: number, more: Entity): void {
  let known = into.entities[i];
  if (!into.own.has(known)) {
    known = { ...known, aliases: known.aliases.slice(), mentions: known.mentions.slice() };
    into.entities[i] = known;
    into.own.add(known);
  }
  for (const alias of more.aliases) if (!known.aliases.includes(alias)) known.aliases.push(alias);
  known.description ??= more.description;
  for (const m of more.mentions) known.mentions.push(m);
}

/** What folding an article in reads of it. */
export type FoldedPart = Pick<LibraryArticle, 'entities' | 'quotes'> & { parsed: Pick<LibraryArticle['parsed'], 'source' | 'sentences'> };

function fold(into: Mutable, article: FoldedPart): void {
  into.sources.push(article.parsed.source);
  for (const s of article.parsed.sentences) into.sentences.push(s);
  for (const q of article.quotes) into.quotes.push(q);
  for (const entity of article.entities) {
    const i = into.entityAt.get(entity.id);
    if (i === undefined) {
      into.entityAt.set(entity.id, into.entities.length);
      into.entities.push(entity);
    } else {
      mergeInto(into, i, entity);
    }
  }
}

function finish({ entityAt: _, own: __, ...index }: Mutable): FullIndex {
  return index;
}

/** A new index with `article` folded into `index` (which is left as it was). */
export function addArticle(index: FullIndex, article: LibraryArticle): FullIndex {
  const into = begin(index);
  fold(into, article);
  return finish(into);
}

/** The seeds (unless hidden) and every article, in the order given. */
export function mergeLibrary(seeds: FullIndex, articles: readonly LibraryArticle[], showSeeds = true): FullIndex {
  const folder = libraryFolder(seeds, showSeeds);
  for (const article of articles) folder.add(article);
  return folder.index();
}

/** `mergeLibrary` for articles read a chunk at a time: `add` each in order, then `index` once. */
export function libraryFolder(seeds: FullIndex, showSeeds = true): { add(article: FoldedPart): void; index(): FullIndex } {
  const into = begin(showSeeds ? seeds : emptyIndex());
  return { add: (article) => fold(into, article), index: () => finish(into) };
}
