/**
 * Titles and honorifics: stripped from a name, kept as evidence that the name is
 * a person's ("President Xi Jinping" → "Xi Jinping", a person). The word lists
 * are the shared lexicon's.
 */
import { ALIAS_TITLES, CORE_TITLES, TITLE_QUALIFIERS } from '../text/lexicon';

/** "President", and its "-elect" or "-designate" ("President-elect"). */
export function isCoreTitle(word: string): boolean {
  if (CORE_TITLES.has(word) || CORE_TITLES.has(word.replace(/-(?:elect|designate)$/, ''))) return true;
  // "Vice-president", "Co-Chair": a qualified title written as one word.
  const m = /^(Vice|Deputy|Under|Co)-(\p{L})(\p{L}*)$/u.exec(word);
  return m !== null && CORE_TITLES.has(m[2].toUpperCase() + m[3]);
}

export function isTitleWord(word: string): boolean {
  return isCoreTitle(word) || TITLE_QUALIFIERS.has(word);
}

export function isTitleQualifier(word: string): boolean {
  return TITLE_QUALIFIERS.has(word);
}

export function isAliasTitle(word: string): boolean {
  return ALIAS_TITLES.has(word);
}

/**
 * How many leading words of `words` form a title: qualifiers then at least one
 * core title ("Assistant Foreign Minister" → 3; "Foreign Relations" → 0).
 * The caller decides what is left; 0 when there is no title.
 */
export function titleLength(words: string[]): number {
  let lastCore = -1;
  for (let i = 0; i < words.length; i++) {
    if (isCoreTitle(words[i])) lastCore = i;
    else if (!TITLE_QUALIFIERS.has(words[i])) break;
  }
  return lastCore + 1;
}

/** Name suffixes that stay in a name but are not its surname ("Jr."). */
export const NAME_SUFFIXES = new Set(['Jr.', 'Sr.', 'II', 'III', 'IV']);
