/**
 * The reader's library's part of a page's matches, found after the public
 * sample's answer has gone and sent apart from it (see `spotting.ts`): the
 * passes wait in a queue and run a text at a time, yielding whenever a slice
 * is spent, so that a page's next `spot` request is answered before the
 * library's work for an earlier one. How soon the sample's highlights appear
 * thus never waits for the library.
 */
import type { Candidate, LibraryHits } from '../contracts/messages';
import { diffLibraryHits } from '../contracts/messages';
import { nextTask, slicePauses } from '../stories/steps';
import { spotForReader } from './spotting';

export interface LibraryPass {
  tabId: number;
  frameId: number;
  batch: number;
  texts: readonly string[];
  sample: readonly (readonly Candidate[])[];
  pageUrl: string | undefined;
}

/** Work done before yielding to the next message, in ms. */
const SLICE_MS = 8;
/** Text waiting in the queue at most; past it the oldest passes are dropped (a page flooding itself with changes). */
const MAX_QUEUED_CHARS = 16 * 1024 * 1024;

const queue: LibraryPass[] = [];
let queuedChars = 0;
let running = false;

const charsOf = (pass: LibraryPass) => pass.texts.reduce((n, t) => n + t.length, 0);

/** Queues `pass`; `send` gets what the library changes in it once it is found. */
export function queueLibraryPass(pass: LibraryPass, send: (pass: LibraryPass, hits: LibraryHits) => void): void {
  queue.push(pass);
  queuedChars += charsOf(pass);
  while (queuedChars > MAX_QUEUED_CHARS && queue.length > 1) queuedChars -= charsOf(queue.shift()!);
  if (!running) void run(send);
}

async function run(send: (pass: LibraryPass, hits: LibraryHits) => void): Promise<void> {
  running = true;
  try {
    // The page's own request is answered first.
    await nextTask();
    while (queue.length > 0) {
      const pass = queue.shift()!;
      queuedChars -= charsOf(pass);
      const reader: Candidate[][] = [];
      const pauseIfLong = slicePauses(nextTask, SLICE_MS);
      for (const text of pass.texts) {
        reader.push(spotForReader(text, pass.pageUrl));
        const paused = pauseIfLong();
        if (paused) await paused;
      }
      send(pass, diffLibraryHits(pass.sample, reader));
      await nextTask();
    }
  } finally {
    running = false;
  }
}

/** Forgets what waits for a closed tab. */
export function dropPassesOf(tabId: number): void {
  for (let i = queue.length - 1; i >= 0; i--) {
    if (queue[i].tabId === tabId) queuedChars -= charsOf(queue.splice(i, 1)[0]);
  }
}
