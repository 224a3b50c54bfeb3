/**
 * The compare worker of `indexInParallel`, started by the index (or folder)
 * worker. Sent the articles, it finds the topics (the build's `topics` step,
 * which takes no options) while the thread that started it forms the stories
 * and collects the named entities, and posts them; sent the stories, it
 * compares those it claims (that thread claims the rest once its own part is
 * done) and posts those comparisons back as plain values.
 */
import { parentPort } from 'node:worker_threads';
import type { ParsedSource } from '../intake/types';
import { extractTopics } from '../extract/topics';
import { storyMembers } from '../stories/stories';
import { compareClaimedStories, type CorpusJob, type CorpusReply } from './parallel-index';

let articles: ParsedSource[] = [];
parentPort?.on('message', (job: CorpusJob) => {
  const post = (reply: CorpusReply) => parentPort?.postMessage(reply);
  try {
    if ('articles' in job) {
      articles = job.articles;
      post({ topics: extractTopics(articles) });
    } else post({ parts: [...compareClaimedStories(storyMembers(articles, job.stories), job.order, new Int32Array(job.claims))] });
  } catch (error) {
    // The main thread does what is missing itself, so that it fails as the serial build would.
    post({ failed: error instanceof Error ? error.message : String(error) });
  }
});
