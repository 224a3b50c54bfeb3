/**
 * A worker of `readArticlesInParallel`: reads each file it is sent into its
 * article (intake and sentences) and its story features, and posts the plain
 * values back with the file's place, one file at a time.
 */
import { parentPort } from 'node:worker_threads';
import { readWithFeatures, type ReadJob, type ReadReply } from './parallel-read';

parentPort?.on('message', (job: ReadJob) => {
  let reply: ReadReply;
  try {
    reply = { index: job.index, ...readWithFeatures({ name: job.name, text: job.text }, job.editorial) };
  } catch (error) {
    // The main thread reads this file again itself, so that it fails as a serial read would.
    reply = { index: job.index, failed: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
