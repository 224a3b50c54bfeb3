/**
 * One intake for every kind of input: a saved HTML page, a live page's DOM (the
 * browser's "save this article"), Markdown with front matter, plain text. Each
 * reader gives metadata in order of trust with where each field came from, and
 * the main text in the line format the sentence pipeline reads.
 *
 * Platform-neutral: HTML is parsed by the `HtmlParser` the caller passes
 * (linkedom at build time, `DOMParser` in the browser).
 */
import { countWords } from '../text/words';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { Article, FieldOrigin, HtmlParser, Provenance, ReadResult } from './article';
import { joinAuthors, splitAuthors, uniqueNames } from './authors';
import { readFrontMatter, splitFrontMatter, stripInlineHtml } from './front-matter';
import { readHtmlMetadata } from './html-metadata';
import { htmlToText } from './html-to-text';
import { dropComments, dropElements } from './scan-html';
import { toIsoDate } from './iso-date';
import { chooseOutlet, cleanOutletName } from './outlets';

export type ArticleInput =
  | { kind: 'html'; html: string; parseHtml: HtmlParser; url?: string }
  | { kind: 'document'; document: Document; url?: string }
  | { kind: 'markdown'; text: string }
  | { kind: 'text'; text: string };

/** Less main text than this (characters, so that Chinese counts) on a page that does not look like an article: not one. */
const MIN_ARTICLE_CHARS = 700;

export function readArticle(input: ArticleInput): ReadResult {
  switch (input.kind) {
    case 'html':
      return readDocument(input.parseHtml(slimHtml(input.html)), { url: input.url, live: false });
    case 'document':
      return readDocument(input.document, { url: input.url, live: true });
    case 'markdown':
      return readMarkdown(input.text);
    case 'text':
      return { article: { authors: [], text: input.text }, provenance: { text: 'text' }, problems: [] };
  }
}

/**
 * Drops what no reader uses before the DOM is built: scripts (except JSON-LD),
 * styles, inline SVG and comments are most of a big news page's bytes, and
 * parsing them is most of its time.
 */
export function slimHtml(html: string): string {
  // Linear whatever the page holds (unclosed comments and tags included): see scan-html.ts.
  const keepJsonLd = (name: string, attrs: string) => name === 'script' && /ld\+json/i.test(attrs);
  const slim = dropElements(dropComments(html, '', true), ['script', 'style', 'svg', 'noscript'], '', keepJsonLd);
  return dropTagRuns(slim).replace(/<(?![a-zA-Z/!?])/g, '&lt;');
}

const isNameChar = (c: number) => c !== 0x3e && c !== 0x2f && c !== 0x20 && (c < 0x09 || c > 0x0d);

/**
 * A "tag name" hundreds of characters long (`<div<div<div…`) is neither a tag
 * nor text: kept, every selector the readers run would lower-case all of it at
 * every visit. Each such run goes; one pass over the text.
 */
function dropTagRuns(html: string): string {
  const out: string[] = [];
  let from = 0;
  for (let i = html.indexOf('<'); i >= 0 && i < html.length;) {
    let end = i + 1;
    while (end < html.length && isNameChar(html.charCodeAt(end)) && !(html[end] === '<' && html[end + 1] === '/')) end++;
    if (end - i > 200) {
      out.push(html.slice(from, i));
      from = end;
    }
    i = html.indexOf('<', end);
  }
  out.push(html.slice(from));
  return out.join('');
}

/** Characters in blocks of prose: not headings, not short labels (teasers, menus). */
function proseLength(text: string): number {
  let n = 0;
  for (const block of text.split('\n\n')) if (!block.startsWith('#') && (block.split(' ').length >= 8 || block.length >= 60)) n += block.length;
  return n;
}

/**
 * A page's DOM → its article. A live document is cloned first: Readability
 * rewrites the tree it is given. Metadata is read before Readability runs,
 * which drops the scripts that carry JSON-LD.
 */
export function readDocument(doc: Document, options: { url?: string; live?: boolean } = {}): ReadResult {
  const meta = readHtmlMetadata(doc);
  const declared = declaresArticle(doc, meta.title?.from);
  // Only a page that does not say it is an article needs Readability's guess (a walk of the whole page).
  const readerable = declared || isProbablyReaderable(doc as never);
  const heading = singleHeading(doc);
  const working = options.live ? (doc.cloneNode(true) as Document) : doc;
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(working as never, { keepClasses: false }).parse();
  } catch (error) {
    return { provenance: {}, problems: [`the main text could not be read (${(error as Error).message.split('\n')[0]})`] };
  }
  const text = parsed?.content ? htmlToText(parsed.content) : '';
  const words = countWords(text);
  if (!words || (!readerable && !declared && proseLength(text) < MIN_ARTICLE_CHARS)) {
    return { provenance: {}, problems: [`not an article (${words} words of main text; a home, section or search page?)`] };
  }
  const provenance: Provenance = { text: 'readability' };
  const pick = <T>(field: keyof Provenance, ...options: [T | undefined, FieldOrigin | undefined][]): T | undefined => {
    for (const [value, from] of options) {
      if (value !== undefined && from && (!Array.isArray(value) || value.length)) {
        provenance[field] = from;
        return value;
      }
    }
    return undefined;
  };
  const url = pick<string>('url', [meta.url?.value, meta.url?.from], [options.url, 'url']);
  const siteName = meta.siteName?.value ?? parsed?.siteName ?? undefined;
  // The outlet comes from the address the page was read from, when there is
  // one: a page cannot pass itself off as another outlet through its
  // canonical link or og:url (nor through a site name that is another
  // outlet's masthead, see chooseOutlet).
  const outletChoice = chooseOutlet({ siteName, publisher: meta.publisher?.value, url: options.url ?? url });
  if (outletChoice.outlet)
    provenance.outlet = outletChoice.from === 'url' ? 'url' : outletChoice.from === 'site' ? (meta.siteName?.from ?? 'readability') : meta.publisher?.from;
  const rawTitle = pick<string>(
    'title',
    [meta.title?.value, meta.title?.from],
    [headingTitle(heading, parsed?.title ?? ''), 'text'],
    [parsed?.title || undefined, 'readability'],
  );
  // An "author" that is the outlet itself ("BBC News") is no author.
  const notOutlet = (names: string[] | undefined) =>
    names?.filter((n) => ![siteName, outletChoice.outlet].some((o) => o && o.toLowerCase() === n.toLowerCase()));
  const authors =
    pick<string[]>(
      'authors',
      [notOutlet(meta.authors?.value), meta.authors?.from],
      [notOutlet(uniqueNames(splitAuthors(parsed?.byline ?? undefined))), 'readability'],
    ) ?? [];
  const published = pick<string>('published', [meta.published?.value, meta.published?.from], [toIsoDate(parsed?.publishedTime ?? undefined), 'readability']);
  const article: Article = {
    title: rawTitle ? cleanTitle(rawTitle, [siteName, outletChoice.outlet, ...authors]) : undefined,
    authors,
    published,
    outlet: outletChoice.outlet,
    siteName: cleanOutletName(siteName),
    url,
    lang: parsed?.lang || meta.lang || undefined,
    text,
  };
  return { article, provenance, problems: [] };
}

/** The text of the page's one `<h1>`, if it has exactly one. */
function singleHeading(doc: Document): string | undefined {
  const h1s = doc.querySelectorAll('h1');
  return h1s.length === 1 ? (h1s[0].textContent ?? '').replace(/\s+/g, ' ').trim() : undefined;
}

/**
 * The page's single `<h1>` where it is a better headline than the document
 * title: the title contains it (plus the site's name) or is too short to be one.
 */
function headingTitle(heading: string | undefined, documentTitle: string): string | undefined {
  if (!heading || heading.split(' ').length < 2 || heading.length > 200) return undefined;
  const title = documentTitle.replace(/\s+/g, ' ').trim();
  return title.length < 15 || (title.toLowerCase().includes(heading.toLowerCase()) && title.length > heading.length) ? heading : undefined;
}

/** The page says it is one article: JSON-LD article, `og:type` article, or a single `<article>`. */
function declaresArticle(doc: Document, titleFrom: FieldOrigin | undefined): boolean {
  if (titleFrom === 'json-ld') return true;
  if (/article/i.test(doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '')) return true;
  return doc.querySelectorAll('article').length === 1;
}

/** Drops a trailing " | Site", " - Site" or " — Site" naming the outlet, and collapses white space. */
export function cleanTitle(title: string, names: (string | undefined)[]): string {
  let t = title.replace(/\s+/g, ' ').trim();
  for (const name of names) {
    if (!name) continue;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const stripped = t.replace(new RegExp(`\\s+[|\\-–—:·]\\s+${escaped}\\s*$`, 'i'), '').replace(new RegExp(`^${escaped}\\s+[|\\-–—:·]\\s+`, 'i'), '');
    if (stripped.length >= 10) t = stripped;
  }
  return t;
}

/** Markdown → article: front matter for metadata, the body with inline HTML undone. */
export function readMarkdown(text: string): ReadResult {
  const split = splitFrontMatter(text);
  const problems = split.problem ? [split.problem] : [];
  const body = stripInlineHtml(split.body);
  if (!split.data) return { article: { authors: [], text: body }, provenance: { text: 'text' }, problems };
  const fm = readFrontMatter(split.data);
  const provenance: Provenance = { text: 'text' };
  for (const field of ['title', 'published', 'url'] as const) if (fm[field]) provenance[field] = 'front matter';
  if (fm.authors.length) provenance.authors = 'front matter';
  const outlet = chooseOutlet({ siteName: fm.outlet, url: fm.url });
  if (outlet.outlet) provenance.outlet = outlet.from === 'url' ? 'url' : 'front matter';
  return {
    article: { title: fm.title, authors: fm.authors, published: fm.published, outlet: outlet.outlet, url: fm.url, lang: fm.lang, text: body },
    provenance,
    problems,
  };
}

export { joinAuthors };
