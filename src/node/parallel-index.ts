/**
 * The build's corpus steps spread over two threads, for the Node edge
 * (`npm run index`, the bench): a worker finds the topics while the main
 * thread forms the stories and collects the named entities; the main thread
 * then applies the entity corrections and traces the quotes, and both compare
 * stories, each taking the next one left. Every step is the build's own
 * (`IndexBuild`); only where it runs is decided here, so the index and the
 * problems are the serial `build.index`'s to the byte.
 */
import type { Worker } from 'node:worker_threads';
import type { ParsedSource } from '../intake/types';
import { compareSources, type Comparison } from '../compare/compare';
import type { Entity } from '../contracts/schema';
import type { StoryAssignment } from '../stories/assignment';
import { storyMembers } from '../stories/stories';
import type { BuildResult, IndexBuild } from '../index/builder';
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
 * `build.index` on the articles (and story features) of
 * `readArticlesInParallel`, with a worker thread finding the topics and
 * comparing stories (none with `workers` 0: all on this thread).
 */
export async function indexInParallel(build: IndexBuild, read: ParallelReadResult, workers?: number): Promise<BuildResult> {
  const featuresOf = featuresFrom(read.features);
  if ((workers ?? defaultWorkerCount(read.articles.length)) === 0) return build.index(read, featuresOf);
  const worker = startWorker('./compare-worker.ts');
  const replies = repliesOf(worker);
  try {
    const { articles } = read;
    // The topics need no stories: the worker finds them while the stories are formed here.
    worker.postMessage({ articles } satisfies CorpusJob);
    const stories = build.formStories(articles, featuresOf);
    // The story features have done their work: let them go before the corpus's entities are found.
    read.features.clear();
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
