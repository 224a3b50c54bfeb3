/**
 * Date-parsing libraries behind the interface of the project's own
 * written-date parser (`src/intake/parse-date.ts`), to measure them against
 * it: `intake-eval.ts --date-parsers` reads every page of the tuned sets with
 * each, and runs each over a table of real header strings.
 *
 * Only full dates count, as with the project's parser: year, month and day
 * all given by the text, never completed from today (a 4-digit year in the
 * match, or a two-digit one only where asked, `shortYear`).
 *
 * - chrono-node 2.10.3 (`chrono.<locale>.strict`): the page's language's
 *   locale first (American English month first, other English day first),
 *   then English, then every other locale it has; it gives each date's place
 *   in the line.
 * - any-date-parser 2.2.4 (`parser.attempt(text, locale)`): the page's
 *   language, else English; it reads a whole line and gives no place, so a
 *   date it finds is taken to span the line (an "Updated" before it is not
 *   seen).
 */
import anyDateParser from 'any-date-parser';
import * as chrono from 'chrono-node';
import type { DateOptions, FoundDate } from '../../src/intake/parse-date';

const CHRONO_LOCALES: Record<string, chrono.Chrono> = {
  de: chrono.de.strict,
  fr: chrono.fr.strict,
  es: chrono.es.strict,
  it: chrono.it.strict,
  pt: chrono.pt.strict,
  nl: chrono.nl.strict,
  ru: chrono.ru.strict,
  uk: chrono.uk.strict,
  ja: chrono.ja.strict,
  zh: chrono.zh.strict,
};

const americanOrUnknown = (lang: string | undefined) => !lang || /^en(?:[-_]us)?$/i.test(lang);

/** chrono's parsers to try for a page in `lang`, in order. */
function chronoParsersFor(lang: string | undefined): chrono.Chrono[] {
  const code = lang?.toLowerCase().split(/[-_]/)[0];
  const english = code === 'en' && !americanOrUnknown(lang) ? chrono.en.GB : chrono.en.strict;
  const own = code && CHRONO_LOCALES[code];
  return [...(own ? [own] : []), english, ...Object.values(CHRONO_LOCALES).filter((p) => p !== own)];
}

const REFERENCE = new Date(Date.UTC(2000, 0, 1));
const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` when the day exists. */
function realDay(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

/** Every full date chrono finds in `text`, in order of position (the first locale that finds any). */
export function chronoFindDates(text: string, options: DateOptions = {}): FoundDate[] {
  for (const parser of chronoParsersFor(options.lang)) {
    const found: FoundDate[] = [];
    for (const r of parser.parse(text, REFERENCE)) {
      const s = r.start;
      if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) continue;
      if (!options.shortYear && !/\d{4}/.test(r.text)) continue;
      const iso = realDay(s.get('year')!, s.get('month')!, s.get('day')!);
      if (iso) found.push({ iso, index: r.index, length: r.text.length });
    }
    if (found.length) return found.sort((a, b) => a.index - b.index);
  }
  return [];
}

export function chronoFindDate(text: string, options: DateOptions = {}): FoundDate | undefined {
  return chronoFindDates(text, options)[0];
}

/** The full date any-date-parser reads in `text`, spanning the text (it gives no place). */
export function anyDateParserFindDate(text: string, options: DateOptions = {}): FoundDate | undefined {
  if (!options.shortYear && !/\d{4}/.test(text)) return undefined;
  for (const locale of [...(options.lang ? [options.lang] : []), americanOrUnknown(options.lang) ? 'en-US' : 'en-GB']) {
    let parts: { year?: number; month?: number; day?: number } | undefined;
    try {
      parts = anyDateParser.attempt(text, locale);
    } catch {
      parts = undefined;
    }
    if (!parts?.year || !parts.month || !parts.day) continue;
    const iso = realDay(parts.year, parts.month, parts.day);
    if (iso) return { iso, index: 0, length: text.length };
  }
  return undefined;
}

export function anyDateParserFindDates(text: string, options: DateOptions = {}): FoundDate[] {
  const found = anyDateParserFindDate(text, options);
  return found ? [found] : [];
}
