/**
 * Reads a folder of articles (`.txt`, `.md`, `.html`) for the builder. A file
 * that cannot be used is named in one line in `problems` and skipped; the
 * others are still indexed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { EDITORIAL_FILE } from '../intake/editorial';
import type { CorpusFile } from '../intake/types';
import { STORIES_FILE } from '../stories/assignment';
import { buildIndex, type BuildOptions } from './builder';
import { parseHtmlWithLinkedom } from './parse-html';
import type { FullIndex } from '../shared/schema';

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

/** @throws {CorpusFolderError} when the folder itself cannot be read. */
export function readCorpusFolder(dir: string): { files: CorpusFile[]; editorial?: string; stories?: string; problems: string[]; paths: string[] } {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    throw new CorpusFolderError(`${dir}: cannot read the folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const files: CorpusFile[] = [];
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
    paths.push(path);
    let bytes: Buffer;
    try {
      const stat = statSync(path);
      if (!stat.isFile()) continue;
      if (stat.size > MAX_ARTICLE_BYTES) {
        problems.push(`${name}: the file is too large for an article (${(stat.size / 1048576).toFixed(1)} MB, over ${MAX_ARTICLE_BYTES / 1048576} MB); skipped`);
        continue;
      }
      bytes = readFileSync(path);
    } catch (error) {
      problems.push(`${name}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)}); skipped`);
      continue;
    }
    const problem = describeUnusable(bytes);
    if (problem) {
      problems.push(`${name}: ${problem}; skipped`);
      continue;
    }
    files.push({ name, text: bytes.toString('utf8') });
  }
  return { files, editorial, stories, problems, paths };
}

/** Why these bytes are not an article, or `undefined` if they may be one. */
export function describeUnusable(bytes: Buffer): string | undefined {
  if (bytes.length === 0) return 'the file is empty';
  if (bytes.includes(0)) return 'the file is binary, not text';
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD')) return 'the file is not valid UTF-8 text';
  if (!/\p{L}/u.test(text)) return 'the file has no words';
  return undefined;
}

export function buildIndexFromFolder(dir: string, options: BuildOptions = {}): FolderBuild {
  const read = readCorpusFolder(dir);
  const { index, problems } = buildIndex(read.files, { parseHtml: parseHtmlWithLinkedom, ...options, editorial: read.editorial, stories: read.stories });
  return { index, problems: [...read.problems, ...problems], files: read.paths };
}
