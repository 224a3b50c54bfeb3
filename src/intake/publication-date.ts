/**
 * The publication date a reader sees (never the "updated" one), from a ranked
 * list of rules (see `candidates.ts`):
 *
 * 1. editorial: the editorial file's date;
 * 2. front matter: a Markdown file's `date`;
 * 3. declared: JSON-LD `datePublished`, then `article:published_time` and the
 *    other date `<meta>` names;
 * 4. `itemprop=datePublished` on any element;
 * 5. a `datetime` (or date `data-*`) attribute on any element of the header,
 *    not one marked or labelled as an update;
 * 6. date text written in the header ("December 12, 2016 7:00 AM",
 *    "1 June 2019 at 08:34 PM EDT", "2019/02/22", "2019年2月27日",
 *    "19.07.2022", "Publié le 15 mars 2023"), not after "Updated";
 * 7. the address's date path (`/2016/12/15/`, `/2016-12-15`);
 * 8. Readability's date;
 * 9. the text: a date line or byline date above the first paragraph.
 *
 * Values keep the page's time and zone where it gives them (`iso-date.ts`).
 */
import { candidate, choose, type Candidate, type Choice, type Found } from './candidates';
import { toIsoDate } from './iso-date';
import type { PageHeader } from './page-header';
import { findDate } from './parse-date';

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
const UPDATED_LABEL = /(?:updated|last updated|modified|aktualisiert|mis à jour|modifié le|actualizado|aggiornato|更新|수정)\s*[:：]?\s*$/i;
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

export function choosePublicationDate(evidence: DateEvidence): Choice<string> {
  const ranked: (Candidate<string> | undefined)[] = [
    candidate(evidence.editorial, 'editorial file', 'editorial'),
    candidate(plausible(toIsoDate(evidence.frontMatter)), 'front matter date', 'front matter'),
    ...evidence.declared.map((d) => candidate(plausible(d.value), d.rule ?? 'declared date', d.from)),
  ];
  const header = evidence.header;
  if (header) {
    const itemprop = header.dated.find((d) => /datePublished/.test(d.el.getAttribute('itemprop') ?? ''));
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
    const attributed = header.dated
      .filter((d) => d.inHeader && !isUpdate(d.el))
      .sort(
        (a, b) => Number(a.at < header.headingAt) - Number(b.at < header.headingAt) || Math.abs(a.at - header.headingAt) - Math.abs(b.at - header.headingAt),
      );
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
    // Under the heading first, nearest first; above it (a kicker, a sidebar) after.
    const byNearness = [...header.lines].sort(
      (a, b) => Number(a.at < header.headingAt) - Number(b.at < header.headingAt) || Math.abs(a.at - header.headingAt) - Math.abs(b.at - header.headingAt),
    );
    for (const line of byNearness) {
      const found = findDate(line.text, { lang: evidence.lang, shortYear: line.text.length <= 40 });
      if (!found || !plausible(found.iso)) continue;
      if (UPDATED_LABEL.test(line.text.slice(0, found.index)) || isUpdate(line.el)) continue;
      ranked.push(candidate(found.iso, 'date written in the header', 'header'));
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
  return choose(ranked);
}
