import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { IndexError, loadFlatSpotIndex, loadSpotIndex } from '../../src/index/loader';
import { buildIndexFromFolder } from '../../src/node/folder';
import { toSpotIndex } from '../../src/index/spot-index';
import type { SpotIndex } from '../../src/contracts/schema';
import {
  flatPassagesOf,
  flattenSpotRun,
  flattenSpotIndex,
  isFlatSpotIndex,
  withSpotRuns,
  packShingles,
  packSpotIndex,
  unpackShingles,
  type FlatSpotIndex,
} from '../../src/contracts/spot-pack';
import { SEEDS_DIR } from '../seeds';

describe('packShingles', () => {
  it('round-trips 24-bit hashes, the edges included', () => {
    const hashes = [0, 1, 255, 256, 65535, 65536, 0xabcdef, 0xffffff];
    expect(unpackShingles(packShingles(hashes))).toEqual(hashes);
    expect(unpackShingles(packShingles([]))).toEqual([]);
  });

  it('refuses a hash wider than 24 bits', () => {
    expect(() => packShingles([0x1000000])).toThrow(RangeError);
    expect(() => packShingles([-1])).toThrow(RangeError);
  });
});

describe('the bundled spot index of the seeds', () => {
  const spot = toSpotIndex(buildIndexFromFolder(SEEDS_DIR).index);

  it('loads back to exactly the spot index it was packed from', () => {
    const bundled = JSON.parse(JSON.stringify(packSpotIndex(spot)));
    expect(loadSpotIndex(bundled)).toEqual(spot);
  });

  it('is smaller gzipped than the unpacked JSON', () => {
    const packed = gzipSync(JSON.stringify(packSpotIndex(spot))).length;
    const plain = gzipSync(JSON.stringify(spot)).length;
    expect(packed).toBeLessThan(plain * 0.9);
  });

  it('is refused with an IndexError when a passage is damaged', () => {
    const bundled = JSON.parse(JSON.stringify(packSpotIndex(spot)));
    bundled.passages[0].packed = 'AAAA' + 'A';
    expect(() => loadSpotIndex(bundled)).toThrow(IndexError);
  });
});

describe('the flat spot index (as the library stores it)', () => {
  const spot = () => toSpotIndex(buildIndexFromFolder(SEEDS_DIR).index);
  const flatBuffer = (s: SpotIndex) => (s.passages[0].shingles as Int32Array).buffer;
  const plain = (s: SpotIndex) => ({ ...s, passages: s.passages.map((p) => ({ ...p, shingles: Array.from(p.shingles) })) });

  it('loads back to the same index, the passages as views into one array', () => {
    const index = spot();
    const flat = flattenSpotIndex(index);
    const loaded = loadFlatSpotIndex(structuredClone(flat));
    expect(plain(loaded)).toEqual(index);
    expect(loaded.passages.every((p) => p.shingles instanceof Int32Array && p.shingles.buffer === flatBuffer(loaded))).toBe(true);
    expect(flat.shingles.length).toBe(index.passages.reduce((n, p) => n + p.shingles.length, 0));
  });

  it.each([
    ['in the head alone', 0, []],
    ['in the runs alone', 0, [3, 100]],
    ['in the head and one run', 10, [100]],
    ['in the head and runs of one passage, empty ones between', 5, [1, 0, 1, 0]],
    ['in the head and three runs', 4, [7, 7, 100]],
  ])('passages and quote keys stored %s join to the index flattened whole', (_, inHead, cuts) => {
    const index = spot();
    expect(index.quotes.length).toBeGreaterThan(10);
    // The quote keys are cut at other places than the passages, as the library's runs cut them.
    const quotesIn = (n: number) => Math.min(n, 3);
    const runs = [];
    let at = 0;
    let quotesAt = Math.min(inHead, 2);
    for (const n of cuts as number[]) {
      runs.push(flattenSpotRun(index.passages.slice(inHead + at, inHead + (at += n)), index.quotes.slice(quotesAt, (quotesAt += quotesIn(n)))));
    }
    const stored = inHead + (cuts as number[]).reduce((a, b) => a + b, 0);
    const whole = { ...index, quotes: index.quotes.slice(0, quotesAt), passages: index.passages.slice(0, Math.min(stored, index.passages.length)) };
    const head = flattenSpotIndex({ ...index, quotes: index.quotes.slice(0, Math.min(inHead, 2)), passages: index.passages.slice(0, inHead) });
    const joined = withSpotRuns(head, structuredClone(runs));
    expect(joined).toEqual(flattenSpotIndex(whole));
    expect(plain(loadFlatSpotIndex(joined))).toEqual(whole);
  });

  it('an empty index round-trips', () => {
    const empty: SpotIndex = { ...spot(), entities: [], aliases: [], quotes: [], passages: [] };
    expect(plain(loadFlatSpotIndex(flattenSpotIndex(empty)))).toEqual(empty);
  });

  it.each([
    ['ends past the shingles', (f: FlatSpotIndex) => ({ ...f, ends: f.ends.map((e, i) => (i === f.ends.length - 1 ? e + 1 : e)) }), /cannot be unpacked/],
    ['one end fewer than the ids', (f: FlatSpotIndex) => ({ ...f, ends: f.ends.subarray(1) }), /cannot be unpacked/],
    ['one size fewer than the ids', (f: FlatSpotIndex) => ({ ...f, sizes: f.sizes.subarray(1) }), /cannot be unpacked/],
    [
      'one passage id fewer than the ends',
      (f: FlatSpotIndex) => ({ ...f, passageIds: f.passageIds.slice(f.passageIds.indexOf('\n') + 1) }),
      /cannot be unpacked/,
    ],
    ['a head that is not JSON', (f: FlatSpotIndex) => ({ ...f, head: '{' }), /cannot be unpacked/],
    ['one quote key fewer than their ids', (f: FlatSpotIndex) => ({ ...f, quoteKeys: f.quoteKeys.slice(f.quoteKeys.indexOf('\n') + 1) }), /cannot be unpacked/],
    ['another index version', (f: FlatSpotIndex) => ({ ...f, head: JSON.stringify({ ...JSON.parse(f.head), version: 0 }) }), /version 0/],
    [
      'an alias without its entity',
      (f: FlatSpotIndex) => ({ ...f, head: JSON.stringify({ ...JSON.parse(f.head), aliases: [{ text: 'x', case: 'any' }] }) }),
      /index\.aliases\[0\]/,
    ],
  ])('refuses a stored index with %s, in one line', (_name, spoil, message) => {
    expect(() => loadFlatSpotIndex(spoil(flattenSpotIndex(spot())))).toThrow(IndexError);
    expect(() => loadFlatSpotIndex(spoil(flattenSpotIndex(spot())))).toThrow(message);
  });

  it('refuses to store a passage id or a quote key holding a line break (they are joined by them)', () => {
    const index = spot();
    index.passages[0] = { ...index.passages[0], id: 'a\nb' };
    expect(() => flattenSpotIndex(index)).toThrow(/line break/);
    const quoted = spot();
    quoted.quotes[0] = { ...quoted.quotes[0], key: 'a\nb' };
    expect(() => flattenSpotIndex(quoted)).toThrow(/line break/);
  });

  it("flatPassagesOf gives the loaded passages' one array and their ends, and nothing once the list is changed", () => {
    const loaded = loadFlatSpotIndex(flattenSpotIndex(spot()));
    const flat = flatPassagesOf(loaded.passages)!;
    expect(flat.shingles.buffer).toBe(flatBuffer(loaded));
    expect(flat.shingles.length).toBe(loaded.passages.reduce((n, p) => n + p.shingles.length, 0));
    expect(Array.from(flat.ends)).toEqual(loaded.passages.map((_, i) => loaded.passages.slice(0, i + 1).reduce((n, p) => n + p.shingles.length, 0)));
    expect(flatPassagesOf(spot().passages)).toBeUndefined();
    loaded.passages.push({ id: 'extra', size: 1, shingles: [1] });
    expect(flatPassagesOf(loaded.passages)).toBeUndefined();
  });

  it('a loaded passage spreads to its id and size alone, its shingles read through it', () => {
    const loaded = loadFlatSpotIndex(flattenSpotIndex(spot()));
    const [first] = loaded.passages;
    expect(Object.keys({ ...first }).sort()).toEqual(['id', 'size']);
    expect(Array.from(first.shingles)).toEqual(Array.from(spot().passages[0].shingles));
  });

  it('isFlatSpotIndex tells the flat form from the older packed one', () => {
    expect(isFlatSpotIndex(flattenSpotIndex(spot()))).toBe(true);
    expect(isFlatSpotIndex(packSpotIndex(spot()))).toBe(false);
    expect(isFlatSpotIndex(undefined)).toBe(false);
  });
});
