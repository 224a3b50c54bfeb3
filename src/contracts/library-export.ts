/**
 * The library's export file, version 2: newline-delimited JSON, gzipped
 * (`.ndjson.gz`), written and read in parts, so a library of any size is
 * never one string nor one message. Line 1 is the head, then one line per
 * article, then (when there are some) the reader's corrections of the stories:
 *
 *     {"format":"sourcelight-library","version":2,"exportedAt":"…","articles":N,"versions":M}
 *     {"article":{"name":"…","text":"…","format":"html","url":"…","addedAt":"…","origin":"saved","versionAt":"…"}}
 *     {"articleVersion":{"n":1,"readAt":"…","parsed":{"source":{…},"body":"…","sentences":[…]}}}
 *     {"storyCorrections":[…]}
 *
 * An `articleVersion` line is an earlier version of the article line before
 * it (the article as it was read then, as the library keeps it); exports from
 * before versions have none, and `versionAt` (when the article's latest text
 * was first read) only with them.
 *
 * Only the shape of each line is read here (the page reads the file); each
 * article is checked field by field by the background (`library/exchange.ts`).
 * Version 1, one JSON object, is still read.
 */
export const EXPORT_FORMAT = 'sourcelight-library';
export const EXPORT_VERSION = 2;

export interface ExportHead {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  articles: number;
  /** Earlier versions of the articles, in all (0 in exports from before versions). */
  versions: number;
}

export const exportHeadLine = (articles: number, versions = 0, now = new Date().toISOString()): string =>
  JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now, articles, versions } satisfies ExportHead) + '\n';
export const exportArticleLine = (article: unknown): string => JSON.stringify({ article }) + '\n';
export const exportVersionLine = (articleVersion: unknown): string => JSON.stringify({ articleVersion }) + '\n';
export const exportCorrectionsLine = (storyCorrections: readonly unknown[]): string => JSON.stringify({ storyCorrections }) + '\n';

/** One line of an export file, by its shape. */
export type ExportLine =
  { head: ExportHead } | { version1: true } | { article: unknown } | { articleVersion: unknown } | { storyCorrections: unknown } | { problem: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads line `at` (1-based) of a version 2 export; a head of version 1 (the whole file on one line) says so. */
export function readExportLine(line: string, at: number): ExportLine {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return { problem: `line ${at}: not JSON; skipped` };
  }
  if (!isRecord(v)) return { problem: `line ${at}: not a record; skipped` };
  if (v.format !== undefined) {
    if (v.format !== EXPORT_FORMAT) return { problem: 'This file is not a Sourcelight library export.' };
    if (v.version === 1) return { version1: true };
    if (v.version !== EXPORT_VERSION) return { problem: `This export is of version ${String(v.version).slice(0, 20)}, which this Sourcelight cannot read.` };
    return {
      head: {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exportedAt: String(v.exportedAt),
        articles: Number(v.articles) || 0,
        versions: Number(v.versions) || 0,
      },
    };
  }
  if ('article' in v) return { article: v.article };
  if ('articleVersion' in v) return { articleVersion: v.articleVersion };
  if ('storyCorrections' in v) return { storyCorrections: v.storyCorrections };
  return { problem: `line ${at}: neither an article, an earlier version nor the stories' corrections; skipped` };
}

/**
 * The lines of a text stream, as they come: the last piece of a chunk waits
 * for the next. Holds one line at a time, never the file.
 */
export async function* linesOf(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of chunks) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop() ?? '';
    for (const line of parts) if (line.trim()) yield line;
  }
  if (rest.trim()) yield rest;
}
