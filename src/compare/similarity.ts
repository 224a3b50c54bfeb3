/**
 * How alike two sentences are, 0..1, from their comparison words: the mean of
 * content-word Dice and content-word containment (a short sentence restating
 * part of a long one still scores; words lightly stemmed), times the share of the shorter sentence's
 * words found in order (LCS), so the same words in another order score lower.
 * Either sentence without content words → 0.
 */
import { lcsLength } from '../text/lcs';
import { COMPARISON_STOP_WORDS } from '../text/lexicon';

/**
 * A crude stem, enough to meet "negotiating"/"negotiations", "Jinping's"/"Jinping",
 * "focused"/"focus": possessive and a few suffixes off, never below four letters.
 */
export function stem(word: string): string {
  const w = word.replace(/'s?$/, '');
  const m = /^(.{4,}?)(?:ations?|ing|ions?|ed|es|s|e)$/.exec(w);
  return m ? m[1] : w;
}

/** The stemmed content words of a sentence (function words left out). */
export function contentSet(keys: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const k of keys) if (!COMPARISON_STOP_WORDS.has(k)) set.add(stem(k));
  return set;
}

export function setScore(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of small) if (large.has(w)) inter++;
  return ((2 * inter) / (a.size + b.size) + inter / small.size) / 2;
}

export function similarity(keysA: readonly string[], keysB: readonly string[], setA = contentSet(keysA), setB = contentSet(keysB)): number {
  const s = setScore(setA, setB);
  if (s === 0) return 0;
  const order = lcsLength(keysA, keysB) / Math.min(keysA.length, keysB.length);
  return s * (0.5 + 0.5 * order);
}
