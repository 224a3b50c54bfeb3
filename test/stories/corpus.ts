/**
 * Test helper: the seeds, 35 real pages of other stories (Mozilla
 * Readability's test pages, in test/fixtures/corpus/readability), and a
 * follow-up written for these tests (2016, the accord's first year), as files
 * and as read articles.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readReadabilityPage } from '../../src/demo/corpus';
import { indexBuild } from '../../src/index/builder';
import { parseHtmlWithLinkedom } from '../../src/index/parse-html';
import type { CorpusFile, ParsedSource } from '../../src/intake/types';
import { seedEditorial, seedFiles } from '../seeds';

/** News and blog pages, several of them naming the story's people and places (Obama, China, Xi Jinping). */
export const OTHER_STORIES = [
  'nytimes-1',
  'nytimes-2',
  'nytimes-3',
  'nytimes-4',
  'nytimes-5',
  'yahoo-1',
  'yahoo-2',
  'yahoo-3',
  'yahoo-4',
  'bbc-1',
  'cnn',
  'wapo-1',
  'wapo-2',
  'guardian-1',
  'ars-1',
  'breitbart',
  'buzzfeed-1',
  'citylab-1',
  'cnet',
  'engadget',
  'herald-sun-1',
  'lemonde-1',
  'liberation-1',
  'medium-1',
  'msn',
  'salon-1',
  'seattletimes-1',
  'telegraph',
  'theverge',
  'tmz-1',
  'wikipedia',
  'wikipedia-2',
  'lwn-1',
  'quanta-1',
  'spiceworks',
].map((name) => `${name}.html`);

export const FOLLOW_UP = 'follow-up-2016.txt';

export function followUpFile(): CorpusFile {
  return { name: FOLLOW_UP, text: readFileSync(join(import.meta.dirname, 'fixtures', FOLLOW_UP), 'utf8') };
}

export function otherStoryFiles(): CorpusFile[] {
  return OTHER_STORIES.map((name) => ({ name, text: readReadabilityPage(name) }));
}

/** Every file of the mixed corpus: seeds, other stories, the follow-up. */
export function mixedFiles(): CorpusFile[] {
  return [...seedFiles(), ...otherStoryFiles(), followUpFile()];
}

let cached: ParsedSource[] | undefined;

/** The mixed corpus read into articles (once per test file), with the seeds' editorial file. */
export function mixedArticles(): ParsedSource[] {
  cached ??= indexBuild({ editorial: seedEditorial(), parseHtml: parseHtmlWithLinkedom }).read(mixedFiles()).articles;
  return cached;
}
