/**
 * The first, obviously-correct version of `normalizeWithMap` (one code point at a
 * time, string concatenation), kept as the reference the fast one must equal.
 */
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

interface NormalizedText {
  text: string;
  /**
   * `map[i]` is the offset in the input of the normalised text's code unit `i`;
   * `map[text.length]` is the input's length. Lets a match on the normalised text
   * be mapped back to the page.
   */
  map: Uint32Array;
}

/**
 * Normalise and keep a map back to the input. White space is collapsed to one
 * space but not trimmed, so that offsets stay simple at the edges.
 */
export function referenceNormalizeWithMap(input: string): NormalizedText {
  let out = '';
  const map: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < input.length;) {
    const cp = input.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const folded = cp < 0x80 ? (cp <= 0x20 && SPACE.test(ch) ? ' ' : ch) : foldCodePoint(ch);
    if (folded === ' ') {
      if (!lastWasSpace) {
        out += ' ';
        map.push(i);
      }
      lastWasSpace = true;
    } else if (folded !== '') {
      for (let k = 0; k < folded.length; k++) map.push(i);
      out += folded;
      lastWasSpace = false;
    }
    i += ch.length;
  }
  map.push(input.length);
  return { text: out, map: Uint32Array.from(map) };
}
