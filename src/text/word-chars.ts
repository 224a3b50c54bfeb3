/**
 * What counts as part of a word, for whole-word matching, shingles and sentence
 * splitting: letters, digits and combining marks (so "é" written as "e" plus an
 * accent stays one word). Decided per code unit with a table for ASCII and a
 * cache for the rest, so the hot loops never run a regex per character.
 */

const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_WORD[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
}

const WORD = /^[\p{L}\p{N}\p{M}]$/u;
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
    word = WORD.test(String.fromCodePoint(cp));
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
