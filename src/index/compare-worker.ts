/**
 * A worker of `indexReadArticlesInParallel`: compares the sources within each
 * story while the main thread extracts the entities and quotes, and posts the
 * comparison back as plain values.
 */
import { parentPort } from 'node:worker_threads';
import { compareByStory } from '../stories/stories';
import type { CompareJob, CompareReply } from './parallel-index';

parentPort?.on('message', (job: CompareJob) => {
  let reply: CompareReply;
  try {
    reply = { comparison: compareByStory(job.articles, job.stories) };
  } catch (error) {
    // The main thread compares again itself, so that it fails as the serial build would.
    reply = { failed: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
