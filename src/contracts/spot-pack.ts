/**
 * The spot index as it is bundled into the content script: passage shingles
 * packed as base64, 3 bytes per 24-bit hash, instead of decimal numbers in
 * JSON. Random hashes do not compress and are most of the bundle's data;
 * packed, the seeds' spot index is about a fifth smaller gzipped (12.8 KB, not 15.7 KB).
 */
import type { SpotIndex, SpotPassage, SpotQuote } from './schema';
import { SHINGLE_MASK } from '../text/shingles';

/** A passage as stored in the bundle. */
export interface PackedPassage {
  id: string;
  size: number;
  /** base64 of the sorted shingles, 3 bytes each, big-endian. */
  packed: string;
}

export type PackedSpotIndex = Omit<SpotIndex, 'passages'> & { passages: PackedPassage[] };

export function packShingles(shingles: ArrayLike<number>): string {
  let binary = '';
  for (let i = 0; i < shingles.length; i++) {
    const h = shingles[i];
    if (!Number.isInteger(h) || h < 0 || h > SHINGLE_MASK) throw new RangeError(`shingle ${h} is not a 24-bit hash`);
    binary += String.fromCharCode((h >>> 16) & 0xff, (h >>> 8) & 0xff, h & 0xff);
  }
  return btoa(binary);
}

/** @throws {RangeError} when `packed` is not whole 3-byte hashes in base64. */
export function unpackShingles(packed: string): number[] {
  const binary = atob(packed);
  if (binary.length % 3 !== 0) throw new RangeError('packed shingles are not whole 3-byte hashes');
  const out = new Array<number>(binary.length / 3);
  for (let i = 0, j = 0; i < binary.length; i += 3, j++) {
    out[j] = (binary.charCodeAt(i) << 16) | (binary.charCodeAt(i + 1) << 8) | binary.charCodeAt(i + 2);
  }
  return out;
}

export function packSpotIndex(index: SpotIndex): PackedSpotIndex {
  return { ...index, passages: index.passages.map(({ id, size, shingles }) => ({ id, size, packed: packShingles(shingles) })) };
}

export function unpackPassage(p: PackedPassage): SpotPassage {
  return { id: p.id, size: p.size, shingles: unpackShingles(p.packed) };
}

/**
 * A spot index as the library stores it: one JSON string, the passage ids in
 * one string and three typed arrays, the quote keys' ids and keys each in one
 * string. Structured clone (IndexedDB's reads) copies a string or an
 * ArrayBuffer whole but reads thousands of small objects one by one, and
 * `JSON.parse` is much faster than that; the passages' shingles and sizes,
 * most of the data, are never parsed at all: the loaded passages' shingles
 * are views into the one array. The ids and the quote keys are split from
 * one string each, natively, without going through the JSON parser.
 */
export interface FlatSpotIndex {
  format: typeof FLAT_SPOT_FORMAT;
  /** JSON of everything but the passages and the quote keys: `Omit<SpotIndex, 'passages' | 'quotes'>`. */
  head: string;
  /** The passages' ids, joined by `SEPARATOR`. */
  passageIds: string;
  sizes: Uint32Array;
  /** Passage i's shingles are `shingles[ends[i - 1] ?? 0, ends[i])`. */
  ends: Uint32Array;
  shingles: Int32Array;
  /** The quote keys' ids, joined by `SEPARATOR`. */
  quoteIds: string;
  /** The quote keys' keys (`foldKey`s: never a line break), joined by `SEPARATOR`. */
  quoteKeys: string;
}

export const FLAT_SPOT_FORMAT = 'flat-3';
/** Ids are made of words, digits, `:` and `-` (see the schema's ids), and quote keys of words and single spaces: never a line break. */
const SEPARATOR = '\n';

export function flattenSpotIndex(index: SpotIndex): FlatSpotIndex {
  const { passages, quotes, ...rest } = index;
  return { format: FLAT_SPOT_FORMAT, head: JSON.stringify(rest), ...flattenSpotRun(passages, quotes) };
}

/**
 * A run of passages and quote keys in the flat form, stored apart from the
 * head: the library keeps its articles' passages and quote keys as runs
 * (run k holds passages from `k * PASSAGE_RUN` and quote keys from
 * `k * QUOTE_RUN`), so that a save writes the run it joined, not every
 * passage and quote key of the library.
 */
export type FlatSpotRun = Pick<FlatSpotIndex, 'passageIds' | 'sizes' | 'ends' | 'shingles' | 'quoteIds' | 'quoteKeys'>;

/** Passages per stored run: a run is about 300 articles' passages, 0.4 MB. */
export const PASSAGE_RUN = 4096;
/** Quote keys per stored run: about as many articles' as `PASSAGE_RUN` passages are (a third as many quote keys as passages), 0.2 MB. */
export const QUOTE_RUN = 1536;

export function flattenSpotRun(passages: readonly SpotPassage[], quotes: readonly SpotQuote[]): FlatSpotRun {
  for (const p of passages) {
    if (p.id.includes(SEPARATOR)) throw new RangeError(`passage id ${JSON.stringify(p.id)} holds a line break`);
  }
  for (const q of quotes) {
    if (q.id.includes(SEPARATOR) || q.key.includes(SEPARATOR)) throw new RangeError(`quote key ${JSON.stringify(q.id)} holds a line break`);
  }
  const { shingles, ends } = joinPassages(passages);
  const sizes = Uint32Array.from(passages, (p) => p.size);
  return {
    passageIds: passages.map((p) => p.id).join(SEPARATOR),
    sizes,
    ends,
    shingles,
    quoteIds: quotes.map((q) => q.id).join(SEPARATOR),
    quoteKeys: quotes.map((q) => q.key).join(SEPARATOR),
  };
}

/** `base` with the runs' passages and quote keys after its own, as one flat index (each run's ends moved on by the shingles before it). */
export function withSpotRuns(base: FlatSpotIndex, runs: readonly FlatSpotRun[]): FlatSpotIndex {
  if (runs.length === 0) return base;
  const all = [base, ...runs];
  const count = all.reduce((n, r) => n + r.ends.length, 0);
  const sizes = new Uint32Array(count);
  const ends = new Uint32Array(count);
  const shingles = new Int32Array(all.reduce((n, r) => n + r.shingles.length, 0));
  let passages = 0;
  let offset = 0;
  for (const r of all) {
    sizes.set(r.sizes, passages);
    for (let i = 0; i < r.ends.length; i++) ends[passages + i] = r.ends[i] + offset;
    shingles.set(r.shingles, offset);
    passages += r.ends.length;
    offset += r.shingles.length;
  }
  const joined = (field: 'passageIds' | 'quoteIds' | 'quoteKeys', filled: (r: FlatSpotRun) => boolean) =>
    all
      .filter(filled)
      .map((r) => r[field])
      .join(SEPARATOR);
  const hasQuotes = (r: FlatSpotRun) => r.quoteIds !== '';
  return {
    format: FLAT_SPOT_FORMAT,
    head: base.head,
    passageIds: joined('passageIds', (r) => r.ends.length > 0),
    sizes,
    ends,
    shingles,
    quoteIds: joined('quoteIds', hasQuotes),
    quoteKeys: joined('quoteKeys', hasQuotes),
  };
}

export function isFlatSpotRun(v: unknown): v is FlatSpotRun {
  const f = v as Partial<FlatSpotRun> | null;
  return (
    typeof f === 'object' &&
    f !== null &&
    typeof f.passageIds === 'string' &&
    f.sizes instanceof Uint32Array &&
    f.ends instanceof Uint32Array &&
    f.shingles instanceof Int32Array &&
    typeof f.quoteIds === 'string' &&
    typeof f.quoteKeys === 'string'
  );
}

/** The passages' shingles copied into one array, and where each passage ends. */
export function joinPassages(passages: readonly SpotPassage[]): FlatPassages {
  const ends = new Uint32Array(passages.length);
  let total = 0;
  passages.forEach((p, i) => (ends[i] = total += p.shingles.length));
  const shingles = new Int32Array(total);
  passages.forEach((p, i) => shingles.set(p.shingles, i === 0 ? 0 : ends[i - 1]));
  return { shingles, ends };
}

/**
 * A loaded passage. Its shingles are a view into the one stored array, made
 * when asked for: a cold start that made all of them (thousands of typed-array
 * views) spent more on that than on parsing the rest of the index. The matcher
 * reads the one array instead (`flatPassagesOf`).
 */
class StoredPassage implements SpotPassage {
  readonly #all: Int32Array;
  readonly #start: number;
  readonly #end: number;

  constructor(
    readonly id: string,
    readonly size: number,
    all: Int32Array,
    start: number,
    end: number,
  ) {
    this.#all = all;
    this.#start = start;
    this.#end = end;
  }

  get shingles(): Int32Array {
    return this.#all.subarray(this.#start, this.#end);
  }
}

/**
 * The spot index from its flat form; each passage's shingles a view into the
 * one array (nothing copied). Shape only: the caller checks the fields.
 * @throws {RangeError} when the passages and their shingles do not line up.
 */
export function unflattenSpotIndex(flat: FlatSpotIndex): SpotIndex {
  const rest = JSON.parse(flat.head) as Omit<SpotIndex, 'passages' | 'quotes'>;
  const { sizes, ends, shingles } = flat;
  const ids = ends.length === 0 && flat.passageIds === '' ? [] : flat.passageIds.split(SEPARATOR);
  if (ids.length !== ends.length || sizes.length !== ends.length) {
    throw new RangeError(`${ends.length} passage ends for ${ids.length} passage ids and ${sizes.length} sizes`);
  }
  if (ends.length > 0 && ends[ends.length - 1] !== shingles.length) throw new RangeError('the passage ends do not end at the last shingle');
  const passages: SpotPassage[] = new Array(ends.length);
  for (let i = 0, start = 0; i < ends.length; start = ends[i++]) {
    if (ends[i] < start) throw new RangeError(`passage ${i} ends before it starts`);
    passages[i] = new StoredPassage(ids[i], sizes[i], shingles, start, ends[i]);
  }
  flatForms.set(passages, { count: passages.length, shingles, ends });
  return { ...rest, quotes: quotesOf(flat), passages };
}

/** @throws {RangeError} when there are not as many quote keys as their ids. */
function quotesOf({ quoteIds, quoteKeys }: FlatSpotIndex): SpotQuote[] {
  if (quoteIds === '' && quoteKeys === '') return [];
  const ids = quoteIds.split(SEPARATOR);
  const keys = quoteKeys.split(SEPARATOR);
  if (ids.length !== keys.length) throw new RangeError(`${keys.length} quote keys for ${ids.length} quote ids`);
  const quotes: SpotQuote[] = new Array(ids.length);
  for (let i = 0; i < ids.length; i++) quotes[i] = { id: ids[i], key: keys[i] };
  return quotes;
}

/** Every passage's shingles in one array; passage i's are `shingles[ends[i - 1] ?? 0, ends[i])`. */
export interface FlatPassages {
  shingles: Int32Array;
  ends: Uint32Array;
}

/** Loaded passages (the array `unflattenSpotIndex` made) → their flat form. */
const flatForms = new WeakMap<readonly SpotPassage[], FlatPassages & { count: number }>();

/**
 * The passages' shingles in one array, when they were loaded flat (and the
 * list not changed since): a cold start's matcher then reads them in one loop
 * instead of one view at a time. `undefined` otherwise.
 */
export function flatPassagesOf(passages: readonly SpotPassage[]): FlatPassages | undefined {
  const flat = flatForms.get(passages);
  return flat && flat.count === passages.length ? { shingles: flat.shingles, ends: flat.ends } : undefined;
}

/** Whether a stored value is a flat spot index of this form (its fields' types; `loadFlatSpotIndex` checks the rest). */
export function isFlatSpotIndex(v: unknown): v is FlatSpotIndex {
  const f = v as Partial<FlatSpotIndex> | null;
  return (
    typeof f === 'object' &&
    f !== null &&
    f.format === FLAT_SPOT_FORMAT &&
    typeof f.head === 'string' &&
    typeof f.passageIds === 'string' &&
    f.sizes instanceof Uint32Array &&
    f.ends instanceof Uint32Array &&
    f.shingles instanceof Int32Array &&
    typeof f.quoteIds === 'string' &&
    typeof f.quoteKeys === 'string'
  );
}
