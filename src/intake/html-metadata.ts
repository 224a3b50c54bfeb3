/**
 * What a page declares about itself in its markup: JSON-LD, OpenGraph /
 * `article:*`, other `<meta>` names (author, byl, parsely-*, sailthru.*,
 * dc.*), its addresses. Each field keeps every declared value with where it
 * came from; the field modules (`title.ts`, `byline.ts`,
 * `publication-date.ts`, `outlet.ts`) rank them with what the page shows.
 * Must be read before Readability runs: it removes the scripts that hold
 * JSON-LD.
 */
import type { FieldOrigin, Found } from './candidates';
import { splitAuthors, uniqueNames } from './authors';
import { readJsonLd } from './json-ld';
import { toIsoDate } from './iso-date';
import { namesDomain } from './outlet';
import { hostOf } from './outlets';

export type { Found };

export interface HtmlMetadata {
  /** Declared titles, most trusted first: JSON-LD headline, Dublin Core, og:title, twitter:title, other meta. */
  titles: Found<string>[];
  /** Declared authors per place, most trusted first. */
  authors: Found<string[]>[];
  /** Authors the JSON-LD names as organisations (the outlet, a desk): never a person. */
  organisationAuthors: string[];
  /** Declared publication dates (ISO), most trusted first; never a modified date. */
  dates: Found<string>[];
  /** The canonical address, where the page gives one. */
  url?: Found<string>;
  lang?: string;
  /** Every address the page gives for itself, most trusted first, relative ones resolved. */
  urls: Found<string>[];
  siteNames: Found<string>[];
  publishers: Found<string>[];
  /** The document's `<title>`. */
  documentTitle: string;
}

// Dublin Core first, as Readability does: pages that set it mean it; og:title often carries the site's name.
const DC_TITLE = ['dc.title', 'dc:title', 'dcterm:title', 'dcterms.title'];
const OG_TITLE = ['og:title', 'twitter:title'];
const META_TITLE = ['parsely-title', 'sailthru.title', 'title', 'headline', 'citation_title'];
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
  'citation_publication_date',
  'citation_date',
];
const META_AUTHOR = [
  'citation_author',
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

/** Author meta that holds one person a tag, as a library catalogue writes it: "Okafor, Chidi" is Chidi Okafor. */
const ONE_NAME_A_TAG = new Set(['citation_author', 'dc.creator', 'dc:creator', 'dcterm:creator', 'dcterms.creator']);
const FAMILY_COMMA_GIVEN =
  /^((?:(?:de|da|di|van|von|der|den|du|le|la|al|el|bin|ter)\s+)*\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?){0,2})$/u;
const POST_NOMINAL = /^(?:\p{Lu}{2,6}|Ph\.?\s?D|Jr|Sr|Esq)\.?$/u;

/**
 * One person's name written family name first, "Okafor, Chidi" or "van Dam, Tijs" → "Chidi Okafor", "Tijs van
 * Dam"; a name with letters after it ("Jane Doe, PhD"), two names or anything else is left as written.
 */
export function givenNameFirst(value: string): string {
  const m = value.trim().match(FAMILY_COMMA_GIVEN);
  if (!m || (POST_NOMINAL.test(m[2]) && m[1] !== m[1].toUpperCase())) return value;
  return `${m[2]} ${m[1]}`;
}

const PAGE_ITEM = /Article|BlogPosting|NewsArticle|Report|WebPage/i;

/**
 * Whether a `<meta itemprop>` speaks for the page: outside any item, or in the
 * page's own article item (the outermost one). In another item (a video in a
 * list, a related story) it is that item's: a list of other stories'
 * `datePublished` is no date of this one.
 */
export function speaksForPage(el: Element): boolean {
  const scope = el.parentElement?.closest('[itemscope]');
  if (!scope || /^(?:HTML|HEAD|BODY)$/i.test(scope.tagName)) return true;
  const outer = scope.parentElement?.closest('[itemscope]');
  return PAGE_ITEM.test(scope.getAttribute('itemtype') ?? '') && (!outer || /^(?:HTML|BODY)$/i.test(outer.tagName));
}

/** Every `<meta>` value by lower-cased name/property/itemprop (the page's own items only); the first one wins. */
function metaValues(doc: Document): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    const itemprop = el.getAttribute('itemprop');
    const keys = [el.getAttribute('name'), el.getAttribute('property'), itemprop && speaksForPage(el) ? itemprop : null];
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

/** Resolves `href` against the page's address; undefined when it cannot be made absolute http(s). */
export function resolveUrl(href: string | undefined | null, base: string | undefined): string | undefined {
  const h = href?.trim();
  if (!h) return undefined;
  try {
    const url = new URL(h, base && /^https?:/i.test(base) ? base : undefined);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const FEED_TYPE = /^application\/(?:rss|atom)\+xml$/i;
const COMMENTS_FEED = /comment|kommentar|commentaire|comentario|commento|コメント|评论|評論|댓글/i;
const FEED_WORDS = /(?:\s*[-–—|»:]\s*)?\b(?:rss(?:\s*2\.0)?|atom|feed)\b\s*$/i;

/**
 * The site's name as its feed link gives it (`<link rel="alternate"
 * type="application/rss+xml" title="Packet Tide - Atom">`, WordPress's "Site »
 * Feed"): feed words dropped, the part before a separator, and only where it
 * names the page's host (a blog's own subdomain, `packettide.blogspot.com`).
 * A comments feed is not the site.
 */
function feedName(doc: Document, urls: Found<string>[]): string | undefined {
  const hosts = urls.map((u) => hostOf(u.value)).filter((h): h is string => !!h);
  if (!hosts.length) return undefined;
  for (const link of Array.from(doc.querySelectorAll('link[rel~="alternate"][title]'))) {
    const title = (link.getAttribute('title') ?? '').replace(/\s+/g, ' ').trim();
    if (!FEED_TYPE.test(link.getAttribute('type') ?? '') || !title || COMMENTS_FEED.test(title)) continue;
    const name = title
      .replace(FEED_WORDS, '')
      .replace(FEED_WORDS, '')
      .split(/\s+[-–—|»:]\s+/)[0]
      .trim();
    const compact = name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/[^a-z0-9]/g, '');
    if (name && hosts.some((h) => namesDomain(name, h) || (compact.length >= 4 && h.replace(/[^a-z0-9]/g, '').includes(compact)))) return name;
  }
  return undefined;
}

export function readHtmlMetadata(doc: Document, pageUrl?: string): HtmlMetadata {
  const blocks = Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).map((s) => s.textContent ?? '');
  const ld = readJsonLd(blocks, doc.title ?? '');
  const values = metaValues(doc);
  const meta: HtmlMetadata = {
    titles: [],
    authors: [],
    organisationAuthors: ld?.organisationAuthors ?? [],
    dates: [],
    urls: [],
    siteNames: [],
    publishers: [],
    documentTitle: (doc.title ?? '').replace(/\s+/g, ' ').trim(),
  };
  const add = <T>(list: Found<T>[], value: T | undefined, from: FieldOrigin, rule: string) => {
    if (value !== undefined && value !== '' && (!Array.isArray(value) || value.length)) list.push({ value, from, rule });
  };
  add(meta.titles, ld?.headline, 'json-ld', 'JSON-LD headline');
  for (const name of DC_TITLE) add(meta.titles, first(values, [name]), 'meta', name);
  for (const name of OG_TITLE) add(meta.titles, first(values, [name]), 'og', name);
  for (const name of META_TITLE) add(meta.titles, first(values, [name]), 'meta', `meta ${name}`);
  add(meta.authors, ld?.authors ? uniqueNames(ld.authors.flatMap((a) => splitAuthors(a))) : undefined, 'json-ld', 'JSON-LD author');
  for (const name of META_AUTHOR)
    add(
      meta.authors,
      uniqueNames((values.get(name) ?? []).flatMap((a) => splitAuthors(ONE_NAME_A_TAG.has(name) ? givenNameFirst(a) : a))),
      'meta',
      `meta ${name}`,
    );
  add(meta.dates, toIsoDate(ld?.datePublished), 'json-ld', 'JSON-LD datePublished');
  for (const name of OG_DATE) add(meta.dates, toIsoDate(first(values, [name])), 'og', name);
  for (const name of META_DATE) add(meta.dates, toIsoDate(first(values, [name])), 'meta', `meta ${name}`);
  // Relative addresses resolve against the page's own address, <base href>, or og:url.
  const ogUrl = resolveUrl(first(values, ['og:url']), pageUrl);
  const base = resolveUrl(doc.querySelector('base[href]')?.getAttribute('href'), pageUrl) ?? pageUrl ?? ogUrl;
  const canonical = resolveUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), base);
  const ldUrl = resolveUrl(ld?.url, base);
  meta.url = canonical ? { value: canonical, from: 'meta' } : ogUrl ? { value: ogUrl, from: 'og' } : ldUrl ? { value: ldUrl, from: 'json-ld' } : undefined;
  if (pageUrl) meta.urls.push({ value: pageUrl, from: 'url', rule: 'page address' });
  if (canonical) meta.urls.push({ value: canonical, from: 'meta', rule: 'canonical link' });
  if (ogUrl) meta.urls.push({ value: ogUrl, from: 'og', rule: 'og:url' });
  if (ldUrl) meta.urls.push({ value: ldUrl, from: 'json-ld', rule: 'JSON-LD url' });
  for (const [name, from] of [
    ['og:site_name', 'og'],
    ['application-name', 'meta'],
    ['al:android:app_name', 'meta'],
  ] as const) {
    const value = first(values, [name]);
    if (value) meta.siteNames.push({ value, from, rule: name });
  }
  const feed = feedName(doc, meta.urls);
  if (feed) meta.siteNames.push({ value: feed, from: 'meta', rule: 'feed title' });
  if (ld?.publisher) meta.publishers.push({ value: ld.publisher, from: 'json-ld', rule: 'JSON-LD publisher' });
  for (const name of ['publisher', 'dc.publisher', 'article:publisher', 'copyright']) {
    const value = first(values, [name]);
    if (value) meta.publishers.push({ value, from: 'meta', rule: `meta ${name}` });
  }
  meta.lang = doc.documentElement?.getAttribute('lang') ?? ld?.lang ?? first(values, ['og:locale', 'content-language']);
  return meta;
}
