/**
 * How likely a careful reader is to call a discrepancy a real disagreement,
 * from what found it and how the sources that disagree stand to each other.
 * The figures are the share of real ones among the discrepancies of each kind
 * read on the labelled stream (`test/fixtures/stream/tune`, `npm run
 * evaluate`), rounded and ordered by what a reader would expect:
 *
 *  - versions of one article (a wire copy, a repost) disagree only where the
 *    copy desk changed something: a changed number, day or "not" is nearly
 *    always real; a dropped clause or a swapped word is often the desk
 *    trimming and tightening, a real change less often;
 *  - a rewrite that names and reuses its source changes what it takes less
 *    often, but what it changes it changed on purpose;
 *  - independent reports of one event word everything their own way: their
 *    counts and days disagree for real when they were written the same day
 *    (a later one may carry an updated count, or speak of another day of the
 *    story), and readings of wording (certainty, attribution, a post, a
 *    quotation's marks) tell more of style than of fact.
 *
 * A reading that is no disagreement between such sources (a clause left out
 * of an independent report, another word chosen) gets 0: it is not reported.
 */
import type { DiscrepancyKind, SourceRelation } from '../contracts/schema';
import type { Reader } from './finding';

export interface ConfidenceContext {
  kind: DiscrepancyKind;
  reader: Reader;
  relation: SourceRelation;
  /** Were the sources holding different readings published on the same day (or is a date unknown)? */
  sameDay: boolean;
}

type Table = Record<SourceRelation, number>;

/** By reader, then by relation: versions, rewrite, independent. */
const BY_READER: Record<Exclude<Reader, 'diff'>, Table> = {
  attribution: { versions: 0.8, rewrite: 0.75, independent: 0.3 },
  certainty: { versions: 0.85, rewrite: 0.75, independent: 0.3 },
  polarity: { versions: 0.9, rewrite: 0.75, independent: 0.4 },
  weekday: { versions: 0.9, rewrite: 0.8, independent: 0.6 },
  timing: { versions: 0.8, rewrite: 0.7, independent: 0.3 },
  role: { versions: 0.8, rewrite: 0.7, independent: 0.3 },
  count: { versions: 0.95, rewrite: 0.85, independent: 0.75 },
  concession: { versions: 0.8, rewrite: 0.7, independent: 0 },
  quote: { versions: 0.85, rewrite: 0.75, independent: 0.35 },
};

/** The word diff of copied sentences, by kind. */
const BY_DIFF_KIND: Record<DiscrepancyKind, Table> = {
  negation: { versions: 0.95, rewrite: 0.8, independent: 0.45 },
  date: { versions: 0.95, rewrite: 0.85, independent: 0.6 },
  number: { versions: 0.95, rewrite: 0.85, independent: 0.75 },
  modal: { versions: 0.85, rewrite: 0.75, independent: 0.3 },
  attribution: { versions: 0.8, rewrite: 0.75, independent: 0.3 },
  role: { versions: 0.8, rewrite: 0.7, independent: 0.3 },
  quote: { versions: 0.85, rewrite: 0.75, independent: 0.35 },
  wording: { versions: 0.6, rewrite: 0.3, independent: 0 },
  omission: { versions: 0.6, rewrite: 0.3, independent: 0 },
};

/** Independent reports of different days: a count may have been updated, a day may be another day of the story. */
const LATER_REPORT: Partial<Record<DiscrepancyKind, number>> = { number: 0.25, date: 0.15 };

/** A discrepancy's confidence, 0..1 (0: no disagreement, not reported). */
export function confidenceOf(c: ConfidenceContext): number {
  const table = c.reader === 'diff' ? BY_DIFF_KIND[c.kind] : BY_READER[c.reader];
  let p = table[c.relation];
  if (c.relation === 'independent' && !c.sameDay && LATER_REPORT[c.kind] !== undefined) p = Math.min(p, LATER_REPORT[c.kind]!);
  return p;
}
