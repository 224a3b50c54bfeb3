/** Small word classes the discrepancy finder looks for, on comparison words (`keyWords`); the lists are the lexicon's. */
import { BE_OR_HAVE, COMPARED_NUMBER_WORDS, MODAL_CLAIMS, NEGATION_BOUNDS, NEGATION_EMPHASIS, NEGATORS } from '../text/lexicon';

/** A negating word, read alone; in a sentence `negatorAt` decides. */
export const isNegator = (w: string) => NEGATORS.has(w) || w.endsWith("n't");

/**
 * Does `keys[i]` deny what follows? A negator does, but not in "No. 3" (a
 * rank), "no more than 60 percent" (a bound), "not only" (emphasis); and
 * "yet" does in "have yet to announce" (not announced).
 */
export function negatorAt(keys: readonly string[], i: number): boolean {
  const w = keys[i];
  const next = keys[i + 1];
  if (w === 'yet') return next === 'to' && i > 0 && BE_OR_HAVE.has(keys[i - 1]);
  if (!isNegator(w)) return false;
  if (w === 'no' && next !== undefined && /^\d/.test(next)) return false;
  if ((w === 'no' || w === 'not') && NEGATION_BOUNDS.has(next) && keys[i + 2] === 'than') return false;
  if (w === 'not' && NEGATION_EMPHASIS.has(next)) return false;
  return true;
}

export const isNumber = (w: string) => /^\d[\d,.]*$/.test(w) || COMPARED_NUMBER_WORDS.has(w);

/** The value of a figure ("0.50", "6,765"), or NaN for a number word or anything else. */
export const figureValue = (w: string) => (/^\d[\d,]*(\.\d+)?$/.test(w) ? Number(w.replace(/,/g, '')) : NaN);

/** What a modal claims: something certain, or only possible. */
export const modalClass = (w: string) => MODAL_CLAIMS[w];

/** A year (1800–2099): a date, never a count. */
export const isYear = (w: string) => /^(1[89]|20)\d\d$/.test(w);
