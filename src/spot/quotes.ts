/**
 * Finds on a page the quotations the index knows.
 *
 * A quotation is text between double quote marks (curly or straight; the
 * normalised text has only straight ones, so which way a mark faces is read
 * from the page's own character where it was curly, and from its neighbours
 * where it was straight). It counts when it has at least `MIN_QUOTE_WORDS`
 * words and its `foldKey` equals a quote key, or shares at least
 * `NEAR_QUOTE_OVERLAP` of its words with one (a changed or dropped word).
 * Single quote marks are left alone: on a page they are mostly apostrophes.
 */
import { MIN_QUOTE_WORDS, type SpotQuote } from '../contracts/schema';
import { foldKey } from '../text/normalize';
import { wordCapacity, wordHashes, writeWordHashes } from '../text/shingles';
import { isWordCharAt } from '../text/words';

/** Share of words two quotations must have in common to be the same one. */
const NEAR_QUOTE_OVERLAP = 0.9;
/** A "quotation" longer than this is a stray mark pairing with a far one. */
const MAX_QUOTE_CHARS = 2000;

export interface QuoteHit {
  /** Offsets of the quoted words (inside the marks) in the normalised text. */
  start: number;
  end: number;
  /** Index into the quotes given to `createQuoteFinder`. */
  quote: number;
}

export interface QuoteFinder {
  /**
   * The known quotations in the normalised `text`; `original(i)` gives the
   * page's character behind normalised offset `i` (to tell “ from ”). Empty
   * when there is no quote mark or no known quotation.
   */
  find(text: string, original: (i: number) => number): QuoteHit[];
}

/** What the finder looks a page quotation up in. */
interface QuoteTables {
  exact: Map<string, number>;
  /** Each quote's words, and per word the quotes holding it. */
  words: string[][];
  byWord: Map<string, number[]>;
  /** Each quote's words as hashes (the same words as its key's, see `shingles.ts`). */
  hashSets: Set<number>[];
}

function tabulate(quotes: readonly SpotQuote[]): QuoteTables {
  const exact = new Map<string, number>();
  const words: string[][] = [];
  const byWord = new Map<string, number[]>();
  quotes.forEach((q, i) => {
    if (!exact.has(q.key)) exact.set(q.key, i);
    const w = q.key.split(' ');
    words.push(w);
    for (const word of new Set(w)) {
      let list = byWord.get(word);
      if (!list) byWord.set(word, (list = []));
      list.push(i);
    }
  });
  const hashSets = quotes.map((q) => new Set(wordHashes(q.key, 0, q.key.length, []).map((h) => h | 0)));
  return { exact, words, byWord, hashSets };
}

export function createQuoteFinder(quotes: readonly SpotQuote[]): QuoteFinder {
  // Made on the first quotation a text holds: many pages hold none.
  let tables: QuoteTables | undefined;

  // A page quotation is folded into a key only when enough of its words could
  // be a quote's. Most quotations on a page are nobody's quote, and folding one
  // (regular expressions, strings) costs far more than hashing its words.
  let scratch = new Int32Array(64);
  const couldBeAQuote = ({ words, hashSets }: QuoteTables, text: string, start: number, end: number): boolean => {
    const capacity = wordCapacity(start, end);
    if (scratch.length < capacity) scratch = new Int32Array(capacity * 2);
    const n = writeWordHashes(text, start, end, scratch);
    if (n < MIN_QUOTE_WORDS) return false;
    for (let q = 0; q < quotes.length; q++) {
      // Shared words are at most the shorter count; the score divides by the longer.
      const len = words[q].length;
      const needed = NEAR_QUOTE_OVERLAP * Math.max(n, len);
      if (Math.min(n, len) < needed) continue;
      const set = hashSets[q];
      let present = 0;
      for (let k = 0; k < n; k++) if (set.has(scratch[k])) present++;
      if (present >= needed) return true;
    }
    return false;
  };

  return {
    find(text, original) {
      const hits: QuoteHit[] = [];
      if (quotes.length === 0) return hits;
      let open = -1;
      for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
        const facing = faces(text, i, original(i));
        if (facing === 'open' || (facing === 'either' && open < 0)) {
          open = i;
          continue;
        }
        if (open < 0) continue;
        const start = open + 1;
        open = -1;
        if (i - start > MAX_QUOTE_CHARS) continue;
        tables ??= tabulate(quotes);
        if (!couldBeAQuote(tables, text, start, i)) continue;
        const key = foldKey(text.slice(start, i));
        const pageWords = key ? key.split(' ') : [];
        if (pageWords.length < MIN_QUOTE_WORDS) continue;
        const quote = tables.exact.get(key) ?? nearestQuote(tables, pageWords);
        if (quote >= 0) hits.push({ start, end: trimEnd(text, start, i), quote });
      }
      return hits;
    },
  };
}

/** The quote whose words a page quotation's words overlap most, at least `NEAR_QUOTE_OVERLAP`; -1 for none. */
function nearestQuote({ words, byWord }: QuoteTables, pageWords: string[]): number {
  const shared = new Map<number, number>();
  const counts = new Map<string, number>();
  for (const w of pageWords) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const [w, n] of counts) {
    for (const q of byWord.get(w) ?? []) {
      const inQuote = words[q].reduce((k, x) => k + (x === w ? 1 : 0), 0);
      shared.set(q, (shared.get(q) ?? 0) + Math.min(n, inQuote));
    }
  }
  let best = -1;
  let bestScore = NEAR_QUOTE_OVERLAP;
  for (const [q, n] of shared) {
    const score = n / Math.max(pageWords.length, words[q].length);
    if (score >= bestScore) [best, bestScore] = [q, score];
  }
  return best;
}

/** Which way the mark at `i` faces: from the page's curly mark, else from its neighbours. */
function faces(text: string, i: number, originalCode: number): 'open' | 'close' | 'either' {
  if (originalCode === 0x201c || originalCode === 0x201e || originalCode === 0x00ab) return 'open';
  if (originalCode === 0x201d || originalCode === 0x00bb) return 'close';
  const before = i > 0 ? text.charCodeAt(i - 1) : 32;
  const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 32;
  const spaceBefore = before === 32 || before === 40 || before === 91 || before === 45;
  const spaceAfter = after === 32 || !isWordCharAt(text, i + 1);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return 'either';
}

/** The quoted span without trailing spaces. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  return end;
}
