/** Small word classes the discrepancy finder looks for, on comparison words (`keyWords`). */

const NEGATORS = new Set(['not', 'no', 'never', 'nothing', 'none', 'neither', 'nor', 'without', 'cannot']);
export const isNegator = (w: string) => NEGATORS.has(w) || w.endsWith("n't");

const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion trillion dozen half'.split(' '),
);
export const isNumber = (w: string) => /^\d[\d,.]*$/.test(w) || NUMBER_WORDS.has(w);

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
