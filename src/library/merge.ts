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

function mergeEntity(known: Entity, more: Entity): Entity {
  const aliases = [...new Set([...known.aliases, ...more.aliases])];
  // `concat`, not spreading: a common name's mentions are tens of thousands at 10,000 articles, copied at every save.
  return { ...known, aliases, description: known.description ?? more.description, mentions: known.mentions.concat(more.mentions) };
}

type Mutable = FullIndex & { entityAt: Map<string, number> };

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
  };
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
      into.entities[i] = mergeEntity(into.entities[i], entity);
    }
  }
}

function finish({ entityAt: _, ...index }: Mutable): FullIndex {
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
