/**
 * Finds on a page the sentences that reuse a passage of the index.
 *
 * Each page sentence is cut into word shingles (`shingles.ts`), and each
 * shingle looked up in an inverted map built once (shingle → passages). A
 * sentence reuses a passage when, with `shared` its distinct shingles found in
 * the passage:
 *   - `shared / min(sentence's shingles, passage.size) >= PASSAGE_CONTAINMENT`:
 *     most of the sentence is in the passage, or (for a page sentence that runs
 *     two together) most of the passage's shortest sentence is in it;
 *   - `shared >= MIN_SHARED_SHINGLES`, and `shared >= PASSAGE_COVER * size`: a
 *     short stock phrase ("according to officials involved in the talks") is
 *     not the passage, however contained.
 * One changed word costs at most three shingles, a reordered pair of clauses
 * about four (at the two seams), so a sentence of ordinary length keeps well
 * over half; an unrelated sentence sharing "the critical infrastructure" shares
 * a shingle or two.
 */
import type { SpotPassage } from '../index/schema';
import { shinglesOfWords, sortUnique, wordHashes } from './shingles';
import { splitSentences } from './sentences';

export const PASSAGE_CONTAINMENT = 0.5;
export const MIN_SHARED_SHINGLES = 4;
export const PASSAGE_COVER = 0.25;

export interface PassageHit {
  /** The page sentence, in the normalised text. */
  start: number;
  end: number;
  /** Index into the passages given to `createPassageFinder`. */
  passage: number;
}

export interface PassageFinder {
  /** The page sentences of normalised `text[from, to)` that reuse a passage; empty if none. */
  find(text: string, from?: number, to?: number): PassageHit[];
}

export function createPassageFinder(passages: readonly SpotPassage[]): PassageFinder {
  // shingle → passage index, or (for a shingle several passages share) a list.
  const single = new Map<number, number>();
  const shared = new Map<number, number[]>();
  passages.forEach((p, i) => {
    for (const h of p.shingles) {
      const list = shared.get(h);
      if (list) {
        if (list[list.length - 1] !== i) list.push(i);
        continue;
      }
      const one = single.get(h);
      if (one === undefined) single.set(h, i);
      else if (one !== i) {
        single.delete(h);
        shared.set(h, [one, i]);
      }
    }
  });

  // Scratch, reused from sentence to sentence.
  const counts = new Int32Array(passages.length);
  const touched: number[] = [];
  const words: number[] = [];
  const shingles: number[] = [];
  const bounds: number[] = [];

  const count = (p: number) => {
    if (counts[p]++ === 0) touched.push(p);
  };

  return {
    find(text, from = 0, to = text.length) {
      const hits: PassageHit[] = [];
      if (passages.length === 0) return hits;
      bounds.length = 0;
      splitSentences(text, from, to, bounds);
      for (let b = 0; b < bounds.length; b += 2) {
        words.length = 0;
        shingles.length = 0;
        wordHashes(text, bounds[b], bounds[b + 1], words);
        shinglesOfWords(words, 0, words.length, shingles);
        if (shingles.length < MIN_SHARED_SHINGLES) continue;
        const own = sortUnique(shingles);
        for (let k = 0; k < own; k++) {
          const h = shingles[k];
          const one = single.get(h);
          if (one !== undefined) count(one);
          else {
            const list = shared.get(h);
            if (list) for (const p of list) count(p);
          }
        }
        let best = -1;
        let bestScore = 0;
        for (const p of touched) {
          const n = counts[p];
          counts[p] = 0;
          const size = passages[p].size;
          if (n < MIN_SHARED_SHINGLES || n < PASSAGE_COVER * size) continue;
          const score = n / Math.min(own, size);
          if (score >= PASSAGE_CONTAINMENT && score > bestScore) [best, bestScore] = [p, score];
        }
        touched.length = 0;
        if (best >= 0) hits.push({ start: bounds[b], end: bounds[b + 1], passage: best });
      }
      return hits;
    },
  };
}
