/**
 * A sentence's comparison words (`keyWords`, the shared normalisation) with,
 * for each, the span of original text it came from, so a diff computed on keys
 * can report the words as the source wrote them.
 *
 * "U.S." gives two keys ("u", "s") sharing one span; "cyber weapons" gives one
 * key ("cyberweapons") spanning both words. Empty text gives no keys.
 */
import { keyWords } from '../shared/normalize';

export interface Tokens {
  keys: string[];
  /** `spans[i]` is the [start, end) of key i in the original text. */
  starts: number[];
  ends: number[];
}

export function tokenize(text: string): Tokens {
  const keys = keyWords(text);
  const raw: { start: number; end: number; folded: string }[] = [];
  for (const m of text.matchAll(/\S+/g)) raw.push({ start: m.index!, end: m.index! + m[0].length, folded: keyWords(m[0]).join('') });
  // Both sides hold the same letters in the same order (foldKey works word by word);
  // walk them together to give each key the raw words its letters came from.
  const starts: number[] = [];
  const ends: number[] = [];
  let r = 0;
  let used = 0; // letters of raw[r] already consumed
  for (const key of keys) {
    let need = key.length;
    while (r < raw.length && used >= raw[r].folded.length) {
      r++;
      used = 0;
    }
    if (r >= raw.length) {
      // Should not happen; fall back to the end of the text rather than fail.
      starts.push(text.length);
      ends.push(text.length);
      continue;
    }
    starts.push(raw[r].start);
    let last = r;
    while (need > 0 && r < raw.length) {
      const take = Math.min(need, raw[r].folded.length - used);
      need -= take;
      used += take;
      last = r;
      if (need > 0) {
        r++;
        used = 0;
      }
    }
    ends.push(raw[last].end);
  }
  return { keys, starts, ends };
}
