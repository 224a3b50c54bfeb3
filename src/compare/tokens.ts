/**
 * A sentence's comparison words (the shared `words`) with, for each, the span
 * of the white-space separated token it stands in, so a diff computed on keys
 * reports the words as the source wrote them, punctuation and all.
 *
 * "U.S." gives two keys ("u", "s") sharing one span; "cyber weapons" gives one
 * key ("cyberweapons") spanning both words. Empty text gives no keys.
 */
import { words } from '../text/words';

export interface Tokens {
  keys: string[];
  /** Key i came from `text.slice(starts[i], ends[i])`. */
  starts: number[];
  ends: number[];
}

const SPACE = /\s/;

export function comparisonTokens(text: string): Tokens {
  const keys: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const word of words(text)) {
    let start = word.start;
    while (start > 0 && !SPACE.test(text[start - 1])) start--;
    let end = word.end;
    while (end < text.length && !SPACE.test(text[end])) end++;
    keys.push(word.key);
    starts.push(start);
    ends.push(end);
  }
  return { keys, starts, ends };
}
