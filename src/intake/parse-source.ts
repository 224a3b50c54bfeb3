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
import type { Article, FieldEvidence, HtmlParser, Provenance } from './article';
import { joinAuthors } from './authors';
import { chooseByline } from './byline';
import { choosePublicationDate } from './publication-date';
import { chooseTitle } from './title';
import type { EditorialSource } from './editorial';
import { calendarDay } from './iso-date';
import { shortNameFor } from './outlets';
import { chooseOutlet } from './outlet';
import { readArticle, type ArticleInput } from './read-article';
import { splitLines } from './lines';
import { mendParagraphs } from './mend-paragraphs';
import { readMetadata } from './metadata';
import { splitSentences } from './split-sentences';
import { stripChrome } from './strip-chrome';
import type { CorpusFile, ParsedSource } from './types';
import { countWords } from '../text/words';

/** A block without a full stop is prose (a list item, a caption) from this many words on; shorter, a label. */
const MIN_UNPUNCTUATED_WORDS = 8;
const ENDS_SENTENCE = /[.!?:;。！？｡．：；]["'\u2019\u201D)\]」』）】〕》〉”’]*$/;

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
  /** The reader asked for this input (a save, an import): a page of little prose is kept and flagged `short`, not refused. */
  keepShort?: boolean;
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
  return { parsed: { ...sourceFrom(file, body, read.article, read.provenance, read.evidence, editorial, problems), kind: input.kind }, problems };
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
  const paragraphs = mendParagraphs(blocks).filter((p) => !p.startsWith('\u0000') && (ENDS_SENTENCE.test(p) || countWords(p) >= MIN_UNPUNCTUATED_WORDS));

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

/** No evidence but the text's own lines: a plain text file. */
const NO_EVIDENCE: FieldEvidence = {
  title: { declared: [], names: [] },
  byline: { declared: [], notNames: [] },
  date: { declared: [], urls: [] },
  outlet: { urls: [], siteNames: [], publishers: [] },
};

/**
 * The Source: each field chosen by its module from what the reader found, what
 * the text's own lines say, and the editorial file (first when it speaks).
 */
function sourceFrom(
  file: CorpusFile,
  { meta, body, sentences }: Body,
  article: Article,
  provenance: Provenance,
  evidence: FieldEvidence = NO_EVIDENCE,
  editorial: EditorialSource | undefined,
  problems: string[],
): Omit<ParsedSource, 'kind'> {
  const outletChoice = chooseOutlet({ ...evidence.outlet, title: evidence.outlet.title ?? meta.title, text: meta.outlet, editorial: editorial?.outlet });
  const outlet = outletChoice.value;
  const original = outletChoice.original ?? article.original;
  const outletIsName = outletChoice.rule && !/title suffix|host/.test(outletChoice.rule);
  const bylineChoice = chooseByline({
    ...evidence.byline,
    editorial: editorial?.byline,
    textLine: meta.byline,
    notNames: [...evidence.byline.notNames, outletIsName ? outlet : undefined],
  });
  const titleChoice = chooseTitle({
    ...evidence.title,
    editorial: editorial?.title,
    textLine: meta.title,
    firstWords: firstWords(sentences[0].text),
    names: [...evidence.title.names, outlet, original?.outlet, ...(bylineChoice.value ?? [])],
  });
  const dateChoice = choosePublicationDate({ ...evidence.date, editorial: editorial?.published, textLine: meta.published });
  const from: Provenance = { ...provenance };
  for (const [field, choice] of [
    ['outlet', outletChoice],
    ['title', titleChoice],
    ['authors', bylineChoice],
    ['published', dateChoice],
  ] as const) {
    if (choice.from) from[field] = choice.from;
    else delete from[field];
  }
  if (!outlet) problems.push(`${file.name}: the article names no outlet and gives no URL; outlet "${UNKNOWN_OUTLET}"`);
  const authors = bylineChoice.value ?? [];
  const byline = editorial?.byline ?? joinAuthors(authors);
  const published = dateChoice.value;
  const url = editorial?.url ?? article.url;
  if (editorial?.url) from.url = 'editorial';
  const source: Source = {
    id: sourceId(file.name),
    file: file.name,
    outlet: outlet ?? UNKNOWN_OUTLET,
    shortName: editorial?.shortName ?? shortNameFor(outlet ?? UNKNOWN_OUTLET),
    title: titleChoice.value ?? firstWords(sentences[0].text),
    ...optional('byline', byline),
    ...(authors.length ? { authors } : {}),
    ...optional('published', published && calendarDay(published)),
    ...optional('publishedTime', published && published.length > 10 ? published : undefined),
    ...optional('dateline', editorial?.dateline ?? meta.dateline),
    ...optional('url', url),
    ...(original && !editorial?.outlet ? { originalOutlet: original.outlet, originalUrl: original.url } : {}),
    ...optional('lang', article.lang),
    ...(article.short ? { short: true } : {}),
    words: countWords(body),
    sentences: sentences.map((s) => s.id),
  };
  return { source, body, sentences, provenance: from, choices: { outlet: outletChoice, title: titleChoice, authors: bylineChoice, published: dateChoice } };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

/** A headline stand-in for an article that has none: its first words. */
function firstWords(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= 12 ? text : words.slice(0, 12).join(' ') + '…';
}
