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
  outlet?: string;
  lang?: string;
}

const FENCE = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

const KEYS = {
  title: ['title', 'post_title', 'headline', 'name'],
  authors: ['authors', 'author', 'byline', 'post_author', 'creator', 'by'],
  published: ['date', 'post_date', 'published', 'date_published', 'published_at', 'pubdate', 'publishdate', 'created', 'post_date_gmt'],
  url: ['canonical_url', 'canonical', 'permalink', 'url', 'link', 'original_url', 'source_url'],
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

function pick(data: Record<string, unknown>, keys: readonly string[]): unknown {
  const lower = new Map(Object.entries(data).map(([k, v]) => [k.toLowerCase(), v]));
  for (const key of keys) {
    const v = lower.get(key);
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
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
  const url = asText(pick(data, KEYS.url));
  return {
    title: asText(pick(data, KEYS.title)),
    authors: uniqueNames(names.flatMap(splitAuthors)),
    published: toIsoDate(asText(pick(data, KEYS.published))),
    url: url && /^https?:\/\//i.test(url) ? url : undefined,
    outlet: asText(pick(data, KEYS.outlet)),
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
  const blocks = dropElements(dropComments(markdown, ' '), ['script', 'style', 'noscript', 'template', 'svg', 'iframe'], ' ');
  return decodeEntities(replaceTags(blocks, inlineTagText, true)).replace(/\n{3,}/g, '\n\n');
}
