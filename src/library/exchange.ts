/**
 * Library exports: one JSON file that imports back losslessly (each article as
 * it was read: everything else is derived from it again, the same way), and
 * Markdown for a brief. An export is read field by field: a file that is not
 * one is refused whole; an entry that does not fit is named and skipped.
 */
import type { FullIndex, Sentence, Source } from '../contracts/schema';
import type { ParsedSource } from '../intake/types';
import type { ArticleVersion } from './versions';
import { checkedCorrections, type StoryCorrection } from '../stories/assignment';
import type { ArticleFormat, ArticleInput } from './article';
import { ARTICLE_ORIGINS, type ArticleOrigin } from '../contracts/library-messages';
import { EXPORT_FORMAT } from '../contracts/library-export';

export { EXPORT_FORMAT };
/** The one-JSON export (version 1), still read and written for a part of the library; a whole library goes as version 2 (`contracts/library-export.ts`). */
export const EXPORT_VERSION = 1;
/** The most corrections of the stories the library keeps, and the longest title or id one may hold. */
export const MAX_STORED_CORRECTIONS = 2000;
const MAX_CORRECTION_FIELD = 200;
const MAX_CORRECTION_LIST = 1000;
/** Limits on what an import accepts: well above a real library, well below what would hang the browser. */
export const MAX_EXPORT_ARTICLES = 20_000;
export const MAX_ARTICLE_CHARS = 5_000_000;
const MAX_NAME_CHARS = 500;
const MAX_URL_CHARS = 4000;
const FORMATS: readonly ArticleFormat[] = ['html', 'md', 'txt'];

export interface LibraryExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  articles: ArticleInput[];
  /** The reader's corrections of the stories (absent from exports made before there were any). */
  storyCorrections?: StoryCorrection[];
}

/** The export with the reader's corrections of the stories, when there are some. */
export function withStoryCorrections(exported: LibraryExport, corrections: readonly StoryCorrection[]): LibraryExport {
  return corrections.length ? { ...exported, storyCorrections: [...corrections] } : exported;
}

/** `articles` as the reader gave them (`Library.exportEntries`), their known fields only. */
export function exportLibrary(articles: readonly ArticleInput[], now = new Date().toISOString()): LibraryExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now,
    articles: articles.map(({ name, text, format, url, addedAt, origin }) => {
      const entry: ArticleInput = { name, text, format, addedAt };
      if (url) entry.url = url;
      if (origin) entry.origin = origin;
      return entry;
    }),
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function isWebAddress(v: string): boolean {
  if (v.length > MAX_URL_CHARS) return false;
  try {
    const url = new URL(v);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'file:';
  } catch {
    return false;
  }
}

/** One entry rebuilt from its known fields, or why it does not fit. */
export function parseExportEntry(v: unknown, at: number): ArticleInput | string {
  const where = `article ${at + 1}`;
  if (!isRecord(v)) return `${where}: not an article record; skipped`;
  const { name, text, format, url, addedAt, origin, versionAt } = v;
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_NAME_CHARS) return `${where}: no usable name; skipped`;
  const named = `${where} (${name.slice(0, 80)})`;
  if (typeof text !== 'string' || text.length > MAX_ARTICLE_CHARS) return `${named}: its text is missing or too long; skipped`;
  if (!FORMATS.includes(format as ArticleFormat)) return `${named}: unknown format; skipped`;
  if (url !== undefined && (typeof url !== 'string' || !isWebAddress(url))) return `${named}: its address is not a web address; skipped`;
  if (addedAt !== undefined && (typeof addedAt !== 'string' || !ISO_TIME.test(addedAt))) return `${named}: its date added is not a date; skipped`;
  if (origin !== undefined && !ARTICLE_ORIGINS.includes(origin as ArticleOrigin)) return `${named}: unknown way it came in; skipped`;
  if (versionAt !== undefined && (typeof versionAt !== 'string' || !ISO_TIME.test(versionAt)))
    return `${named}: the date of its latest version is not a date; skipped`;
  const entry: ArticleInput = { name, text, format: format as ArticleFormat };
  if (versionAt !== undefined) entry.versionAt = versionAt as string;
  if (url !== undefined) entry.url = url as string;
  if (addedAt !== undefined) entry.addedAt = addedAt as string;
  if (origin !== undefined) entry.origin = origin as ArticleOrigin;
  return entry;
}

/**
 * An earlier version of an article as an export holds it (a line after its
 * article's): its number, when it was first read, and the article as it was
 * read then. Ids are the article's own, so they are written without it and
 * given back when the version joins its article (`asVersionOf`).
 */
export interface ExportedVersion {
  n: number;
  readAt: string;
  parsed: ParsedSource;
}

/** Most sentences one version may hold: far above any article. */
const MAX_VERSION_SENTENCES = 100_000;
const MAX_SOURCE_FIELD = 4000;
const SOURCE_STRINGS = [
  'file',
  'outlet',
  'shortName',
  'title',
  'byline',
  'published',
  'publishedTime',
  'dateline',
  'url',
  'originalOutlet',
  'originalUrl',
  'lang',
] as const;
const REQUIRED_STRINGS = new Set(['file', 'outlet', 'shortName', 'title']);
const KINDS = ['html', 'document', 'markdown', 'text'] as const;

/** The source's fields in one order, whatever order they were set in: a version exported, imported and exported again is the same text. */
function inSourceOrder(source: Source): Source {
  const out = { id: source.id } as Source;
  for (const field of SOURCE_STRINGS) if (source[field] !== undefined) out[field] = source[field];
  if (source.authors) out.authors = source.authors;
  if (source.short !== undefined) out.short = source.short;
  out.words = source.words;
  out.sentences = source.sentences;
  return out;
}

const inSentenceOrder = ({ id, source, paragraph, index, start, end, text }: Sentence): Sentence => ({ id, source, paragraph, index, start, end, text });

/** A version as written: the article's parse without what only `--explain` shows, and without the article's id. */
export function exportVersion(v: ArticleVersion): ExportedVersion {
  const { source, body, sentences, kind } = v.parsed;
  const prefix = source.id;
  const parsed: ParsedSource = {
    source: inSourceOrder({ ...source, id: '', sentences: source.sentences.map((id) => id.slice(prefix.length)) }),
    body,
    sentences: sentences.map((s) => inSentenceOrder({ ...s, id: s.id.slice(prefix.length), source: '' })),
  };
  if (kind) parsed.kind = kind;
  return { n: v.n, readAt: v.readAt, parsed };
}

/** An exported version, joined to the article `id` as its version `n`. */
export function asVersionOf(id: string, n: number, v: ExportedVersion): ArticleVersion {
  const { source, sentences } = v.parsed;
  return {
    id,
    n,
    readAt: v.readAt,
    parsed: {
      ...v.parsed,
      source: { ...source, id, sentences: source.sentences.map((s) => id + s) },
      sentences: sentences.map((s) => ({ ...s, id: id + s.id, source: id })),
    },
  };
}

const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** A version's parse rebuilt from its known fields, every sentence inside its body; or why it does not fit. */
function parseVersionSource(v: unknown): ParsedSource | string {
  if (!isRecord(v) || !isRecord(v.source)) return 'no article';
  const { body, kind } = v;
  if (typeof body !== 'string' || body.length > MAX_ARTICLE_CHARS) return 'its text is missing or too long';
  if (kind !== undefined && !KINDS.includes(kind as (typeof KINDS)[number])) return 'unknown kind of reading';
  const raw = v.source;
  const source: Source = { id: '', file: '', outlet: '', shortName: '', title: '', words: 0, sentences: [] };
  for (const field of SOURCE_STRINGS) {
    const value = raw[field];
    if (value === undefined && !REQUIRED_STRINGS.has(field)) continue;
    if (typeof value !== 'string' || value.length > MAX_SOURCE_FIELD) return `its ${field} is not text`;
    source[field] = value;
  }
  if (!isCount(raw.words)) return 'its word count is not a number';
  source.words = raw.words;
  if (raw.short !== undefined) {
    if (typeof raw.short !== 'boolean') return 'its "short" mark is not true or false';
    source.short = raw.short;
  }
  if (raw.authors !== undefined) {
    if (!Array.isArray(raw.authors) || raw.authors.length > 100 || !raw.authors.every((a) => typeof a === 'string' && a.length <= MAX_SOURCE_FIELD))
      return 'its authors are not a list of names';
    source.authors = [...(raw.authors as string[])];
  }
  if (!Array.isArray(v.sentences) || v.sentences.length > MAX_VERSION_SENTENCES) return 'no list of sentences';
  const sentences: Sentence[] = [];
  for (const s of v.sentences as unknown[]) {
    if (!isRecord(s)) return 'a sentence is not a record';
    const { id, paragraph, index, start, end, text } = s;
    if (typeof id !== 'string' || !/^:[\w:.-]{1,60}$/.test(id)) return 'a sentence has no usable id';
    if (!isCount(paragraph) || !isCount(index) || !isCount(start) || !isCount(end) || end < start || end > body.length)
      return 'a sentence lies outside its text';
    if (typeof text !== 'string' || text.length > end - start + 1000) return 'a sentence has no usable text';
    sentences.push({ id, source: '', paragraph, index, start, end, text });
  }
  source.sentences = sentences.map((s) => s.id);
  const parsed: ParsedSource = { source, body, sentences };
  if (kind !== undefined) parsed.kind = kind as (typeof KINDS)[number];
  return parsed;
}

/** One version entry of an export rebuilt from its known fields, or why it does not fit (`at`: its place in the file, 0-based). */
export function parseExportVersion(v: unknown, at: number): ExportedVersion | string {
  const where = `entry ${at + 1}, an earlier version`;
  if (!isRecord(v)) return `${where}: not a version record; skipped`;
  if (!Number.isSafeInteger(v.n) || (v.n as number) < 1) return `${where}: its number is not a number; skipped`;
  const named = `${where} (version ${v.n as number})`;
  if (typeof v.readAt !== 'string' || !ISO_TIME.test(v.readAt)) return `${named}: the date it was read is not a date; skipped`;
  const parsed = parseVersionSource(v.parsed);
  if (typeof parsed === 'string') return `${named}: ${parsed}; skipped`;
  return { n: v.n as number, readAt: v.readAt, parsed };
}

/**
 * One entry of an import's batch, in the file's order: an article, an earlier
 * version of the article before it, or one skipped (and why). A version
 * skipped leaves its article's other versions; an article skipped takes its
 * versions with it.
 */
export type ImportItem = { input: ArticleInput } | { version: ExportedVersion } | { skipped: string } | { skippedVersion: string };

/** An entry of a batch: `{ articleVersion: … }` is a version of the article before it; anything else an article. */
export function parseImportItem(v: unknown, at: number): ImportItem {
  if (isRecord(v) && 'articleVersion' in v) {
    const version = parseExportVersion(v.articleVersion, at);
    return typeof version === 'string' ? { skippedVersion: version } : { version };
  }
  const entry = parseExportEntry(v, at);
  return typeof entry === 'string' ? { skipped: entry } : { input: entry };
}

export interface ParsedExport {
  entries: ArticleInput[];
  problems: string[];
  storyCorrections: StoryCorrection[];
}

const longField = (v: unknown) =>
  typeof v === 'string' ? v.length > MAX_CORRECTION_FIELD : Array.isArray(v) && (v.length > MAX_CORRECTION_LIST || v.some(longField));

/**
 * The export's corrections of the stories, each checked as `stories.json` is,
 * capped in count and in the length of each field; the problems are listed
 * once, at most a few lines of them.
 */
export function parseExportCorrections(v: unknown): { corrections: StoryCorrection[]; problems: string[] } {
  if (v === undefined) return { corrections: [], problems: [] };
  if (!Array.isArray(v)) return { corrections: [], problems: ['story corrections: not a list; none imported'] };
  const problems: string[] = [];
  if (v.length > MAX_STORED_CORRECTIONS)
    problems.push(`story corrections: ${v.length - MAX_STORED_CORRECTIONS} beyond the ${MAX_STORED_CORRECTIONS} the library keeps; skipped`);
  const fitting: unknown[] = [];
  let long = 0;
  for (const c of v.slice(0, MAX_STORED_CORRECTIONS)) {
    if (typeof c === 'object' && c !== null && Object.values(c).some(longField)) long++;
    else fitting.push(c);
  }
  if (long) problems.push(`story corrections: ${long} with a title, id or list too long; skipped`);
  const checked = checkedCorrections(fitting, 'story corrections');
  const lines =
    checked.problems.length > 5
      ? [...checked.problems.slice(0, 5), `story corrections: ${checked.problems.length - 5} more that do not fit; skipped`]
      : checked.problems;
  return { corrections: checked.corrections, problems: [...problems, ...lines] };
}

/** @throws {Error} with one line saying why, when `text` is not a library export at all. */
export function parseExport(text: string): ParsedExport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error('This file is not a Sourcelight library export (it is not JSON).');
  }
  if (!isRecord(raw) || raw.format !== EXPORT_FORMAT) throw new Error('This file is not a Sourcelight library export.');
  if (raw.version !== EXPORT_VERSION) throw new Error(`This export is of version ${String(raw.version).slice(0, 20)}, which this Sourcelight cannot read.`);
  if (!Array.isArray(raw.articles)) throw new Error('This export holds no list of articles.');
  if (raw.articles.length > MAX_EXPORT_ARTICLES) throw new Error(`This export holds more than ${MAX_EXPORT_ARTICLES} articles.`);
  const entries: ArticleInput[] = [];
  const problems: string[] = [];
  raw.articles.forEach((v, i) => {
    const entry = parseExportEntry(v, i);
    if (typeof entry === 'string') problems.push(entry);
    else entries.push(entry);
  });
  const stories = parseExportCorrections(raw.storyCorrections);
  return { entries, problems: [...problems, ...stories.problems], storyCorrections: stories.corrections };
}

/** Markdown text: nothing in it is read as markup (a title "# x" stays text). */
const md = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/([\\`*_[\]<>#|])/g, '\\$1')
    .trim();

function sourceHeading(s: Source): string {
  return `## ${md(s.title)}\n\n${md(s.outlet)}${s.published ? `, ${s.published}` : ''}${s.url ? ` — <${encodeURI(s.url)}>` : ''}\n`;
}

/** A brief in Markdown: per source what it said (its quotes and the names it gives), then the discrepancies. */
export function libraryMarkdown(index: FullIndex, sourceIds?: ReadonlySet<string>): string {
  const sources = index.sources.filter((s) => !sourceIds || sourceIds.has(s.id));
  const wanted = new Set(sources.map((s) => s.id));
  const out = [`# Sourcelight library\n\n${sources.length} ${sources.length === 1 ? 'source' : 'sources'}.\n`];
  for (const s of sources) {
    out.push(sourceHeading(s));
    const first = index.sentences.find((x) => x.source === s.id);
    if (first) out.push(`> ${md(first.text)}\n`);
    const names = index.entities.filter((e) => e.kind !== 'topic' && e.mentions.some((m) => m.source === s.id)).map((e) => md(e.name));
    if (names.length) out.push(`Names: ${names.slice(0, 20).join(', ')}\n`);
    const quotes = index.quotes.flatMap((q) => q.carriers.filter((c) => c.source === s.id && c.status !== 'unquoted').map((c) => `- “${md(c.text)}”`));
    if (quotes.length) out.push(`What it quotes:\n\n${quotes.join('\n')}\n`);
  }
  const discrepancies = index.discrepancies.filter((d) => d.variants.some((v) => wanted.has(v.source)));
  if (discrepancies.length) out.push(`## Discrepancies\n\n${discrepancies.map((d) => `- ${md(d.summary)}`).join('\n')}\n`);
  return out.join('\n');
}
