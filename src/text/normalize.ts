/**
 * The one text normalisation, used at build time (index) and at run time (page).
 *
 * Both sides must agree on it exactly, or an alias the index holds would never
 * meet the page's text. It does what a reader does not notice: Unicode NFKC,
 * curly quotes to straight ones, every dash to "-", runs of white space to one
 * space. Case is kept (the matcher's case rules need it); `foldKey` drops it.
 */
import { CYBER_TAILS } from './lexicon';

const QUOTE_SINGLE = /[\u2018\u2019\u201A\u201B\u2032\u00B4\u0060]/;
const QUOTE_DOUBLE = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
const DASH = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
// Zero-width characters vanish; they only split words invisibly.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const SPACE = /\s/;

/** Normalise one code point; '' drops it, ' ' marks white space. */
function foldCodePoint(ch: string): string {
  if (SPACE.test(ch)) return ' ';
  if (INVISIBLE.test(ch)) return '';
  if (QUOTE_SINGLE.test(ch)) return "'";
  if (QUOTE_DOUBLE.test(ch)) return '"';
  if (DASH.test(ch)) return '-';
  const n = ch.normalize('NFKC');
  // NFKC can yield spaces (e.g. from U+00A0 handled above, or U+2002 families).
  return SPACE.test(n) ? ' ' : n;
}

export interface NormalizedText {
  text: string;
  /**
   * `map[i]` is the offset in the input of the normalised text's code unit `i`;
   * `map[text.length]` is the input's length. Lets a match on the normalised text
   * be mapped back to the page.
   */
  map: Uint32Array;
}

// Most code points fold to themselves; remembering each non-ASCII one's fold keeps
// a page of accented or CJK text from paying for five regex tests per character.
const foldCache = new Map<number, string>();
const FOLD_CACHE_MAX = 4096;

function foldCached(cp: number, ch: string): string {
  let folded = foldCache.get(cp);
  if (folded === undefined) {
    folded = foldCodePoint(ch);
    if (foldCache.size < FOLD_CACHE_MAX) foldCache.set(cp, folded);
  }
  return folded;
}

/**
 * A normalised text with a compact way back to the input: `toInput(i)` is the
 * input offset of the normalised code unit `i` (as `NormalizedText.map[i]`), and
 * `toInput(text.length)` is the input's length.
 *
 * Stored as the few places where (input offset − output offset) changes (runs of
 * space collapsed, invisible characters dropped, expansions), so a page of
 * plain text costs a handful of numbers instead of a 4-byte entry per character.
 */
export interface NormalizedOffsets {
  text: string;
  toInput(i: number): number;
}

interface Breaks {
  /** Output offsets where a new delta starts, ascending; the first is 0. */
  at: number[];
  /** `input offset = output offset + delta[k]` from `at[k]` on. */
  delta: number[];
}

// The first code unit normalisation may change: one outside printable ASCII, or
// the second of two spaces. Everything before it is copied as it is.
const NOT_VERBATIM = /[^\x21-\x7e ]| {2}/g;

// Below this many code units a loop beats starting the regular expression
// engine: an index build normalises thousands of short strings.
const SHORT = 64;

/**
 * The end of the run, from `i` (printable ASCII or a single space), that
 * normalisation copies as it is: most of any page. In a long text, found by
 * the regular expression engine, which scans natively: on a fresh page a
 * script loop runs unoptimised for most of its first megabyte, three to four
 * times slower.
 */
function verbatimRunEnd(input: string, i: number, n: number): number {
  if (n - i >= SHORT) {
    NOT_VERBATIM.lastIndex = i;
    // `test` (no match object): lastIndex ends up just past the special code
    // unit, or past the two spaces, whose second one is where the run ends either way.
    return NOT_VERBATIM.test(input) ? NOT_VERBATIM.lastIndex - 1 : n;
  }
  let c = input.charCodeAt(i);
  for (;;) {
    // A word, then one space if a word follows it.
    while (c > 0x20 && c < 0x80 && ++i < n) c = input.charCodeAt(i);
    if (i === n || c !== 0x20) return i;
    if (++i === n) return i;
    c = input.charCodeAt(i);
    if (c === 0x20) return i;
  }
}

/**
 * From output offset `o` on, input = output + `d` (until the next call). A
 * function of its own, not a closure: `normalizeCore` runs for thousands of
 * short strings in a build, and a closure over the loop's `j` slows the loop.
 */
function setDelta({ at, delta }: Breaks, o: number, d: number): void {
  const last = at.length - 1;
  if (delta[last] === d) return;
  if (at[last] === o) {
    // Nothing was written under the previous delta: replace it.
    if (last > 0 && delta[last - 1] === d) {
      at.pop();
      delta.pop();
    } else delta[last] = d;
  } else {
    at.push(o);
    delta.push(d);
  }
}

/** The normalisation itself; the public functions only choose the map's shape. */
function normalizeCore(input: string): { text: string; breaks: Breaks } {
  const n = input.length;
  const breaks: Breaks = { at: [0], delta: [0] };
  const parts: string[] = [];
  let j = 0; // length of the output so far
  let runStart = 0; // input offset where the current verbatim run began
  let lastWasSpace = false;

  for (let i = 0; i < n;) {
    let c = input.charCodeAt(i);
    // Fast path, most of any page: printable ASCII and single spaces, copied as they are.
    if ((c > 0x20 && c < 0x80) || (c === 0x20 && !lastWasSpace)) {
      const from = i;
      i = verbatimRunEnd(input, i, n);
      j += i - from;
      lastWasSpace = input.charCodeAt(i - 1) === 0x20;
      if (i === n) break;
      c = input.charCodeAt(i);
    }
    let width = 1;
    let replacement: string | undefined; // set when the code point is not copied verbatim
    if (c < 0x80) {
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
        if (lastWasSpace) replacement = '';
        else if (c === 0x20) j++;
        else replacement = ' ';
        lastWasSpace = true;
      } else {
        j++;
        lastWasSpace = false;
      }
    } else {
      const cp = input.codePointAt(i)!;
      if (cp > 0xffff) width = 2;
      const ch = width === 1 ? input[i] : input.slice(i, i + 2);
      const folded = foldCached(cp, ch);
      if (folded === ' ') {
        replacement = lastWasSpace ? '' : ' ';
        lastWasSpace = true;
      } else if (folded === ch && width === 1) {
        j++;
        lastWasSpace = false;
      } else {
        // Astral characters go this way too: both their code units map to `i`.
        replacement = folded;
        if (folded !== '') lastWasSpace = false;
      }
    }
    if (replacement !== undefined) {
      if (runStart < i) parts.push(input.slice(runStart, i));
      if (replacement !== '') parts.push(replacement);
      for (let k = 0; k < replacement.length; k++) {
        setDelta(breaks, j, i - j);
        j++;
      }
      runStart = i + width;
      setDelta(breaks, j, runStart - j);
    }
    i += width;
  }
  if (runStart < n) parts.push(input.slice(runStart, n));
  const text = parts.length === 1 ? parts[0] : parts.join('');
  return { text, breaks };
}

/**
 * Normalise and keep a compact map back to the input (see `NormalizedOffsets`).
 * Same text as `normalizeWithMap`; cheaper when only a few offsets are mapped back.
 */
export function normalizeWithOffsets(input: string): NormalizedOffsets {
  const { text, breaks } = normalizeCore(input);
  const { at, delta } = breaks;
  return {
    text,
    toInput(i: number): number {
      // Last break at or before `i`.
      let lo = 0;
      let hi = at.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (at[mid] <= i) lo = mid;
        else hi = mid - 1;
      }
      return i + delta[lo];
    },
  };
}

/**
 * Normalise and keep a map back to the input. White space is collapsed to one
 * space but not trimmed, so that offsets stay simple at the edges.
 */
export function normalizeWithMap(input: string): NormalizedText {
  const { text, breaks } = normalizeCore(input);
  const { at, delta } = breaks;
  const map = new Uint32Array(text.length + 1);
  for (let k = 0; k < at.length; k++) {
    const end = k + 1 < at.length ? at[k + 1] : text.length;
    for (let o = at[k]; o < end; o++) map[o] = o + delta[k];
  }
  map[text.length] = input.length;
  return { text, map };
}

/** Normalise for display and storage: as `normalizeWithMap`, trimmed. */
export function normalizeText(input: string): string {
  return normalizeWithMap(input).text.trim();
}

const CYBER_COMPOUND = new RegExp(`\\bcyber[ -](${CYBER_TAILS.join('|')})\\b`, 'g');

/**
 * A comparison key: normalised, lower-cased, punctuation dropped, the cyber
 * compounds closed up. Two texts a reader would call the same words get the same key.
 */
export function foldKey(input: string): string {
  return normalizeText(input)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s'-]+/gu, ' ')
    .replace(/(^|\s)['-]+|['-]+(?=\s|$)/g, '$1')
    .replace(CYBER_COMPOUND, 'cyber$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a text, as `foldKey` sees them. */
export function keyWords(input: string): string[] {
  const key = foldKey(input);
  return key ? key.split(' ') : [];
}
