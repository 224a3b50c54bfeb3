/**
 * Finds sentences of different sources that say the same thing.
 *
 * Candidates come from an inverted index of word shingles, never from all
 * pairs: two sentences are compared only if they share shingles. A shingle in
 * more than `maxPostings` sentences is boilerplate and not used to find
 * candidates, which keeps the work near-linear in the corpus size.
 *
 * Candidate pairs scoring at least `threshold` are grouped greedily, best first:
 * a pair joins two groups only if the result holds at most one sentence per
 * source and every pair inside scores at least `linkThreshold`. Groups hold at
 * most `maxGroup` sentences. Output order and ids are deterministic.
 * Fewer than two sources → no alignments.
 */
import type { Alignment } from '../contracts/schema';
import { positionInSource, type Prepared } from './prepare';
import { findParaphrases, PARAPHRASE_DEFAULTS, type ParaphraseOptions } from './paraphrase';
import { setScore, similarity } from './similarity';
import { findSentenceRuns } from './sentence-runs';

export interface AlignOptions {
  /** A pair must score this to start or join a group (tuned on the seeds by reading). */
  threshold?: number;
  /** Every pair inside a group must score at least this. */
  linkThreshold?: number;
  maxPostings?: number;
  maxGroup?: number;
  /** Paraphrase pairs join groups after near copies; `false` aligns near copies only. */
  paraphrase?: ParaphraseOptions | false;
}

export const ALIGN_DEFAULTS: Required<AlignOptions> = { threshold: 0.35, linkThreshold: 0.25, maxPostings: 64, maxGroup: 48, paraphrase: {} };

export interface AlignResult {
  alignments: Alignment[];
  /** Global sentence indices of each alignment's members, in source order (parallel to `alignments`). */
  members: number[][];
  /** Similarity of two sentences by global index, memoised (either order). */
  score: (a: number, b: number) => number;
}

export function alignSentences(prepared: Prepared, options: AlignOptions = {}): AlignResult {
  const { threshold, linkThreshold, maxPostings, maxGroup, paraphrase } = { ...ALIGN_DEFAULTS, ...options };
  const all = prepared.sentences;
  const n = all.length;

  const memo = new Map<number, number>();
  const score = (a: number, b: number): number => {
    if (a > b) [a, b] = [b, a];
    const key = a * n + b;
    let s = memo.get(key);
    if (s === undefined) {
      s = similarity(all[a].tokens.keys, all[b].tokens.keys, all[a].content, all[b].content);
      memo.set(key, s);
    }
    return s;
  };

  // Inverted index: shingle → sentences holding it.
  const postings = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    for (const h of all[i].shingles) {
      const list = postings.get(h);
      if (list) list.push(i);
      else postings.set(h, [i]);
    }
  }

  // Count shared (usable) shingles with later sentences of other sources.
  const shared = new Int32Array(n);
  const touched: number[] = [];
  const pairs: { a: number; b: number; s: number }[] = [];
  for (let i = 0; i < n; i++) {
    for (const h of all[i].shingles) {
      const list = postings.get(h)!;
      if (list.length < 2 || list.length > maxPostings) continue;
      for (const j of list) {
        if (j <= i || all[j].source === all[i].source) continue;
        if (shared[j]++ === 0) touched.push(j);
      }
    }
    for (const j of touched) {
      const need = Math.min(2, all[i].shingles.length, all[j].shingles.length);
      if (shared[j] >= need && setScore(all[i].content, all[j].content) >= threshold) {
        const s = score(i, j);
        if (s >= threshold) pairs.push({ a: i, b: j, s });
      }
      shared[j] = 0;
    }
    touched.length = 0;
  }
  pairs.sort((x, y) => y.s - x.s || x.a - y.a || x.b - y.b);

  const groups = new GreedyGroups(n, maxGroup, (i) => all[i].source);
  for (const { a, b } of pairs) groups.join(a, b, (x, y) => score(x, y) >= linkThreshold);
  if (paraphrase) {
    const paraphrases = findParaphrases(prepared, { maxPostings, ...paraphrase });
    const linkLevel = (paraphrase.threshold ?? PARAPHRASE_DEFAULTS.threshold) * PARAPHRASE_LINK;
    for (const { a, b } of paraphrases.pairs) groups.join(a, b, (x, y) => score(x, y) >= linkThreshold || paraphrases.score(x, y) >= linkLevel);
    const looked: [number, number][] = [...pairs.map(({ a, b }): [number, number] => [a, b]), ...paraphrases.candidates];
    const threshold = paraphrase.threshold ?? PARAPHRASE_DEFAULTS.threshold;
    for (const run of findSentenceRuns(prepared, paraphrases, looked, threshold)) groups.joinRuns([...run.a, ...run.b], (x, y) => isRun(prepared, x, y));
  }

  const members = groups.list
    .filter((g) => g.length >= 2)
    .map((g) => [...g].sort((x, y) => x - y))
    .sort((x, y) => x[0] - y[0]);
  const alignments = members.map((g, k) => ({
    id: `align:${k + 1}`,
    sentences: g.map((i) => all[i].sentence.id),
    score: Math.round(weakestLink(prepared, g, score) * 1000) / 1000,
  }));
  return { alignments, members, score };
}

/** The weakest link between two sources of a group, each pair of sources scored by its best pair of sentences (a split sentence has two). */
function weakestLink(prepared: Prepared, group: readonly number[], score: (a: number, b: number) => number): number {
  const best = new Map<string, number>();
  for (let x = 0; x < group.length; x++) {
    for (let y = x + 1; y < group.length; y++) {
      const key = `${prepared.sentences[group[x]].source}:${prepared.sentences[group[y]].source}`;
      if (key.split(':')[0] !== key.split(':')[1]) best.set(key, Math.max(best.get(key) ?? 0, score(group[x], group[y])));
    }
  }
  return Math.min(1, ...best.values());
}

/** Are sentences a and b next to each other in one article? */
function isRun(prepared: Prepared, a: number, b: number): boolean {
  return prepared.sentences[b].source === prepared.sentences[a].source && Math.abs(positionInSource(prepared, a) - positionInSource(prepared, b)) === 1;
}

/** Inside a paraphrase group every pair must score this share of the paraphrase threshold. */
const PARAPHRASE_LINK = 0.8;

/**
 * Groups built greedily from pairs, best first: a pair joins two groups only
 * if the result holds at most one sentence per source, at most `maxGroup`
 * sentences, and every pair inside is linked. Split sentences then join
 * groups as runs: two consecutive sentences of one source at most.
 */
class GreedyGroups {
  readonly list: number[][] = [];
  private readonly groupOf: Int32Array;

  constructor(
    n: number,
    private readonly maxGroup: number,
    private readonly sourceOf: (i: number) => number,
  ) {
    this.groupOf = new Int32Array(n).fill(-1);
  }

  join(a: number, b: number, linked: (x: number, y: number) => boolean): void {
    const ga = this.groupOf[a];
    const gb = this.groupOf[b];
    if (ga >= 0 && ga === gb) return;
    const left = ga >= 0 ? this.list[ga] : [a];
    const right = gb >= 0 ? this.list[gb] : [b];
    if (left.length + right.length > this.maxGroup) return;
    const leftSources = new Set(left.map(this.sourceOf));
    if (right.some((i) => leftSources.has(this.sourceOf(i)))) return;
    if (!left.every((x) => right.every((y) => linked(x, y)))) return;
    this.store([...left, ...right], [ga, gb]);
  }

  /** Puts `sentences` and the groups holding them in one group, if each source then holds one sentence or two in a row. */
  joinRuns(sentences: readonly number[], isRun: (a: number, b: number) => boolean): void {
    const ids = [...new Set(sentences.map((i) => this.groupOf[i]).filter((g) => g >= 0))];
    const merged = [...new Set([...sentences, ...ids.flatMap((g) => this.list[g])])];
    if (merged.length > this.maxGroup) return;
    const bySource = new Map<number, number[]>();
    for (const i of merged) bySource.set(this.sourceOf(i), [...(bySource.get(this.sourceOf(i)) ?? []), i]);
    for (const own of bySource.values()) if (own.length > 2 || (own.length === 2 && !isRun(own[0], own[1]))) return;
    this.store(merged, ids);
  }

  private store(merged: number[], from: readonly number[]): void {
    const kept = from.filter((g) => g >= 0);
    const id = kept.length ? kept[0] : this.list.length;
    if (id === this.list.length) this.list.push(merged);
    else this.list[id] = merged;
    for (const g of kept) if (g !== id) this.list[g] = [];
    for (const i of merged) this.groupOf[i] = id;
  }
}
