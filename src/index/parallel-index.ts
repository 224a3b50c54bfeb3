/**
 * The corpus step of the build spread over two threads, for the Node edge
 * (`npm run index`, the bench): once the stories are formed, a worker compares
 * the sources within each story while the main thread extracts the entities
 * and quotes; neither needs the other's result. The index is the serial
 * `indexReadArticles`' to the byte.
 */
import type { Worker } from 'node:worker_threads';
import type { Editorial } from '../intake/editorial';
import type { ParsedSource } from '../intake/types';
import type { Comparison } from '../compare/compare';
import type { StoryAssignment } from '../stories/assignment';
import { compareByStory } from '../stories/stories';
import { assembleIndex, extractArticles, formReadStories, indexReadArticles, type BuildOptions, type BuildResult } from './builder';
import { featuresFrom, startWorker, type ParallelReadResult } from './parallel-read';

export interface CompareJob {
  articles: ParsedSource[];
  stories: StoryAssignment;
}

export type CompareReply = { comparison: Comparison } | { failed: string };

/**
 * `indexReadArticles` on the articles (and story features) of
 * `readArticlesInParallel`, comparing on a worker thread (none with
 * `workers: 0`: all on this thread).
 */
export async function indexReadArticlesInParallel(
  read: ParallelReadResult,
  editorial: { editorial?: Editorial; problems: string[] },
  options: BuildOptions & { workers?: number } = {},
): Promise<BuildResult> {
  const featuresOf = featuresFrom(read.features);
  if (options.workers === 0) return indexReadArticles(read, editorial, options, featuresOf);
  // Started first, so that it loads while the stories are formed.
  const worker = startWorker('./compare-worker.ts');
  try {
    const formed = formReadStories(read, options, featuresOf);
    const compared = compareOnWorker(worker, { articles: read.articles, stories: formed.assignment });
    const extracted = extractArticles(read.articles, { overrides: options.overrides ?? true, editorial: editorial.editorial });
    // A worker that fails leaves the comparison to this thread, which fails as the serial build would.
    const comparison = (await compared) ?? compareByStory(read.articles, formed.assignment);
    const index = assembleIndex(read.articles, formed.assignment, extracted, comparison);
    return { index, problems: [...editorial.problems, ...read.problems, ...formed.problems] };
  } finally {
    await worker.terminate();
  }
}

/** The worker's comparison, or undefined if it failed or stopped. */
function compareOnWorker(worker: Worker, job: CompareJob): Promise<Comparison | undefined> {
  return new Promise((resolve) => {
    worker.once('message', (reply: CompareReply) => resolve('comparison' in reply ? reply.comparison : undefined));
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
    worker.postMessage(job);
  });
}
