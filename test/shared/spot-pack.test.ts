import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { IndexError, loadSpotIndex } from '../../src/index/loader';
import { buildIndexFromFolder } from '../../src/index/folder';
import { toSpotIndex } from '../../src/index/spot-index';
import { packShingles, packSpotIndex, unpackShingles } from '../../src/shared/spot-pack';
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
