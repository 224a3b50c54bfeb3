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
import type { Alignment } from '../shared/schema';
import type { Prepared } from './prepare';
import { setScore, similarity } from './similarity';

export interface AlignOptions {
  /** A pair must score this to start or join a group (tuned on the seeds by reading). */
  threshold?: number;
  /** Every pair inside a group must score at least this. */
  linkThreshold?: number;
  maxPostings?: number;
  maxGroup?: number;
}

export const ALIGN_DEFAULTS: Required<AlignOptions> = { threshold: 0.35, linkThreshold: 0.25, maxPostings: 64, maxGroup: 48 };

export interface AlignResult {
  alignments: Alignment[];
  /** Global sentence indices of each alignment's members, in source order (parallel to `alignments`). */
  members: number[][];
  /** Similarity of two sentences by global index, memoised (either order). */
  score: (a: number, b: number) => number;
}

export function alignSentences(prepared: Prepared, options: AlignOptions = {}): AlignResult {
  const { threshold, linkThreshold, maxPostings, maxGroup } = { ...ALIGN_DEFAULTS, ...options };
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

  // Greedy grouping, best pair first.
  const groupOf = new Int32Array(n).fill(-1);
  const groups: number[][] = [];
  const sourcesOf = (g: number[]) => new Set(g.map((i) => all[i].source));
  for (const { a, b } of pairs) {
    const ga = groupOf[a];
    const gb = groupOf[b];
    if (ga >= 0 && ga === gb) continue;
    const left = ga >= 0 ? groups[ga] : [a];
    const right = gb >= 0 ? groups[gb] : [b];
    if (left.length + right.length > maxGroup) continue;
    const leftSources = sourcesOf(left);
    if (right.some((i) => leftSources.has(all[i].source))) continue;
    if (!left.every((x) => right.every((y) => score(x, y) >= linkThreshold))) continue;
    const merged = [...left, ...right];
    const id = ga >= 0 ? ga : gb >= 0 ? gb : groups.length;
    if (id === groups.length) groups.push(merged);
    else groups[id] = merged;
    const other = id === ga ? gb : ga;
    if (other >= 0 && other !== id) groups[other] = [];
    for (const i of merged) groupOf[i] = id;
  }

  const members = groups
    .filter((g) => g.length >= 2)
    .map((g) => [...g].sort((x, y) => x - y))
    .sort((x, y) => x[0] - y[0]);
  const alignments = members.map((g, k) => {
    let min = 1;
    for (let x = 0; x < g.length; x++) for (let y = x + 1; y < g.length; y++) min = Math.min(min, score(g[x], g[y]));
    return { id: `align:${k + 1}`, sentences: g.map((i) => all[i].sentence.id), score: Math.round(min * 1000) / 1000 };
  });
  return { alignments, members, score };
}
