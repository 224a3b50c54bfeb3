import { describe, expect, it } from 'vitest';
import { names } from '../../src/compare/lineage';
import { SEED, seedId } from '../seeds';
import { comparison } from './fixtures';

const of = (file: string) => comparison.lineage.find((l) => l.source === seedId(file))!;

describe('findLineage on the seeds', () => {
  it('the wire and the blog repost derive from the Times, and mostly copy it', () => {
    for (const file of [SEED.wire, SEED.repost]) {
      const links = of(file).derivedFrom;
      expect(links.map((l) => l.from)).toEqual([seedId(SEED.nyt)]);
      expect(links[0].share).toBeGreaterThan(0.5);
    }
  });

  it("People's Daily and the Crossroads blog cite the Times and reuse a smaller share of its words", () => {
    for (const file of [SEED.pd, SEED.crossroads]) {
      const links = of(file).derivedFrom;
      expect(links.map((l) => l.from)).toEqual([seedId(SEED.nyt)]);
      expect(links[0].share).toBeGreaterThan(0.02);
      expect(links[0].share).toBeLessThan(0.3);
    }
  });

  it('the Times derives from nobody, and the repost not from the wire that copied the same source', () => {
    expect(of(SEED.nyt).derivedFrom).toEqual([]);
    expect(of(SEED.repost).derivedFrom.some((l) => l.from === seedId(SEED.wire))).toBe(false);
    expect(comparison.lineage.map((l) => l.source)).toEqual(Object.values(SEED).sort().map(seedId));
  });
});

describe('names', () => {
  it.each([
    ['reports The New York Times.', 'The New York Times', true],
    ['according to the New York Times', 'The New York Times', true],
    ['the times they are changing', 'The New York Times', false],
    ["follow People's Daily on Twitter", "People's Daily (Online)", true],
    ['a short name', 'AP', false],
  ])('%s / %s', (body, outlet, expected) => {
    expect(names(body, outlet)).toBe(expected);
  });
});
