/**
 * The one longest-common-subsequence of word lists, for the diff, the
 * similarity of sentences, lineage and quotes: which words two texts share in
 * the same order. O(n·m) time with one typed table; sentences are short.
 */

/** How many words `a` and `b` open with alike. */
function commonPrefix(a: readonly string[], b: readonly string[]): number {
  const most = Math.min(a.length, b.length);
  let p = 0;
  while (p < most && a[p] === b[p]) p++;
  return p;
}

/**
 * The LCS of two word lists, as matched index pairs in order. Either list
 * empty → [].
 *
 * The walk back through the table matches equal words as soon as it meets
 * them, so a common opening is matched word for word without a table: copies
 * of one sentence, common in a story, cost one pass.
 */
export function lcsPairs(a: readonly string[], b: readonly string[]): [number, number][] {
  const p = commonPrefix(a, b);
  const pairs: [number, number][] = [];
  for (let k = 0; k < p; k++) pairs.push([k, k]);
  const n = a.length - p;
  const m = b.length - p;
  if (!n || !m) return pairs;
  const w = m + 1;
  const table = new Uint16Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * w + j] = a[p + i] === b[p + j] ? table[(i + 1) * w + j + 1] + 1 : Math.max(table[(i + 1) * w + j], table[i * w + j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[p + i] === b[p + j]) {
      pairs.push([p + i, p + j]);
      i++;
      j++;
    } else if (table[(i + 1) * w + j] >= table[i * w + j + 1]) i++;
    else j++;
  }
  return pairs;
}

/** Length of the LCS only: a common opening and a common ending count whole, and only the middle needs the table. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  const p = commonPrefix(a, b);
  let endA = a.length;
  let endB = b.length;
  while (endA > p && endB > p && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ends = a.length - endA;
  const m = endB - p;
  if (endA === p || !m) return p + ends;
  let prev = new Uint16Array(m + 1);
  let cur = new Uint16Array(m + 1);
  for (let i = p + 1; i <= endA; i++) {
    for (let j = 1; j <= m; j++) cur[j] = a[i - 1] === b[p + j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    [prev, cur] = [cur, prev];
  }
  return p + prev[m] + ends;
}

/** Share of the longer list's words that the two have in common, in order: 1 = the same words. */
export function lcsShare(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  return lcsLength(a, b) / Math.max(a.length, b.length);
}

/**
 * The LCS's length, and where it lies in `b`: its first and last matched
 * index (-1 when nothing matches). How the quote rules find a quotation's
 * words inside a longer text.
 */
export function lcsRangeInB(a: readonly string[], b: readonly string[]): { length: number; first: number; last: number } {
  const pairs = lcsPairs(a, b);
  if (!pairs.length) return { length: 0, first: -1, last: -1 };
  return { length: pairs.length, first: pairs[0][1], last: pairs[pairs.length - 1][1] };
}
