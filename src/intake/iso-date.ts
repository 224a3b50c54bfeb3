/**
 * Dates as pages write them → ISO. A machine date keeps its time and zone as
 * written ("2015-09-19T10:02:03-04:00"), so its calendar date is the one the
 * outlet printed; a written date ("Sept. 19, 2015") gives the day alone.
 */
import { findDate } from './parse-date';

const MACHINE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i;

/** `YYYY-MM-DD` when that day exists in the calendar. */
function realDay(day: string): string | undefined {
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day ? day : undefined;
}

export function toIsoDate(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const m = text.match(MACHINE);
  // A machine date of a day that does not exist ("2014-00-29") says nothing.
  if (m && !realDay(m[1])) return undefined;
  if (m) {
    if (!m[2]) return m[1];
    const zone = m[3] ? (m[3].toUpperCase() === 'Z' ? 'Z' : m[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${m[1]}T${m[2].length === 5 ? m[2] + ':00' : m[2]}${zone}`;
  }
  const compact = text.match(/^(\d{4})(\d{2})(\d{2})(?:\b|T)/);
  if (compact) return realDay(`${compact[1]}-${compact[2]}-${compact[3]}`);
  const written = findDate(text);
  if (written) return written.iso;
  // RFC 2822 and other forms Date understands ("Tue, 22 Sep 2015 14:00:00 GMT").
  if (/\d{4}/.test(text) && /[a-z]{3}/i.test(text)) {
    const parsed = new Date(text);
    if (!Number.isNaN(parsed.getTime())) return parsed.toISOString().replace('.000Z', 'Z');
  }
  return undefined;
}

/** The calendar day of an ISO date or date-time: `YYYY-MM-DD`. */
export function calendarDay(iso: string): string {
  return iso.slice(0, 10);
}
