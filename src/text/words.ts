/**
 * What a word is, in one place. Three views, each for its own work:
 *
 *  - a written word (`WRITTEN_WORD`): letters and digits, with apostrophes and
 *    hyphens inside ("Xi's", "cyber-attacks"). `words` gives them with their
 *    comparison keys, for the quote rules, the comparison and the cards ("the
 *    same words"); the name tokenizer (src/extract/tokens.ts) reads the same
 *    words and keeps dotted acronyms whole.
 *  - a word character (`isWordCharAt`): a letter, digit or combining mark, so
 *    that "é" written as "e" plus an accent stays one word. Whole-word
 *    matching on pages, shingles and the page's sentence ends ask this per
 *    code unit, with a table for ASCII and a cache for the rest, so the hot
 *    loops never run a regular expression per character.
 *  - a counted word (`countWords`): a white-space separated run holding a
 *    letter or digit, and in scripts without spaces each word
 *    `Intl.Segmenter` finds (`segment.ts`), as a reader counts an article's
 *    length.
 */
import { foldKey } from './normalize';
import { hasSpacelessScript, segmentWords } from './segment';

/** The pattern of a written word: letters and digits, joined by apostrophes or hyphens. */
export const WRITTEN_WORD = String.raw`[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*`;

const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Words as a reader counts them: white-space separated runs holding a letter
 * or digit, and inside a run of a script without spaces, each word the
 * segmenter finds ("今日は晴れです" is four words, not one).
 */
export function countWords(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) {
    if (!HAS_WORD.test(token)) continue;
    n += hasSpacelessScript(token) ? Math.max(1, segmentWords(token).length) : 1;
  }
  return n;
}

export interface Word {
  /** `foldKey` of the word ("cyber weapons" is one word, as `foldKey` closes it up). */
  key: string;
  start: number;
  end: number;
}

const WRITTEN_WORDS = new RegExp(WRITTEN_WORD, 'gu');

// foldKey runs several regular expressions; a corpus repeats its words endlessly.
const keys = new Map<string, string>();
const KEY_CACHE_LIMIT = 200_000;

/** `foldKey` of one word, remembered. */
export function wordKey(word: string): string {
  let key = keys.get(word);
  if (key === undefined) {
    key = foldKey(word);
    if (keys.size >= KEY_CACHE_LIMIT) keys.clear();
    keys.set(word, key);
  }
  return key;
}

/** The words of `text` from `from` to `to`, offsets into `text`. */
export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  for (const m of slice.matchAll(WRITTEN_WORDS)) {
    const key = wordKey(m[0]);
    if (!key) continue;
    const w = { key, start: from + m.index!, end: from + m.index! + m[0].length };
    const prev = out[out.length - 1];
    // "cyber weapons" → "cyberweapons", as the shared key does.
    if (prev && prev.key === 'cyber' && /^[\s-]+$/.test(text.slice(prev.end, w.start))) {
      const joined = foldKey(text.slice(prev.start, w.end));
      if (!joined.includes(' ')) {
        out[out.length - 1] = { key: joined, start: prev.start, end: w.end };
        continue;
      }
    }
    out.push(w);
  }
  return out;
}

// Word characters: letters, digits and combining marks (see above).
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_WORD[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
}

const WORD_CODE_POINT = /^[\p{L}\p{N}\p{M}]$/u;
const cache = new Map<number, boolean>();

/**
 * The non-ASCII characters of an ordinary English or European page, answered
 * without the Unicode regular expression, whose first use compiles tables of
 * every letter (a few milliseconds). `undefined`: ask the expression.
 */
function commonWordCodePoint(cp: number): boolean | undefined {
  if (cp < 0x100) {
    // Latin-1: letters (ª µ º, À–Ö, Ø–ö, ø–ÿ) and numbers (² ³ ¹ ¼ ½ ¾); the rest is punctuation.
    return (
      cp === 0xaa ||
      cp === 0xb5 ||
      cp === 0xba ||
      (cp >= 0xc0 && cp !== 0xd7 && cp !== 0xf7) ||
      cp === 0xb2 ||
      cp === 0xb3 ||
      cp === 0xb9 ||
      (cp >= 0xbc && cp <= 0xbe)
    );
  }
  // Latin Extended-A and -B: letters, every one.
  if (cp < 0x250) return true;
  // Combining diacritical marks.
  if (cp >= 0x300 && cp <= 0x36f) return true;
  // General Punctuation: spaces, dashes, quotes, bullets, invisible joiners; no letter.
  if (cp >= 0x2000 && cp <= 0x206f) return false;
  return undefined;
}

/** True when the code point `cp` is a letter, digit or combining mark. */
export function isWordCodePoint(cp: number): boolean {
  if (cp < 128) return ASCII_WORD[cp] === 1;
  const common = commonWordCodePoint(cp);
  if (common !== undefined) return common;
  let word = cache.get(cp);
  if (word === undefined) {
    word = WORD_CODE_POINT.test(String.fromCodePoint(cp));
    if (cache.size < 8192) cache.set(cp, word);
  }
  return word;
}

/**
 * True when `text` has a word character at code unit `i`; false outside the
 * text. Either half of a surrogate pair answers for the whole code point.
 */
export function isWordCharAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c] === 1;
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
    const high = text.charCodeAt(i - 1);
    if (high >= 0xd800 && high <= 0xdbff) return isWordCodePoint(text.codePointAt(i - 1)!);
  }
  return isWordCodePoint(text.codePointAt(i)!);
}

/** True for an upper-case letter ("A", "É"); false for anything caseless, and outside the text. */
export function isUpperAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = text[i];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True for an ASCII digit at code unit `i`; false outside the text. */
export function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** True for a lower-case letter ("a", "é"); false for anything caseless, and outside the text. */
export function isLowerAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  const ch = text[i];
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Lower-cases one UTF-16 code unit, keeping it one code unit. */
export function foldUnit(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}
