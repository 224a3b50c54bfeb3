/**
 * Word shingles: 32-bit hashes of every run of `SHINGLE_K` consecutive words.
 * Shared by the index (`toSpotIndex`, on each source sentence) and the page
 * matcher (on each page sentence), so both sides hash the same words the same
 * way by construction.
 *
 * The words are `keyWords`' words (lower case; letters, digits and inner
 * apostrophes and hyphens; the "cyber weapons" compounds closed up), read
 * straight off normalised text without building a string per word: the page
 * side runs this over all of a page's text.
 */
import { normalizeText } from '../shared/normalize';
import { foldUnit } from './aho-corasick';
import { isWordCharAt } from './word-chars';

/** Words per shingle: three keeps one changed word from spoiling more than three shingles. */
export const SHINGLE_K = 3;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

// "cyber" + one of these is one word to `foldKey` ("cyber weapons" = "cyberweapons").
const CYBER_TAILS = new Set([
  'weapon', 'weapons', 'attack', 'attacks', 'security', 'space', 'warrior', 'warriors', 'warfare', 'crime',
]);

const isJoiner = (c: number) => c === 39 /* ' */ || c === 45; /* - */

/** FNV-1a over the folded code units of `text[start, end)`, continuing from `h`. */
function hashRange(text: string, start: number, end: number, h: number, skip = -1): number {
  for (let i = start; i < end; i++) {
    if (i === skip) continue;
    const c = foldUnit(text.charCodeAt(i));
    h = Math.imul(h ^ (c & 0xff), FNV_PRIME);
    if (c > 0xff) h = Math.imul(h ^ (c >>> 8), FNV_PRIME);
  }
  return h;
}

function equalsFolded(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (foldUnit(text.charCodeAt(start + i)) !== word.charCodeAt(i)) return false;
  return true;
}

function foldedSlice(text: string, start: number, end: number): string {
  return end - start > 8 ? '' : text.slice(start, end).toLowerCase();
}

/**
 * Appends to `out` the hash of each word of the normalised `text[start, end)`,
 * in order, and returns `out`. Appends nothing for a range without words.
 */
export function wordHashes(text: string, start: number, end: number, out: number[]): number[] {
  let i = start;
  let pendingCyber = -1; // start of a bare "cyber" token waiting for its tail, or -1
  let pendingEnd = -1;
  while (i < end) {
    // Find the next token: a run of word characters, apostrophes and hyphens.
    while (i < end && !isWordCharAt(text, i) && !isJoiner(text.charCodeAt(i))) i++;
    let s = i;
    while (i < end && (isWordCharAt(text, i) || isJoiner(text.charCodeAt(i)))) i++;
    let e = i;
    // Apostrophes and hyphens count only inside a word.
    while (s < e && isJoiner(text.charCodeAt(s))) s++;
    while (e > s && isJoiner(text.charCodeAt(e - 1))) e--;
    if (s === e) continue;

    if (pendingCyber >= 0) {
      // "cyber weapons": one space between, and a known tail.
      const tail = s === pendingEnd + 1 && text.charCodeAt(pendingEnd) === 32 ? firstPartTail(text, s, e) : -1;
      if (tail >= 0) {
        out.push(hashRange(text, s, e, hashRange(text, pendingCyber, pendingEnd, FNV_OFFSET)) >>> 0);
        pendingCyber = -1;
        continue;
      }
      out.push(hashRange(text, pendingCyber, pendingEnd, FNV_OFFSET) >>> 0);
      pendingCyber = -1;
    }
    if (equalsFolded(text, s, e, 'cyber')) {
      pendingCyber = s;
      pendingEnd = e;
      continue;
    }
    // "cyber-weapons" inside one token: drop the hyphen.
    let skip = -1;
    if (e - s > 6 && text.charCodeAt(s + 5) === 45 && equalsFolded(text, s, s + 5, 'cyber') && firstPartTail(text, s + 6, e) >= 0) {
      skip = s + 5;
    }
    out.push(hashRange(text, s, e, FNV_OFFSET, skip) >>> 0);
  }
  if (pendingCyber >= 0) out.push(hashRange(text, pendingCyber, pendingEnd, FNV_OFFSET) >>> 0);
  return out;
}

/**
 * If the token `text[s, e)` starts with a cyber tail ("weapons", "attacks"...)
 * that ends at a word boundary, its length; else -1.
 */
function firstPartTail(text: string, s: number, e: number): number {
  let k = s;
  while (k < e && isWordCharAt(text, k)) k++;
  return CYBER_TAILS.has(foldedSlice(text, s, k)) ? k - s : -1;
}

/**
 * Appends to `out` the hash of every `k` consecutive words of `words[from, to)`
 * (FNV-1a over the word hashes' bytes) and returns `out`. Appends nothing when
 * the range holds fewer than `k` words.
 */
export function shinglesOfWords(words: ArrayLike<number>, from: number, to: number, out: number[], k = SHINGLE_K): number[] {
  for (let s = from; s + k <= to; s++) {
    let h = FNV_OFFSET;
    for (let w = s; w < s + k; w++) {
      const x = words[w];
      h = Math.imul(h ^ (x & 0xff), FNV_PRIME);
      h = Math.imul(h ^ ((x >>> 8) & 0xff), FNV_PRIME);
      h = Math.imul(h ^ ((x >>> 16) & 0xff), FNV_PRIME);
      h = Math.imul(h ^ (x >>> 24), FNV_PRIME);
    }
    out.push(h >>> 0);
  }
  return out;
}

/** Sorts ascending and drops repeats, in place; returns the unique count. */
export function sortUnique(values: number[]): number {
  values.sort((a, b) => a - b);
  let n = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[n - 1]) values[n++] = values[i];
  values.length = n;
  return n;
}

/**
 * The sorted, unique shingle hashes of one sentence as written (it is normalised
 * here). Empty for a sentence of fewer than `SHINGLE_K` words.
 */
export function sentenceShingles(sentence: string): number[] {
  const text = normalizeText(sentence);
  const words = wordHashes(text, 0, text.length, []);
  const shingles = shinglesOfWords(words, 0, words.length, []);
  sortUnique(shingles);
  return shingles;
}
