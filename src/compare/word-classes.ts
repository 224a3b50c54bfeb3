/** Small word classes the discrepancy finder looks for, on comparison words (`keyWords`). */

const NEGATORS = new Set(['not', 'no', 'never', 'nothing', 'none', 'neither', 'nor', 'without', 'cannot']);
/** A negating word, read alone; in a sentence `negatorAt` decides. */
export const isNegator = (w: string) => NEGATORS.has(w) || w.endsWith("n't");

/** Comparatives that make "no more than", "not less than" a bound on a quantity, not a denial. */
const BOUNDS = new Set([
  'more',
  'less',
  'fewer',
  'later',
  'earlier',
  'longer',
  'shorter',
  'sooner',
  'greater',
  'higher',
  'lower',
  'bigger',
  'smaller',
  'larger',
]);
/** "not only … but also", "not just", "not least": emphasis, not denial. */
const EMPHASIS = new Set(['only', 'just', 'least']);
const BE_OR_HAVE = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', "hasn't", "haven't"]);

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
  if ((w === 'no' || w === 'not') && BOUNDS.has(next) && keys[i + 2] === 'than') return false;
  if (w === 'not' && EMPHASIS.has(next)) return false;
  return true;
}

const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion trillion dozen half'.split(' '),
);
export const isNumber = (w: string) => /^\d[\d,.]*$/.test(w) || NUMBER_WORDS.has(w);

/** The value of a figure ("0.50", "6,765"), or NaN for a number word or anything else. */
export const figureValue = (w: string) => (/^\d[\d,]*(\.\d+)?$/.test(w) ? Number(w.replace(/,/g, '')) : NaN);

/** Modals by what they claim: something certain, or only possible. */
const MODALS: Record<string, 'certain' | 'possible'> = {
  will: 'certain',
  would: 'certain',
  shall: 'certain',
  must: 'certain',
  could: 'possible',
  can: 'possible',
  may: 'possible',
  might: 'possible',
  should: 'possible',
};
export const modalClass = (w: string) => MODALS[w];

/** A year (1800–2099): a date, never a count. */
export const isYear = (w: string) => /^(1[89]|20)\d\d$/.test(w);
