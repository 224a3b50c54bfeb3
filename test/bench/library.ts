/**
 * The reader's library at 1,000 articles, in Node with fake-indexeddb (the
 * logic the background runs; IndexedDB's own speed in a browser differs):
 * adding one article (read, extract, fold in, cut the spot index, write it all
 * in one transaction), a cold start (open the store, read the packed spot
 * index, build the matcher, answer a first page) against a warm answer, the
 * library's own heap and the bytes stored per article.
 *
 * The articles are shaped like saved web pages: a synthetic story's
 * paragraphs inside a page with a head of scripts and styles, a menu and a
 * footer, 60 to 400 KB of HTML each, read with Readability as a saved page is.
 */
import 'fake-indexeddb/auto';
import v8 from 'node:v8';
import vm from 'node:vm';
import { IndexLookup } from '../../src/background/index-lookup';
import { buildIndex } from '../../src/index/builder';
import { toSpotIndex } from '../../src/index/spot-index';
import type { ArticleInput } from '../../src/library/article';
import { Library } from '../../src/library/service';
import { openLibraryDb } from '../../src/library/store';
import type { FullIndex, SpotIndex } from '../../src/contracts/schema';
import { createBlockMatcher } from '../../src/spot/candidates';
import { seedEditorial, seedFiles } from '../seeds';
import { syntheticCorpus } from './index-build';

export interface LibraryFigures {
  articles: number;
  /** Mean HTML size of an article as saved, KB. */
  pageKB: number;
  fillSeconds: number;
  addOneMs: { median: number; p95: number; max: number };
  coldFirstAnswerMs: number;
  /** The cold start's parts: opening the library (the stored spot index read and loaded), then the matcher built and the first answer. */
  coldSplitMs: { open: number; answer: number };
  warmAnswerMs: number;
  /**
   * The library's own heap after a cold start, MB (garbage collected before and
   * after each step): the spot index and its matcher; with the library page's
   * list (its stored lines); with the folded index (adding an article); with
   * the stories, their comparisons and the cards' lookup; with the search index.
   */
  heapMB: { spot: number; list?: number; folded?: number; withCards: number; withSearch: number };
  /** The Node process's RSS at the end, MB: fake-indexeddb's copy of the database and the bench's corpus included. */
  rssMB: number;
  /** Bytes stored per article (structured-clone size approximated by JSON length, UTF-16 not counted; typed arrays by their bytes). */
  storedKB: { record: number; original: number; indexPerArticle: number };
}

const PAGE = 'President Xi Jinping met officials in Washington. ' + 'The delegates discussed cyber norms and critical infrastructure at length. '.repeat(40);

function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] * 10) / 10;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A synthetic story as a saved news page: its text in an `<article>`, around it what pages carry. */
export function asSavedPage(text: string, i: number): string {
  const [title, , byline, , ...rest] = text.split('\n');
  const paragraphs = rest.filter(Boolean).map((p) => `<p>${escape(p)}</p>`);
  // Scripts and styles are most of a real page's bytes: 60 to 400 KB of them.
  const kb = 60 + ((i * 7919) % 340);
  const script = Array.from({ length: Math.ceil((kb * 1024) / 48) }, (_, k) => `window.__t${k}=function(a){return a*${k}+${i}};`).join('');
  const menu = Array.from({ length: 40 }, (_, k) => `<li><a href="/section/${k}">Section ${k}</a></li>`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)} - The Daily Bench</title><meta property="og:site_name" content="The Daily Bench"><style>body{margin:0}.nav li{display:inline}</style><script>${script}</script></head><body><nav class="nav"><ul>${menu}</ul></nav><main><article><h1>${escape(title)}</h1><p class="byline">${escape(byline)}</p>${paragraphs.join('')}</article></main><footer><p>© The Daily Bench. All rights reserved.</p><ul>${menu}</ul></footer></body></html>`;
}

function heapMeter(): () => number {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  return () => {
    gc();
    gc();
    return process.memoryUsage().heapUsed / 1e6;
  };
}

/** Bytes of the typed arrays directly in a stored value. */
function typedBytes(v: unknown): number {
  return typeof v === 'object' && v !== null ? Object.values(v).reduce<number>((n, x) => n + (ArrayBuffer.isView(x) ? x.byteLength : 0), 0) : 0;
}

async function storedSizes(dbName: string, n: number): Promise<LibraryFigures['storedKB']> {
  const db = await openLibraryDb(dbName);
  const size = (values: unknown[]) =>
    values.reduce<number>((sum, v) => sum + JSON.stringify(v, (_k, x) => (ArrayBuffer.isView(x) ? x.byteLength : x)).length + typedBytes(v), 0);
  const [records, originals, state] = await Promise.all([db.getAll('articles'), db.getAll('originals'), db.getAll('state')]);
  db.close();
  const kb = (bytes: number) => Math.round(bytes / n / 102.4) / 10;
  return { record: kb(size(records)), original: kb(size(originals)), indexPerArticle: kb(size(state)) };
}

/** The library's heap after a cold start: its spot index alone, then with the cards' index, then with search. */
async function coldHeap(seeds: FullIndex, seedSpot: SpotIndex, dbName: string): Promise<LibraryFigures['heapMB']> {
  const heap = heapMeter();
  const keep: unknown[] = [];
  const before = heap();
  const library = await Library.open(seeds, seedSpot, dbName);
  keep.push(library, createBlockMatcher(library.spotIndex));
  const spot = heap() - before;
  keep.push(await library.rows());
  const list = heap() - before;
  await library.staleIds();
  const folded = heap() - before;
  keep.push(new IndexLookup(await library.fullIndex()));
  const withCards = heap() - before;
  await library.search('talks');
  const withSearch = heap() - before;
  const mb = (x: number) => Math.round(x * 10) / 10;
  if (keep.length === 0) throw new Error('unreachable: keeps the measured objects alive');
  return { spot: mb(spot), list: mb(list), folded: mb(folded), withCards: mb(withCards), withSearch: mb(withSearch) };
}

async function fillAndAdd(library: Library, inputs: ArticleInput[], n: number): Promise<{ fillSeconds: number; times: number[] }> {
  const fillStart = performance.now();
  for (let i = 0; i < n; i += 50) await library.add(inputs.slice(i, Math.min(n, i + 50)));
  const fillSeconds = (performance.now() - fillStart) / 1000;
  const times: number[] = [];
  for (const input of inputs.slice(n)) {
    const t = performance.now();
    await library.add([input]);
    times.push(performance.now() - t);
  }
  return { fillSeconds, times };
}

export async function benchLibrary(n = 1000, singles = 20): Promise<LibraryFigures> {
  const seeds = buildIndex(seedFiles(), { editorial: seedEditorial() }).index;
  const seedSpot = toSpotIndex(seeds);
  const dbName = `bench-library-${Date.now()}`;
  let library: Library | undefined = await Library.open(seeds, seedSpot, dbName);
  const inputs: ArticleInput[] = syntheticCorpus(n + singles).map((f, i) => ({
    name: f.name.replace(/\.txt$/, '.html'),
    text: asSavedPage(f.text, i),
    format: 'html',
  }));
  const pageKB = Math.round(inputs.reduce((s, x) => s + x.text.length, 0) / inputs.length / 1024);
  const { fillSeconds, times } = await fillAndAdd(library, inputs, n);
  const articles = (await library.rows()).filter((r) => !r.sample).length;
  const warm = createBlockMatcher(library.spotIndex);
  warm(PAGE);
  const w = performance.now();
  warm(PAGE);
  const warmAnswerMs = performance.now() - w;
  library = undefined;
  inputs.length = 0;
  const c = performance.now();
  const cold = await Library.open(seeds, seedSpot, dbName);
  const opened = performance.now();
  createBlockMatcher(cold.spotIndex)(PAGE);
  const coldFirstAnswerMs = performance.now() - c;
  const coldSplitMs = { open: Math.round(opened - c), answer: Math.round(performance.now() - opened) };
  return {
    articles,
    pageKB,
    fillSeconds: Math.round(fillSeconds * 10) / 10,
    addOneMs: { median: pct(times, 0.5), p95: pct(times, 0.95), max: pct(times, 1) },
    coldFirstAnswerMs: Math.round(coldFirstAnswerMs),
    coldSplitMs,
    warmAnswerMs: Math.round(warmAnswerMs * 10) / 10,
    heapMB: await coldHeap(seeds, seedSpot, dbName),
    rssMB: Math.round(process.memoryUsage().rss / 1e6),
    storedKB: await storedSizes(dbName, articles),
  };
}

// `npx tsx test/bench/library.ts [articles]`: this part alone.
if (process.argv[1]?.endsWith('library.ts')) {
  benchLibrary(Number(process.argv[2] ?? 1000)).then((f) => console.log(JSON.stringify(f, null, 2)));
}
