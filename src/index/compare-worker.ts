/**
 * A worker of `indexReadArticlesInParallel`: while the main thread extracts
 * the named entities and quotes, finds the topics (posted first, as the main
 * thread needs them sooner), then compares the sources within each story, and
 * posts each back as plain values.
 */
import { parentPort } from 'node:worker_threads';
import { extractTopics } from '../extract/topics';
import { compareByStory } from '../stories/stories';
import type { CorpusJob, CorpusReply } from './parallel-index';

parentPort?.on('message', (job: CorpusJob) => {
  const post = (reply: CorpusReply) => parentPort?.postMessage(reply);
  try {
    post({ topics: extractTopics(job.articles) });
    post({ comparison: compareByStory(job.articles, job.stories) });
  } catch (error) {
    // The main thread does what is missing itself, so that it fails as the serial build would.
    post({ failed: error instanceof Error ? error.message : String(error) });
  }
});
