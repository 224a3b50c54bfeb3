/** Small word classes the discrepancy finder looks for, on comparison words (`keyWords`); the lists are the lexicon's. */
import { COMPARED_NUMBER_WORDS, MODAL_CLAIMS, NEGATORS } from '../text/lexicon';

export const isNegator = (w: string) => NEGATORS.has(w) || w.endsWith("n't");

export const isNumber = (w: string) => /^\d[\d,.]*$/.test(w) || COMPARED_NUMBER_WORDS.has(w);

/** What a modal claims: something certain, or only possible. */
export const modalClass = (w: string) => MODAL_CLAIMS[w];

/** A year (1800–2099): a date, never a count. */
export const isYear = (w: string) => /^(1[89]|20)\d\d$/.test(w);
