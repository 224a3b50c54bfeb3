/**
 * One intake for every kind of input: a saved HTML page, a live page's DOM (the
 * browser's "save this article"), Markdown with front matter, plain text. Each
 * reader gathers the evidence for each metadata field (what the markup
 * declares, what the page's header shows, what the front matter says) and the
 * main text in the line format the sentence pipeline reads. The field modules
 * (`title.ts`, `byline.ts`, `publication-date.ts`, `outlet.ts`) rank the
 * evidence; `parse-source.ts` adds what the text's own lines and the
 * editorial file say and makes the final choice.
 *
 * Platform-neutral: HTML is parsed by the `HtmlParser` the caller passes
 * (linkedom at build time, `DOMParser` in the browser).
 */
import { countWords } from '../text/words';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { Article, FieldEvidence, HtmlParser, Provenance, ReadResult } from './article';
import { compactName, isPersonName, joinAuthors } from './authors';
import { chooseByline } from './byline';
import { readFrontMatter, splitFrontMatter, stripInlineHtml } from './front-matter';
import { readHtmlMetadata } from './html-metadata';
import { htmlToText } from './html-to-text';
import { dropComments, dropElements } from './scan-html';
import { chooseOutlet } from './outlet';
import { cleanOutletName } from './outlets';
import { proseWeight, readPageHeader } from './page-header';
import { choosePublicationDate } from './publication-date';
import { chooseTitle, cleanTitle } from './title';

export type ArticleInput =
  | { kind: 'html'; html: string; parseHtml: HtmlParser; url?: string; keepShort?: boolean }
  | { kind: 'document'; document: Document; url?: string; keepShort?: boolean }
  | { kind: 'markdown'; text: string }
  | { kind: 'text'; text: string };

/**
 * Less prose than this (characters, a Chinese or Japanese one counting three)
 * on a page that neither says nor looks like it is an article: a home,
 * section or search page.
 */
export const MIN_ARTICLE_PROSE = 400;

export function readArticle(input: ArticleInput): ReadResult {
  switch (input.kind) {
    case 'html':
      return readDocument(input.parseHtml(slimHtml(input.html)), { url: input.url, live: false, keepShort: input.keepShort });
    case 'document':
      return readDocument(input.document, { url: input.url, live: true, keepShort: input.keepShort });
    case 'markdown':
      return readMarkdown(input.text);
    case 'text':
      return { article: { authors: [], text: input.text }, provenance: { text: 'text' }, problems: [] };
  }
}

/**
 * Drops what no reader uses before the DOM is built: scripts (except JSON-LD),
 * styles, inline SVG and comments are most of a big news page's bytes, and
 * parsing them is most of its time. One forward scan each (`scan-html.ts`),
 * so an unclosed comment or script costs one pass, not one per character; a
 * lone `<` is text, and a run of `<div<div…` goes.
 */
export function slimHtml(html: string): string {
  // Linear whatever the page holds (unclosed comments and tags included): see scan-html.ts.
  const keepJsonLd = (name: string, attrs: string) => name === 'script' && /ld\+json/i.test(attrs);
  // A comment or element never closed runs to the end of the page, as a parser reads it.
  const slim = dropElements(dropComments(html, '', true), ['script', 'style', 'svg', 'noscript'], '', keepJsonLd, true);
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

/** Weighted characters in blocks of prose: not headings, not short labels (teasers, menus). */
function proseLength(text: string): number {
  let n = 0;
  for (const block of text.split('\n\n')) {
    const weight = proseWeight(block);
    if (!block.startsWith('#') && (countWords(block) >= 8 || weight >= 60)) n += weight;
  }
  return n;
}

/**
 * A page's DOM → its article. A live document is cloned first: Readability
 * rewrites the tree it is given. Metadata and the header are read before
 * Readability runs, which drops the scripts that carry JSON-LD.
 */
export function readDocument(doc: Document, options: { url?: string; live?: boolean; keepShort?: boolean } = {}): ReadResult {
  const meta = readHtmlMetadata(doc, options.url);
  const siteNames = [...meta.siteNames, ...meta.publishers].map((s) => s.value);
  const header = readPageHeader(
    doc,
    meta.titles.map((t) => t.value),
    siteNames,
    meta.documentTitle,
  );
  const declared = declaresArticle(doc, meta.titles[0]?.from);
  // Only a page that does not say it is an article needs Readability's guess (a walk of the whole page).
  const readerable = declared || isProbablyReaderable(doc as never);
  const working = options.live ? (doc.cloneNode(true) as Document) : doc;
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(working as never, { keepClasses: false }).parse();
  } catch (error) {
    return { provenance: {}, problems: [`the main text could not be read (${(error as Error).message.split('\n')[0]})`] };
  }
  const text = parsed?.content ? htmlToText(parsed.content) : '';
  const words = countWords(text);
  const prose = proseLength(text);
  // A page with a headline and prose under it is an article however short; a page of teasers and menus is not.
  if (!words || (!options.keepShort && !readerable && !declared && prose < MIN_ARTICLE_PROSE && !(header.heading && prose >= MIN_ARTICLE_PROSE / 4))) {
    return { provenance: {}, problems: [`not an article (${words} words of main text; a home, section or search page?)`] };
  }

  const outletEvidence = {
    urls: meta.urls,
    siteNames:
      meta.siteNames.length || !parsed?.siteName ? meta.siteNames : [{ value: parsed.siteName, from: 'readability' as const, rule: "Readability's site name" }],
    publishers: meta.publishers,
    title: meta.documentTitle || meta.titles[0]?.value,
    logoNames: header.logoNames,
    accountName: header.accountName,
  };
  const outlet = chooseOutlet(outletEvidence);
  // A byline naming the outlet is no person's ("BBC News"); an outlet read from a title's tail may be the blogger's own name.
  const outletIsName = outlet.rule && !/title suffix|host/.test(outlet.rule);
  // A publisher with the name of the person the page declares as its author is that person (a blog whose generator
  // writes the author as publisher when no organisation is set), not an outlet that makes the author no one's.
  const declaredPersons = new Set(meta.authors.flatMap((a) => a.value).map(compactName));
  const personPublishers = new Set(
    meta.publishers
      .map((p) => p.value)
      .filter((p) => declaredPersons.has(compactName(p)) && isPersonName(p, true) && !meta.siteNames.some((s) => compactName(s.value) === compactName(p)))
      .map(compactName),
  );
  const notNames = [outletIsName ? outlet.value : undefined, ...siteNames, ...meta.organisationAuthors, parsed?.siteName ?? undefined].filter(
    (n) => !n || !personPublishers.has(compactName(n)),
  );
  const evidence: FieldEvidence = {
    outlet: outletEvidence,
    title: { heading: header.heading, declared: meta.titles, documentTitle: meta.documentTitle, readability: parsed?.title || undefined, names: [] },
    byline: { declared: meta.authors, header, readability: parsed?.byline ?? undefined, notNames },
    date: {
      declared: meta.dates,
      header,
      urls: meta.urls.map((u) => u.value),
      readability: parsed?.publishedTime ?? undefined,
      lang: meta.lang ?? parsed?.lang ?? undefined,
    },
  };
  const byline = chooseByline(evidence.byline);
  evidence.title.names = [outlet.value, ...siteNames, ...(byline.value ?? [])];
  const title = chooseTitle(evidence.title);
  const published = choosePublicationDate(evidence.date);

  const provenance: Provenance = { text: 'readability' };
  if (meta.url) provenance.url = meta.url.from;
  else if (options.url) provenance.url = 'url';
  if (outlet.from) provenance.outlet = outlet.from;
  if (title.from) provenance.title = title.from;
  if (byline.from) provenance.authors = byline.from;
  if (published.from) provenance.published = published.from;
  const article: Article = {
    title: title.value,
    authors: byline.value ?? [],
    published: published.value,
    outlet: outlet.value,
    siteName: cleanOutletName(meta.siteNames[0]?.value ?? parsed?.siteName ?? undefined),
    url: meta.url?.value ?? options.url,
    lang: parsed?.lang || meta.lang || undefined,
    text,
    ...(prose < MIN_ARTICLE_PROSE ? { short: true } : {}),
  };
  return { article, provenance, problems: [], outletEvidence, evidence };
}

/** The page says it is one article: JSON-LD article, `og:type` article, or a single `<article>`. */
function declaresArticle(doc: Document, titleFrom: string | undefined): boolean {
  if (titleFrom === 'json-ld') return true;
  if (/article/i.test(doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '')) return true;
  return doc.querySelectorAll('article').length === 1;
}

/** Markdown → article: front matter for metadata, the body with inline HTML undone. */
export function readMarkdown(text: string): ReadResult {
  const split = splitFrontMatter(text);
  const problems = split.problem ? [split.problem] : [];
  const body = stripInlineHtml(split.body);
  if (!split.data) return { article: { authors: [], text: body }, provenance: { text: 'text' }, problems };
  const fm = readFrontMatter(split.data);
  const outletEvidence = {
    urls: fm.url ? [{ value: fm.url, from: 'front matter' as const, rule: `front matter ${fm.urlKey ?? 'address'}` }] : [],
    siteNames: fm.outlet ? [{ value: fm.outlet, from: 'front matter' as const, rule: 'front matter site name' }] : [],
    publishers: [],
    title: fm.title,
    originalUrl: fm.originalUrl,
  };
  const outlet = chooseOutlet(outletEvidence);
  const evidence: FieldEvidence = {
    outlet: outletEvidence,
    title: { frontMatter: fm.title, declared: [], names: [outlet.value, outlet.original?.outlet] },
    byline: { frontMatter: fm.authors, declared: [], notNames: [outlet.value, fm.outlet, outlet.original?.outlet] },
    date: { frontMatter: fm.published, declared: [], urls: [fm.url, fm.originalUrl].filter((u): u is string => !!u) },
  };
  const title = chooseTitle(evidence.title);
  const byline = chooseByline(evidence.byline);
  const published = choosePublicationDate(evidence.date);
  const provenance: Provenance = { text: 'text' };
  if (title.from) provenance.title = title.from;
  if (byline.from) provenance.authors = byline.from;
  if (published.from) provenance.published = published.from;
  if (outlet.from) provenance.outlet = outlet.from;
  const url = fm.url ?? (outlet.original ? undefined : fm.originalUrl);
  if (url) provenance.url = 'front matter';
  return {
    article: {
      title: title.value,
      authors: byline.value ?? [],
      published: published.value,
      outlet: outlet.value,
      url,
      ...(outlet.original ? { original: outlet.original } : {}),
      lang: fm.lang,
      text: body,
    },
    provenance,
    problems,
    outletEvidence,
    evidence,
  };
}

export { cleanTitle, joinAuthors };
