/**
 * The index worker of `indexInParallel`. Sent the build's options and the read
 * articles with their story features, it makes the same build and runs its
 * corpus steps with a compare worker of its own (`indexWithCompareWorker`),
 * then posts the index and the problems back as plain values.
 */
import { parentPort } from 'node:worker_threads';
import { indexBuild } from '../index/builder';
import { indexWithCompareWorker, type BuiltReply, type IndexJob } from './parallel-index';

parentPort?.once('message', (job: IndexJob) => {
  const post = (reply: BuiltReply) => parentPort?.postMessage(reply);
  indexWithCompareWorker(indexBuild(job.options), job.read, job.features).then(
    (built) => post({ built }),
    // The main thread builds the index itself, so that it fails as the serial build would.
    (error: unknown) => post({ failed: error instanceof Error ? error.message : String(error) }),
  );
});
