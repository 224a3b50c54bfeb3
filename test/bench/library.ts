/**
 * The reader's library at 1,000 articles, in Node with fake-indexeddb (the
 * logic the background runs; IndexedDB's own speed in a browser differs):
 * adding one article (read, extract, fold in, cut the spot index, write it all
 * in one transaction), a cold start (open the store, read the packed spot
 * index, build the matcher, answer a first page) against a warm answer, and
 * the process's memory.
 */
import 'fake-indexeddb/auto';
import { buildIndex } from '../../src/index/builder';
import { loadSpotIndex } from '../../src/index/loader';
import { toSpotIndex } from '../../src/index/spot-index';
import { Library } from '../../src/library/service';
import { packSpotIndex } from '../../src/shared/spot-pack';
import { createBlockMatcher } from '../../src/spot/candidates';
import { seedEditorial, seedFiles } from '../seeds';
import { syntheticCorpus } from './index-build';

export interface LibraryFigures {
  articles: number;
  fillSeconds: number;
  addOneMs: { median: number; p95: number; max: number };
  coldFirstAnswerMs: number;
  warmAnswerMs: number;
  rssMB: number;
}

const PAGE = 'President Xi Jinping met officials in Washington. ' + 'The delegates discussed cyber norms and critical infrastructure at length. '.repeat(40);

function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] * 10) / 10;
}

export async function benchLibrary(n = 1000, singles = 20): Promise<LibraryFigures> {
  const seeds = buildIndex(seedFiles(), { editorial: seedEditorial() }).index;
  const seedSpot = packSpotIndex(toSpotIndex(seeds));
  const dbName = `bench-library-${Date.now()}`;
  const library = await Library.open(seeds, seedSpot, dbName);
  const corpus = syntheticCorpus(n + singles);
  const inputs = corpus.map((f) => ({ name: f.name, text: f.text, format: 'txt' as const }));
  const fillStart = performance.now();
  for (let i = 0; i < n; i += 50) await library.add(inputs.slice(i, Math.min(n, i + 50)));
  const fillSeconds = (performance.now() - fillStart) / 1000;
  const times: number[] = [];
  for (const input of inputs.slice(n)) {
    const t = performance.now();
    await library.add([input]);
    times.push(performance.now() - t);
  }
  const warm = createBlockMatcher(loadSpotIndex(library.spotIndex));
  warm(PAGE);
  const w = performance.now();
  warm(PAGE);
  const warmAnswerMs = performance.now() - w;
  const c = performance.now();
  const cold = await Library.open(seeds, seedSpot, dbName);
  createBlockMatcher(loadSpotIndex(cold.spotIndex))(PAGE);
  const coldFirstAnswerMs = performance.now() - c;
  return {
    articles: (await library.rows()).filter((r) => !r.sample).length,
    fillSeconds: Math.round(fillSeconds * 10) / 10,
    addOneMs: { median: pct(times, 0.5), p95: pct(times, 0.95), max: pct(times, 1) },
    coldFirstAnswerMs: Math.round(coldFirstAnswerMs),
    warmAnswerMs: Math.round(warmAnswerMs * 10) / 10,
    rssMB: Math.round(process.memoryUsage().rss / 1e6),
  };
}

// `npx tsx test/bench/library.ts`: this part alone.
if (process.argv[1]?.endsWith('library.ts')) {
  benchLibrary().then((f) => console.log(JSON.stringify(f, null, 2)));
}
