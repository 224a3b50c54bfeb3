/**
 * The shapes the discrepancy finder passes between its parts: one sentence as
 * the finder reads it, a spot in it, and one source's reading of a spot.
 */
import type { DiscrepancyKind } from '../contracts/schema';
import { wordsOf } from './diff';
import type { Prepared } from './prepare';

/** One sentence's comparison words, text and spans. */
export interface SentenceSide {
  keys: string[];
  text: string;
  tokens: Prepared['sentences'][number]['tokens'];
}

/** Where a change sits in one sentence: keys [start, end), the compared value, and keys [start, show) to show. */
export interface Locus {
  start: number;
  end: number;
  value: string;
  show: number;
}

/** A change found between the pivot and one member at one hunk. */
export interface HunkFinding {
  kind: DiscrepancyKind;
  /** Position in the pivot that identifies the spot across members. */
  spot: number;
  pivot: Locus;
  member: Locus;
}

/** One sentence's reading of a spot: what the summary groups by (`value`) and shows (`phrase`). */
export interface Reading {
  /** Global index of the sentence. */
  sentence: number;
  value: string;
  /** The words that differ, as written in the sentence. */
  changed: string;
  /** The words a summary quotes. */
  phrase: string;
}

/**
 * What found a spot's readings: the word diff of copied sentences, or one of
 * the readings of a sentence as a whole (who it cites, how certain it is, a
 * word negated, a weekday, when relative to what, a post, a count, a
 * concession's main clause, a quotation).
 */
export type Reader = 'diff' | 'attribution' | 'certainty' | 'polarity' | 'weekday' | 'timing' | 'role' | 'count' | 'concession' | 'quote';

/** Readings of one spot of one alignment; reported when they hold two values or more. */
export interface SpotReadings {
  kind: DiscrepancyKind;
  reader: Reader;
  /** Sort key within the alignment: kind, then position. */
  order: string;
  readings: Reading[];
}

export const sideOf = (prepared: Prepared, i: number): SentenceSide => ({
  keys: prepared.sentences[i].tokens.keys,
  text: prepared.sentences[i].sentence.text,
  tokens: prepared.sentences[i].tokens,
});

/** The words of keys [start, end) as written. */
export function phrase(side: SentenceSide, start: number, end: number): string {
  return wordsOf(side.text, side.tokens, start, Math.min(end, side.keys.length));
}

/** Kinds in the order a reader meets them, most serious first. */
export const KIND_ORDER: DiscrepancyKind[] = ['negation', 'date', 'number', 'modal', 'attribution', 'role', 'quote', 'wording', 'omission'];

export const orderKey = (kind: DiscrepancyKind, position: number | string) =>
  `${String(KIND_ORDER.indexOf(kind)).padStart(2, '0')}:${typeof position === 'number' ? String(position).padStart(6, '0') : position}`;
