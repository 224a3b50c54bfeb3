/**
 * The library page's calls to the background, and the file reading they need:
 * an article file's bytes are decoded here as a browser would decode the page
 * (`decodeBytes`: byte-order mark, declared charset, sniff), and the background
 * gets the decoded text, never the bytes.
 */
import type { ArticleFormat, LibraryChangeReply } from '../../contracts/library-messages';
import { MAX_FILE_CHARS } from '../../contracts/library-messages';
import { askBackground } from '../../platform/messaging';
import { decodeBytes, unusableBytes } from '../../text/decode-bytes';

export const listLibrary = () => askBackground('library-list', {});

const FORMATS: Record<string, ArticleFormat> = { html: 'html', htm: 'html', md: 'md', txt: 'txt' };

export type FileKind = { article: ArticleFormat } | { export: true } | { skip: string };

/** What a chosen file is: an article, a library export, or something skipped (and why). */
export function kindOfFile(name: string, size: number): FileKind {
  const ext = /\.([^./\\]+)$/.exec(name)?.[1].toLowerCase() ?? '';
  if (ext === 'json') return { export: true };
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
    else {
      const read = await readFileText(file, 'article' in kind ? kind.article : undefined);
      if ('problem' in read) progress.problems.push(`${file.name}: ${read.problem}; skipped`);
      else if ('export' in kind) reply = await askBackground('library-import', { text: read.text });
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
