/**
 * chrono-node (a natural-language date parser) behind the interface of the
 * project's own written-date parser (`src/intake/parse-date.ts`), to measure
 * one against the other: `intake-eval.ts --date-parsers` reads every page of
 * the tuned sets with each, and runs both over a table of real header
 * strings.
 *
 * Only full dates count, as with the project's parser: year, month and day
 * all given by the text (chrono's `isCertain`), never completed from today;
 * a two-digit year only where asked (`shortYear`). The page's language picks
 * chrono's locale first (American English month first, other English day
 * first), then English, then every other locale chrono has, since a page's
 * language often goes undeclared.
 */
import * as chrono from 'chrono-node';
import type { DateOptions, FoundDate } from '../../src/intake/parse-date';

const LOCALES: Record<string, chrono.Chrono> = {
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

/** chrono's parsers to try for a page in `lang`, in order. */
function parsersFor(lang: string | undefined): chrono.Chrono[] {
  const code = lang?.toLowerCase().split(/[-_]/)[0];
  const english = !lang || /^en(?:[-_]us)?$/i.test(lang) ? chrono.en.strict : code === 'en' ? chrono.en.GB : chrono.en.strict;
  const own = code && LOCALES[code];
  return [...(own ? [own] : []), english, ...Object.values(LOCALES).filter((p) => p !== own)];
}

const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** Every full date chrono finds in `text`, in order of position (the first locale that finds any). */
export function chronoFindDates(text: string, options: DateOptions = {}): FoundDate[] {
  for (const parser of parsersFor(options.lang)) {
    const found: FoundDate[] = [];
    for (const r of parser.parse(text, REFERENCE)) {
      const s = r.start;
      if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) continue;
      if (!options.shortYear && !/\d{4}/.test(r.text)) continue;
      const [y, m, d] = [s.get('year')!, s.get('month')!, s.get('day')!];
      found.push({ iso: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, index: r.index, length: r.text.length });
    }
    if (found.length) return found.sort((a, b) => a.index - b.index);
  }
  return [];
}

export function chronoFindDate(text: string, options: DateOptions = {}): FoundDate | undefined {
  return chronoFindDates(text, options)[0];
}
