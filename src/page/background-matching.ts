/**
 * The page's way to the matcher, which runs in the extension's background:
 * the page's main thread only reads and paints. The background answers each
 * batch of texts with the public sample's matches, and sends what the
 * reader's library changes in them afterwards, apart, once the page says it
 * has painted the sample's (see `src/background/library-pass.ts`); this
 * module pairs the two by batch number.
 */
import { parseLibraryHits, parseSpotReply, type Candidate } from '../contracts/messages';
import type { ContentRequests, Fields } from '../contracts/protocol';
import { askBackground } from '../platform/messaging';
import type { LibraryChange, PageMatching, PaintedMatch } from './spotter';

interface WaitingBatch {
  texts: string[];
  /** The sample's matches, once its answer is in. */
  sample?: Candidate[][];
  onLibrary: (change: LibraryChange) => void;
  /** The library's change, when it came before the sample's answer was read. */
  early?: Fields<ContentRequests, 'library-hits'>;
}

/** Batches whose library change may still come; the oldest are forgotten past this many. */
const MAX_WAITING = 256;
const waiting = new Map<number, WaitingBatch>();
/** Batches whose sample's matches are in, not yet said to be painted (`painted`). */
const unpainted: number[] = [];
// Batch numbers start anywhere: a frame's next document does not take a change meant for this one.
let nextBatch = Math.floor(Math.random() * 2 ** 40);

function takeChange(batch: WaitingBatch, hits: Fields<ContentRequests, 'library-hits'>): void {
  const change = parseLibraryHits(hits, batch.texts, batch.sample!);
  if (change) batch.onLibrary(change);
}

export const backgroundMatching: PageMatching = {
  find: async (texts, onLibrary) => {
    const batch = nextBatch++;
    const entry: WaitingBatch = { texts, onLibrary };
    waiting.set(batch, entry);
    if (waiting.size > MAX_WAITING) waiting.delete(waiting.keys().next().value!);
    let reply;
    try {
      reply = await askBackground('spot', { texts, batch });
    } finally {
      if (!reply?.libraryFollows || !waiting.has(batch)) waiting.delete(batch);
    }
    const sample = parseSpotReply(reply, texts);
    if (!sample) throw new Error('the background sent no usable matches');
    entry.sample = sample;
    if (reply.libraryFollows) unpainted.push(batch);
    // An extension page (the sample article) gets the library's change in the reply itself.
    if (reply.library) takeChange(entry, { batch, ...reply.library });
    else if (entry.early) {
      waiting.delete(batch);
      takeChange(entry, entry.early);
    }
    return sample;
  },
  painted: () => {
    if (unpainted.length === 0) return;
    // The newest the page still waits for: older batches are forgotten here too (`MAX_WAITING`).
    const batches = unpainted.splice(0).slice(-MAX_WAITING);
    void askBackground('spot-painted', { batches }).catch(() => undefined);
  },
  mayMention: async (text) => {
    const reply = await askBackground('probe', { text });
    if (typeof reply?.sample !== 'boolean' || typeof reply.library !== 'boolean') throw new Error('the background sent no usable answer to a probe');
    // With a library, every page is read, whatever it holds: how much work a page costs must not say what the library knows.
    return reply.sample || reply.library;
  },
};

/** The library's change to one of this frame's batches (a `library-hits` request). */
export function takeLibraryHits(hits: Fields<ContentRequests, 'library-hits'>): void {
  const batch = waiting.get(hits.batch);
  if (!batch) return;
  if (!batch.sample) {
    batch.early = hits;
    return;
  }
  waiting.delete(hits.batch);
  takeChange(batch, hits);
}

/** Entities are listed by their canonical name; quotes and passages by the page's words. */
export const labelOf = (m: PaintedMatch): string => m.label ?? m.text;
