/**
 * The publication date a reader sees (never the "updated" one), from a ranked
 * list of rules (see `candidates.ts`):
 *
 * 1. editorial: the editorial file's date;
 * 2. front matter: a Markdown file's `date`;
 * 3. declared: JSON-LD `datePublished`, then `article:published_time` and the
 *    other date `<meta>` names;
 * 4. `itemprop=datePublished`: in the header, nearest the heading, else one
 *    of the page's own item;
 * 5. a `datetime` (or date `data-*`) attribute on any element of the header,
 *    not one marked or labelled as an update;
 * 6. date text written in the header ("December 12, 2016 7:00 AM",
 *    "1 June 2019 at 08:34 PM EDT", "2019/02/22", "2019年2月27日",
 *    "19.07.2022", "Publié le 15 mars 2023"), not after "Updated";
 * 7. the address's date path (`/2016/12/15/`, `/2016-12-15`);
 * 8. Readability's date;
 * 9. the text: a date line or byline date above the first paragraph;
 * 10. a `datetime` elsewhere on the page (below the article, in a sidebar).
 *
 * Then two checks on the winner: a UTC time gives way to the same time in the
 * page's own zone where another candidate gives it (the day the outlet
 * printed); and a declared date that disagrees with the day the header shows
 * gives way to the most trusted candidate of the shown day, when another
 * candidate or the address's month path backs that day, or — a declared UTC
 * time whose instant the header's day and clock time show in some zone — the
 * same instant in that zone.
 *
 * Values keep the page's time and zone where it gives them (`iso-date.ts`).
 * `<meta itemprop>` of another item (a list of other stories) is no
 * declaration of this page (`html-metadata.ts`).
 */
import { candidate, choose, type Candidate, type Choice, type Found } from './candidates';
import { calendarDay, toIsoDate } from './iso-date';
import type { PageHeader } from './page-header';
import { findDate } from './parse-date';
import { speaksForPage } from './html-metadata';

export interface DateEvidence {
  editorial?: string;
  frontMatter?: string;
  declared: Found<string>[];
  header?: PageHeader;
  urls: string[];
  readability?: string;
  textLine?: string;
  lang?: string;
}

const UPDATED = /updat|modif|aktualisiert|geändert|actualiz|aggiorn|更新|수정|изменен|обновлен/i;
const UPDATED_LABEL =
  /(?:updated|last updated|modified|aktualisiert|mis à jour|modifié le|actualizado|actualitzat|aggiornato|atualizado|bijgewerkt|oppdatert|opdateret|uppdaterad|päivitetty|uuendatud|atnaujinta|labots|frissítve|aktualizované|aktualizováno|zaktualizowano|zadnja izmjena|ažurirano|ажурирано|обновена|обновлено|оновлено|更新|수정)\s*[:：]?\s*$/i;
const LATEST_YEAR = new Date().getUTCFullYear() + 1;

/** A date worth believing: not before the web, not after next year. */
const plausible = (iso: string | undefined) => (iso && +iso.slice(0, 4) >= 1990 && +iso.slice(0, 4) <= LATEST_YEAR ? iso : undefined);

const markOf = (el: Element) =>
  `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('data-qa') ?? ''} ${el.getAttribute('data-testid') ?? ''}`;

/** Whether the element is an update time: marked so, or its text or the text just before it says "Updated". */
function isUpdate(el: Element): boolean {
  if (UPDATED.test(markOf(el)) && !/publish|posted|created/i.test(markOf(el))) return true;
  const own = (el.textContent ?? '').trim();
  if (/^(?:updated|last updated|modified|aktualisiert|mis à jour|更新日?)\b/i.test(own)) return true;
  const before = el.previousSibling?.textContent ?? el.parentElement?.previousSibling?.textContent ?? '';
  return UPDATED_LABEL.test(before.trim());
}

/** A `data-*` timestamp: seconds or milliseconds since 1970, or a date string. */
function dataDate(el: Element): string | undefined {
  for (const attr of ['data-published', 'data-publish-date', 'data-date', 'data-datetime', 'data-pubdate', 'data-created', 'data-timestamp', 'data-time']) {
    const v = el.getAttribute(attr)?.trim();
    if (!v) continue;
    if (/^\d{9,13}$/.test(v)) {
      const ms = v.length >= 12 ? +v : +v * 1000;
      return new Date(ms).toISOString().slice(0, 10);
    }
    const iso = toIsoDate(v);
    if (iso) return iso;
  }
  return undefined;
}

/** The date in an address's path: /2016/12/15/, /2016-12-15, /20161215/. */
export function urlDate(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/\-_.]|$)/.exec(path) ?? /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/.exec(path);
  return m ? toIsoDate(`${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`) : undefined;
}

/** Under the heading first, nearest first; above it (a kicker, a sidebar) after. */
const byNearness =
  (headingAt: number) =>
  (a: { at: number }, b: { at: number }): number =>
    Number(a.at < headingAt) - Number(b.at < headingAt) || Math.abs(a.at - headingAt) - Math.abs(b.at - headingAt);

export function choosePublicationDate(evidence: DateEvidence): Choice<string> {
  let shownClock: number | undefined;
  const ranked: (Candidate<string> | undefined)[] = [
    candidate(evidence.editorial, 'editorial file', 'editorial'),
    candidate(plausible(toIsoDate(evidence.frontMatter)), 'front matter date', 'front matter'),
    ...evidence.declared.map((d) => candidate(plausible(d.value), d.rule ?? 'declared date', d.from)),
  ];
  const header = evidence.header;
  if (header) {
    // The article's own itemprop=datePublished: in the header, nearest the heading; else one of the page's own item.
    const published = header.dated.filter((d) => /datePublished/.test(d.el.getAttribute('itemprop') ?? ''));
    const itemprop = published.filter((d) => d.inHeader).sort(byNearness(header.headingAt))[0] ?? published.find((d) => speaksForPage(d.el));
    if (itemprop) {
      const el = itemprop.el;
      ranked.push(
        candidate(
          plausible(toIsoDate(el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent ?? undefined)),
          'itemprop=datePublished',
          'header',
        ),
      );
    }
    const attributed = header.dated.filter((d) => d.inHeader && !isUpdate(d.el)).sort(byNearness(header.headingAt));
    const withDatetime = attributed.find((d) => plausible(toIsoDate(d.el.getAttribute('datetime') ?? undefined)));
    if (withDatetime)
      ranked.push(
        candidate(
          plausible(toIsoDate(withDatetime.el.getAttribute('datetime') ?? undefined)),
          `datetime of <${withDatetime.el.tagName.toLowerCase()}> in the header`,
          'header',
        ),
      );
    const withData = attributed.find((d) => plausible(dataDate(d.el)));
    if (withData) ranked.push(candidate(plausible(dataDate(withData.el)), 'data-* date in the header', 'header'));
    for (const line of [...header.lines].sort(byNearness(header.headingAt))) {
      const found = findDate(line.text, { lang: evidence.lang, shortYear: line.text.length <= 40 });
      if (!found || !plausible(found.iso)) continue;
      if (UPDATED_LABEL.test(line.text.slice(0, found.index)) || isUpdate(line.el)) continue;
      ranked.push(candidate(found.iso, SHOWN, 'header'));
      shownClock = clockAfter(line.text.slice(found.index));
      break;
    }
    // A published time elsewhere on the page (below the article, in a sidebar) comes after the address.
  }
  for (const url of evidence.urls) {
    const d = plausible(urlDate(url));
    if (d) {
      ranked.push(candidate(d, 'date path of the address', 'url'));
      break;
    }
  }
  ranked.push(candidate(plausible(toIsoDate(evidence.readability)), "Readability's date", 'readability'));
  ranked.push(candidate(plausible(evidence.textLine), 'date line of the text', 'text'));
  if (header) {
    const anywhere = header.dated.find((d) => !d.inHeader && !isUpdate(d.el) && plausible(toIsoDate(d.el.getAttribute('datetime') ?? undefined)));
    if (anywhere)
      ranked.push(
        candidate(
          plausible(toIsoDate(anywhere.el.getAttribute('datetime') ?? undefined)),
          `datetime of <${anywhere.el.tagName.toLowerCase()}> outside the header`,
          'time',
        ),
      );
  }
  return agreeWithShownDate(inPageZone(choose(ranked)), evidence.urls, shownClock);
}

const UTC = /T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]00:?00)$/;
const ZONED = /T\d{2}:\d{2}(?::\d{2})?[+-](?!00:?00)\d{2}:?\d{2}$/;

/**
 * A time given in UTC ("2017-02-24T01:18:13Z") and the same time in the page's
 * own zone ("2017-02-23T17:18:13-08:00"): the zone's is the day the outlet
 * printed, so it is taken.
 */
function inPageZone(choice: Choice<string>): Choice<string> {
  const winner = choice.candidates[0];
  if (!winner || !UTC.test(winner.value)) return choice;
  const instant = Date.parse(winner.value);
  const local = choice.candidates.find((c) => ZONED.test(c.value) && Date.parse(c.value) === instant);
  if (!local || calendarDay(local.value) === calendarDay(winner.value)) return choice;
  const rule = `${local.rule} (the time of ${winner.rule} in the page's zone)`;
  return { value: local.value, rule, from: local.from, candidates: [{ ...local, rule }, ...choice.candidates.filter((c) => c !== local)] };
}

const SHOWN = 'date written in the header';

/** The year and month of an address's path (`/2014/05/`), for a date that only a month path backs. */
function urlYearMonth(url: string): string | undefined {
  const m = /\/((?:19|20)\d{2})\/(\d{1,2})\//.exec(url.replace(/^https?:\/\/[^/]+/, ''));
  return m ? `${m[1]}-${m[2].padStart(2, '0')}` : undefined;
}

/** The clock time written right after a date ("| 11:38pm", "10:12 PM ET", "14:02"), in minutes after midnight. */
export function clockAfter(text: string): number | undefined {
  const m = /^.{0,40}?\b(\d{1,2})[:.](\d{2})\s*([ap])?\.?\s*(m\b\.?)?/i.exec(text);
  if (!m) return undefined;
  let hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (minutes > 59 || hours > 23 || (m[3] && (hours < 1 || hours > 12))) return undefined;
  if (m[3]) hours = (hours % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0);
  return hours * 60 + minutes;
}

/**
 * A declared UTC time written in the zone a header's day and clock time put it in: the zone's offset is the shown
 * time less the UTC one, a whole quarter of an hour from UTC−12 to UTC+14; else undefined.
 */
function inShownZone(value: string, day: string, clock: number | undefined): string | undefined {
  if (clock === undefined || !UTC.test(value)) return undefined;
  const instant = Date.parse(value);
  const minute = Math.floor(instant / 60_000) * 60_000;
  const offset = Math.round((Date.parse(`${day}T00:00:00Z`) + clock * 60_000 - minute) / 60_000);
  if (offset % 15 !== 0 || offset < -12 * 60 || offset > 14 * 60 || offset === 0) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${new Date(instant + offset * 60_000).toISOString().slice(0, 19)}${zone}`;
}

/**
 * The day a reader sees wins over a declared one that disagrees with it, when
 * something else backs it (another declared date, a `datetime`, the address's
 * date or month path): a page's `published_time` of another story or an old
 * template ("2009-09-02" over "On May 23, 2014"), a UTC time that falls on the
 * next day ("2014-12-19T04:38Z" over "December 18, 2014 | 11:38pm"). The most
 * trusted candidate of that day is taken, keeping its time where it has one.
 */
function agreeWithShownDate(choice: Choice<string>, urls: string[], shownClock?: number): Choice<string> {
  const winner = choice.candidates[0];
  const shown = choice.candidates.find((c) => c.rule === SHOWN);
  if (!winner || !shown || winner === shown || /^(?:editorial|front matter)$/.test(winner.from)) return choice;
  const day = calendarDay(shown.value);
  if (calendarDay(winner.value) === day) return choice;
  const backed = choice.candidates.some((c) => c !== shown && calendarDay(c.value) === day) || urls.some((u) => urlYearMonth(u) === day.slice(0, 7));
  if (!backed) {
    // The header's day and clock time are the declared UTC instant in some zone ("09/30/25 10:12 PM ET" for
    // 02:12 UTC on October 1): the same instant in that zone.
    const local = inShownZone(winner.value, day, shownClock);
    if (!local) return choice;
    const rule = `${winner.rule} (in the zone of the day and time the header shows)`;
    return { value: local, rule, from: winner.from, candidates: [{ ...winner, value: local, rule }, ...choice.candidates.filter((c) => c !== winner)] };
  }
  const pick = choice.candidates.find((c) => calendarDay(c.value) === day)!;
  const rule = `${pick.rule} (the day the header shows; ${winner.rule} says ${calendarDay(winner.value)})`;
  return { value: pick.value, rule, from: pick.from, candidates: [{ ...pick, rule }, ...choice.candidates.filter((c) => c !== pick)] };
}
