/**
 * One article of the reader's library: the parsed source and what the extract
 * step found in it alone. What was read (the original text, often a whole web
 * page) is kept apart as its `ArticleOriginal`, so that it can be read again
 * and exported losslessly without being loaded with the article. Entities are
 * merged across articles by id when the library's index is put together (see
 * `merge.ts`).
 */
import { parseSource } from '../intake/parse-source';
import type { ParsedSource } from '../intake/types';
import { extractAll } from '../extract/index';
import { parseHtmlWithLinkedom } from '../index/parse-html';
import { toSpotIndex } from '../index/spot-index';
import { INDEX_VERSION, type Entity, type Quote, type SpotQuote } from '../contracts/schema';
import { packSpotIndex, type PackedPassage } from '../contracts/spot-pack';

import type { ArticleFormat, ArticleOrigin, LibraryEntry } from '../contracts/library-messages';

export type { ArticleFormat, ArticleOrigin };

import { READER_VERSION } from './article-version';

export { READER_VERSION };

/** What the reader gave: a file, an export's entry, or a live page's HTML. */
/** An article as the reader gave it (a file, a saved page, an export's entry). */
export type ArticleInput = LibraryEntry;

export interface LibraryArticle extends Required<Omit<ArticleInput, 'url' | 'text' | 'versionAt'>> {
  /** The source id: `src-lib-` + a hash of `key`. */
  id: string;
  /** What makes two inputs the same article: the URL, else `file:` + the name. */
  key: string;
  url?: string;
  parsed: ParsedSource;
  entities: Entity[];
  quotes: Quote[];
  /** How many earlier versions of it the library keeps (its page changed since the first reading). */
  versions?: number;
  /** When the current text was first read, once there are earlier versions (ISO). */
  versionAt?: string;
  /** This article's part of the spot index, cut once: its quote keys and sentence fingerprints. */
  spot: { quotes: SpotQuote[]; passages: PackedPassage[] };
  /** The `READER_VERSION` that wrote this record. */
  readerVersion: number;
}

/** Fewer sentences than this: kept, because the reader asked for it, and flagged as short (`Source.short`). */
export const MIN_ARTICLE_SENTENCES = 4;

export const ARTICLE_FORMATS: Record<string, ArticleFormat> = { '.html': 'html', '.htm': 'html', '.md': 'md', '.txt': 'txt' };

export function formatOf(fileName: string): ArticleFormat | undefined {
  const ext = /\.[^./\\]*$/.exec(fileName)?.[0].toLowerCase() ?? '';
  return ARTICLE_FORMATS[ext];
}

export { articleId, articleKey, hexDigest, savedPageSourceId } from './article-id';
import { articleId, articleKey } from './article-id';

/**
 * Reads one input with the pipeline's intake, as the build does (HTML with
 * Readability over linkedom, Markdown with its front matter, plain text).
 */
export function readArticleText(input: ArticleInput, id: string): { parsed?: ParsedSource; problems: string[] } {
  // parseSource names the source after the file: give it the library's id.
  const ext = input.format === 'html' ? '.html' : input.format === 'md' ? '.md' : '.txt';
  return parseSource(
    { name: id.slice('src-'.length) + ext, text: input.text },
    undefined,
    // The reader asked for this one: a short text is kept and flagged, not refused as "not an article".
    input.url ? { parseHtml: parseHtmlWithLinkedom, url: input.url, keepShort: true } : { parseHtml: parseHtmlWithLinkedom, keepShort: true },
  );
}

/** The text an article was read from, stored on its own (read only to read again or export). */
export interface ArticleOriginal {
  id: string;
  text: string;
}

export type ReadResult = { article: LibraryArticle; original: ArticleOriginal } | { problem: string };

/** Reads and extracts one article; a problem names the input and says why it was not added. */
export function readArticle(input: ArticleInput, now = new Date().toISOString()): ReadResult {
  const key = articleKey(input);
  const id = articleId(input);
  const { parsed, problems } = readArticleText(input, id);
  if (!parsed) {
    const why =
      problems
        .at(-1)
        ?.replace(/^[^:]*: /, '')
        .replace(/; skipped$/, '') ?? 'no article text found';
    return { problem: `${input.name}: this does not look like an article (${why}); not saved` };
  }
  if (parsed.sentences.length < MIN_ARTICLE_SENTENCES) parsed.source.short = true;
  parsed.source.file = input.name;
  if (input.url) parsed.source.url = input.url;
  const { entities, quotes } = extractAll([parsed], { overrides: false });
  // Quote ids are numbered per extraction: make them the article's own.
  const ownQuotes = quotes.map((q) => ({ ...q, id: `quote:${id}:${q.id.slice('quote:'.length)}` }));
  const own = packSpotIndex(
    toSpotIndex({
      version: INDEX_VERSION,
      sources: [parsed.source],
      sentences: parsed.sentences,
      entities: [],
      quotes: ownQuotes,
      alignments: [],
      discrepancies: [],
      lineage: [],
      stories: [],
    }),
  );
  const article: LibraryArticle = {
    id,
    key,
    name: input.name,
    format: input.format,
    addedAt: input.addedAt ?? now,
    origin: input.origin ?? (input.url ? 'saved' : 'imported'),
    readerVersion: READER_VERSION,
    parsed,
    entities,
    quotes: ownQuotes,
    spot: { quotes: own.quotes, passages: own.passages },
  };
  if (input.url) article.url = input.url;
  return { article, original: { id, text: input.text } };
}
