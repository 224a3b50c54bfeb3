/**
 * One article file → a ParsedSource (Source + cleaned body + sentences).
 *
 * Order matters: markup is undone, metadata is read from the raw lines (some of
 * it sits in chrome, like the print-edition note), chrome is stripped, broken
 * paragraphs are mended, subheads are set aside, then sentences are split.
 * The editorial entry, when given, corrects or completes what the text said.
 *
 * An article with no sentences gives no source and one problem naming the file.
 */
import type { Sentence, Source } from '../contracts/schema';
import type { Article, HtmlParser, Provenance } from './article';
import { joinAuthors, splitAuthors } from './authors';
import type { EditorialSource } from './editorial';
import { calendarDay } from './iso-date';
import { cleanOutletName, shortNameFor } from './outlets';
import { readArticle, type ArticleInput } from './read-article';
import { splitLines } from './lines';
import { mendParagraphs } from './mend-paragraphs';
import { readMetadata } from './metadata';
import { splitSentences } from './split-sentences';
import { stripChrome } from './strip-chrome';
import type { CorpusFile, ParsedSource } from './types';
import { countWords } from '../text/words';

const ENDS_SENTENCE = /[.!?:;]["'\u2019\u201D)\]]*$/;

/** `src-` + the file name without its extension. */
export function sourceId(file: string): string {
  return 'src-' + file.replace(/\.[^.]+$/, '');
}

export { shortNameFor };

export interface ParseResult {
  parsed?: ParsedSource;
  problems: string[];
}

export interface ParseOptions {
  /** Parses HTML files into a DOM; without it an HTML file is a problem line. */
  parseHtml?: HtmlParser;
  /** Where an HTML file was read from (a saved page), for a page that does not say its own address. */
  url?: string;
}

/** The outlet of an article that names none: a placeholder, no organisation. */
export const UNKNOWN_OUTLET = 'Unknown outlet';

/** The reader for a file, by its extension. */
function inputFor(file: CorpusFile, options: ParseOptions): ArticleInput | string {
  const ext = file.name.match(/\.[^.]+$/)?.[0].toLowerCase() ?? '';
  if (ext === '.html' || ext === '.htm') {
    if (!options.parseHtml) return 'no HTML parser was given to read it';
    return options.url
      ? { kind: 'html', html: file.text, parseHtml: options.parseHtml, url: options.url }
      : { kind: 'html', html: file.text, parseHtml: options.parseHtml };
  }
  if (ext === '.md' || ext === '.markdown') return { kind: 'markdown', text: file.text };
  return { kind: 'text', text: file.text };
}

export function parseSource(file: CorpusFile, editorial?: EditorialSource, options: ParseOptions = {}): ParseResult {
  const input = inputFor(file, options);
  if (typeof input === 'string') return { problems: [`${file.name}: ${input}; skipped`] };
  const read = readArticle(input);
  const problems = read.problems.map((p) => `${file.name}: ${p}${read.article ? '' : '; skipped'}`);
  if (!read.article) return { problems };
  const body = parseBody(file, read.article.text);
  if (!body.sentences.length) return { problems: [...problems, `${file.name}: no article text found (no sentences); skipped`] };
  return { parsed: { ...sourceFrom(file, body, read.article, read.provenance, editorial, problems), kind: input.kind }, problems };
}

interface Body {
  meta: ReturnType<typeof readMetadata>;
  body: string;
  sentences: Sentence[];
}

/** Main text → cleaned paragraphs and sentences, with the metadata its own lines carry. */
function parseBody(file: CorpusFile, text: string): Body {
  const lines = splitLines(text);
  const meta = readMetadata(lines);

  const kept = lines
    .map((line, i) => (meta.datelineCut?.line === i ? { ...line, text: line.text.slice(meta.datelineCut.length) } : line))
    .filter((line, i) => !meta.consumed.has(i) && line.text);
  const blocks: string[] = [];
  let lastBlock = -1;
  for (const line of stripChrome(kept)) {
    // A markdown heading is never part of a paragraph.
    if (line.block === lastBlock && !line.heading && blocks.length) blocks[blocks.length - 1] += ' ' + line.text;
    else blocks.push(line.heading ? '\u0000' + line.text : line.text);
    lastBlock = line.heading ? -1 : line.block;
  }
  // Subheads ("Build trust") are labels, not sentences: kept out of the body.
  const paragraphs = mendParagraphs(blocks).filter((p) => !p.startsWith('\u0000') && (ENDS_SENTENCE.test(p) || countWords(p) >= 20));

  const id = sourceId(file.name);
  const sentences: Sentence[] = [];
  let offset = 0;
  paragraphs.forEach((p, pi) => {
    splitSentences(p).forEach((span, si) => {
      sentences.push({
        id: `${id}:p${pi}:s${si}`,
        source: id,
        paragraph: pi,
        index: si,
        start: offset + span.start,
        end: offset + span.end,
        text: p.slice(span.start, span.end),
      });
    });
    offset += p.length + 2;
  });
  return { meta, body: paragraphs.join('\n\n'), sentences };
}

/** The Source: editorial first, then the article's metadata, then what its lines say. */
function sourceFrom(
  file: CorpusFile,
  { meta, body, sentences }: Body,
  article: Article,
  provenance: Provenance,
  editorial: EditorialSource | undefined,
  problems: string[],
): Omit<ParsedSource, 'kind'> {
  const from: Provenance = { ...provenance };
  const note = <T>(field: keyof Provenance, value: T | undefined, origin: Provenance[keyof Provenance]): T | undefined => {
    if (value !== undefined && value !== '') from[field] = origin;
    return value;
  };
  const textOutlet = article.outlet ?? note('outlet', cleanOutletName(meta.outlet), 'text');
  const outlet = note('outlet', editorial?.outlet, 'editorial') ?? textOutlet;
  if (!outlet) {
    problems.push(`${file.name}: the article names no outlet and gives no URL; outlet "${UNKNOWN_OUTLET}"`);
    delete from.outlet;
  }
  const title =
    note('title', editorial?.title, 'editorial') ??
    article.title ??
    note('title', meta.title, 'text') ??
    (note('title', firstWords(sentences[0].text), 'text') as string);
  const byline =
    note('authors', editorial?.byline, 'editorial') ?? (article.authors.length ? joinAuthors(article.authors) : note('authors', meta.byline, 'text'));
  const authors = editorial?.byline || !article.authors.length ? splitAuthors(byline) : article.authors;
  const published = note('published', editorial?.published, 'editorial') ?? article.published ?? note('published', meta.published, 'text');
  const url = note('url', editorial?.url, 'editorial') ?? article.url;
  const source: Source = {
    id: sourceId(file.name),
    file: file.name,
    outlet: outlet ?? UNKNOWN_OUTLET,
    shortName: editorial?.shortName ?? shortNameFor(outlet ?? UNKNOWN_OUTLET),
    title,
    ...optional('byline', byline),
    ...(authors.length ? { authors } : {}),
    ...optional('published', published && calendarDay(published)),
    ...optional('publishedTime', published && published.length > 10 ? published : undefined),
    ...optional('dateline', editorial?.dateline ?? meta.dateline),
    ...optional('url', url),
    ...optional('lang', article.lang),
    words: countWords(body),
    sentences: sentences.map((s) => s.id),
  };
  if (!from.authors) delete from.authors;
  return { source, body, sentences, provenance: from };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

/** A headline stand-in for an article that has none: its first words. */
function firstWords(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= 12 ? text : words.slice(0, 12).join(' ') + '…';
}
