/**
 * What one differing stretch (hunk) of a word diff between the pivot and a
 * member means, by rules a reader would agree with:
 *  - negation: a "not" (no, never...) present on one side only, next to words
 *    both sides share ("will not be the first" / "be the first");
 *  - date: a different weekday or month (Thursday / Tuesday);
 *  - number: a different number;
 *  - modal: a certain modal (will, would) against a possible one (could, may);
 *  - wording: one word swapped for another in an otherwise copied sentence,
 *    where one of the two is a headline word of the corpus (deal / accord):
 *    synonyms swapped elsewhere ("rising" / "increasing") are style, not news;
 *  - omission: a clause of six or more content words that a copy leaves out.
 * At most one finding per kind per hunk.
 */
import { COMPARISON_STOP_WORDS, isDateWord, ORDINALS, WEEKDAYS } from '../text/lexicon';
import { findAttribution } from './attribution';
import type { Hunk } from './diff';
import { phrase, type HunkFinding, type Locus, type SentenceSide } from './finding';
import { stem } from './similarity';
import { figureValue, isNumber, isYear, modalClass, negatorAt } from './word-classes';

/** A copy, not a paraphrase: only then do a swapped word or a dropped clause mean something. */
export const COPY_SCORE = 0.55;
const MAX_LOCAL = 6;
const MIN_OMITTED_CONTENT = 6;

const contentKeys = (keys: readonly string[], from: number, to: number) => keys.slice(from, to).filter((k) => !COMPARISON_STOP_WORDS.has(k));

function firstIndex(keys: readonly string[], from: number, to: number, test: (w: string) => boolean): number {
  for (let i = from; i < to; i++) if (test(keys[i])) return i;
  return -1;
}

/** The index of the first key of [from, to) that `negatorAt` reads as denying, or -1. */
function firstNegator(keys: readonly string[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (negatorAt(keys, i)) return i;
  return -1;
}

/** The content word a negator at `at` denies: the first one after it ("not deploying" → "deploying"). */
function deniedWord(keys: readonly string[], at: number): string | undefined {
  for (let i = at + 1; i < keys.length && i <= at + 4; i++) if (!COMPARISON_STOP_WORDS.has(keys[i]) && !negatorAt(keys, i)) return keys[i];
  return undefined;
}

/**
 * A "not" on one side only, with the negated words after it shared, and the
 * word it denies said by the other side too: "14 complaints of airbags not
 * deploying" against "14 complaints" leaves something out, it denies nothing.
 */
function negationChange(pivot: SentenceSide, member: SentenceSide, hunk: Hunk): HunkFinding | undefined {
  const inner = hunk.before >= 1 && hunk.after >= 2;
  if (!inner || hunk.aEnd - hunk.aStart > MAX_LOCAL || hunk.bEnd - hunk.bStart > MAX_LOCAL) return undefined;
  const pivotNot = firstNegator(pivot.keys, hunk.aStart, hunk.aEnd);
  const memberNot = firstNegator(member.keys, hunk.bStart, hunk.bEnd);
  if (pivotNot < 0 === memberNot < 0) return undefined;
  const [negated, at, other] = pivotNot >= 0 ? [pivot, pivotNot, member] : [member, memberNot, pivot];
  const denied = deniedWord(negated.keys, at);
  if (denied && !other.keys.some((k) => stem(k) === stem(denied))) return undefined;
  const locus = (at: number, end: number): Locus =>
    at >= 0 ? { start: at, end: at + 1, value: 'negated', show: end + 3 } : { start: end, end, value: 'affirmed', show: end + 3 };
  return { kind: 'negation', spot: hunk.aEnd, pivot: locus(pivotNot, hunk.aEnd), member: locus(memberNot, hunk.bEnd) };
}

/** A figure leading a compound: "15" of "15-member", "37" of "37-year-old". */
const leadingFigure = (w: string) => /^(\d[\d.]*)-\p{L}/u.exec(w)?.[1];
const ORDINAL_SET: ReadonlySet<string> = new Set(ORDINALS);

/** What kind of number a word is: a count ("five", "1.2"), an ordinal ("third"), a compound led by a figure ("15-member"). */
function numberForm(w: string): 'count' | 'ordinal' | 'compound' | undefined {
  if (isNumber(w)) return 'count';
  if (ORDINAL_SET.has(w)) return 'ordinal';
  return leadingFigure(w) !== undefined ? 'compound' : undefined;
}

/**
 * Two number words that say the same value, or two that cannot be compared:
 * one figure written two ways ("0.5" / "0.50"), a count against an ordinal
 * ("July 17" / "the third incident"), compounds of different things
 * ("15-member" / "15-nation").
 */
function sameValue(a: string, b: string): boolean {
  if (a === b || numberForm(a) !== numberForm(b)) return true;
  if (numberForm(a) === 'compound')
    return a.replace(/^[\d.]+/, '') !== b.replace(/^[\d.]+/, '') || figureValue(leadingFigure(a)!) === figureValue(leadingFigure(b)!);
  return !Number.isNaN(figureValue(a)) && figureValue(a) === figureValue(b);
}

/** Two date words of one form that differ: two weekdays, or two months ("Tuesday" and "Feb." of "Feb. 16" may be one day). */
const sameDateForm = (a: string, b: string) => a !== b && WEEKDAYS.includes(a) === WEEKDAYS.includes(b);

/**
 * A different weekday, month or number near the start of the hunk. Ordinals
 * and compounds ("third", "15-member") only in a copy: in a rewrite the same
 * words round them rarely hold the same thing ("Raonic, 25," / "Raonic, the
 * sixth seed,").
 */
function valueChanges(pivot: SentenceSide, member: SentenceSide, hunk: Hunk, copied: boolean): HunkFinding[] {
  const found: HunkFinding[] = [];
  if (hunk.before < 2 && hunk.after < 2) return found;
  const isValue = (w: string) => numberForm(w) === 'count' || (copied && numberForm(w) !== undefined);
  for (const [kind, test] of [
    ['date', isDateWord],
    ['number', isValue],
  ] as const) {
    const inPivot = firstIndex(pivot.keys, hunk.aStart, Math.min(hunk.aEnd, hunk.aStart + 3), test);
    const inMember = firstIndex(member.keys, hunk.bStart, Math.min(hunk.bEnd, hunk.bStart + 3), test);
    if (inPivot < 0 || inMember < 0) continue;
    if (kind === 'number' ? sameValue(pivot.keys[inPivot], member.keys[inMember]) : !sameDateForm(pivot.keys[inPivot], member.keys[inMember])) continue;
    // A year against a count ("in 2014" / "five officers") is two things moved about, not one changed.
    if (kind === 'number' && isYear(pivot.keys[inPivot]) !== isYear(member.keys[inMember])) continue;
    const locus = (side: SentenceSide, i: number): Locus => ({ start: i, end: i + 1, value: side.keys[i], show: i + 1 });
    found.push({ kind, spot: inPivot, pivot: locus(pivot, inPivot), member: locus(member, inMember) });
  }
  return found;
}

/** A certain modal against a possible one (could → will), locally. */
function modalChange(pivot: SentenceSide, member: SentenceSide, hunk: Hunk): HunkFinding | undefined {
  if (hunk.aEnd - hunk.aStart > 4 || hunk.bEnd - hunk.bStart > 4 || (hunk.before < 1 && hunk.after < 1)) return undefined;
  const inPivot = firstIndex(pivot.keys, hunk.aStart, hunk.aEnd, (w) => !!modalClass(w));
  const inMember = firstIndex(member.keys, hunk.bStart, hunk.bEnd, (w) => !!modalClass(w));
  if (inPivot < 0 || inMember < 0 || modalClass(pivot.keys[inPivot]) === modalClass(member.keys[inMember])) return undefined;
  const locus = (side: SentenceSide, i: number): Locus => ({ start: i, end: i + 1, value: side.keys[i], show: i + 2 });
  return { kind: 'modal', spot: inPivot, pivot: locus(pivot, inPivot), member: locus(member, inMember) };
}

/** One content word for another between shared words, where one of them is a headline word. */
function wordingChange(pivot: SentenceSide, member: SentenceSide, hunk: Hunk, headlineStems: ReadonlySet<string>): HunkFinding | undefined {
  if (hunk.before < 2 || hunk.after < 2 || hunk.aEnd - hunk.aStart !== 1 || hunk.bEnd - hunk.bStart !== 1) return undefined;
  const pivotWords = contentKeys(pivot.keys, hunk.aStart, hunk.aEnd);
  const memberWords = contentKeys(member.keys, hunk.bStart, hunk.bEnd);
  if (pivotWords.length !== 1 || memberWords.length !== 1) return undefined;
  const [p, m] = [stem(pivotWords[0]), stem(memberWords[0])];
  if (p === m || !(headlineStems.has(p) || headlineStems.has(m))) return undefined;
  const locus = (side: SentenceSide, i: number): Locus => ({ start: i, end: i + 1, value: stem(side.keys[i]), show: i + 1 });
  return { kind: 'wording', spot: hunk.aStart, pivot: locus(pivot, hunk.aStart), member: locus(member, hunk.bStart) };
}

/** A clause on one side and (almost) nothing on the other; a changed attribution is not a dropped clause. */
function omission(pivot: SentenceSide, member: SentenceSide, hunk: Hunk): HunkFinding | undefined {
  const anchored = hunk.before >= 3 || (hunk.before >= 1 && hunk.after >= 3);
  const isLeftOut = (long: string[], shortLength: number) => long.length >= MIN_OMITTED_CONTENT && shortLength <= 4;
  const pivotHas = isLeftOut(contentKeys(pivot.keys, hunk.aStart, hunk.aEnd), hunk.bEnd - hunk.bStart);
  const memberHas = isLeftOut(contentKeys(member.keys, hunk.bStart, hunk.bEnd), hunk.aEnd - hunk.aStart);
  if (!anchored || !(pivotHas || memberHas)) return undefined;
  const clause = pivotHas ? phrase(pivot, hunk.aStart, hunk.aEnd) : phrase(member, hunk.bStart, hunk.bEnd);
  const cited = findAttribution(clause);
  if (cited && clause.toLowerCase().startsWith(cited.phrase.toLowerCase().slice(0, 12))) return undefined;
  const locus = (start: number, end: number, has: boolean): Locus => ({ start, end, value: has ? 'included' : 'left out', show: has ? end : start });
  return { kind: 'omission', spot: hunk.aStart, pivot: locus(hunk.aStart, hunk.aEnd, pivotHas), member: locus(hunk.bStart, hunk.bEnd, !pivotHas) };
}

/** Classifies one hunk of the pivot against a member whose sentence scores `pairScore` with it. */
export function classifyHunk(pivot: SentenceSide, member: SentenceSide, hunk: Hunk, pairScore: number, headlineStems: ReadonlySet<string>): HunkFinding[] {
  const found: HunkFinding[] = [];
  const negation = negationChange(pivot, member, hunk);
  if (negation) found.push(negation);
  found.push(...valueChanges(pivot, member, hunk, pairScore >= COPY_SCORE));
  const modal = modalChange(pivot, member, hunk);
  if (modal) found.push(modal);
  if (pairScore < COPY_SCORE) return found;
  const wording = found.length ? undefined : wordingChange(pivot, member, hunk, headlineStems);
  if (wording) found.push(wording);
  const left = omission(pivot, member, hunk);
  if (left) found.push(left);
  return found;
}
