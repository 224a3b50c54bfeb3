/**
 * Words with offsets, and their longest common subsequence: how the quote rules
 * tell "the same words", "the words changed" and "the words without quote marks".
 */
import { words, type Word } from '../shared/words';

export { words, type Word };

/**
 * Longest common subsequence of two key lists: its length and, in `b`, the
 * first and last matched index (-1 when nothing matches).
 */
export function lcs(a: string[], b: string[]): { length: number; first: number; last: number } {
  const n = a.length;
  const m = b.length;
  const dp: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i][j] = a[i] === b[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  let first = -1;
  let last = -1;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      if (first < 0) first = j;
      last = j;
      i++;
      j++;
    } else if (dp[i + 1][j] >= dp[i][j + 1]) i++;
    else j++;
  }
  return { length: dp[0][0], first, last };
}

/** Share of the longer list's words that the two have in common, in order: 1 = same words. */
export function similarity(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  return lcs(a, b).length / Math.max(a.length, b.length);
}
