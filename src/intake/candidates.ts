/**
 * Each metadata field (title, byline, date, outlet) is read by one module
 * holding a ranked list of rules. Every rule that finds something gives a
 * candidate; the first candidate wins. The whole list is kept, so that
 * `--explain` can show every candidate and which rule won.
 */

/** Where a field's value was read, most trusted first. */
export type FieldOrigin = 'editorial' | 'front matter' | 'json-ld' | 'og' | 'meta' | 'time' | 'header' | 'readability' | 'text' | 'url' | 'file name';

/** A value read from one place. */
export interface Found<T> {
  value: T;
  from: FieldOrigin;
  /** The rule's name, where it says more than `from` ("og:site_name"). */
  rule?: string;
}

export interface Candidate<T> {
  value: T;
  /** The rule that found it ("og:site_name", "main heading", "url date path"). */
  rule: string;
  /** The kind of place it came from, for provenance. */
  from: FieldOrigin;
}

export interface Choice<T> {
  value?: T;
  rule?: string;
  from?: FieldOrigin;
  /** Every candidate found, in rank order; the first is the one chosen. */
  candidates: Candidate<T>[];
}

/** Candidates in rank order (gaps where a rule found nothing) → the first wins. */
export function choose<T>(ranked: (Candidate<T> | undefined)[]): Choice<T> {
  const candidates = ranked.filter(
    (c): c is Candidate<T> => c !== undefined && c.value !== undefined && c.value !== '' && (!Array.isArray(c.value) || c.value.length > 0),
  );
  const winner = candidates[0];
  return winner ? { value: winner.value, rule: winner.rule, from: winner.from, candidates } : { candidates };
}

/** A candidate, or undefined when the rule found nothing. */
export function candidate<T>(value: T | undefined | null, rule: string, from: FieldOrigin): Candidate<T> | undefined {
  return value === undefined || value === null ? undefined : { value, rule, from };
}
