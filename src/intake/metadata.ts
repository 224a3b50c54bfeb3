/**
 * Reads an article's metadata from its own text: headline, byline, outlet,
 * publication date and dateline. Every field is optional; where the text does
 * not say, the field stays undefined (the editorial file may complete it).
 *
 * Also reports which lines it used up (headline, byline, date line, site
 * header) so they stay out of the body, and the length of the dateline prefix
 * ("WASHINGTON, Sept. 20 (PNA/PTI) -- ") to cut from the first paragraph.
 */
import type { Line } from './lines';
import { findDate, findMonthDay } from './parse-date';
import { chromeReason } from './strip-chrome';
import { countWords } from '../text/words';

export interface Metadata {
  title?: string;
  byline?: string;
  outlet?: string;
  published?: string;
  dateline?: string;
  /** Indices into the lines given of lines that are metadata, not body. */
  consumed: Set<number>;
  /** The first prose line starts with a dateline of this many characters. */
  datelineCut?: { line: number; length: number };
}

const TERMINAL = /[.!?。！？｡．]["')\]」』）”’]*$/;
const BYLINE = /^by\s+(.+)$/i;
const DATELINE = /^([A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]*){0,3})(?:,\s*([A-Z][a-z]{2,8}\.?\s+\d{1,2}))?(?:\s*\(([^)]{2,40})\))?\s*(?:-{1,3}|:)\s+(?=["A-Z])/;
// Print-edition notes name the paper only by its edition.
const EDITIONS: [RegExp, string][] = [
  [/\bNew York edition\b/i, 'The New York Times'],
  [/\bInternational (New York Times|edition)\b/i, 'The New York Times'],
];
const PRINT = /^a version of this article appears in print\b/i;
const FEED = /^from\s+(.{1,80}?)\s+https?:\/\/\S+$/i;
const COPYRIGHT = /^(?:©|\(c\)|copyright)\s*(\d{4})\b\s*(.*)$/i;
/**
 * A Chinese reporter credit opening the text, after an agency's dateline or
 * none: "新华社北京3月5日电（记者王磊、李娜）", "本报讯（记者 张三）",
 * "〔記者林美君／台北報導〕". The names are its byline.
 */
const CJK_CREDIT =
  /^(?:[^。！？.!?（(]{0,20}?(?:电|電|讯|訊|消息))?\s*[（(〔【［\[]\s*(?:本报|本報|特约|特約|见习|見習)?(?:记者|記者)(?![会會])\s*([^）)〕】］\]]{2,40}?)\s*[）)〕】］\]]/u;

/** The names of a Chinese reporter credit: its place and "report" ("／台北報導") and its correspondents left out. */
export function cjkCredit(text: string): string | undefined {
  const m = text.match(CJK_CREDIT);
  if (!m) return undefined;
  const names = m[1]
    .replace(/\s*(?:通讯员|通訊員|实习生|實習生).*$/u, '')
    .replace(/\s*[／/]\s*[^／/、，,]{1,8}(?:报道|報導|報道|电|電)$/u, '')
    .replace(/(?<=\p{sc=Han})\s+(?=\p{sc=Han})/gu, '、')
    .trim();
  return names || undefined;
}

/**
 * A Japanese reporter credit closing the text: a line of its own "（北村理沙記者）", or the reporters in 【】 ending the
 * last paragraph ("…と述べた。【山田花子、佐々木誠】"). Names of two to five Han characters, parted by "、" or "・".
 */
const CLOSING_NAMES = String.raw`\p{sc=Han}{2,5}(?:[、・]\p{sc=Han}{2,5})*`;
const CLOSING_LINE = new RegExp(String.raw`^[（(](${CLOSING_NAMES})\s*記者[）)]$`, 'u');
const CLOSING_BRACKETS = new RegExp(String.raw`[。」）)]\s*【(${CLOSING_NAMES})】$`, 'u');

/** The names of a Japanese reporter credit closing the text, and whether the credit is a line of its own. */
export function closingCredit(text: string): { names: string; ownLine: boolean } | undefined {
  const line = text.match(CLOSING_LINE);
  if (line) return { names: line[1], ownLine: true };
  const brackets = text.match(CLOSING_BRACKETS);
  return brackets ? { names: brackets[1], ownLine: false } : undefined;
}

const words = countWords;

/** A paragraph of prose rather than a label: a long line or a sentence. */
export function isProse(text: string): boolean {
  const n = words(text);
  return n >= 20 || (n >= 6 && TERMINAL.test(text));
}

/** "DAVID E. SANGER" → "David E. Sanger"; mixed-case names are kept as written. */
export function nameCase(name: string): string {
  if (/[a-z]/.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase());
}

/** Parses "By DAVID E. SANGER SEPT. 19, 2015" or "By Liu Xin (People's Daily Online) 22:51, September 21, 2015". */
export function parseByline(text: string): { byline?: string; outlet?: string; published?: string } | undefined {
  const m = text.match(BYLINE);
  if (!m) return undefined;
  let rest = m[1];
  const date = findDate(rest);
  const published = date?.iso;
  if (date) rest = rest.slice(0, date.index);
  let outlet: string | undefined;
  rest = rest.replace(/\(([^)]+)\)/, (_w, inner: string) => {
    outlet = inner.trim();
    return ' ';
  });
  // Times and separators between the name and the date.
  const name = rest
    .replace(/\b\d{1,2}:\d{2}\b/g, ' ')
    .replace(/[\s,|·-]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const byline = name && words(name) <= 8 ? nameCase(name) : undefined;
  return { byline, outlet, published };
}

/** A line that is only a date, perhaps with its weekday: "Tuesday, 22 September 2015". */
function isDateLine(text: string): string | undefined {
  const date = findDate(text);
  if (!date) return undefined;
  const rest = (text.slice(0, date.index) + ' ' + text.slice(date.index + date.length))
    .replace(/\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}:\d{2}\b|[,|·-]/gi, ' ')
    .trim();
  return words(rest) <= 1 ? date.iso : undefined;
}

export function readMetadata(lines: Line[]): Metadata {
  const meta: Metadata = { consumed: new Set() };
  const firstProse = lines.findIndex((l) => isProse(l.text) && !chromeReason(l.text) && !BYLINE.test(l.text));
  const top = firstProse < 0 ? lines.length : firstProse;
  const outlets: { byline?: string; print?: string; agency?: string; header?: string; copyright?: string; feed?: string } = {};
  let looseDate: string | undefined;
  let year: number | undefined;
  const titles: number[] = [];

  lines.forEach((line, i) => {
    const t = line.text;
    if (i < top) {
      const by = parseByline(t);
      if (by && meta.byline === undefined && (by.byline || by.published)) {
        meta.byline = by.byline;
        outlets.byline = by.outlet;
        meta.published ??= by.published;
        meta.consumed.add(i);
        return;
      }
      const dateOnly = isDateLine(t);
      if (dateOnly) {
        looseDate ??= dateOnly;
        meta.consumed.add(i);
        return;
      }
      if (i === 0 && / \| /.test(t) && !TERMINAL.test(t) && !chromeReason(t)) {
        outlets.header = t.split(' | ')[0].trim();
        meta.consumed.add(i);
        return;
      }
      if (chromeReason(t)) {
        // A share-button line often carries the page's date.
        looseDate ??= findDate(t)?.iso;
        return;
      }
      if (words(t) >= 2 && words(t) <= 30) titles.push(i);
      return;
    }
    if (PRINT.test(t)) {
      outlets.print = EDITIONS.find(([re]) => re.test(t))?.[1];
      return;
    }
    const feed = t.match(FEED);
    if (feed) outlets.feed = feed[1].trim();
    const copyright = t.match(COPYRIGHT);
    if (copyright) {
      year = +copyright[1];
      if (copyright[2] && words(copyright[2]) <= 6) outlets.copyright = copyright[2].replace(/[.,]$/, '').trim() || undefined;
    }
  });

  // A markdown heading is the headline; otherwise the first label-like line above the prose.
  const title = titles.find((i) => lines[i].heading) ?? titles[0];
  if (title !== undefined) {
    meta.title = lines[title].text;
    meta.consumed.add(title);
  }

  if (firstProse >= 0) {
    meta.byline ??= cjkCredit(lines[firstProse].text);
    // The last line of the text (a credit line of its own) or the last paragraph (the credit ending it).
    for (let i = lines.length - 1; i > firstProse && i >= lines.length - 2 && meta.byline === undefined; i--) {
      const credit = closingCredit(lines[i].text);
      if (!credit) continue;
      meta.byline = credit.names;
      if (credit.ownLine) meta.consumed.add(i);
    }
    const m = lines[firstProse].text.match(DATELINE);
    if (m) {
      meta.dateline = m[1];
      meta.datelineCut = { line: firstProse, length: m[0].length };
      if (m[3]) outlets.agency = m[3].trim();
      if (m[2] && !meta.published) {
        year ??= yearNear(lines);
        if (year) meta.published = findMonthDay(m[2], year)?.iso;
      }
    }
  }
  meta.published ??= looseDate;
  meta.outlet = outlets.byline ?? outlets.print ?? outlets.agency ?? outlets.header ?? outlets.copyright ?? outlets.feed;
  return meta;
}

/** A year the page states outside the body (copyright line, any full date), for a dateline without one. */
function yearNear(lines: Line[]): number | undefined {
  for (const line of lines) {
    const c = line.text.match(COPYRIGHT);
    if (c) return +c[1];
  }
  for (const line of lines) {
    const d = findDate(line.text);
    if (d) return +d.iso.slice(0, 4);
  }
  return undefined;
}
