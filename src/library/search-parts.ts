/**
 * The search index kept in parts, so that a worker's first search reads the
 * postings of the words it can match, not the whole index: loading all of
 * it took 1.4 s at 10,000 articles, and a worker started for the library
 * page meets the reader's first search before that.
 *
 * MiniSearch's own form (`toJSON`) is cut in two: the head (documents, field
 * lengths: what every search needs) with the vocabulary, and the terms'
 * postings in parts of about `PART_POSTINGS` each. A query's words are
 * matched against the vocabulary here (exactly, by prefix and within the
 * fuzzy distance MiniSearch allows them), and the parts holding any term
 * that may match are loaded into an index of the head and those parts.
 * MiniSearch then finds in it every term it would find in the whole (a
 * superset of them is loaded), each with its whole postings, over the same
 * documents: the same hits with the same scores.
 */
import MiniSearch, { type AsPlainObject, type Options, type SearchOptions } from 'minisearch';

export type SearchEntries = AsPlainObject['index'];
export type SearchHead = Omit<AsPlainObject, 'index'>;

/** Postings (a term in a document's field) per part: a part is read whole, and a query reads a few. */
export const PART_POSTINGS = 4000;

export interface SearchParts {
  head: SearchHead;
  /** Each part's terms, joined by newlines (a term holds none: `searchTerms` cuts at them). */
  vocabulary: string[];
  parts: SearchEntries[];
}

export function splitSearchIndex(js: AsPlainObject, partPostings = PART_POSTINGS): SearchParts {
  const { index, ...head } = js;
  const parts: SearchEntries[] = [];
  const vocabulary: string[] = [];
  let part: SearchEntries = [];
  let postings = 0;
  const close = () => {
    parts.push(part);
    vocabulary.push(part.map(([term]) => term).join('\n'));
    part = [];
    postings = 0;
  };
  for (const entry of index) {
    part.push(entry);
    for (const docs of Object.values(entry[1])) postings += Object.keys(docs).length;
    if (postings >= partPostings) close();
  }
  if (part.length || parts.length === 0) close();
  return { head, vocabulary, parts };
}

/** The whole index's form again, from its head and every part. */
export function joinSearchIndex(head: SearchHead, parts: readonly SearchEntries[]): AsPlainObject {
  return { ...head, index: parts.flat() };
}

/** How MiniSearch cuts and folds a query with `options` (its own defaults: the index's tokenizer, lower case). */
export function queryTerms(query: string, options: Options): string[] {
  const tokenize = options.searchOptions?.tokenize ?? options.tokenize!;
  const processTerm = options.searchOptions?.processTerm ?? options.processTerm ?? ((term: string) => term.toLowerCase());
  return tokenize(query)
    .flatMap((term) => processTerm(term) ?? [])
    .filter((term): term is string => !!term);
}

/** The edit distance MiniSearch allows a query term (`fuzzy` below 1: a share of its length). */
export function fuzzyDistance(term: string, search: SearchOptions): number {
  const { fuzzy, maxFuzzy = 6 } = search;
  if (typeof fuzzy !== 'number') return fuzzy ? Math.min(maxFuzzy, Math.round(term.length * 0.2)) : 0;
  return fuzzy < 1 ? Math.min(maxFuzzy, Math.round(term.length * fuzzy)) : fuzzy;
}

/** Two rows of the distance table, reused: the vocabulary's scan runs it for thousands of words. */
let rows: [Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64)];

/** Whether Levenshtein distance between `a` and `b` is at most `max` (UTF-16 units, as MiniSearch counts). */
export function withinDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (rows[0].length <= b.length) rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let [previous, row] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const d = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      row[j] = d;
      if (d < best) best = d;
    }
    // Every way on passes through this row: none under `max` here, none at the end.
    if (best > max) return false;
    [previous, row] = [row, previous];
  }
  return previous[b.length] <= max;
}

/** The vocabulary as stored (each part's terms joined), cut into words once for every search after. */
export function vocabularyWords(vocabulary: readonly string[]): string[][] {
  return vocabulary.map((joined) => (joined ? joined.split('\n') : []));
}

/**
 * The parts holding a term that any of `terms` may match (itself, a longer
 * word it begins under `prefix`, one within its fuzzy distance), in order;
 * `words` each part's terms (`vocabularyWords`).
 */
export function partsToRead(terms: readonly string[], words: readonly (readonly string[])[], search: SearchOptions): number[] {
  const wanted = terms.map((term) => ({ term, distance: fuzzyDistance(term, search) }));
  const prefix = !!search.prefix;
  const mayMatch = (word: string) =>
    wanted.some(({ term, distance }) => word === term || (prefix && word.startsWith(term)) || (distance > 0 && withinDistance(word, term, distance)));
  const found: number[] = [];
  words.forEach((part, n) => {
    if (part.some(mayMatch)) found.push(n);
  });
  return found;
}

/** An index of the head and `parts` alone: what `query` matches in it is what it matches in the whole. */
export function partialIndex(head: SearchHead, parts: readonly SearchEntries[], options: Options): MiniSearch {
  return MiniSearch.loadJS(joinSearchIndex(head, parts), options);
}
