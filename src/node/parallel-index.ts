/**
 * The build's corpus steps spread over two worker threads, for the Node edge
 * (`npm run index`, the bench). The main thread, which has read the articles,
 * hands them to an index worker and waits: there a second worker finds the
 * topics while the index worker forms the stories and collects the named
 * entities; the index worker then applies the entity corrections and traces
 * the quotes, both compare stories, each taking the next one left, and the
 * index worker assembles the index and posts it back. Every step is the
 * build's own (`IndexBuild`); only where it runs is decided here, so the index
 * and the problems are the serial `build.index`'s to the byte.
 *
 * Why workers and not the main thread: V8 lets a heap without a limit of its
 * own grow to four times what it kept at its last full collection before it
 * collects again (the main thread's limit is the machine's), and the corpus
 * steps drop a great deal along the way; a worker's heap is given a limit
 * (`WORKER_HEAP_MB`), under which V8 grows it by less than twice. On the
 * 5,000-article stream the main thread alone came to 950 MB of heap for under
 * 300 MB kept.
 */
import type { Worker } from 'node:worker_threads';
import type { ParsedSource } from '../intake/types';
import { compareSources, type Comparison } from '../compare/compare';
import type { Entity } from '../contracts/schema';
import type { StoryAssignment } from '../stories/assignment';
import { storyMembers, type FeaturesOf } from '../stories/stories';
import type { ArticleFeatures } from '../stories/features';
import type { BuildOptions, BuildResult, IndexBuild, ReadResult } from '../index/builder';
import { defaultWorkerCount, featuresFrom, startWorker, type ParallelReadResult } from './parallel-read';

/**
 * Old-generation limit of each build worker, in MB: near four times what one
 * keeps at most on the 5,000-article stream (under 300 MB), and well under
 * 2 GB, from which V8 lets a heap grow to four times what it keeps (at 1 GB,
 * some 1.6 times).
 */
export const WORKER_HEAP_MB = 1024;

/** What the index worker is sent: the build's options and the read articles with their story features. */
export interface IndexJob {
  options: BuildOptions;
  read: ReadResult;
  features: Map<string, ArticleFeatures>;
}

/** A build worker's reply (the index worker's, the folder worker's): what it built, or why it stopped. */
export type BuiltReply<T = BuildResult> = { built: T } | { failed: string };

/** What the compare worker is sent: first the articles, then their stories. */
export type CorpusJob =
  | { articles: ParsedSource[] }
  | {
      stories: StoryAssignment;
      /** The stories to compare (those of two sources or more), the largest first, so that the threads end together. */
      order: number[];
      /** One shared counter: the next place of `order` to claim, by whichever thread is free. */
      claims: SharedArrayBuffer;
    };

/** The compare worker's replies, in this order: the topics, then the stories it compared; or why it stopped. */
export type CorpusReply = { topics: Entity[] } | { parts: [number, Comparison][] } | { failed: string };

/**
 * `build.index` on the articles (and story features) of
 * `readArticlesInParallel`, the corpus steps on an index worker and a compare
 * worker (none with `workers` 0: all on this thread). The story features are
 * handed over and let go here.
 */
export async function indexInParallel(build: IndexBuild, read: ParallelReadResult, workers?: number): Promise<BuildResult> {
  if ((workers ?? defaultWorkerCount(read.articles.length)) === 0) return build.index(read, featuresFrom(read.features));
  const worker = startWorker('./index-worker.ts', WORKER_HEAP_MB);
  try {
    const { parseHtml: _parser, ...options } = build.options;
    worker.postMessage({ options, read: { articles: read.articles, problems: read.problems }, features: read.features } satisfies IndexJob);
    read.features.clear();
    // What the worker fails to give is made here, failing as the serial build would.
    return (await replyOf<BuildResult>(worker)) ?? build.index(read);
  } finally {
    await worker.terminate();
  }
}

/**
 * The corpus steps of `build` on this thread (an index worker) and a compare
 * worker, which finds the topics and compares the stories it claims.
 */
export async function indexWithCompareWorker(build: IndexBuild, read: ReadResult, features: Map<string, ArticleFeatures>): Promise<BuildResult> {
  const featuresOf: FeaturesOf = featuresFrom(features);
  const worker = startWorker('./compare-worker.ts', WORKER_HEAP_MB);
  const replies = repliesOf(worker);
  try {
    const { articles } = read;
    // The topics need no stories: the worker finds them while the stories are formed here.
    worker.postMessage({ articles } satisfies CorpusJob);
    const stories = build.formStories(articles, featuresOf);
    // The story features have done their work: let them go before the corpus's entities are found.
    features.clear();
    const members = storyMembers(articles, stories.assignment);
    const order = comparisonOrder(members);
    const claims = new SharedArrayBuffer(4);
    worker.postMessage({ stories: stories.assignment, order, claims } satisfies CorpusJob);
    const named = build.namedEntities(articles);
    // What the worker fails to give is made here, failing as the serial build would.
    const topics = (await replies.next('topics')) ?? build.topics(articles);
    const entities = build.entities(articles, named, topics);
    const parts = compareClaimedStories(members, order, new Int32Array(claims));
    for (const [k, part] of (await replies.next('parts')) ?? []) parts.set(k, part);
    // The worker's part is done: its heap (a copy of the articles, and what finding the topics left) goes now, not after the index is assembled.
    await worker.terminate();
    const comparison = build.compare(articles, stories.assignment, (m, k) => parts.get(k) ?? compareSources(m));
    return build.assemble({ read, stories, entities, comparison });
  } finally {
    await worker.terminate();
  }
}

/** The stories of two sources or more, by index, the most sentences first (ties in story order). */
export function comparisonOrder(members: readonly ParsedSource[][]): number[] {
  const size = members.map((m) => m.reduce((n, a) => n + a.sentences.length, 0));
  return members
    .map((_, k) => k)
    .filter((k) => members[k].length >= 2)
    .sort((a, b) => size[b] - size[a] || a - b);
}

/** Compares the stories this thread claims from the shared counter, until none is left: story index → comparison. */
export function compareClaimedStories(members: readonly ParsedSource[][], order: readonly number[], claims: Int32Array): Map<number, Comparison> {
  const parts = new Map<number, Comparison>();
  for (let next = Atomics.add(claims, 0, 1); next < order.length; next = Atomics.add(claims, 0, 1)) {
    parts.set(order[next], compareSources(members[order[next]]));
  }
  return parts;
}

/** A build worker's result, or undefined once it has failed or stopped without one. */
export function replyOf<T>(worker: Worker): Promise<T | undefined> {
  return new Promise((resolve) => {
    worker.on('message', (reply: BuiltReply<T>) => resolve('built' in reply ? reply.built : undefined));
    worker.on('error', () => resolve(undefined));
    worker.on('exit', () => resolve(undefined));
  });
}

type Part = { topics: Entity[]; parts: [number, Comparison][] };

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
