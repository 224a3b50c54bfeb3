/**
 * The reader's passage finder (src/spot/passages.ts) on libraries shaped like
 * real news: the passages of the vendored real pages
 * (test/fixtures/corpus/readability), read as a saved page is, and copied
 * until there are `n` articles, each copy's shingles hashed anew, as another
 * article's words would be (nearly all distinct: the generated saved pages of
 * `library.ts` repeat the seeds' sentences, so their shingles are few).
 *
 * Each size in its own process, as a service worker starts afresh: the finder
 * made from the library's passages as loaded from the store, its filter and
 * table made ahead in steps (as the background does before a page's library
 * part, yielding between them), then a page of three of the real articles
 * read, and read again; the heap that the finder holds after (garbage
 * collected).
 *
 * `npx tsx test/bench/passage-table.ts [1000,3000,10000]`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { gunzipSync } from 'node:zlib';
import { flattenSpotIndex, unflattenSpotIndex, unpackPassage } from '../../src/contracts/spot-pack';
import { INDEX_VERSION, type SpotIndex, type SpotPassage } from '../../src/contracts/schema';
import { readArticle } from '../../src/library/article';
import { createPassageFinder } from '../../src/spot/passages';
import { SHINGLE_MASK } from '../../src/text/shingles';

const PAGES_DIR = resolve(import.meta.dirname, '../fixtures/corpus/readability');

export interface PassageTableFigures {
  articles: number;
  passages: number;
  shingles: number;
  /** Making the finder from the passages as loaded, ms. */
  madeMs: number;
  /** Making its filter and table ahead, in steps: all of them, and the longest step, ms. */
  prepareMs: number;
  longestStepMs: number;
  steps: number;
  /** The first page read, once made, ms. */
  firstPageMs: number;
  /** The same page read again, ms. */
  pageMs: number;
  /** Sentences of the page found reused. */
  hits: number;
  /** The finder's heap, its table made, MB. */
  heapMB: number;
}

/** What the children read: each real article's passages, and the text of a page of three of them. */
interface RealPassages {
  articles: { id: string; passages: { id: string; size: number; shingles: number[] }[] }[];
  page: string;
}

function readRealPassages(): RealPassages {
  const articles: RealPassages['articles'] = [];
  const texts: string[] = [];
  for (const file of readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()) {
    const read = readArticle({ name: file.replace(/\.gz$/, ''), text: gunzipSync(readFileSync(join(PAGES_DIR, file))).toString('utf8'), format: 'html' });
    if (!('article' in read)) continue;
    const { article } = read;
    articles.push({ id: article.id, passages: article.spot.passages.map(unpackPassage).map((p) => ({ id: p.id, size: p.size, shingles: [...p.shingles] })) });
    if (texts.length < 3 && article.parsed.sentences.length > 20) texts.push(article.parsed.sentences.map((s) => s.text).join(' '));
  }
  return { articles, page: texts.join('\n') };
}

/** Copy `copy`'s hash of a shingle: a keyed mix, the same shingle the same in one copy, another in each (copy 0 is the article itself). */
function rehash(shingle: number, copy: number): number {
  if (copy === 0) return shingle;
  let h = Math.imul(shingle ^ Math.imul(copy, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) & SHINGLE_MASK;
}

function libraryOf(real: RealPassages, n: number): SpotIndex {
  const passages: SpotPassage[] = [];
  for (let i = 0; i < n; i++) {
    const article = real.articles[i % real.articles.length];
    const copy = Math.floor(i / real.articles.length);
    for (const p of article.passages) {
      passages.push({ id: `${p.id}~${copy}`, size: p.size, shingles: p.shingles.map((h) => rehash(h, copy)) });
    }
  }
  // Stored flat and loaded, as a worker finds them.
  return unflattenSpotIndex(flattenSpotIndex({ version: INDEX_VERSION, entities: [], aliases: [], quotes: [], passages } as SpotIndex));
}

function measure(real: RealPassages, n: number): PassageTableFigures {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const heap = () => {
    gc();
    gc();
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    return heapUsed + arrayBuffers;
  };
  const { passages } = libraryOf(real, n);
  const before = heap();
  let t = performance.now();
  const finder = createPassageFinder(passages);
  const madeMs = performance.now() - t;
  let steps = 0;
  let longestStepMs = 0;
  const prepareStart = performance.now();
  for (let step = performance.now(), made = finder.prepare(); !made.next().done; step = performance.now()) {
    longestStepMs = Math.max(longestStepMs, performance.now() - step);
    steps++;
  }
  const prepareMs = performance.now() - prepareStart;
  t = performance.now();
  const hits = finder.find(real.page).length;
  const firstPageMs = performance.now() - t;
  t = performance.now();
  finder.find(real.page);
  const pageMs = performance.now() - t;
  const heapMB = (heap() - before) / 1e6;
  if (!finder) throw new Error('unreachable: keeps the finder alive to the heap read');
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    articles: n,
    passages: passages.length,
    shingles: passages.reduce((s, p) => s + p.shingles.length, 0),
    madeMs: round(madeMs),
    prepareMs: round(prepareMs),
    longestStepMs: round(longestStepMs),
    steps,
    firstPageMs: round(firstPageMs),
    pageMs: round(pageMs),
    hits,
    heapMB: round(heapMB),
  };
}

/** Each size in its own process (a fresh heap and unoptimised code, as a worker's start). */
export function benchPassageTable(sizes: readonly number[]): PassageTableFigures[] {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-passages-'));
  try {
    const file = join(dir, 'real.json');
    writeFileSync(file, JSON.stringify(readRealPassages()));
    return sizes.map((n) => {
      const out = execFileSync(process.execPath, ['--max-old-space-size=4096', '--import', 'tsx', fileURLToPath(import.meta.url), 'one', file, String(n)], {
        cwd: resolve(import.meta.dirname, '../..'),
        encoding: 'utf8',
      });
      return JSON.parse(out.trim().split('\n').pop()!) as PassageTableFigures;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv[2] === 'one') {
    console.log(JSON.stringify(measure(JSON.parse(readFileSync(process.argv[3], 'utf8')) as RealPassages, Number(process.argv[4]))));
  } else {
    for (const f of benchPassageTable((process.argv[2] ?? '1000,3000,10000').split(',').map(Number))) console.log(JSON.stringify(f));
  }
}
