/**
 * Word shingles: every run of `k` consecutive comparison words of a sentence,
 * hashed to 32 bits (FNV-1a). Two sentences sharing shingles share phrasing.
 *
 * Shingles made only of function words ("one of the") are left out: they say
 * nothing about two sentences being alike. A sentence shorter than `k` words
 * gives one shingle of all its words; no words gives [].
 * Returns unique hashes, sorted ascending.
 */
import { STOPWORDS } from './stopwords';

export const SHINGLE_SIZE = 3;

/** 32-bit FNV-1a hash of a string. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function shingles(keys: readonly string[], k = SHINGLE_SIZE): number[] {
  if (!keys.length) return [];
  const out = new Set<number>();
  if (keys.length < k) {
    out.add(fnv1a(keys.join(' ')));
  } else {
    for (let i = 0; i + k <= keys.length; i++) {
      const gram = keys.slice(i, i + k);
      if (gram.every((w) => STOPWORDS.has(w))) continue;
      out.add(fnv1a(gram.join(' ')));
    }
  }
  return [...out].sort((a, b) => a - b);
}
