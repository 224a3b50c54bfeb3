/**
 * Split and merged sentences: one source says in one sentence what another
 * says in two ("an initial statement … would be a more 'generic embrace' …
 * rather than 'a specific, detailed mention'" against "… may not contain 'a
 * specific, detailed mention' … Rather, it would be a more 'generic embrace'").
 *
 * For each pair of sentences the aligners looked at, one side may widen to a
 * run of two: the sentence and its neighbour before or after it in its own
 * article. A run is kept when, read as one text, it scores at least the
 * paraphrase threshold, clearly more than the single sentences did, and each
 * of its sentences says a fair part of the other side on its own (so a
 * neighbour on another subject never rides along). Runs are found only among
 * pairs already looked at, so the work stays linear in the corpus.
 */
import type { Paraphrases } from './paraphrase';
import { positionInSource, type Prepared } from './prepare';

export interface SentenceRunOptions {
  /** How much more the widened runs must score than the single sentences. */
  margin?: number;
  /** What each sentence of a run must score alone against the other side. */
  minPart?: number;
}

export const SENTENCE_RUN_DEFAULTS: Required<SentenceRunOptions> = { margin: 0.1, minPart: 0.2 };

/** Two runs of one or two consecutive sentences (global indices) that say the same thing. */
export interface RunPair {
  a: number[];
  b: number[];
  score: number;
}

/** The runs a sentence may stand in: itself, with the sentence before, with the one after. */
function runsOf(prepared: Prepared, i: number): number[][] {
  const own = prepared.bySource[prepared.sentences[i].source];
  const k = positionInSource(prepared, i);
  const runs = [[i]];
  if (k > 0) runs.push([own[k - 1], i]);
  if (k >= 0 && k + 1 < own.length) runs.push([i, own[k + 1]]);
  return runs;
}

/** For each sentence, its best paraphrase score with each other source (among the pairs looked at). */
function bestPartners(prepared: Prepared, paraphrases: Paraphrases, pairs: readonly [number, number][]): Map<number, Map<number, number>> {
  const best = new Map<number, Map<number, number>>();
  const note = (x: number, y: number, s: number) => {
    const own = best.get(x) ?? new Map<number, number>();
    const source = prepared.sentences[y].source;
    own.set(source, Math.max(own.get(source) ?? 0, s));
    best.set(x, own);
  };
  for (const [i, j] of pairs) {
    const s = paraphrases.score(i, j);
    note(i, j, s);
    note(j, i, s);
  }
  return best;
}

export function findSentenceRuns(
  prepared: Prepared,
  paraphrases: Paraphrases,
  pairs: readonly [number, number][],
  threshold: number,
  options: SentenceRunOptions = {},
): RunPair[] {
  const { margin, minPart } = { ...SENTENCE_RUN_DEFAULTS, ...options };
  const partners = bestPartners(prepared, paraphrases, pairs);
  // A sentence of a run must say its part with the single sentence, not with another sentence of its source.
  const pairsWith = (x: number, single: number) => paraphrases.score(x, single) >= (partners.get(x)?.get(prepared.sentences[single].source) ?? 0) - 1e-9;
  const found = new Map<string, RunPair>();
  const seen = new Set<number>();
  const n = prepared.sentences.length;
  for (const [i, j] of pairs) {
    const single = paraphrases.score(i, j);
    // The pair is half of any run it widens to: a pair saying too little of each other widens to none.
    if (single < minPart || seen.has(i * n + j)) continue;
    seen.add(i * n + j);
    let best: RunPair | undefined;
    for (const a of runsOf(prepared, i)) {
      for (const b of runsOf(prepared, j)) {
        if (a.length + b.length !== 3) continue;
        const [one, run] = a.length === 1 ? [a[0], b] : [b[0], a];
        // Each sentence of the run says a fair part of the single one, and says it with that one rather than another of its source.
        if (!run.every((x) => paraphrases.score(x, one) >= minPart && pairsWith(x, one))) continue;
        const score = paraphrases.spanScore(a, b);
        if (score >= threshold && score >= single + margin && (!best || score > best.score)) best = { a, b, score };
      }
    }
    if (best) found.set(`${best.a}|${best.b}`, best);
  }
  return [...found.values()].sort((x, y) => y.score - x.score || x.a[0] - y.a[0] || x.b[0] - y.b[0]);
}
