/**
 * Mozilla Readability's 130 test pages, vendored gzipped in
 * test/fixtures/corpus/readability (see its README for where they come from
 * and their licence): the browser tests, intake's floors and the stories
 * tests read them here, so that a fresh clone needs nothing beside it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ROOT } from './browsers';

export const READABILITY_PAGES_DIR = resolve(ROOT, 'test/fixtures/corpus/readability');

/** What Mozilla's Readability test suite expects of a page (its `expected-metadata.json`). */
export interface ReadabilityMeta {
  title?: string;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  excerpt?: string | null;
  lang?: string | null;
  dir?: string | null;
  readerable?: boolean;
}

/** The pages' names as served and read (`nytimes-1.html`), sorted. */
export function readabilityPageNames(): string[] {
  return readdirSync(READABILITY_PAGES_DIR)
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.slice(0, -'.gz'.length))
    .sort();
}

/** Whether `name` (`nytimes-1.html`) is one of the pages. */
export function isReadabilityPage(name: string): boolean {
  return existsSync(join(READABILITY_PAGES_DIR, basename(name) + '.gz'));
}

/** One page's bytes (`nytimes-1.html`), decompressed: as its site served them. */
export function readReadabilityPageBytes(name: string): Buffer {
  return gunzipSync(readFileSync(join(READABILITY_PAGES_DIR, basename(name) + '.gz')));
}

/** One page's HTML (`nytimes-1.html`); every page is UTF-8. */
export function readReadabilityPage(name: string): string {
  return readReadabilityPageBytes(name).toString('utf8');
}

/** What Readability's tests expect of one page (`nytimes-1.html`). */
export function readReadabilityMeta(name: string): ReadabilityMeta {
  return JSON.parse(readFileSync(join(READABILITY_PAGES_DIR, basename(name).replace(/\.html$/, '.meta.json')), 'utf8'));
}
