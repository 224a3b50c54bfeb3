/**
 * Reads a folder of articles (`.txt`, `.md`, `.html`) for the builder. A file
 * that cannot be used is named in one line in `problems` and skipped; the
 * others are still indexed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { EDITORIAL_FILE } from '../intake/editorial';
import { STORIES_FILE } from '../stories/assignment';
import { buildIndex, indexBuild, type BuildOptions, type PendingFile } from '../index/builder';
import { defaultWorkerCount, featuresFrom, readArticlesInParallel, startWorker } from './parallel-read';
import { indexWithCompareWorker, replyOf, WORKER_HEAP_MB } from './parallel-index';
import { parseHtmlWithLinkedom } from '../index/parse-html';
import type { FullIndex } from '../contracts/schema';
import { decodeBytes, unusableBytes } from '../text/decode-bytes';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];
/** Larger files are not articles (a saved news page is rarely over 3 MB). */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;
/** Editorial corrections live beside the seeds under this name (optional). */
export { EDITORIAL_FILE };

export interface FolderBuild {
  index: FullIndex;
  /** One line per file that was skipped or corrected, naming the file. */
  problems: string[];
  /** Every file read, for watchers. */
  files: string[];
}

export class CorpusFolderError extends Error {
  override name = 'CorpusFolderError';
}

/**
 * The folder's articles, each read only when the builder reaches it (see
 * `PendingFile`), with its editorial and stories files read now.
 * @throws {CorpusFolderError} when the folder itself cannot be read.
 */
export function readCorpusFolder(dir: string): { files: PendingFile[]; editorial?: string; stories?: string; problems: string[]; paths: string[] } {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    throw new CorpusFolderError(`${dir}: cannot read the folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const files: PendingFile[] = [];
  const problems: string[] = [];
  const paths: string[] = [];
  let editorial: string | undefined;
  let stories: string | undefined;
  for (const name of names) {
    const path = join(dir, name);
    if (name === EDITORIAL_FILE) {
      paths.push(path);
      try {
        editorial = readFileSync(path, 'utf8');
      } catch (error) {
        problems.push(`${name}: cannot read the editorial file (${(error as NodeJS.ErrnoException).code}); using none`);
      }
      continue;
    }
    if (name === STORIES_FILE) {
      paths.push(path);
      try {
        stories = readFileSync(path, 'utf8');
      } catch (error) {
        problems.push(`${name}: cannot read the stories file (${(error as NodeJS.ErrnoException).code}); using no corrections`);
      }
      continue;
    }
    if (!ARTICLE_EXTENSIONS.includes(extname(name).toLowerCase())) continue;
    if (!isFile(path)) continue;
    paths.push(path);
    files.push({ name, read: () => readArticleFile(path) });
  }
  return { files, editorial, stories, problems, paths };
}

/** A directory entry that is no regular file (a folder, a broken link) is not an article; one that cannot be examined is read, to say why. */
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return true;
  }
}

/** One article file's text, or why it is not usable. */
export function readArticleFile(path: string): { text: string } | { problem: string } {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > MAX_ARTICLE_BYTES) {
      return { problem: `the file is too large for an article (${(size / 1048576).toFixed(1)} MB, over ${MAX_ARTICLE_BYTES / 1048576} MB)` };
    }
    bytes = readFileSync(path);
  } catch (error) {
    return { problem: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  return decodeArticleBytes(path, bytes);
}

/** An article file's bytes → its text, decoded as a browser would (`decodeBytes`), or why it is not usable. */
export function decodeArticleBytes(name: string, bytes: Uint8Array): { text: string; encoding?: string } | { problem: string } {
  const unusable = unusableBytes(bytes);
  if (unusable) return { problem: unusable };
  const ext = extname(name).toLowerCase();
  const { text, encoding } = decodeBytes(bytes, ext === '.html' || ext === '.htm' ? 'html' : ext === '.txt' ? 'txt' : 'md');
  if (!/\p{L}/u.test(text)) return { problem: 'the file has no words' };
  return { text, encoding };
}

export function buildIndexFromFolder(dir: string, options: BuildOptions = {}): FolderBuild {
  const read = readCorpusFolder(dir);
  const { index, problems } = buildIndex(read.files, { parseHtml: parseHtmlWithLinkedom, ...options, editorial: read.editorial, stories: read.stories });
  return { index, problems: [...read.problems, ...problems], files: read.paths };
}

/**
 * `buildIndexFromFolder` with the files read by worker threads (`workers`
 * besides the main thread; one per further core by default): the same index
 * and problems, sooner on a machine with several cores. The whole build then
 * runs on a worker (folder-worker.ts) whose heap has a limit of its own, and
 * the main thread, which keeps nothing meanwhile, only receives the result
 * (parallel-index.ts says why); it builds the index itself if that worker
 * fails, or if `parseHtml` is given (a function cannot be posted).
 */
export async function buildIndexFromFolderInParallel(dir: string, options: BuildOptions & { workers?: number } = {}): Promise<FolderBuild> {
  const { parseHtml, ...plain } = options;
  if (!parseHtml && (options.workers ?? defaultWorkerCount(readCorpusFolder(dir).files.length)) > 0) {
    const worker = startWorker('./folder-worker.ts', WORKER_HEAP_MB);
    try {
      worker.postMessage({ dir, options: plain } satisfies FolderJob);
      const built = await replyOf<FolderBuild>(worker);
      if (built) return built;
    } finally {
      await worker.terminate();
    }
  }
  return buildIndexFromFolderOnThreads(dir, options);
}

/** What the folder worker is sent: the folder and the build's options (no `parseHtml`). */
export interface FolderJob {
  dir: string;
  options: Omit<BuildOptions, 'parseHtml'> & { workers?: number };
}

/**
 * The folder's index, its files read by worker threads besides this one and
 * its corpus steps on this thread and a compare worker: what the folder worker
 * runs (and the main thread, when that worker fails).
 */
export async function buildIndexFromFolderOnThreads(dir: string, options: BuildOptions & { workers?: number } = {}): Promise<FolderBuild> {
  const folder = readCorpusFolder(dir);
  const build = indexBuild({ ...options, editorial: folder.editorial, stories: folder.stories });
  const read = await readArticlesInParallel(build, folder.files, options.workers);
  const { index, problems } =
    (options.workers ?? defaultWorkerCount(read.articles.length)) === 0
      ? build.index(read, featuresFrom(read.features))
      : await indexWithCompareWorker(build, read, read.features);
  return { index, problems: [...folder.problems, ...problems], files: folder.paths };
}
