/**
 * Splits a page's normalised text into sentences, for passage matching.
 *
 * A sentence ends at ".", "!" or "?" (with any closing quotes or brackets after
 * it) followed by a space and something that can start a sentence: a capital,
 * a digit, an opening quote or bracket. Not after a known abbreviation ("Mr.",
 * "Sept.") or a single capital ("Susan E. Rice", "U.S."): those dots mostly do
 * not end a sentence. A missed end only merges two sentences, which passage
 * matching tolerates; a false end would cut a sentence in two, which it
 * tolerates less, hence the caution.
 */
import { MONTH_ABBREVIATIONS, SUFFIX_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../text/lexicon';
import { isDigitAt, isUpperAt, isWordCharAt } from '../text/words';

// Words that ordinarily end in a dot inside a sentence.
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...TITLE_ABBREVIATIONS,
  ...SUFFIX_ABBREVIATIONS,
  ...MONTH_ABBREVIATIONS,
  'no',
  'ft',
  'approx',
  'dept',
  'univ',
]);

const isCloser = (c: number) => c === 34 || c === 39 || c === 41 || c === 93; // " ' ) ]
const isOpener = (c: number) => c === 34 || c === 39 || c === 40 || c === 91; // " ' ( [

/**
 * Appends to `out` a `[start, end)` pair per sentence of `text[from, to)` (flat:
 * start, end, start, end...), trimmed of spaces, and returns `out`. Appends
 * nothing for a range holding only spaces.
 */
export function appendSentenceBounds(text: string, from: number, to: number, out: number[]): number[] {
  let start = from;
  // The regex engine finds the next mark natively, far faster than a loop over every character.
  const marks = /[.!?]/g;
  marks.lastIndex = from;
  for (let m = marks.exec(text); m !== null && m.index < to; m = marks.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    let end = i + 1;
    while (end < to && isCloser(text.charCodeAt(end))) end++;
    if (end + 1 >= to || text.charCodeAt(end) !== 32) continue;
    const nextCode = text.charCodeAt(end + 1);
    if (!(isUpperAt(text, end + 1) || isDigitAt(text, end + 1) || isOpener(nextCode))) continue;
    if (c === 46 && isAbbreviation(text, from, i)) continue;
    push(text, start, end, out);
    start = end + 1;
    marks.lastIndex = end;
  }
  push(text, start, to, out);
  return out;
}

/** True when the word just before the dot at `dot` is an abbreviation or one capital. */
function isAbbreviation(text: string, from: number, dot: number): boolean {
  let s = dot;
  while (s > from && isWordCharAt(text, s - 1)) s--;
  const length = dot - s;
  if (length === 0) return false;
  if (length === 1) return isUpperAt(text, s);
  return length <= 6 && ABBREVIATIONS.has(text.slice(s, dot).toLowerCase());
}

function push(text: string, start: number, end: number, out: number[]): void {
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  if (end > start) out.push(start, end);
}
