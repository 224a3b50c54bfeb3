/**
 * The corpus step of the build spread over two threads, for the Node edge
 * (`npm run index`, the bench): a worker finds the topics while the main
 * thread forms the stories and collects the named entities; the main thread
 * then traces the quotes, and both compare stories, each taking the next one
 * left. The index is the serial `indexReadArticles`' to the byte.
 */
import type { Worker } from 'node:worker_threads';
import type { Editorial } from '../intake/editorial';
import type { ParsedSource } from '../intake/types';
import { compareSources, type Comparison } from '../compare/compare';
import type { Entity } from '../contracts/schema';
import { namedEntities } from '../extract/index';
import { extractTopics } from '../extract/topics';
import type { StoryAssignment } from '../stories/assignment';
import { compareByStory, storyMembers } from '../stories/stories';
import { assembleIndex, extractArticles, formReadStories, indexReadArticles, type BuildOptions, type BuildResult } from '../index/builder';
import { defaultWorkerCount, featuresFrom, startWorker, type ParallelReadResult } from './parallel-read';

/** What the worker is sent: first the articles, then their stories. */
export type CorpusJob =
  | { articles: ParsedSource[] }
  | {
      stories: StoryAssignment;
      /** The stories to compare (those of two sources or more), the largest first, so that the threads end together. */
      order: number[];
      /** One shared counter: the next place of `order` to claim, by whichever thread is free. */
      claims: SharedArrayBuffer;
    };

/** The worker's replies, in this order: the topics, then the stories it compared; or why it stopped. */
export type CorpusReply = { topics: Entity[] } | { parts: [number, Comparison][] } | { failed: string };

/**
 * `indexReadArticles` on the articles (and story features) of
 * `readArticlesInParallel`, with a worker thread finding the topics and
 * comparing stories (none with `workers: 0`: all on this thread).
 */
export async function indexReadArticlesInParallel(
  read: ParallelReadResult,
  editorial: { editorial?: Editorial; problems: string[] },
  options: BuildOptions & { workers?: number } = {},
): Promise<BuildResult> {
  const featuresOf = featuresFrom(read.features);
  if ((options.workers ?? defaultWorkerCount(read.articles.length)) === 0) return indexReadArticles(read, editorial, options, featuresOf);
  const worker = startWorker('./compare-worker.ts');
  const replies = repliesOf(worker);
  try {
    const { articles } = read;
    // The topics need no stories: the worker finds them while the stories are formed here.
    worker.postMessage({ articles } satisfies CorpusJob);
    const formed = formReadStories(read, options, featuresOf);
    // The story features have done their work: let them go before the corpus's entities are found.
    read.features.clear();
    const members = storyMembers(articles, formed.assignment);
    const order = comparisonOrder(members);
    const claims = new SharedArrayBuffer(4);
    worker.postMessage({ stories: formed.assignment, order, claims } satisfies CorpusJob);
    const named = namedEntities(articles);
    // What the worker fails to give is made here, failing as the serial build would.
    const topics = (await replies.next('topics')) ?? extractTopics(articles);
    const extracted = extractArticles(articles, { overrides: options.overrides ?? true, editorial: editorial.editorial }, { named, topics });
    const parts = compareClaimedStories(members, order, new Int32Array(claims));
    for (const [k, part] of (await replies.next('parts')) ?? []) parts.set(k, part);
    const comparison = compareByStory(articles, formed.assignment, (m, k) => parts.get(k) ?? compareSources(m));
    const index = assembleIndex(articles, formed.assignment, extracted, comparison);
    return { index, problems: [...editorial.problems, ...read.problems, ...formed.problems] };
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
