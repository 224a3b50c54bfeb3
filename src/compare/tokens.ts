/**
 * A sentence's comparison words (the shared `words`) with, for each, the span
 * of the white-space separated token it stands in, so a diff computed on keys
 * reports the words as the source wrote them, punctuation and all.
 *
 * "U.S." gives two keys ("u", "s") sharing one span; "cyber weapons" gives one
 * key ("cyberweapons") spanning both words; "0.50" and "6,765" give one key
 * each ("0.50", "6765"). Empty text gives no keys.
 */
import { words } from '../text/words';

export interface Tokens {
  keys: string[];
  /** Key i came from `text.slice(starts[i], ends[i])`. */
  starts: number[];
  ends: number[];
  /** The word of key i alone, without the punctuation round it: `text.slice(wordStarts[i], wordEnds[i])`. */
  wordStarts: number[];
  wordEnds: number[];
}

const SPACE = /\s/;

/** Digits, then "." or "," and digits, in one stretch: one figure ("0.50", "6,765", "1.2"). */
const FIGURE_PART = /^[.,]\d/;

export function comparisonTokens(text: string): Tokens {
  const keys: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const wordStarts: number[] = [];
  const wordEnds: number[] = [];
  const list = words(text);
  for (let w = 0; w < list.length; w++) {
    let word = list[w];
    // The word rules part "0.50" into "0" and "50": a figure is one key, or "0.5" and "0.50" would differ.
    while (/^\d+$/.test(word.key) && /^\d+$/.test(list[w + 1]?.key ?? '') && list[w + 1].start === word.end + 1 && FIGURE_PART.test(text.slice(word.end))) {
      const next = list[++w];
      word = { ...word, key: text[word.end] === '.' ? `${word.key}.${next.key}` : word.key + next.key, end: next.end };
    }
    let start = word.start;
    while (start > 0 && !SPACE.test(text[start - 1])) start--;
    let end = word.end;
    while (end < text.length && !SPACE.test(text[end])) end++;
    keys.push(word.key);
    starts.push(start);
    ends.push(end);
    wordStarts.push(word.start);
    wordEnds.push(word.end);
  }
  return { keys, starts, ends, wordStarts, wordEnds };
}
