/**
 * Adapts the pure matcher (`src/spot/`) to the page side's block-by-block
 * scanning: each block is matched on its own, with weak aliases kept and
 * flagged, because whether a weak alias counts is decided page-wide by the
 * spotter (an anchor may sit in another paragraph, or arrive later).
 */
import type { SpotIndex } from '../index/schema';
import { createMatcher } from '../spot/matcher';
import type { Candidate, FindCandidates } from './spotter';

export function createFindCandidates(index: SpotIndex): FindCandidates {
  const matcher = createMatcher(index);
  // Resolving overlaps as if every weak alias were anchored keeps the longest
  // match; the spotter then paints a weak one only once its entity is anchored.
  const everyEntity = index.entities.map((e) => e.id);
  return (text: string): Candidate[] => {
    const scan = matcher.scan(text);
    if (scan.candidates.length === 0 && scan.others.length === 0) return [];
    const weak = new Set<string>();
    for (const c of scan.candidates) if (c.weak) weak.add(`${c.start}:${c.end}:${c.id}`);
    return matcher.resolve(scan, everyEntity).map((m) => ({
      start: m.start,
      end: m.end,
      kind: m.kind,
      id: m.id,
      weak: weak.has(`${m.start}:${m.end}:${m.id}`) && !scan.anchors.has(m.id),
    }));
  };
}
