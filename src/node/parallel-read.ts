/**
 * The build's per-article stage (`IndexBuild.read`) spread over worker
 * threads, for the Node edge (`npm run index`, the bench): the main thread
 * loads each file's text in name order and hands it to a worker, or reads it
 * itself when the workers have enough, and the readings are gathered in file
 * order by the build's own `read`, so the articles and problems are those of
 * the serial read. The platform-neutral builder stays serial.
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { EditorialSource } from '../intake/editorial';
import { articleFeatures, type ArticleFeatures } from '../stories/features';
import type { FeaturesOf } from '../stories/stories';
import { loadCorpusFile, readCorpusFile, type CorpusInput, type FileReading, type IndexBuild, type ReadResult } from '../index/builder';

export interface ReadJob {
  index: number;
  name: string;
  text: string;
  editorial?: EditorialSource;
}

export type ReadReply = { index: number; reading: FileReading; features?: ArticleFeatures } | { index: number; failed: string };

/** What the parallel read gives: the serial read's result, and each article's story features computed on the way. */
export interface ParallelReadResult extends ReadResult {
  /** Source id → `articleFeatures` of its article, for the build's `formStories`. */
  features: Map<string, ArticleFeatures>;
}

/** Files sent to a worker ahead of its answers, so that it does not wait while the main thread reads a file of its own. */
const JOBS_PER_WORKER = 8;

/** Fewer files than this are read on the main thread alone: starting a worker (it loads tsx) costs more than it saves. */
export const PARALLEL_MIN_FILES = 20;

/** One worker per core beyond the main thread's, for `files` files (none for a few). */
export const defaultWorkerCount = (files = Number.POSITIVE_INFINITY) => (files < PARALLEL_MIN_FILES ? 0 : Math.max(0, availableParallelism() - 1));

/**
 * Reads the files as `build.read` does, with `workers` threads besides the
 * main one (none: the serial read). Resolves to the same articles and problems
 * in the same order.
 */
export async function readArticlesInParallel(build: IndexBuild, files: readonly CorpusInput[], workers?: number): Promise<ParallelReadResult> {
  const sorted = build.order(files);
  const entry = build.editorialFor;
  const workerCount = Math.min(workers ?? defaultWorkerCount(sorted.length), sorted.length - 1);
  const readings: FileReading[] = [];
  const features: ArticleFeatures[] = [];
  if (workerCount > 0) {
    const workers = Array.from({ length: workerCount }, startReadWorker);
    try {
      await readWithWorkers(sorted, workers, entry, { readings, features });
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
    }
  }
  // Whatever no worker read (none at all without workers) is read here, in order, when its turn comes.
  const read = build.read(sorted, (input, i) => readings[i] ?? build.readFile(input));
  // The first article read with an id is the one kept; a later file giving the same id is skipped, its features too.
  const kept = new Map<string, ArticleFeatures>();
  for (const f of features) if (f && !kept.has(f.id)) kept.set(f.id, f);
  return { ...read, features: kept };
}

/** Reads one file with its story features, as a worker does: the features of the article alone. */
export function readWithFeatures(input: CorpusInput, editorial: EditorialSource | undefined): { reading: FileReading; features?: ArticleFeatures } {
  const reading = readCorpusFile(input, editorial);
  return { reading, features: 'parsed' in reading && reading.parsed ? articleFeatures(reading.parsed) : undefined };
}

function startReadWorker(): Worker {
  return startWorker('./read-worker.ts');
}

/** A worker thread running `file` (a TypeScript module beside this one). */
export function startWorker(file: string, heapMb?: number): Worker {
  // The worker is TypeScript: a few lines register tsx's loader in the new thread, then load it (`--import tsx`
  // registers nothing outside the main thread). The ES module of tsx's API, whatever conditions resolve here.
  const tsxApi = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  const worker = new URL(file, import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); });`;
  return new Worker(bootstrap, { eval: true, ...(heapMb ? { resourceLimits: { maxOldGenerationSizeMb: heapMb } } : {}) });
}

/** Fills `readings[i]` for every file: the main thread and each worker take the next file when they are free. */
function readWithWorkers(
  sorted: readonly CorpusInput[],
  workers: Worker[],
  entry: (name: string) => EditorialSource | undefined,
  { readings, features }: { readings: FileReading[]; features: ArticleFeatures[] },
): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let pending = 0;
    const inFlight = new Map<Worker, number>();
    // After a worker fails, the main thread stops reading its share too.
    let failed = false;
    const fail = (error: unknown) => {
      failed = true;
      reject(error);
    };
    const finishIfDone = () => {
      if (next >= sorted.length && pending === 0) resolve();
    };
    // Hands `worker` files until it has enough; a file that cannot be loaded is its reading already.
    const feed = (worker: Worker) => {
      while ((inFlight.get(worker) ?? 0) < JOBS_PER_WORKER && next < sorted.length) {
        const index = next++;
        const input = sorted[index];
        const loaded = loadCorpusFile(input);
        if ('problem' in loaded) {
          readings[index] = { unreadable: loaded.problem };
          continue;
        }
        inFlight.set(worker, (inFlight.get(worker) ?? 0) + 1);
        pending++;
        worker.postMessage({ index, name: input.name, text: loaded.file.text, editorial: entry(input.name) } satisfies ReadJob);
      }
    };
    for (const worker of workers) {
      worker.on('message', (reply: ReadReply) => {
        // A file a worker failed on is left to the main thread's serial pass, which fails as the serial read would.
        if ('reading' in reply) {
          readings[reply.index] = reply.reading;
          if (reply.features) features[reply.index] = reply.features;
        }
        inFlight.set(worker, (inFlight.get(worker) ?? 1) - 1);
        pending--;
        feed(worker);
        finishIfDone();
      });
      worker.on('error', fail);
      // Once every file is read this no longer matters: the workers are then terminated.
      worker.on('exit', (code) => fail(new Error(`a reading worker stopped early (exit code ${code})`)));
      feed(worker);
    }
    const readOwnShare = () => {
      if (failed) return;
      if (next < sorted.length) {
        const index = next++;
        const own = readWithFeatures(sorted[index], entry(sorted[index].name));
        readings[index] = own.reading;
        if (own.features) features[index] = own.features;
        // Let the workers' answers in (and feed them) before the next file of our own.
        setImmediate(readOwnShare);
      } else finishIfDone();
    };
    setImmediate(readOwnShare);
  });
}

/** Story features computed during the parallel read (with every sentence), or computed now for an article read without them or with boilerplate to leave out. */
export function featuresFrom(features: ReadonlyMap<string, ArticleFeatures>): FeaturesOf {
  return (article, skipped) => (skipped.size ? undefined : features.get(article.source.id)) ?? articleFeatures(article, skipped);
}
