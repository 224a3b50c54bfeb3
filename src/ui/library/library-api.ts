/**
 * The library page's calls to the background, and the file reading they need:
 * an article file's bytes are decoded here as a browser would decode the page
 * (`decodeBytes`: byte-order mark, declared charset, sniff), and the background
 * gets the decoded text, never the bytes.
 */
import type { ArticleFormat, LibraryChangeReply, LibraryListReply } from '../../contracts/library-messages';
import { IMPORT_BATCH_CHARS, IMPORT_BATCH_ENTRIES, MAX_FILE_CHARS } from '../../contracts/library-messages';
import { exportArticleLine, exportCorrectionsLine, exportHeadLine, exportVersionLine, linesOf, readExportLine } from '../../contracts/library-export';
import { askBackground } from '../../platform/messaging';
import { readStoredRows } from '../../platform/stored-rows';
import { decodeBytes, unusableBytes } from '../../text/decode-bytes';

/** The whole list, from the background (which forms the stories and reads the sample's rows). */
export const listLibrary = () => askBackground('library-list', {});

/**
 * The first screen: the newest `n` rows, read from the library's database
 * when it holds that many (no wait for a stopped service worker), else from
 * the background, which fills a short library with the sample's rows. At
 * thousands of articles the whole list takes a second to read and send.
 */
export async function listNewest(n: number): Promise<LibraryListReply> {
  const stored = await readStoredRows(n);
  // In the store's order, as the background lists them.
  if (stored && stored.count >= n) return { rows: stored.rows.reverse(), total: stored.count, showSeeds: stored.showSeeds, stories: [] };
  return askBackground('library-list', { newest: n });
}

const FORMATS: Record<string, ArticleFormat> = { html: 'html', htm: 'html', md: 'md', txt: 'txt' };

export type FileKind = { article: ArticleFormat } | { export: true } | { skip: string };

/** What a chosen file is: an article, a library export, or something skipped (and why). */
export function kindOfFile(name: string, size: number): FileKind {
  const ext = /\.([^./\\]+)$/.exec(name)?.[1].toLowerCase() ?? '';
  if (ext === 'json' || ext === 'gz' || ext === 'ndjson') return { export: true };
  const format = FORMATS[ext];
  if (!format) return { skip: `${name}: not an article file (.html, .htm, .md, .txt) or a library export (.json); skipped` };
  if (size > MAX_FILE_CHARS) return { skip: `${name}: larger than 5 MB; skipped` };
  return { article: format };
}

export interface ImportProgress {
  done: number;
  total: number;
  added: number;
  problems: string[];
  error?: string;
}

/**
 * Imports files one at a time, so the page shows progress and `cancelled()`
 * stops between two files (those already imported stay).
 */
export async function importFiles(files: readonly File[], onProgress: (p: ImportProgress) => void, cancelled: () => boolean): Promise<ImportProgress> {
  const progress: ImportProgress = { done: 0, total: files.length, added: 0, problems: [] };
  for (const file of files) {
    if (cancelled() || progress.error) break;
    const kind = kindOfFile(file.name, file.size);
    let reply: LibraryChangeReply | undefined;
    if ('skip' in kind) progress.problems.push(kind.skip);
    else if ('export' in kind) {
      const done = await importExport(
        file,
        (p) => onProgress({ ...p, added: progress.added + p.added, problems: [...progress.problems, ...p.problems] }),
        cancelled,
      );
      progress.added += done.added;
      progress.problems.push(...done.problems);
      if (done.error) progress.error = `${file.name}: ${done.error}`;
    } else {
      const read = await readFileText(file, kind.article);
      if ('problem' in read) progress.problems.push(`${file.name}: ${read.problem}; skipped`);
      else reply = await askBackground('library-add', { files: [{ name: file.name, text: read.text, format: kind.article }] });
    }
    if (reply) {
      progress.added += reply.added.length;
      progress.problems.push(...reply.problems);
      if (reply.error) progress.error = `${file.name}: ${reply.error}`;
    }
    progress.done++;
    onProgress({ ...progress, problems: [...progress.problems] });
  }
  return progress;
}

/** A chosen file's text: an article's bytes decoded as a browser would; a library export is UTF-8 JSON. */
export async function readFileText(file: Blob, format: ArticleFormat | undefined): Promise<{ text: string } | { problem: string }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { problem: 'cannot be read' };
  }
  if (!format) return { text: new TextDecoder().decode(bytes) };
  const unusable = unusableBytes(bytes);
  return unusable ? { problem: unusable } : { text: decodeBytes(bytes, format).text };
}

/** Offers text as a file to save: made here, in the page, and never sent anywhere. */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The chunks of a stream, as an async iterable (not every browser this runs in iterates a stream itself). */
async function* chunksOf<T>(stream: ReadableStream<T>): AsyncGenerator<T> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** A file's bytes as a stream, gunzipped when it is gzipped (by its first two bytes, whatever its name). */
async function byteStream(file: File): Promise<ReadableStream<Uint8Array>> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  return head[0] === 0x1f && head[1] === 0x8b ? file.stream().pipeThrough(new DecompressionStream('gzip')) : file.stream();
}

const textStream = async (file: File): Promise<ReadableStream<string>> =>
  (await byteStream(file)).pipeThrough(new TextDecoderStream() as unknown as ReadableWritablePair<string, Uint8Array>);

/**
 * The entries of an export, one at a time, with their size: version 2 line by
 * line (an earlier version of an article as `{ articleVersion }`, after its
 * article); version 1 (one JSON object) parsed whole, here in the page.
 */
async function* exportEntries(
  file: File,
  found: { corrections?: unknown; total?: number; problems: string[] },
): AsyncGenerator<{ entry: unknown; chars: number }> {
  const lines = linesOf(chunksOf(await textStream(file)));
  const first = await lines.next();
  const head = first.done ? undefined : readExportLine(first.value, 1);
  if (!head || !('head' in head)) {
    if (!head) throw new Error('This file is empty.');
    if ('problem' in head && !head.problem.startsWith('line ')) throw new Error(head.problem);
    await lines.return(undefined);
    // Version 1: one JSON object (a library small enough to have been one string).
    let raw: unknown;
    try {
      raw = JSON.parse(await new Response(await byteStream(file)).text());
    } catch {
      throw new Error('This file is not a Sourcelight library export (it is not JSON).');
    }
    const v1 = raw as { format?: unknown; version?: unknown; articles?: unknown; storyCorrections?: unknown };
    if (typeof raw !== 'object' || raw === null || v1.format !== 'sourcelight-library') throw new Error('This file is not a Sourcelight library export.');
    if (v1.version !== 1) throw new Error(`This export is of version ${String(v1.version).slice(0, 20)}, which this Sourcelight cannot read.`);
    if (!Array.isArray(v1.articles)) throw new Error('This export holds no list of articles.');
    found.total = v1.articles.length;
    found.corrections = v1.storyCorrections;
    for (const entry of v1.articles) yield { entry, chars: textLength(entry) };
    return;
  }
  found.total = head.head.articles + head.head.versions;
  let at = 1;
  for await (const line of lines) {
    const read = readExportLine(line, ++at);
    if ('article' in read) yield { entry: read.article, chars: line.length };
    else if ('articleVersion' in read) yield { entry: { articleVersion: read.articleVersion }, chars: line.length };
    else if ('storyCorrections' in read) found.corrections = read.storyCorrections;
    else if ('problem' in read) found.problems.push(read.problem);
  }
}

const textLength = (entry: unknown) => {
  const text = (entry as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? text.length : 0;
};

/**
 * Imports a library export of any size: the file is read as a stream (never
 * whole, for version 2), its articles sent in bounded batches, staged by the
 * background, and joined to the library in one change at the end. An import
 * cut short is resumed when the same file is chosen again; a cancelled one is
 * rolled back. The reader is told which.
 */
export async function importExport(file: File, onProgress: (p: ImportProgress) => void, cancelled: () => boolean): Promise<ImportProgress> {
  const progress: ImportProgress = { done: 0, total: 0, added: 0, problems: [] };
  const found: { corrections?: unknown; total?: number; problems: string[] } = { problems: [] };
  const key = `${file.name}|${file.size}|${file.lastModified}`;
  let begun: { resumeFrom: number; rolledBack?: string; error?: string } | undefined;
  try {
    let batch: unknown[] = [];
    let chars = 0;
    /** The place in the file of the next entry, and of the batch's first. */
    let at = 0;
    let from = 0;
    const send = async () => {
      if (!batch.length) return;
      const reply = await askBackground('library-import-batch', { key, from, entries: batch });
      if (reply.error) throw new Error(reply.error);
      progress.problems.push(...reply.problems);
      progress.done = reply.done;
      batch = [];
      chars = 0;
      onProgress({ ...progress, problems: [...progress.problems] });
    };
    for await (const { entry, chars: size } of exportEntries(file, found)) {
      if (!begun) {
        begun = await askBackground('library-import-begin', { key, name: file.name, total: found.total ?? 0 });
        if (begun.error) throw new Error(begun.error);
        progress.total = found.total ?? 0;
        progress.done = begun.resumeFrom;
        if (begun.rolledBack) progress.problems.push(`An earlier import of ${begun.rolledBack}, cut short, was rolled back: nothing of it was kept.`);
        if (begun.resumeFrom) progress.problems.push(`Resumed an import of this file cut short, after ${begun.resumeFrom} articles.`);
      }
      if (cancelled()) {
        await askBackground('library-import-abort', {});
        progress.error = 'Import cancelled: nothing of this file was added (the library is as it was).';
        return progress;
      }
      if (at++ < begun.resumeFrom) continue;
      if (batch.length && (batch.length >= IMPORT_BATCH_ENTRIES || chars + size > IMPORT_BATCH_CHARS)) await send();
      if (!batch.length) from = at - 1;
      batch.push(entry);
      chars += size;
    }
    if (!begun) {
      begun = await askBackground('library-import-begin', { key, name: file.name, total: 0 });
      if (begun.error) throw new Error(begun.error);
    }
    await send();
    const reply = await askBackground('library-import-end', { key, storyCorrections: found.corrections });
    progress.added = reply.added.length;
    progress.problems.push(...found.problems, ...reply.problems);
    if (reply.error) progress.error = `${reply.error} Nothing of this file was added; choose it again to resume.`;
  } catch (error) {
    progress.error = begun
      ? `${(error as Error).message} The import stopped after ${progress.done} articles, none of them added yet: choose the same file again to resume it.`
      : (error as Error).message;
  }
  return progress;
}

/**
 * Exports the whole library as a version 2 file, gzipped: the articles are
 * asked for a part at a time and written through a compression stream into a
 * Blob built from its parts; nothing is ever one string or one message.
 */
export async function exportLibraryFile(onProgress?: (done: number, total: number) => void): Promise<Blob> {
  const { ids, versions, storyCorrections } = await askBackground('library-export-ids', {});
  return exportFile(ids, versions, storyCorrections, onProgress);
}

/**
 * A few articles (those of `ids` the library has) as an export file with their
 * earlier versions: what *Remove* keeps so that *Undo* brings each back whole.
 */
export async function exportArticlesFile(ids: readonly string[]): Promise<Blob> {
  // The head counts the versions: the parts are asked for before it is written (a few articles, one part or so).
  const parts = [];
  for (let i = 0; i < ids.length;) {
    const part = await askBackground('library-export-part', { ids: ids.slice(i) });
    if (part.error) throw new Error(part.error);
    parts.push(...part.entries);
    i += Math.max(1, part.taken);
  }
  const versions = parts.reduce((n, e) => n + (e.versions ?? 0), 0);
  return exportFile(
    parts.map((e) => e.id),
    versions,
    [],
  );
}

async function exportFile(
  ids: readonly string[],
  versions: number,
  storyCorrections: readonly unknown[],
  onProgress?: (done: number, total: number) => void,
): Promise<Blob> {
  const gzip = new CompressionStream('gzip');
  const blob = new Response(gzip.readable).blob();
  const writer = gzip.writable.getWriter();
  const encoder = new TextEncoder();
  const fail = async (error: string) => {
    await writer.abort(error);
    throw new Error(error);
  };
  await writer.write(encoder.encode(exportHeadLine(ids.length, versions)));
  for (let i = 0; i < ids.length;) {
    const part = await askBackground('library-export-part', { ids: ids.slice(i, i + 500) });
    if (part.error) await fail(part.error);
    for (const { id, versions: earlier, ...entry } of part.entries) {
      await writer.write(encoder.encode(exportArticleLine(entry)));
      // Its earlier versions, right after it, asked for a part at a time.
      for (let from: number | undefined = earlier ? 1 : undefined; from !== undefined;) {
        const got = await askBackground('library-export-versions', { id, from });
        if (got.error) await fail(got.error);
        for (const v of got.versions) await writer.write(encoder.encode(exportVersionLine(v)));
        from = got.next;
      }
    }
    i += Math.max(1, part.taken);
    onProgress?.(i, ids.length);
  }
  if (storyCorrections.length) await writer.write(encoder.encode(exportCorrectionsLine(storyCorrections)));
  await writer.close();
  return blob;
}

/** Offers a Blob as a file to save: made here, in the page, and never sent anywhere. */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
