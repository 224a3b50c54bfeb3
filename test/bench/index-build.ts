/**
 * Benchmark of the index builder.
 *
 *  - `benchSeeds(runs)`: the five seeds, median wall time of several builds.
 *  - `benchIndexBuild(articles)`: a synthetic corpus made by recombining and
 *    perturbing the seeds' paragraphs with a deterministic PRNG (same seed →
 *    same corpus), built once; returns its size, time and the process's peak RSS.
 *
 * Run directly: `npx tsx test/bench/index-build.ts [articles]` prints the figures;
 * `npx tsx test/bench/index-build.ts real 100,300,1000 [distinct]` builds each size of real pages in its own process
 * (copies varied, or respelled into stories of their own: see `CopyKind`).
 * Targets: seeds well under 2 s; 2,000 articles under 60 s and 1.5 GB.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { parseSource } from '../../src/intake/parse-source';
import type { CorpusFile } from '../../src/intake/types';
import { buildIndex, indexBuild, type PendingFile } from '../../src/index/builder';
import { defaultWorkerCount, readArticlesInParallel } from '../../src/node/parallel-read';
import { indexInParallel } from '../../src/node/parallel-index';
import { buildIndexFromFolder } from '../../src/node/folder';
import { SEEDS_DIR, seedFiles } from '../seeds';
import { isDateWord, isFunctionWord } from '../../src/text/lexicon';
import { prng } from './prng';

const SWAPS: [RegExp, string[]][] = [
  [/\bThursday\b/, ['Tuesday', 'Friday', 'Wednesday']],
  [/\bwill not\b/, ['will', 'would not', 'may not']],
  [/\baccord\b/, ['deal', 'agreement', 'pact']],
  [/\bcould\b/, ['would', 'might', 'will']],
  [/\b22 million\b/, ['21 million', '20 million']],
  [/\baccording to officials\b/, ['a media report said', 'according to analysts']],
];
const NAMES = ['JANE DOE', 'Li Wei', 'MARIA GARCIA', 'Tom Baker', 'AMINA YUSUF', 'Kenji Sato'];
const MONTHS = ['Sept.', 'Oct.', 'Nov.'];

/** The synthetic corpus: `n` articles, each a headline, a byline and 4–14 perturbed seed paragraphs. */
export function syntheticCorpus(n: number, seed = 20150919): CorpusFile[] {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const seeds = seedFiles().map((f) => parseSource(f).parsed!);
  const paragraphs = seeds.flatMap((p) => p.body.split('\n\n'));
  const titles = seeds.map((p) => p.source.title);
  const files: CorpusFile[] = [];
  for (let i = 0; i < n; i++) {
    const count = 4 + Math.floor(rand() * 11);
    const body: string[] = [];
    for (let k = 0; k < count; k++) {
      let p = pick(paragraphs);
      // Perturb: swap a telling word, drop a few words, or leave it as a verbatim copy.
      const r = rand();
      if (r < 0.3) {
        const [re, options] = pick(SWAPS);
        p = p.replace(re, pick(options));
      } else if (r < 0.6) {
        const words = p.split(' ');
        for (let d = 0; d < 3 && words.length > 8; d++) words.splice(1 + Math.floor(rand() * (words.length - 2)), 1);
        p = words.join(' ');
      }
      body.push(p);
    }
    const day = 1 + Math.floor(rand() * 28);
    const text = [
      pick(titles) + (rand() < 0.5 ? '' : ` (${i})`),
      '',
      `By ${pick(NAMES)} ${pick(MONTHS)} ${day}, 2015`,
      '',
      ...body.flatMap((p) => [p, '']),
    ].join('\n');
    files.push({ name: `bench_${String(i).padStart(5, '0')}.txt`, text });
  }
  return files;
}

export interface BuildFigures {
  articles: number;
  ms: number;
  peakRssMB: number;
  sentences: number;
  alignments: number;
  discrepancies: number;
}

export function benchIndexBuild(articles = 2000): BuildFigures {
  const files = syntheticCorpus(articles);
  const t = performance.now();
  const { index } = buildIndex(files);
  const ms = performance.now() - t;
  return {
    articles: index.sources.length,
    ms: Math.round(ms),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    sentences: index.sentences.length,
    alignments: index.alignments.length,
    discrepancies: index.discrepancies.length,
  };
}

/** Saved real pages, read where they are shared (never copied into the repository). */
export const REAL_PAGES_DIR = resolve(import.meta.dirname, '../../../shared/corpus/readability');

// Copies of a page differ in these words, so a copy is not its original byte for byte.
const REAL_SWAPS: [RegExp, string[]][] = [
  [/\bsaid\b/g, ['said', 'stated', 'told reporters']],
  [/\bMonday\b/g, ['Monday', 'Tuesday', 'Friday']],
  [/\bgovernment\b/g, ['government', 'administration']],
  [/\bcompany\b/g, ['company', 'firm']],
  [/\bpeople\b/g, ['people', 'residents', 'users']],
  [/\bnew\b/g, ['new', 'recent']],
];

/**
 * How a page is copied past the saved ones: `varied`, a few words swapped, so
 * copies join their original's story (wire copies: stories of up to eight
 * versions, compared pair by pair); `distinct`, every longer word of its text
 * respelled, so each copy is a story of its own (a reader's library of
 * unrelated articles: many stories, each article clustered against all).
 */
export type CopyKind = 'varied' | 'distinct';

/** The kind a command line names (`distinct`), else `varied`. */
const copyKindOf = (arg: string | undefined): CopyKind => (arg === 'distinct' ? 'distinct' : 'varied');

/**
 * `n` real pages: the saved pages in order, then again under new names, made
 * by a deterministic PRNG (one per copy, so a copy is the same whenever it is
 * read), until there are `n`. Each page is made only when the builder reads
 * it, as a folder's files are: the corpus is never in memory whole.
 * @throws {Error} naming the folder when it holds no pages.
 */
export function realCorpus(n: number, dir = REAL_PAGES_DIR, seed = 20150919, kind: CopyKind = 'varied'): PendingFile[] {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .sort();
  } catch {
    names = [];
  }
  if (names.length === 0) throw new Error(`${dir}: no saved pages (.html) to benchmark the index build on`);
  const files: PendingFile[] = [];
  for (let i = 0; i < n; i++) {
    const name = names[i % names.length];
    const copy = Math.floor(i / names.length);
    const read = () => ({ text: readFileSync(join(dir, name), 'utf8') });
    const made = (text: string) => (kind === 'distinct' ? respelled(text, copy) : varied(text, copy, prng(seed + i)));
    files.push(copy === 0 ? { name, read } : { name: `copy${copy}_${name}`, read: () => ({ text: made(read().text) }) });
  }
  return files;
}

/** A copy of a page: its title numbered, some words swapped. */
function varied(text: string, copy: number, rand: () => number): string {
  let out = text.replace(/<title>/i, `<title>(${copy}) `);
  for (const [re, options] of REAL_SWAPS) out = out.replace(re, () => options[Math.floor(rand() * options.length)]);
  return out;
}

/**
 * A copy of a page that shares no story with it: in the text between tags
 * (scripts and styles left alone), every word of four letters or more that is
 * not a function word or a date word has its letters shifted by `copy`
 * places, case kept.
 * "Obama" is another name in each copy, but the same name throughout one, and
 * the page keeps its shape, its sentences and its function words.
 */
export function respelled(html: string, copy: number): string {
  const shift = (word: string) =>
    isFunctionWord(word.toLowerCase()) || isDateWord(word)
      ? word
      : word.replace(/[A-Za-z]/g, (c) => {
          const base = c <= 'Z' ? 65 : 97;
          return String.fromCharCode(base + ((c.charCodeAt(0) - base + copy) % 26));
        });
  let raw = false;
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        if (/^<(script|style)\b/i.test(part)) raw = true;
        else if (/^<\/(script|style)\b/i.test(part)) raw = false;
        return part;
      }
      return raw ? part : part.replace(/(?<![&#\w])[A-Za-z]{4,}/g, shift);
    })
    .join('');
}

export interface RealFigures {
  /** How the pages past the saved ones were copied. */
  kind: CopyKind;
  articles: number;
  ms: number;
  msPerArticle: number;
  /** The process's CPU time for the build: steadier than wall time on a shared machine. */
  cpuS: number;
  peakRssMB: number;
  entities: number;
  /** Stories formed, and the most sources one holds: comparison within a story grows with its size squared. */
  stories: number;
  largestStory: number;
  /** Sentence pairs aligned within stories: copies of one page align with each other, so these grow faster than the pages. */
  alignments: number;
  /** Worker threads that read the files besides the main thread. */
  workers: number;
  /** The machine's load average over the last minute when the build ended (the machine is shared). */
  loadAverage: number;
}

/**
 * Builds the index of `n` real pages once, the files read on worker threads as
 * `npm run index` reads them (`workers` besides the main thread; 0: serially);
 * time, time per article and the process's peak RSS so far.
 */
export async function benchRealPages(n: number, workers = defaultWorkerCount(), kind: CopyKind = 'varied'): Promise<RealFigures> {
  const files = realCorpus(n, REAL_PAGES_DIR, undefined, kind);
  const t = performance.now();
  const cpu = process.cpuUsage();
  // HTML is read with the Node edge's parser (linkedom), as `npm run index` does.
  const build = indexBuild();
  const read = await readArticlesInParallel(build, files, workers);
  const { index } = await indexInParallel(build, read, workers);
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  if (index.sources.length === 0) throw new Error(`${n} real pages: none was read; is the HTML parser passed?`);
  return {
    kind,
    articles: index.sources.length,
    ms: Math.round(ms),
    msPerArticle: Math.round((ms / Math.max(1, index.sources.length)) * 10) / 10,
    cpuS: Math.round((used.user + used.system) / 1e5) / 10,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    entities: index.entities.filter((e) => e.kind !== 'topic').length,
    stories: index.stories.length,
    largestStory: Math.max(0, ...index.stories.map((s) => s.sources.length)),
    alignments: index.alignments.length,
    workers,
    loadAverage: Math.round(loadavg()[0] * 10) / 10,
  };
}

export function benchSeeds(runs = 7): { runs: number; medianMs: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    buildIndexFromFolder(SEEDS_DIR);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { runs, medianMs: Math.round(times[Math.floor(runs / 2)] * 10) / 10 };
}

/**
 * `benchRealPages(n)` in a fresh Node process, so that its peak RSS is its own
 * and not the largest of the runs before it in this process. Its heap is
 * capped at `HEAP_CAP_MB`: the build's live heap is about 250 MB at 1,000
 * pages, but with the default limit V8 lets the read pages' garbage grow to
 * 2 GB before collecting it; under the cap the build either fits or fails.
 */
export const HEAP_CAP_MB = 1024;

export function benchRealPagesAlone(n: number, kind: CopyKind = 'varied'): RealFigures {
  const out = execFileSync(
    process.execPath,
    [`--max-old-space-size=${HEAP_CAP_MB}`, '--import', 'tsx', fileURLToPath(import.meta.url), 'real-json', String(n), kind],
    { cwd: resolve(import.meta.dirname, '../..'), encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as RealFigures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && process.argv[2] === 'real-json') {
  console.log(JSON.stringify(await benchRealPages(Number(process.argv[3]), undefined, copyKindOf(process.argv[4]))));
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && process.argv[2] === 'real') {
  const kind = copyKindOf(process.argv[4]);
  for (const n of (process.argv[3] ?? '100,300,1000').split(',').map(Number)) {
    const f = benchRealPagesAlone(n, kind);
    console.log(
      `${n} real pages, ${kind} copies (${f.articles} indexed): ${(f.ms / 1000).toFixed(1)} s (CPU ${f.cpuS} s), ${f.msPerArticle} ms per article, peak RSS ${f.peakRssMB} MB (${f.workers} reading workers, load ${f.loadAverage}), ${f.entities} named entities, ${f.stories} stories (largest ${f.largestStory}), ${f.alignments} alignments`,
    );
  }
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = Number(process.argv[2] ?? 2000);
  const seeds = benchSeeds();
  console.log(`seeds: median ${seeds.medianMs} ms over ${seeds.runs} builds (first build included)`);
  const big = benchIndexBuild(n);
  console.log(
    `${big.articles} articles: ${(big.ms / 1000).toFixed(1)} s, peak RSS ${big.peakRssMB} MB ` +
      `(${big.sentences} sentences, ${big.alignments} alignments, ${big.discrepancies} discrepancies)`,
  );
}
