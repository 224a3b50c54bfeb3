/**
 * Finds on a page the sentences that reuse a passage of the index.
 *
 * Each page sentence is cut into word shingles (`shingles.ts`). A bit filter
 * of the indexed shingles rules out most of a page's (nearly all, up to a few
 * thousand saved articles); a sentence with enough left has them looked up in
 * an inverted map (shingle → passages), made ahead (`prepare`) or the first
 * time one is needed. A sentence reuses a passage when, with `shared` its
 * distinct shingles found in the passage:
 *   - `shared / min(sentence's shingles, passage.size) >= PASSAGE_CONTAINMENT`:
 *     most of the sentence is in the passage, or (for a page sentence that runs
 *     two together) most of the passage's shortest sentence is in it;
 *   - `shared >= MIN_SHARED_SHINGLES`, and `shared >= PASSAGE_COVER * size`: a
 *     short stock phrase ("according to officials involved in the talks") is
 *     not the passage, however contained.
 * One changed word costs at most three shingles, a reordered pair of clauses
 * about four (at the two seams), so a sentence of ordinary length keeps well
 * over half; an unrelated sentence sharing "the critical infrastructure" shares
 * a shingle or two.
 */
import type { SpotPassage } from '../contracts/schema';
import { flatPassagesOf, joinPassages, type FlatPassages } from '../contracts/spot-pack';
import { SHINGLE_K, SHINGLE_MASK, shingleAt, wordCapacity, writeWordHashes } from '../text/shingles';
import { appendSentenceBounds } from './sentences';

const PASSAGE_CONTAINMENT = 0.5;
const MIN_SHARED_SHINGLES = 4;
const PASSAGE_COVER = 0.25;

export interface PassageHit {
  /** The page sentence, in the normalised text. */
  start: number;
  end: number;
  /** Index into the passages given to `createPassageFinder`. */
  passage: number;
}

export interface PassageFinder {
  /** The page sentences of normalised `text[from, to)` that reuse a passage; empty if none. */
  find(text: string, from?: number, to?: number): PassageHit[];
  /**
   * Makes the finder's filter and table, yielding after each piece of
   * `STEP_SHINGLES` shingles: a caller that runs it in slices never holds its
   * thread long (at 10,000 saved articles of real news, the table alone is
   * most of a second of work). `find` makes at once what is not made yet.
   */
  prepare(): Generator<void, void, void>;
}

/** Shingles handled between two yields of `PassageFinder.prepare`: a few ms of work. */
export const STEP_SHINGLES = 1 << 18;

/**
 * Shingle → the passages that hold it: the positions of the flat array (every
 * passage's shingles in one) grouped by bucket of their shingle (compressed
 * sparse rows), one 32-bit position per shingle and one start per four. At
 * 10,000 saved articles shaped like real news (11 million shingles, nearly all
 * distinct, so the filter lets half of a page's through and nearly every page
 * needs this), a hash table with a list for each shared shingle took 3.9 s and
 * 551 MB at a worker's first page; this, 67 MB, made in 0.8 s of steps
 * (`npx tsx test/bench/passage-table.ts`).
 *
 * Made by counting sort in two rounds: the positions first split by the top
 * eight bits of their bucket (256 runs written in order), then each part
 * placed in its buckets. One round straight into the buckets writes all over
 * the arrays and misses the cache at every shingle: three times slower.
 */
class ShingleTable {
  /**
   * Bucket b's positions are `order[starts[b], starts[b + 1])`, increasing;
   * `mask` picks a shingle's bucket.
   */
  constructor(
    private readonly shingles: Int32Array,
    private readonly ends: Uint32Array,
    private readonly starts: Uint32Array,
    private readonly order: Uint32Array,
    private readonly mask: number,
  ) {}

  has(hash: number): boolean {
    const b = hash & this.mask;
    for (let i = this.starts[b], end = this.starts[b + 1]; i < end; i++) if (this.shingles[this.order[i]] === hash) return true;
    return false;
  }

  /** Calls `each` once for every passage holding `hash`, in passage order. */
  forEachPassage(hash: number, each: (passage: number) => void): void {
    const b = hash & this.mask;
    let last = -1;
    for (let i = this.starts[b], end = this.starts[b + 1]; i < end; i++) {
      const k = this.order[i];
      if (this.shingles[k] !== hash) continue;
      const passage = this.passageAt(k, last < 0 ? 0 : last);
      // A passage that repeats a shingle holds it once.
      if (passage !== last) each((last = passage));
    }
  }

  /** The passage whose shingles hold position `k`: the first whose end is past it, at `from` or after. */
  private passageAt(k: number, from: number): number {
    let lo = from;
    let hi = this.ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ends[mid] > k) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** Calls `each(from, to)` over `[0, count)` in pieces of `STEP_SHINGLES`, yielding after each. */
function* inPieces(count: number, each: (from: number, to: number) => void): Generator<void, void, void> {
  for (let from = 0; from < count; from += STEP_SHINGLES) {
    each(from, Math.min(count, from + STEP_SHINGLES));
    yield;
  }
}

/** Makes the table of `flat` (see `ShingleTable`), yielding every `STEP_SHINGLES` shingles of each of its four passes, and after each large array is made. */
function* tableSteps({ shingles, ends }: FlatPassages): Generator<void, ShingleTable, void> {
  const n = shingles.length;
  let bits = 10;
  while (1 << bits < n / 4 && bits < 24) bits++;
  const mask = (1 << bits) - 1;
  const shift = bits - 8;
  // Round one: each position and its shingle, by the top bits of its bucket.
  const parts = new Uint32Array(257);
  yield* inPieces(n, (from, to) => {
    for (let k = from; k < to; k++) parts[((shingles[k] & mask) >>> shift) + 1]++;
  });
  for (let p = 0; p < 256; p++) parts[p + 1] += parts[p];
  // Each large array in a step of its own: zeroing tens of megabytes takes milliseconds.
  const keys = new Int32Array(n);
  yield;
  const positions = new Uint32Array(n);
  yield;
  yield* inPieces(n, (from, to) => {
    for (let k = from; k < to; k++) {
      const at = parts[(shingles[k] & mask) >>> shift]++;
      keys[at] = shingles[k];
      positions[at] = k;
    }
  });
  // Round two: into the buckets, one part's at a time.
  const starts = new Uint32Array(mask + 2);
  yield;
  yield* inPieces(n, (from, to) => {
    for (let i = from; i < to; i++) starts[(keys[i] & mask) + 1]++;
  });
  const next = new Uint32Array(mask + 1);
  yield;
  yield* inPieces(mask + 1, (from, to) => {
    for (let b = from; b < to; b++) {
      starts[b + 1] += starts[b];
      next[b] = starts[b];
    }
  });
  const order = new Uint32Array(n);
  yield;
  yield* inPieces(n, (from, to) => {
    for (let i = from; i < to; i++) order[next[keys[i] & mask]++] = positions[i];
  });
  return new ShingleTable(shingles, ends, starts, order, mask);
}

/**
 * A bit per bucket of shingle hashes, set for the indexed ones, with 256
 * buckets per indexed shingle (so fewer than 1 in 256 other shingles share a
 * set bucket): one array read rules out nearly every shingle of a page, and
 * the table is only needed for the rare sentence with several left.
 */
class ShingleFilter {
  private readonly bits: Int32Array;
  private readonly mask: number;

  constructor(expected: number) {
    let buckets = 1024;
    while (buckets < expected * 256 && buckets < SHINGLE_MASK + 1) buckets <<= 1;
    this.bits = new Int32Array(buckets >>> 5);
    this.mask = buckets - 1;
  }

  /**
   * Indexed, not `for…of`: on a cold start this runs once over every indexed
   * shingle before the code is optimised, and a typed array's iterator costs
   * an object per step there.
   */
  addRange(hashes: ArrayLike<number>, from: number, to: number): void {
    const { bits, mask } = this;
    for (let i = from; i < to; i++) {
      const bucket = hashes[i] & mask;
      bits[bucket >>> 5] |= 1 << (bucket & 31);
    }
  }

  /** False when no indexed shingle shares `hash`'s bucket. */
  mayHold(hash: number): boolean {
    const bucket = hash & this.mask;
    return (this.bits[bucket >>> 5] & (1 << (bucket & 31))) !== 0;
  }
}

/**
 * Writes the shingles of `words[0, count + SHINGLE_K - 1)` to `shingles[0, count)`
 * and returns how many the filter lets through. Its own small function: the
 * page runs it on every word, and a small loop is compiled to fast code sooner
 * (on a fresh page the whole loop otherwise ran unoptimised, several times slower).
 */
function writeShingles(words: Int32Array, count: number, shingles: Int32Array, filter: ShingleFilter): number {
  let through = 0;
  for (let k = 0; k < count; k++) {
    const h = shingleAt(words, k);
    shingles[k] = h;
    if (filter.mayHold(h)) through++;
  }
  return through;
}

/** Runs steps through at once (as `finishSteps` in src/stories/steps.ts, which the matcher may not import). */
function finish<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export function createPassageFinder(passages: readonly SpotPassage[]): PassageFinder {
  // Every passage's shingles in one array: as loaded, or copied together once.
  const flat = flatPassagesOf(passages) ?? joinPassages(passages);
  // Both made by `prepare`, or at the first `find` that needs them: the table
  // for the first sentence the filter lets through (a small library's pages seldom have one).
  let filter: ShingleFilter | undefined;
  let table: ShingleTable | undefined;
  function* filterSteps(): Generator<void, ShingleFilter, void> {
    const made = new ShingleFilter(flat.shingles.length);
    yield* inPieces(flat.shingles.length, (from, to) => made.addRange(flat.shingles, from, to));
    return made;
  }

  // Scratch, reused from sentence to sentence.
  const counts = new Int32Array(passages.length);
  const touched: number[] = [];
  let words = new Int32Array(256);
  let shingles = new Int32Array(256);
  const bounds: number[] = [];

  const count = (p: number) => {
    if (counts[p]++ === 0) touched.push(p);
  };

  return {
    *prepare() {
      if (passages.length === 0) return;
      filter ??= yield* filterSteps();
      table ??= yield* tableSteps(flat);
    },
    find(text, from = 0, to = text.length) {
      const hits: PassageHit[] = [];
      if (passages.length === 0) return hits;
      filter ??= finish(filterSteps());
      bounds.length = 0;
      appendSentenceBounds(text, from, to, bounds);
      for (let b = 0; b < bounds.length; b += 2) {
        const capacity = wordCapacity(bounds[b], bounds[b + 1]);
        if (words.length < capacity) words = new Int32Array(capacity * 2);
        const n = writeWordHashes(text, bounds[b], bounds[b + 1], words) - SHINGLE_K + 1;
        if (n < MIN_SHARED_SHINGLES) continue;
        if (shingles.length < n) shingles = new Int32Array(n * 2);
        // Most sentences share too little with any passage to count: look up
        // first, and sort (to count distinct shingles) only when enough hit.
        if (writeShingles(words, n, shingles, filter) < MIN_SHARED_SHINGLES) continue;
        table ??= finish(tableSteps(flat));
        let known = 0;
        // The filter first: one array read, where the table's is a walk of its bucket.
        for (let k = 0; k < n; k++) if (filter.mayHold(shingles[k]) && table.has(shingles[k])) known++;
        if (known < MIN_SHARED_SHINGLES) continue;
        const own = shingles.subarray(0, n).sort();
        let unique = 0;
        for (let k = 0; k < n; k++) {
          if (k > 0 && own[k] === own[k - 1]) continue;
          unique++;
          if (filter.mayHold(own[k])) table.forEachPassage(own[k], count);
        }
        let best = -1;
        let bestScore = 0;
        for (const p of touched) {
          const shared = counts[p];
          counts[p] = 0;
          const size = passages[p].size;
          if (shared < MIN_SHARED_SHINGLES || shared < PASSAGE_COVER * size) continue;
          const score = shared / Math.min(unique, size);
          if (score >= PASSAGE_CONTAINMENT && score > bestScore) [best, bestScore] = [p, score];
        }
        touched.length = 0;
        if (best >= 0) hits.push({ start: bounds[b], end: bounds[b + 1], passage: best });
      }
      return hits;
    },
  };
}
