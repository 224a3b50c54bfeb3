/**
 * The reader's library's part of a page's matches, found after the public
 * sample's answer has gone and sent apart from it (see `spotting.ts`). A
 * pass is held until the frame says it has painted the sample's matches
 * (`spot-painted`): the library's matching then never competes for the
 * machine with the page's own painting (on two cores, a core kept busy
 * meanwhile doubles the content script's time on a 1 MB page). Released
 * passes wait in a queue and run a text at a time, yielding whenever a slice
 * is spent, so that a page's next `spot` request is answered before the
 * library's work for an earlier one. How soon the sample's highlights appear
 * thus never waits for the library.
 */
import type { Candidate, LibraryHits } from '../contracts/messages';
import { diffLibraryHits } from '../contracts/messages';
import { finishStepsSliced, nextTask, slicePauses } from '../stories/steps';
import { prepareReader, spotForReader } from './spotting';

export interface LibraryPass {
  tabId: number;
  frameId: number;
  batch: number;
  texts: readonly string[];
  sample: readonly (readonly Candidate[])[];
  pageUrl: string | undefined;
}

type Send = (pass: LibraryPass, hits: LibraryHits) => void;

interface Held {
  pass: LibraryPass;
  send: Send;
  chars: number;
  since: number;
}

/** Work done before yielding to the next message, in ms. */
const SLICE_MS = 8;
/** Text held or queued at most; past it the oldest passes are dropped (a page flooding itself with changes). */
const MAX_QUEUED_CHARS = 16 * 1024 * 1024;
/** A pass its frame has not released by then is dropped (the frame read its page again, or is gone). */
export const HOLD_MS = 60_000;

const held: Held[] = [];
const queue: Held[] = [];
let queuedChars = 0;
let running = false;

const charsOf = (pass: LibraryPass) => pass.texts.reduce((n, t) => n + t.length, 0);

/** Drops what waited too long, then the oldest while over the cap (held before queued: a queued pass was asked for). */
function trim(now: number): void {
  for (let i = held.length - 1; i >= 0; i--) {
    if (now - held[i].since > HOLD_MS) queuedChars -= held.splice(i, 1)[0].chars;
  }
  while (queuedChars > MAX_QUEUED_CHARS && held.length + queue.length > 1) {
    queuedChars -= (held.length > 0 ? held.shift()! : queue.shift()!).chars;
  }
}

/** Holds `pass` until its frame releases it (`releaseLibraryPasses`); `send` gets what the library changes in it once found. */
export function holdLibraryPass(pass: LibraryPass, send: Send, now = Date.now()): void {
  const chars = charsOf(pass);
  held.push({ pass, send, chars, since: now });
  queuedChars += chars;
  trim(now);
}

/** Runs the passes of frame `frameId` of tab `tabId` numbered `batches`, held for it: its page has painted the sample's matches. */
export function releaseLibraryPasses(tabId: number, frameId: number, batches: readonly number[], now = Date.now()): void {
  trim(now);
  const wanted = new Set(batches);
  for (let i = 0; i < held.length;) {
    const { pass } = held[i];
    if (pass.tabId === tabId && pass.frameId === frameId && wanted.has(pass.batch)) queue.push(...held.splice(i, 1));
    else i++;
  }
  if (!running && queue.length > 0) void run();
}

async function run(): Promise<void> {
  running = true;
  try {
    // The page's own request is answered first.
    await nextTask();
    while (queue.length > 0) {
      // The matcher's tables first, in slices too (once a worker's life, or after a change of the library).
      await finishStepsSliced(prepareReader(), nextTask, SLICE_MS);
      const { pass, send, chars } = queue.shift()!;
      queuedChars -= chars;
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
  for (const list of [held, queue]) {
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i].pass.tabId === tabId) queuedChars -= list.splice(i, 1)[0].chars;
    }
  }
}

/** How many passes are held and queued (for tests). */
export const passesWaiting = (): { held: number; queued: number } => ({ held: held.length, queued: queue.length });
