/**
 * Word-level diff of two sentences: LCS on their comparison words, reported as
 * hunks (the stretches between matched words) with the original words.
 *
 * Matched runs shorter than two words between two hunks are folded into one
 * hunk: a lone "the" or "of" matched in the middle of a rewrite is chance, not
 * agreement. Identical sentences give no hunks; an empty side gives one hunk.
 */
import { lcsPairs } from '../text/lcs';
import type { Tokens } from './tokens';

export interface Hunk {
  /** [aStart, aEnd) and [bStart, bEnd): key ranges that differ (either may be empty). */
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  /** Matched words right before and right after the hunk (0 at a sentence edge). */
  before: number;
  after: number;
}

export interface WordDiff {
  /** Matched key index pairs [a, b], in order. */
  matches: [number, number][];
  hunks: Hunk[];
}

export function diffWords(a: readonly string[], b: readonly string[]): WordDiff {
  const matches = lcsPairs(a, b);
  // Runs of consecutive matches.
  const runs: { a: number; b: number; len: number }[] = [];
  for (const [i, j] of matches) {
    const last = runs[runs.length - 1];
    if (last && last.a + last.len === i && last.b + last.len === j) last.len++;
    else runs.push({ a: i, b: j, len: 1 });
  }
  // Runs of one word do not separate hunks, unless they hold a sentence's first or last word on both sides.
  const anchors = runs.filter((r) => r.len >= 2 || (r.a === 0 && r.b === 0) || (r.a + r.len === a.length && r.b + r.len === b.length));
  const hunks: Hunk[] = [];
  let pa = 0;
  let pb = 0;
  let before = 0;
  for (const r of [...anchors, { a: a.length, b: b.length, len: 0 }]) {
    if (r.a > pa || r.b > pb) hunks.push({ aStart: pa, aEnd: r.a, bStart: pb, bEnd: r.b, before, after: r.len });
    pa = r.a + r.len;
    pb = r.b + r.len;
    before = r.len;
  }
  return { matches, hunks };
}

/**
 * The original words of keys [start, end) of a sentence, without the
 * punctuation at either edge ('' for an empty range).
 */
export function wordsOf(text: string, tokens: Tokens, start: number, end: number): string {
  if (end <= start) return '';
  return text.slice(tokens.starts[start], tokens.ends[end - 1]).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}
