/**
 * Everything the compare step needs per sentence, computed once: comparison
 * words with their spans, stemmed content words and shingles. Sentences are
 * numbered globally in source order, then reading order.
 */
import type { ParsedSource } from '../intake/types';
import type { Sentence } from '../contracts/schema';
import { COMPARISON_STOP_WORDS } from '../text/lexicon';
import { keyShingles } from '../text/shingles';
import { contentSet } from './similarity';
import { comparisonTokens, type Tokens } from './tokens';

export interface PreparedSentence {
  sentence: Sentence;
  /** Index of the sentence's source in the sources given. */
  source: number;
  tokens: Tokens;
  content: Set<string>;
  shingles: number[];
  /** For two sentences of a split read as one: each one's text, in order. */
  parts?: readonly string[];
}

export interface Prepared {
  sources: ParsedSource[];
  sentences: PreparedSentence[];
  /** Global sentence indices of each source, in reading order. */
  bySource: number[][];
}

const isStopWord = (key: string) => COMPARISON_STOP_WORDS.has(key);

export function prepare(sources: ParsedSource[]): Prepared {
  const sentences: PreparedSentence[] = [];
  const bySource: number[][] = [];
  sources.forEach((p, si) => {
    const mine: number[] = [];
    for (const sentence of p.sentences) {
      const tokens = comparisonTokens(sentence.text);
      mine.push(sentences.length);
      sentences.push({ sentence, source: si, tokens, content: contentSet(tokens.keys), shingles: keyShingles(tokens.keys, isStopWord) });
    }
    bySource.push(mine);
  });
  return { sources, sentences, bySource };
}

// Each prepared story's reading positions, made the first time one is asked for.
const positions = new WeakMap<Prepared, Int32Array>();

/**
 * Where sentence `i` stands in its source's reading order (its place in
 * `bySource`), or -1 for a sentence in no source's list (two read as one).
 */
export function positionInSource(prepared: Prepared, i: number): number {
  let at = positions.get(prepared);
  if (!at) {
    at = new Int32Array(prepared.sentences.length).fill(-1);
    for (const own of prepared.bySource) own.forEach((g, k) => (at![g] = k));
    positions.set(prepared, at);
  }
  return i < at.length ? at[i] : -1;
}
