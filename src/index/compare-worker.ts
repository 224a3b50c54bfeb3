/**
 * A worker of `indexReadArticlesInParallel`: while the main thread extracts
 * the named entities and quotes, finds the topics (posted first, as the main
 * thread needs them sooner), then compares the stories it claims (the main
 * thread claims the rest once its own part is done), and posts those
 * comparisons back as plain values.
 */
import { parentPort } from 'node:worker_threads';
import { extractTopics } from '../extract/topics';
import { storyMembers } from '../stories/stories';
import { compareClaimedStories, type CorpusJob, type CorpusReply } from './parallel-index';

parentPort?.on('message', (job: CorpusJob) => {
  const post = (reply: CorpusReply) => parentPort?.postMessage(reply);
  try {
    post({ topics: extractTopics(job.articles) });
    post({ parts: [...compareClaimedStories(storyMembers(job.articles, job.stories), job.order, new Int32Array(job.claims))] });
  } catch (error) {
    // The main thread does what is missing itself, so that it fails as the serial build would.
    post({ failed: error instanceof Error ? error.message : String(error) });
  }
});
