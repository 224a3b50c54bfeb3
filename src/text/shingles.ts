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
import { CYBER_TAILS } from './lexicon';
import { normalizeText } from './normalize';
import { isHanOrKanaUnit } from './segment';
import { foldUnit, isWordCharAt } from './words';

/** Words per shingle: three keeps one changed word from spoiling more than three shingles. */
export const SHINGLE_K = 3;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

// "cyber" + one of these is one word to `foldKey` ("cyber weapons" = "cyberweapons").
const CYBER_TAIL_SET: ReadonlySet<string> = new Set(CYBER_TAILS);

// Character classes for ASCII: 1 word character, 2 joiner (apostrophe, hyphen), 0 other.
const WORD = 1;
const JOINER = 2;
const ASCII_CLASS = new Uint8Array(128);
// Per ASCII code unit: its lower case when it is a word character, else 0.
const ASCII_WORD_FOLD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
    ASCII_CLASS[c] = WORD;
    ASCII_WORD_FOLD[c] = c >= 65 && c <= 90 ? c + 32 : c;
  } else if (c === 39 || c === 45) ASCII_CLASS[c] = JOINER;
}

const classAt = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_CLASS[c];
  return isWordCharAt(text, i) ? WORD : 0;
};

const mix = (h: number, c: number): number => {
  h = Math.imul(h ^ (c & 0xff), FNV_PRIME);
  return c > 0xff ? Math.imul(h ^ (c >>> 8), FNV_PRIME) : h;
};

const CYBER = 'cyber';
let cyberHash = FNV_OFFSET;
for (let i = 0; i < CYBER.length; i++) cyberHash = mix(cyberHash, CYBER.charCodeAt(i));

/** True when a cyber tail ("weapons", "attacks"...) starts at `s` and ends at a word boundary. */
function tailAt(text: string, s: number, end: number): boolean {
  let k = s;
  while (k < end && k - s <= 8 && classAt(text, k) === WORD) k++;
  if (k - s < 5 || k - s > 8 || (k < end && classAt(text, k) === WORD)) return false;
  return CYBER_TAIL_SET.has(text.slice(s, k).toLowerCase());
}

/**
 * Appends to `out` the hash (unsigned 32-bit) of each word of the normalised
 * `text[start, end)`, in order, and returns `out`. Appends nothing for a range
 * without words. See `writeWordHashes`.
 */
export function wordHashes(text: string, start: number, end: number, out: number[]): number[] {
  const buffer = new Int32Array(wordCapacity(start, end));
  const n = writeWordHashes(text, start, end, buffer);
  for (let i = 0; i < n; i++) out.push(buffer[i] >>> 0);
  return out;
}

/** Room `writeWordHashes` needs for `text[start, end)`: a Chinese or Japanese character is a word of its own. */
export const wordCapacity = (start: number, end: number): number => end - start + 1;

/**
 * Writes into `out`, from index 0, the hash (as a signed 32-bit integer, so the
 * page's hot loop never boxes a number) of each word of the normalised
 * `text[start, end)`, and returns how many. `out` must hold `wordCapacity(start, end)`.
 *
 * One pass: a word is a run of word characters and joiners (apostrophes,
 * hyphens) with the joiners at its ends left out; its hash is FNV-1a over its
 * folded code units. "cyber" followed by one space or hyphen and a cyber tail
 * is hashed as one word without the separator, as `foldKey` closes it up.
 */
export function writeWordHashes(text: string, start: number, end: number, out: Int32Array): number {
  let n = 0;
  let h = FNV_OFFSET;
  let letters = 0; // word characters hashed into `h` so far (0: no word open)
  let joiners = -1; // start of a run of joiners inside the open word, or -1
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && joiners < 0) {
      // Most of a page: an ASCII letter or digit, hashed right here (one table read, one multiply).
      const folded = ASCII_WORD_FOLD[c];
      if (folded !== 0) {
        h = Math.imul(h ^ folded, FNV_PRIME);
        letters++;
        continue;
      }
    }
    if (c >= 0x3040 && isHanOrKanaUnit(c)) {
      // Chinese and Japanese have no spaces: each character is a word, so a shingle is three characters.
      if (letters > 0) out[n++] = h;
      out[n++] = mix(FNV_OFFSET, c);
      h = FNV_OFFSET;
      letters = 0;
      joiners = -1;
      continue;
    }
    const cls = c < 128 ? ASCII_CLASS[c] : classAt(text, i);
    if (cls === WORD) {
      if (joiners >= 0) {
        // Joiners between word characters belong to the word.
        for (let j = joiners; j < i; j++) h = mix(h, text.charCodeAt(j));
        joiners = -1;
      }
      h = mix(h, c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : foldUnit(c));
      letters++;
      continue;
    }
    if (letters === 0) continue; // joiners or other characters before a word
    if (letters === 5 && joiners < 0 && h === cyberHash && (c === 32 || c === 45) && i + 1 < end && tailAt(text, i + 1, end)) {
      // "cyber weapons", "cyber-weapons": one word, the separator dropped.
      letters++;
      continue;
    }
    if (cls === JOINER) {
      if (joiners < 0) joiners = i;
      continue;
    }
    out[n++] = h;
    h = FNV_OFFSET;
    letters = 0;
    joiners = -1;
  }
  if (letters > 0) out[n++] = h;
  return n;
}

/**
 * The hash of the `SHINGLE_K` words from `words[at]` on, as a 24-bit
 * integer (or of `k` words, for a sentence shorter than a shingle): FNV-style over whole word hashes (one multiply per word, each
 * followed by a shift to spread its high bits; order matters), then a final
 * avalanche. Word-level rather than byte-level: the page hashes one shingle
 * per word of its text. The caller makes sure there are that many words.
 */
export function shingleAt(words: ArrayLike<number>, at: number, k = SHINGLE_K): number {
  let h = FNV_OFFSET;
  for (let w = at; w < at + k; w++) {
    h = Math.imul(h ^ words[w], FNV_PRIME);
    h ^= h >>> 15;
  }
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  // 24 bits: packed in 3 bytes in the content script's bundle (see spot-pack.ts).
  // With a few thousand indexed shingles, a page shingle meets one by chance
  // about once in 6,000, far too rarely to make a sentence pass for a passage.
  return (h ^ (h >>> 13)) & SHINGLE_MASK;
}

/** Shingle hashes keep their low 24 bits. */
export const SHINGLE_MASK = 0xffffff;

/**
 * Appends to `out` the shingle (24-bit) of every `SHINGLE_K` consecutive words of
 * `words[from, to)` and returns `out`. Appends nothing when the range holds
 * fewer than `SHINGLE_K` words.
 */
export function shinglesOfWords(words: ArrayLike<number>, from: number, to: number, out: number[]): number[] {
  for (let s = from; s + SHINGLE_K <= to; s++) out.push(shingleAt(words, s) >>> 0);
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

/** The hash of one comparison key (`foldKey`'s word), as `writeWordHashes` hashes that word in a text. */
export function wordHashOfKey(key: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) h = mix(h, key.charCodeAt(i));
  return h;
}

/**
 * The sorted, unique shingles of a list of comparison keys, for the build's
 * sentence alignment. Shingles whose words are all `skipped` are left out (they
 * say nothing about two sentences being alike); a list shorter than a shingle
 * gives one shingle of all its words.
 */
export function keyShingles(keys: readonly string[], skipped: (key: string) => boolean): number[] {
  if (!keys.length) return [];
  const hashes = keys.map(wordHashOfKey);
  if (keys.length < SHINGLE_K) return [shingleAt(hashes, 0, keys.length)];
  const out: number[] = [];
  for (let s = 0; s + SHINGLE_K <= keys.length; s++) {
    let informative = false;
    for (let w = s; w < s + SHINGLE_K && !informative; w++) informative = !skipped(keys[w]);
    if (informative) out.push(shingleAt(hashes, s));
  }
  sortUnique(out);
  return out;
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
