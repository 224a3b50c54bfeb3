/**
 * Markdown articles with YAML front matter, as static-site generators and
 * WordPress exporters write them: the metadata keys they use, and a body whose
 * inline HTML is undone so no markup ("span class") reaches the text.
 */
import { parse as parseYaml } from 'yaml';
import { jsonLdNames } from './json-ld';
import { splitAuthors, uniqueNames } from './authors';
import { toIsoDate } from './iso-date';
import { decodeEntities } from './html-to-text';
import { dropComments, dropElements, replaceTags } from './scan-html';

export interface FrontMatter {
  title?: string;
  authors: string[];
  published?: string;
  url?: string;
  /** The front matter key the address came from. */
  urlKey?: string;
  /** A repost's original address (`original_link`, `original_url`, `source_url`). */
  originalUrl?: string;
  outlet?: string;
  lang?: string;
}

const FENCE = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

const KEYS = {
  title: ['title', 'post_title', 'headline', 'name'],
  authors: ['authors', 'author', 'byline', 'post_author', 'creator', 'by'],
  published: ['date', 'post_date', 'published', 'date_published', 'published_at', 'pubdate', 'publishdate', 'created', 'post_date_gmt'],
  url: ['canonical_url', 'canonical', 'permalink', 'url', 'link'],
  originalUrl: ['original_link', 'original_url', 'originallink', 'source_url', 'source_link', 'via'],
  base: ['base_url', 'baseurl', 'site_url', 'siteurl', 'site', 'host'],
  outlet: ['source', 'publisher', 'outlet', 'site', 'site_name', 'publication', 'source_name'],
  lang: ['lang', 'language', 'locale'],
} as const;

/** Splits front matter from the body; `problem` says why front matter could not be read (the body is still given). */
export function splitFrontMatter(text: string): { data?: Record<string, unknown>; body: string; problem?: string } {
  const m = text.match(FENCE);
  if (!m) return { body: text };
  const body = text.slice(m[0].length);
  try {
    const data: unknown = parseYaml(m[1]);
    if (data === null || data === undefined) return { body };
    if (typeof data !== 'object' || Array.isArray(data)) return { body, problem: 'the front matter is not a list of keys; its metadata is ignored' };
    return { data: data as Record<string, unknown>, body };
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    return { body, problem: `the front matter is not valid YAML (${reason}); its metadata is ignored` };
  }
}

function pickKey(data: Record<string, unknown>, keys: readonly string[]): [string, unknown] | undefined {
  const lower = new Map(Object.entries(data).map(([k, v]) => [k.toLowerCase(), v]));
  for (const key of keys) {
    const v = lower.get(key);
    if (v !== undefined && v !== null && v !== '') return [key, v];
  }
  return undefined;
}

const pick = (data: Record<string, unknown>, keys: readonly string[]): unknown => pickKey(data, keys)?.[1];

/** An absolute http(s) address, a relative one resolved against `base`, or undefined. */
function address(value: string | undefined, base: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base && /^https?:\/\//i.test(base) ? base : undefined);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function asText(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().replace('.000Z', 'Z').replace('T00:00:00Z', '');
  if (typeof value === 'string' || typeof value === 'number') return stripInlineHtml(String(value)).trim() || undefined;
  if (typeof value === 'object' && value) return asText((value as Record<string, unknown>).name ?? (value as Record<string, unknown>).display_name);
  return undefined;
}

export function readFrontMatter(data: Record<string, unknown>): FrontMatter {
  const rawAuthors = pick(data, KEYS.authors);
  const names = jsonLdNames(
    Array.isArray(rawAuthors)
      ? rawAuthors.map((a) => (typeof a === 'object' && a && 'display_name' in a ? (a as { display_name: unknown }).display_name : a))
      : rawAuthors,
  );
  const base = asText(pick(data, KEYS.base));
  const urlEntry = pickKey(data, KEYS.url);
  const url = address(asText(urlEntry?.[1]), base);
  const outlet = asText(pick(data, KEYS.outlet));
  return {
    title: asText(pick(data, KEYS.title)),
    authors: uniqueNames(names.flatMap((n) => splitAuthors(n))),
    published: toIsoDate(asText(pick(data, KEYS.published))),
    url,
    urlKey: url ? urlEntry?.[0] : undefined,
    originalUrl: address(asText(pick(data, KEYS.originalUrl)), undefined),
    // A `site` key holding an address is the site's address, not its name.
    outlet: outlet && /^https?:\/\//i.test(outlet) ? undefined : outlet,
    lang: asText(pick(data, KEYS.lang)),
  };
}

const BLOCK_TAG = /^<\/?(?:p|div|section|article|header|footer|aside|nav|main|li|ul|ol|tr|table|blockquote|figure|figcaption|hr|br|h[1-6])\b/i;

/** What an inline tag becomes: a heading its Markdown marks, a block tag a paragraph break, any other tag nothing; `<` not starting a tag stays. */
function inlineTagText(tag: string): string {
  const heading = /^<h([1-6])\b/i.exec(tag);
  if (heading) return '\n\n' + '#'.repeat(+heading[1]) + ' ';
  if (BLOCK_TAG.test(tag)) return '\n\n';
  return /^<\/?[a-z]/i.test(tag) ? '' : tag;
}

/** Markdown body with inline HTML → markdown text: block tags break paragraphs, other tags go, entities are decoded. Linear (see scan-html.ts). */
export function stripInlineHtml(markdown: string): string {
  // A comment or element never closed runs to the end, as a parser reads it.
  const blocks = dropElements(dropComments(markdown, ' ', true), ['script', 'style', 'noscript', 'template', 'svg', 'iframe'], ' ', undefined, true);
  return decodeEntities(replaceTags(blocks, inlineTagText, true)).replace(/\n{3,}/g, '\n\n');
}
