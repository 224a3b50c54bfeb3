/**
 * Finds a calendar date written in prose or a byline and returns it as ISO
 * `YYYY-MM-DD`. Understands "SEPT. 19, 2015", "September 21, 2015",
 * "Tuesday, 22 September 2015", "21 Sept 2015", "2015-09-21", and (with a year
 * given from elsewhere) "Sept. 20". Returns undefined when there is no date or
 * the date does not exist (Feb. 30).
 */
import { monthNumber } from '../text/lexicon';

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})\\b(?!,?\\s+\\d{4})`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/;

export interface FoundDate {
  iso: string;
  /** Where the date starts in the text, and its length. */
  index: number;
  length: number;
}

function iso(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const month = (name: string) => monthNumber(name) ?? 0;

/** The first full date (with a year) in `text`. */
export function findDate(text: string): FoundDate | undefined {
  const found: FoundDate[] = [];
  let m = text.match(MONTH_DAY_YEAR);
  if (m) {
    const value = iso(+m[3], month(m[1]), +m[2]);
    if (value) found.push({ iso: value, index: m.index!, length: m[0].length });
  }
  m = text.match(DAY_MONTH_YEAR);
  if (m) {
    const value = iso(+m[3], month(m[2]), +m[1]);
    if (value) found.push({ iso: value, index: m.index!, length: m[0].length });
  }
  m = text.match(ISO);
  if (m) {
    const value = iso(+m[1], +m[2], +m[3]);
    if (value) found.push({ iso: value, index: m.index!, length: m[0].length });
  }
  found.sort((a, b) => a.index - b.index);
  return found[0];
}

/** A month and day without a year ("Sept. 20"), completed with `year`. */
export function findMonthDay(text: string, year: number): FoundDate | undefined {
  const m = text.match(MONTH_DAY);
  if (!m) return undefined;
  const value = iso(year, month(m[1]), +m[2]);
  return value ? { iso: value, index: m.index!, length: m[0].length } : undefined;
}
