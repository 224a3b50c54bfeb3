/**
 * The folder worker of `buildIndexFromFolderInParallel`: sent a folder and the
 * build's options, it builds the folder's index as the main thread would
 * (`buildIndexFromFolderOnThreads`, with reading and compare workers of its
 * own) and posts the index, the problems and the files back as plain values.
 */
import { parentPort } from 'node:worker_threads';
import { buildIndexFromFolderOnThreads, type FolderBuild, type FolderJob } from './folder';
import type { BuiltReply } from './parallel-index';

parentPort?.once('message', (job: FolderJob) => {
  const post = (reply: BuiltReply<FolderBuild>) => parentPort?.postMessage(reply);
  buildIndexFromFolderOnThreads(job.dir, job.options).then(
    (built) => post({ built }),
    // The main thread builds the index itself, so that it fails as it would have.
    (error: unknown) => post({ failed: error instanceof Error ? error.message : String(error) }),
  );
});
