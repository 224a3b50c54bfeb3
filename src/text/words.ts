/**
 * The words of a text with their offsets and comparison keys: what the quote
 * rules, the comparison and the cards use to say "the same words".
 */
import { foldKey } from './normalize';

export interface Word {
  /** `foldKey` of the word ("cyber weapons" is one word, as `foldKey` closes it up). */
  key: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu;

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
  for (const m of slice.matchAll(WORD)) {
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
