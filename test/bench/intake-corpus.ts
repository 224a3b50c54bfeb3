/**
 * Scores article intake on Mozilla Readability's 130 real pages (vendored in
 * test/fixtures/corpus/readability): title, authors and date against each
 * page's `.meta.json`, and main text on snippets that must and must not
 * appear in it. The snippets come from the page's own markup, independent of
 * any extractor: paragraphs inside the page's marked article body
 * (`itemprop=articleBody`, a single `<article>`, `.entry-content`…) must
 * appear; text in `nav`, `footer`, `aside` and comment / related / share
 * blocks outside it must not.
 */
import { resolve } from 'node:path';
import { readabilityPageNames, readReadabilityMeta, readReadabilityPage } from '../../src/demo/corpus';

/**
 * The expected byline's names, split by the scorer's own frozen rule (the
 * reader's splitter as it was at 279aa05), so that changing the reader never
 * changes what it is scored against.
 */
export function expectedNames(raw: string | undefined | null): string[] {
  if (!raw) return [];
  // Only the byline's first line, up to a date or time: several expected bylines run on into "March 11, 2015 3:46 PM".
  const cleaned = raw
    .split('\n')[0]
    .replace(/\s*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}.*$|\s*\d{1,2}:\d{2}.*$/i, '')
    .replace(/\s+/g, ' ')
    .replace(/^\s*(?:written |posted |reported )?by[:\s]+/i, '')
    .replace(/\s*[|•·—–]\s.*$/, '')
    .replace(/\b(?:updated|published|posted)\b.*$/i, '')
    .trim();
  if (!cleaned || /^https?:/i.test(cleaned) || cleaned.length > 200) return [];
  return cleaned
    .split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b)\s*/i)
    .map((n) =>
      n
        .replace(/^by\s+/i, '')
        .replace(/[.,:;]+$/, '')
        .trim(),
    )
    .filter(
      (n) =>
        n.length >= 3 &&
        /\p{L}/u.test(n) &&
        n.split(' ').length <= 6 &&
        !/^(?:staff|admin|editor|reporter|correspondent|contributor|news ?desk|associated press|reuters|afp|ap|updated|published|posted|and|with)$/i.test(n),
    )
    .map((n) => (/[a-z]/.test(n) ? n : n.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase())));
}

/** The same pages uncompressed, beside the checkout on the project's machines, for tools that read a folder. */
export const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/readability');

export interface CorpusPage {
  name: string;
  html: string;
  expected: { title?: string; byline?: string | null; publishedTime?: string | null; readerable?: boolean };
}

export function corpusPages(): CorpusPage[] {
  return readabilityPageNames().map((n) => ({ name: n.replace(/\.html$/, ''), html: readReadabilityPage(n), expected: readReadabilityMeta(n) }));
}

const norm = (t: string) =>
  t
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201C\u201D"']/g, '')
    .replace(/[\u2013\u2014-]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Equal, or equal once the expected title's trailing " | Site" / " - Site" is dropped (we drop it on purpose). */
export function sameTitle(got: string | undefined, want: string): boolean {
  if (!got) return false;
  const g = norm(got);
  const w = norm(want);
  return g === w || (w.startsWith(g) && /^\s*[|\-–—:·\[(]/.test(w.slice(g.length)) && g.length >= 10);
}

export function sameAuthors(got: string[], wantByline: string): boolean {
  const want = new Set(expectedNames(wantByline).map(norm));
  const have = new Set(got.map(norm));
  return want.size > 0 && want.size === have.size && [...want].every((n) => have.has(n));
}

/** Same calendar date as written (the page's own zone). */
export function sameDate(got: string | undefined, want: string): boolean {
  if (!got) return false;
  if (got.slice(0, 10) === want.slice(0, 10)) return true;
  // The same instant written in another zone ("…T01:18Z" and "…T17:18-08:00" the day before).
  const a = Date.parse(got);
  const b = Date.parse(want);
  return got.length > 10 && want.length > 10 && Math.abs(a - b) < 60_000;
}

const BODY = '[itemprop="articleBody"], .entry-content, .article-body, .story-body, .post-content, .article-content, #article-body';
const NOT_BODY = 'nav, footer, aside, [class*="comment"], [id*="comment"], [class*="related"], [class*="share"], [class*="newsletter"], [class*="promo"]';

const clean = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
const words = (t: string) => t.split(' ').filter(Boolean).length;

/** Must / must-not snippets for one page, or undefined when it marks no article body. */
export function snippetsFor(doc: Document): { must: string[]; mustNot: string[] } | undefined {
  const bodies = Array.from(doc.querySelectorAll(BODY));
  const articles = doc.querySelectorAll('article');
  const body = bodies.length === 1 ? bodies[0] : bodies.length === 0 && articles.length === 1 ? articles[0] : undefined;
  if (!body) return undefined;
  const must = Array.from(body.querySelectorAll('p'))
    .map((p) => clean(p.textContent))
    .filter((t) => words(t) >= 12)
    .filter((_t, i, all) => all.length <= 6 || i % Math.ceil(all.length / 6) === 0);
  const mustNot = Array.from(doc.querySelectorAll(NOT_BODY))
    .filter((el) => !body.contains(el) && !el.contains(body))
    .map((el) => clean(el.textContent))
    .filter((t) => words(t) >= 6 && words(t) <= 60)
    .slice(0, 6)
    .map((t) => t.split(' ').slice(0, 8).join(' '));
  return must.length ? { must: must.map((t) => t.split(' ').slice(0, 10).join(' ')), mustNot } : undefined;
}

export interface SnippetCounts {
  tp: number;
  fn: number;
  fp: number;
}

export function countSnippets(text: string, snippets: { must: string[]; mustNot: string[] }): SnippetCounts {
  const hay = norm(text);
  const has = (s: string) => hay.includes(norm(s));
  const tp = snippets.must.filter(has).length;
  return { tp, fn: snippets.must.length - tp, fp: snippets.mustNot.filter(has).length };
}

export function f1(c: SnippetCounts): number {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}
