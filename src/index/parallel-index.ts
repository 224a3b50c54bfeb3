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
import type { Entity } from '../shared/schema';
import { namedEntities } from '../extract/index';
import { extractTopics } from '../extract/topics';
import type { StoryAssignment } from '../stories/assignment';
import { compareByStory } from '../stories/stories';
import { assembleIndex, extractArticles, formReadStories, indexReadArticles, type BuildOptions, type BuildResult } from './builder';
import { featuresFrom, startWorker, type ParallelReadResult } from './parallel-read';

export interface CorpusJob {
  articles: ParsedSource[];
  stories: StoryAssignment;
}

/** The worker's replies, in this order: the topics, then the comparison; or why it stopped. */
export type CorpusReply = { topics: Entity[] } | { comparison: Comparison } | { failed: string };

/**
 * `indexReadArticles` on the articles (and story features) of
 * `readArticlesInParallel`, finding the topics and comparing on a worker
 * thread (none with `workers: 0`: all on this thread).
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
  const replies = repliesOf(worker);
  try {
    const { articles } = read;
    const formed = formReadStories(read, options, featuresOf);
    worker.postMessage({ articles, stories: formed.assignment } satisfies CorpusJob);
    const named = namedEntities(articles);
    // What the worker fails to give is made here, failing as the serial build would.
    const topics = (await replies.next('topics')) ?? extractTopics(articles);
    const extracted = extractArticles(articles, { overrides: options.overrides ?? true, editorial: editorial.editorial }, { named, topics });
    const comparison = (await replies.next('comparison')) ?? compareByStory(articles, formed.assignment);
    const index = assembleIndex(articles, formed.assignment, extracted, comparison);
    return { index, problems: [...editorial.problems, ...read.problems, ...formed.problems] };
  } finally {
    await worker.terminate();
  }
}

type Part = { topics: Entity[]; comparison: Comparison };

/**
 * The worker's replies in the order it posts them: `next(part)` resolves to
 * that part, or to undefined once the worker has failed or stopped.
 */
function repliesOf(worker: Worker): { next<K extends keyof Part>(part: K): Promise<Part[K] | undefined> } {
  const queue: CorpusReply[] = [];
  let waiting: (() => void) | undefined;
  let over = false;
  const wake = () => {
    waiting?.();
    waiting = undefined;
  };
  const stop = () => {
    over = true;
    wake();
  };
  // After a failure the worker posts nothing more.
  worker.on('message', (reply: CorpusReply) => {
    if ('failed' in reply) return stop();
    queue.push(reply);
    wake();
  });
  worker.on('error', stop);
  worker.on('exit', stop);
  return {
    async next(part) {
      while (queue.length === 0 && !over) await new Promise<void>((resolve) => (waiting = resolve));
      const reply = queue.shift();
      return reply && part in reply ? (reply as Part)[part] : undefined;
    },
  };
}
