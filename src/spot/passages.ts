/**
 * Finds on a page the sentences that reuse a passage of the index.
 *
 * Each page sentence is cut into word shingles (`shingles.ts`). A bit filter
 * of the indexed shingles rules out nearly all of a page's; a sentence with
 * enough left has them looked up in an inverted map (shingle → passages), made
 * the first time one is needed. A sentence reuses a passage when, with
 * `shared` its distinct shingles found in the passage:
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
}

/**
 * Open-addressing hash table from shingle to passages, in two typed arrays:
 * compact, and no boxing of 32-bit keys (Map keys above 2^30 are heap numbers).
 * A slot's value is a passage index, `-2 - k` for the k-th list of passages
 * sharing that shingle, or `EMPTY`.
 */
const EMPTY = -1;

class ShingleTable {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;
  readonly lists: number[][] = [];

  constructor(expected: number) {
    let size = 16;
    while (size < expected * 2) size <<= 1;
    this.keys = new Int32Array(size);
    this.values = new Int32Array(size).fill(EMPTY);
    this.mask = size - 1;
  }

  private slot(key: number): number {
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    while (this.values[i] !== EMPTY && this.keys[i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  add(hash: number, passage: number): void {
    const key = hash | 0;
    const i = this.slot(key);
    const v = this.values[i];
    if (v === EMPTY) {
      this.keys[i] = key;
      this.values[i] = passage;
    } else if (v >= 0) {
      if (v !== passage) {
        this.values[i] = -2 - this.lists.length;
        this.lists.push([v, passage]);
      }
    } else {
      const list = this.lists[-2 - v];
      if (list[list.length - 1] !== passage) list.push(passage);
    }
  }

  /** The slot value for `hash` (see the class comment); `EMPTY` if absent. */
  get(hash: number): number {
    return this.values[this.slot(hash | 0)];
  }
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
  addAll(hashes: ArrayLike<number>): void {
    const { bits, mask } = this;
    for (let i = 0; i < hashes.length; i++) {
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

/** Shingle → passages, read from the flat form in one loop. */
function tabulate({ shingles, ends }: FlatPassages): ShingleTable {
  const table = new ShingleTable(shingles.length);
  for (let i = 0, k = 0; i < ends.length; i++) {
    for (const end = ends[i]; k < end; k++) table.add(shingles[k], i);
  }
  return table;
}

export function createPassageFinder(passages: readonly SpotPassage[]): PassageFinder {
  // Every passage's shingles in one array: as loaded, or copied together once.
  const flat = flatPassagesOf(passages) ?? joinPassages(passages);
  const filter = new ShingleFilter(flat.shingles.length);
  filter.addAll(flat.shingles);
  // Made for the first sentence the filter lets through: most pages have none.
  let table: ShingleTable | undefined;

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
    find(text, from = 0, to = text.length) {
      const hits: PassageHit[] = [];
      if (passages.length === 0) return hits;
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
        table ??= tabulate(flat);
        let known = 0;
        for (let k = 0; k < n; k++) if (table.get(shingles[k]) !== EMPTY) known++;
        if (known < MIN_SHARED_SHINGLES) continue;
        const own = shingles.subarray(0, n).sort();
        let unique = 0;
        for (let k = 0; k < n; k++) {
          if (k > 0 && own[k] === own[k - 1]) continue;
          unique++;
          const v = table.get(own[k]);
          if (v >= 0) count(v);
          else if (v !== EMPTY) for (const p of table.lists[-2 - v]) count(p);
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
