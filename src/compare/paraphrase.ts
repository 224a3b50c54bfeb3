/**
 * Pairs of sentences that say the same thing in other words: the near-copy
 * aligner misses a rewrite ("The goal of the American negotiators is to have
 * Chinese leaders embrace the principles" / "The aim of the American
 * negotiators is to convince Chinese leaders in embracing the principles").
 *
 * Each sentence is a weighted set of meaning keys: content words stemmed and
 * mapped through the synonym sets, each weighted by how rare it is in the
 * corpus (a shared name, number or rare word counts more than "cyber"). Two
 * sentences score the mean of weighted Dice and weighted containment, less a
 * little when they stand far apart in their articles. Candidates come from an
 * inverted index of those keys, at most `maxCandidates` per sentence, never
 * from all pairs; keys in more than `maxPostings` sentences find none.
 */
import { COMPARISON_STOP_WORDS, SYNONYM_SETS } from '../text/lexicon';
import type { Prepared } from './prepare';
import { stem } from './similarity';

export interface ParaphraseOptions {
  /** A pair must score this to align as a paraphrase (tuned on the seeds by reading). */
  threshold?: number;
  maxPostings?: number;
  maxCandidates?: number;
  /** Sentences with fewer meaning keys are too short to tell a paraphrase from a shared topic. */
  minKeys?: number;
}

export const PARAPHRASE_DEFAULTS: Required<ParaphraseOptions> = { threshold: 0.5, maxPostings: 64, maxCandidates: 6, minKeys: 5 };

const CANONICAL = new Map<string, string>();
for (const set of SYNONYM_SETS) for (const word of set) CANONICAL.set(stem(word), stem(set[0]));

/** The meaning key of one comparison word: its stem, or its synonym set's. */
export const paraphraseKey = (key: string): string => {
  const s = stem(key);
  return CANONICAL.get(s) ?? s;
};

/** The meaning keys of a sentence's comparison words. */
export function meaningKeys(keys: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const k of keys) if (!COMPARISON_STOP_WORDS.has(k) && k.length > 1) out.add(paraphraseKey(k));
  return out;
}

export interface ParaphrasePair {
  a: number;
  b: number;
  score: number;
}

function weightedScore(a: ReadonlySet<string>, b: ReadonlySet<string>, weight: (k: string) => number): number {
  let shared = 0;
  let totalA = 0;
  let totalB = 0;
  for (const k of a) {
    const w = weight(k);
    totalA += w;
    if (b.has(k)) shared += w;
  }
  for (const k of b) totalB += weight(k);
  if (!totalA || !totalB) return 0;
  return ((2 * shared) / (totalA + totalB) + shared / Math.min(totalA, totalB)) / 2;
}

/** Where a sentence stands in its article, 0 (first) to 1 (last). */
function placesInArticles(prepared: Prepared): Float64Array {
  const place = new Float64Array(prepared.sentences.length);
  for (const own of prepared.bySource) own.forEach((g, k) => (place[g] = own.length > 1 ? k / (own.length - 1) : 0));
  return place;
}

export interface Paraphrases {
  /** Paraphrase pairs of sentences of different sources scoring at least the threshold, best first. */
  pairs: ParaphrasePair[];
  /** The paraphrase score of any two sentences by global index. */
  score: (a: number, b: number) => number;
  /** The paraphrase score of two runs of sentences, each read as one text (split and merged sentences). */
  spanScore: (a: readonly number[], b: readonly number[]) => number;
  /** Every pair of sentences of different sources looked at, scored or not: where split sentences are looked for. */
  candidates: [number, number][];
}

export function findParaphrases(prepared: Prepared, options: ParaphraseOptions = {}): Paraphrases {
  const { threshold, maxPostings, maxCandidates, minKeys } = { ...PARAPHRASE_DEFAULTS, ...options };
  const all = prepared.sentences;
  const keysOf = all.map((s) => meaningKeys(s.tokens.keys));
  const postings = new Map<string, number[]>();
  keysOf.forEach((set, i) => {
    for (const k of set) {
      const list = postings.get(k);
      if (list) list.push(i);
      else postings.set(k, [i]);
    }
  });
  const weights = new Map<string, number>();
  for (const [k, list] of postings) weights.set(k, Math.log(1 + all.length / list.length));
  const weight = (k: string) => weights.get(k) ?? Math.log(1 + all.length);
  const place = placesInArticles(prepared);
  // Groups ask the same pairs again and again as they grow; (a, b) and (b, a) may differ in the last bit, so both are kept.
  const memo = new Map<number, number>();
  const score = (a: number, b: number) => {
    const key = a * all.length + b;
    let s = memo.get(key);
    if (s === undefined) memo.set(key, (s = weightedScore(keysOf[a], keysOf[b], weight) * (1 - 0.2 * Math.abs(place[a] - place[b]))));
    return s;
  };
  const unions = new Map<string, Set<string>>();
  const union = (span: readonly number[]) => {
    if (span.length === 1) return keysOf[span[0]];
    const id = span.join(',');
    let set = unions.get(id);
    if (!set) unions.set(id, (set = new Set(span.flatMap((i) => [...keysOf[i]]))));
    return set;
  };
  const spanScore = (a: readonly number[], b: readonly number[]) => weightedScore(union(a), union(b), weight) * (1 - 0.2 * Math.abs(place[a[0]] - place[b[0]]));
  const pairs: ParaphrasePair[] = [];
  const looked: [number, number][] = [];
  const overlap = new Map<number, number>();
  for (let i = 0; i < all.length; i++) {
    if (keysOf[i].size < minKeys) continue;
    for (const k of keysOf[i]) {
      const list = postings.get(k)!;
      if (list.length < 2 || list.length > maxPostings) continue;
      for (const j of list) if (j > i && all[j].source !== all[i].source && keysOf[j].size >= minKeys) overlap.set(j, (overlap.get(j) ?? 0) + weight(k));
    }
    const candidates = [...overlap].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, maxCandidates);
    overlap.clear();
    for (const [j] of candidates) {
      looked.push([i, j]);
      const s = score(i, j);
      if (s >= threshold) pairs.push({ a: i, b: j, score: s });
    }
  }
  pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  return { pairs, score, spanScore, candidates: looked };
}
