/**
 * Where a surface form stands in the sentences, as whole words. Used for the
 * aliases an editor adds, which no rule has located.
 */
import type { Mention } from '../contracts/schema';
import type { ParsedSource } from '../intake/types';
import { normalizeText } from '../text/normalize';
import { escapeRegExp } from '../text/regexp';

/**
 * Every whole-word occurrence of `alias` (after `normalizeText`; case kept
 * unless `anyCase`). Empty alias → [].
 */
export function findAlias(sources: ParsedSource[], alias: string, anyCase = false): Mention[] {
  const text = normalizeText(alias);
  if (!text) return [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])`, anyCase ? 'giu' : 'gu');
  const out: Mention[] = [];
  for (const src of sources) {
    for (const s of src.sentences) {
      for (const m of s.text.matchAll(re)) out.push({ source: src.source.id, sentence: s.id, start: m.index!, end: m.index! + m[0].length });
    }
  }
  return out;
}
