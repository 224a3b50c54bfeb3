import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import MiniSearch, { type SearchOptions } from 'minisearch';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { partialIndex, partsToRead, queryTerms, splitSearchIndex, joinSearchIndex, vocabularyWords, withinDistance } from '../../src/library/search-parts';
import { Library } from '../../src/library/service';
import { openLibraryDb, readSearchIndex } from '../../src/library/store';
import { searchTerms } from '../../src/text/segment';
import { prng } from '../bench/prng';
import { newStory, seedIndexes } from './fixtures';

afterEach(() => vi.restoreAllMocks());

const OPTIONS = { fields: ['title', 'outlet', 'body'], storeFields: [], tokenize: searchTerms, searchOptions: { boost: { title: 3, outlet: 2 } } };
const QUERY: SearchOptions = { prefix: true, fuzzy: 0.15, combineWith: 'AND' };

/** Levenshtein distance, the textbook way: the reference. */
function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

/** The seeds' paragraphs as documents: real words, a few hundred of them. */
function seedDocuments(): { id: string; title: string; outlet: string; body: string }[] {
  return readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .flatMap((file) => {
      const [title, ...rest] = readFileSync(`seeds/${file}`, 'utf8').split('\n');
      return rest.filter((line) => line.trim()).map((body, i) => ({ id: `${file}#${i}`, title, outlet: file.slice(0, 3), body }));
    });
}

const QUERIES = [
  'China',
  'cyber',
  'cyberr',
  'cybre',
  'Washington',
  'washingtno',
  'Wshington',
  'infrastructure norms',
  'arms control accord',
  'Xi Jinping',
  'c',
  'ab',
  'Obama',
  'Obamma',
  'Thursday',
  'not',
  'nothing-of-the-sort',
  'zzzzqx',
  '習近平',
  'U.S.',
  "isn't",
];

describe('the search index in parts', () => {
  it('Levenshtein within a bound, as the textbook distance says (random words over a small alphabet)', () => {
    const rand = prng(7);
    const word = () => Array.from({ length: Math.floor(rand() * 9) }, () => 'abc'[Math.floor(rand() * 3)]).join('');
    for (let k = 0; k < 3000; k++) {
      const [a, b] = [word(), word()];
      const max = Math.floor(rand() * 4);
      expect(withinDistance(a, b, max), `${a} ~ ${b} within ${max}`).toBe(levenshtein(a, b) <= max);
    }
  });

  it('an index of the head and the parts a query can match answers as the whole does: the same hits, scores and terms', () => {
    const whole = new MiniSearch(OPTIONS);
    whole.addAll(seedDocuments());
    // Small parts, so a query reads few of many.
    const { head, vocabulary, parts } = splitSearchIndex(whole.toJSON(), 60);
    expect(parts.length).toBeGreaterThan(50);
    expect(joinSearchIndex(head, parts)).toEqual(whole.toJSON());
    const reference = MiniSearch.loadJS(whole.toJSON(), OPTIONS);
    for (const query of QUERIES) {
      const read = partsToRead(queryTerms(query, OPTIONS), vocabularyWords(vocabulary), QUERY);
      const partial = partialIndex(
        head,
        read.map((n) => parts[n]),
        OPTIONS,
      );
      expect(partial.search(query, QUERY), query).toEqual(reference.search(query, QUERY));
      // A one-letter prefix may read many; a word reads a few.
      if (query.length > 3) expect(read.length, query).toBeLessThan(parts.length / 3);
    }
    expect(reference.search('Washington', QUERY).length).toBeGreaterThan(0);
    expect(reference.search('washingtno', QUERY).length).toBeGreaterThan(0);
  });

  it('the query cut as MiniSearch cuts it (its tokenizer, lower case)', () => {
    expect(queryTerms('U.S. Cyber-Accord, 習近平', OPTIONS)).toEqual(searchTerms('U.S. Cyber-Accord, 習近平').map((t) => t.toLowerCase()));
  });
});

describe("a worker's first searches, before the whole index is loaded", () => {
  const open = (name: string) => Library.open(seedIndexes().full, seedIndexes().spot, name, '1.0.0');

  it('answer from the stored parts as the whole index does, with the articles changed since', async () => {
    const name = 'test-search-parts-1';
    const lib = await open(name);
    const people = ['Ottoline Brackenridge', 'Perpetua Quackenbush', 'Leopold Wintergreen', 'Araminta Fotheringay', 'Cuthbert Ravenscroft'];
    const added = (await lib.add(people.map((p, i) => newStory(`s${i}.txt`, p)))).added;
    await lib.keepSearchIndex();
    const db = await openLibraryDb(name);
    expect((await readSearchIndex(db)).stored).toBeDefined();
    db.close();
    // Changed since it was stored: one added, one removed, one read again with other words.
    const other = await open(name);
    await other.add([newStory('late.txt', 'Hyacinth Bucklesby')]);
    await other.remove([added[1].id]);
    await other.add([{ ...newStory('s0.txt', people[0]), text: newStory('s0.txt', people[0]).text.replace('Swiss envoy', 'Icelandic envoy') }]);

    const queries = ['Brackenridge', 'Quackenbush', 'Bucklesby', 'Icelandic', 'Swiss envoy', 'quantum', 'Genva', 'delegat', 'nobody'];
    const answers: unknown[] = [];
    const loads = vi.spyOn(MiniSearch, 'loadJS');
    for (const query of queries) answers.push(await (await open(name)).search(query));
    // Each from parts: no worker had the whole in hand.
    expect(loads).toHaveBeenCalledTimes(queries.length);
    loads.mockRestore();
    const warm = await open(name);
    await warm.keepSearchIndex();
    for (const [i, query] of queries.entries()) {
      // The whole, loaded (and so stored again with the changes in it).
      expect(answers[i], query).toEqual(await warm.search(query));
    }
    expect(answers[queries.indexOf('Bucklesby')]).toHaveLength(1);
    expect(answers[queries.indexOf('Quackenbush')]).toEqual([]);
    expect((answers[queries.indexOf('Swiss envoy')] as { id: string }[]).map((h) => h.id)).not.toContain(added[0].id);
  });

  it('the library page opening reads the head alone; the first search answers from parts, and the whole is loaded once searches pause', async () => {
    const name = 'test-search-parts-2';
    const lib = await open(name);
    await lib.add([newStory('a.txt', 'Ottoline Brackenridge'), newStory('b.txt', 'Perpetua Quackenbush')]);
    await lib.keepSearchIndex();
    const parts = vi.spyOn(MiniSearch, 'loadJS');
    const cold = await open(name);
    // Whether this worker has the whole index in hand (the libraries of the tests before load theirs meanwhile).
    const whole = () => (cold as unknown as { searchIndex?: MiniSearch }).searchIndex !== undefined;
    cold.prepareSearch();
    await new Promise((r) => setTimeout(r, 50));
    expect(whole()).toBe(false);
    expect(await cold.search('Quackenbush')).toHaveLength(1);
    expect(parts).toHaveBeenCalledTimes(1);
    // Once the searches pause.
    await new Promise((r) => setTimeout(r, 500));
    expect(whole()).toBe(false);
    await vi.waitFor(() => expect(whole()).toBe(true), { timeout: 5000 });
    // Once in hand, the whole answers.
    expect(await cold.search('Brackenridge')).toHaveLength(1);
    expect(parts).toHaveBeenCalledTimes(1);
  });

  it('with none stored (an import leaves none), the library page opening makes the whole for the first search', async () => {
    const lib = await open('test-search-parts-3');
    await lib.add([newStory('a.txt', 'Ottoline Brackenridge')]);
    const parts = vi.spyOn(MiniSearch, 'loadJS');
    lib.prepareSearch();
    expect(await lib.search('Brackenridge')).toHaveLength(1);
    expect(parts).not.toHaveBeenCalled();
    const db = await openLibraryDb('test-search-parts-3');
    expect((await readSearchIndex(db)).stored).toBeDefined();
    db.close();
  });
});
