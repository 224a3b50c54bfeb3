/**
 * Metadata read from a page's DOM, each field from the most trusted place that
 * has it: JSON-LD, then OpenGraph / `article:*`, then other `<meta>` names
 * (author, byl, parsely-*, sailthru.*, dc.*), then `<time datetime>`. Must be
 * read before Readability runs: it removes the scripts that hold JSON-LD.
 */
import type { FieldOrigin } from './article';
import { splitAuthors, uniqueNames } from './authors';
import { readJsonLd } from './json-ld';
import { toIsoDate } from './iso-date';

export interface Found<T> {
  value: T;
  from: FieldOrigin;
}

export interface HtmlMetadata {
  title?: Found<string>;
  authors?: Found<string[]>;
  published?: Found<string>;
  siteName?: Found<string>;
  publisher?: Found<string>;
  url?: Found<string>;
  lang?: string;
}

// Dublin Core first, as Readability does: pages that set it mean it; og:title often carries the site's name.
const DC_TITLE = ['dc.title', 'dc:title', 'dcterm:title', 'dcterms.title'];
const OG_TITLE = ['og:title', 'twitter:title'];
const META_TITLE = ['parsely-title', 'sailthru.title', 'title', 'headline'];
const OG_DATE = ['article:published_time', 'og:published_time', 'og:article:published_time'];
const META_DATE = [
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'published-date',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'article.published',
  'original-publish-date',
  'displaydate',
  'timestamp',
  'date.release',
  'live_date',
];
const META_AUTHOR = [
  'dc.creator',
  'dc:creator',
  'dcterm:creator',
  'author',
  'byl',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'dcterms.creator',
  'article:author',
  'og:article:author',
  'cxenseparse:author',
];

/** Every `<meta>` value by lower-cased name/property/itemprop; the first one wins. */
function metaValues(doc: Document): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    const keys = [el.getAttribute('name'), el.getAttribute('property'), el.getAttribute('itemprop')];
    for (const key of keys.flatMap((k) => (k ? k.toLowerCase().split(/\s+/) : []))) {
      const list = values.get(key) ?? [];
      list.push(content);
      values.set(key, list);
    }
  }
  return values;
}

function first(values: Map<string, string[]>, names: string[]): string | undefined {
  for (const name of names) {
    const hit = values.get(name)?.[0];
    if (hit) return hit;
  }
  return undefined;
}

function metaAuthors(values: Map<string, string[]>): string[] {
  for (const name of META_AUTHOR) {
    const names = uniqueNames((values.get(name) ?? []).flatMap(splitAuthors));
    if (names.length) return names;
  }
  return [];
}

function timeElementDate(doc: Document): string | undefined {
  const el = doc.querySelector('article time[datetime], time[pubdate][datetime], [itemprop="datePublished"][datetime], time[datetime]');
  return toIsoDate(el?.getAttribute('datetime') ?? undefined);
}

export function readHtmlMetadata(doc: Document): HtmlMetadata {
  const blocks = Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).map((s) => s.textContent ?? '');
  const ld = readJsonLd(blocks, doc.title ?? '');
  const values = metaValues(doc);
  const meta: HtmlMetadata = {};
  const set = <K extends keyof Omit<HtmlMetadata, 'lang'>>(
    key: K,
    value: HtmlMetadata[K] extends Found<infer T> | undefined ? T | undefined : never,
    from: FieldOrigin,
  ) => {
    if (meta[key] || value === undefined || (Array.isArray(value) && !value.length)) return;
    (meta as Record<string, Found<unknown>>)[key] = { value, from };
  };
  set('title', ld?.headline, 'json-ld');
  set('title', first(values, DC_TITLE), 'meta');
  set('title', first(values, OG_TITLE), 'og');
  set('title', first(values, META_TITLE), 'meta');
  set('authors', ld?.authors ? uniqueNames(ld.authors.flatMap(splitAuthors)) : undefined, 'json-ld');
  set('authors', metaAuthors(values), 'meta');
  set('published', toIsoDate(ld?.datePublished), 'json-ld');
  set('published', toIsoDate(first(values, OG_DATE)), 'og');
  set('published', toIsoDate(first(values, META_DATE)), 'meta');
  set('published', timeElementDate(doc), 'time');
  set('siteName', first(values, ['og:site_name']), 'og');
  set('siteName', first(values, ['application-name', 'al:android:app_name']), 'meta');
  set('publisher', ld?.publisher, 'json-ld');
  set('publisher', first(values, ['publisher', 'dc.publisher', 'article:publisher', 'copyright']), 'meta');
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  set('url', absolute(canonical), 'meta');
  set('url', absolute(first(values, ['og:url'])), 'og');
  set('url', absolute(ld?.url), 'json-ld');
  meta.lang = doc.documentElement?.getAttribute('lang') ?? ld?.lang ?? first(values, ['og:locale', 'content-language']);
  return meta;
}

function absolute(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}
