/**
 * Folding the library: the folder's in-place merge against the rule written
 * plainly (a reference oracle), and what it was given left as it was.
 */
import { describe, expect, it } from 'vitest';
import type { Entity, FullIndex } from '../../src/contracts/schema';
import { readArticle, type LibraryArticle } from '../../src/library/article';
import { addArticle, libraryFolder, mergeLibrary } from '../../src/library/merge';
import { newStory, seedAsInput, seedIndexes } from './fixtures';

/** The merge rule as plainly as it can be said: aliases joined, the first description kept, mentions appended. */
function referenceFold(seeds: FullIndex, articles: readonly LibraryArticle[]): FullIndex {
  const entities = new Map<string, Entity>(seeds.entities.map((e) => [e.id, e]));
  for (const a of articles) {
    for (const e of a.entities) {
      const known = entities.get(e.id);
      entities.set(
        e.id,
        known
          ? {
              ...known,
              aliases: [...new Set([...known.aliases, ...e.aliases])],
              description: known.description ?? e.description,
              mentions: [...known.mentions, ...e.mentions],
            }
          : e,
      );
    }
  }
  return {
    ...seeds,
    sources: [...seeds.sources, ...articles.map((a) => a.parsed.source)],
    sentences: [...seeds.sentences, ...articles.flatMap((a) => a.parsed.sentences)],
    quotes: [...seeds.quotes, ...articles.flatMap((a) => a.quotes)],
    entities: [...entities.values()],
  };
}

function read(input: Parameters<typeof readArticle>[0]): LibraryArticle {
  const r = readArticle(input);
  if (!('article' in r)) throw new Error(r.problem);
  return r.article;
}

// The seeds again under other names (their entities all merge with the seeds'), and new stories naming new people twice over.
const ARTICLES = [
  read({ ...seedAsInput('pd'), name: 'again-pd.txt' }),
  read(newStory('a.txt', 'Margarethe Vollenweider')),
  read({ ...seedAsInput('nyt'), name: 'again-nyt.txt' }),
  read(newStory('b.txt', 'Margarethe Vollenweider')),
  read(newStory('c.txt', 'Ingrid Solberg-Haugen')),
  read({ ...seedAsInput('pd'), name: 'third-pd.txt' }),
];

describe('folding articles into the library', () => {
  it('gives what the plain rule gives, whether folded at once or one article at a time', () => {
    const seeds = seedIndexes().full;
    const expected = referenceFold(seeds, ARTICLES);
    // Some entity really is merged several times over.
    expect(expected.entities.some((e) => new Set(e.mentions.map((m) => m.source)).size >= 3)).toBe(true);
    expect(mergeLibrary(seeds, ARTICLES)).toEqual(expected);
    expect(ARTICLES.reduce(addArticle, seeds)).toEqual(expected);
  });

  it('changes nothing it was given: the seeds, each article, an earlier fold', () => {
    const seeds = seedIndexes().full;
    const before = structuredClone({ seeds, articles: ARTICLES });
    const first = mergeLibrary(seeds, ARTICLES.slice(0, 3));
    const firstCopy = structuredClone(first);
    const folder = libraryFolder(first, true);
    for (const a of ARTICLES.slice(3)) folder.add(a);
    folder.index();
    addArticle(first, ARTICLES[5]);
    expect({ seeds, articles: ARTICLES }).toEqual(before);
    expect(first).toEqual(firstCopy);
  });
});
