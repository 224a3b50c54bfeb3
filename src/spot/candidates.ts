/**
 * Adapts the matcher to block-by-block reading: each block of a page is
 * matched on its own, with weak aliases kept and flagged, because whether a
 * weak alias counts is decided page-wide by the page's spotter (an anchor may
 * sit in another paragraph, or arrive later). Words that say the page means
 * another place of an entity's name come back flagged `otherSense`, for the
 * same reason.
 */
import type { SpotIndex } from '../contracts/schema';
import type { Candidate } from '../contracts/messages';
import { createMatcher, type Matcher } from './matcher';

export type BlockMatcher = (text: string) => Candidate[];

/** `matcher`: one already made from `index`, to share its automaton. */
export function createBlockMatcher(index: SpotIndex, matcher: Matcher = createMatcher(index)): BlockMatcher {
  // Resolving overlaps as if every weak alias were anchored keeps the longest
  // match; the spotter then paints a weak one only once its entity is anchored.
  const everyEntity = index.entities.map((e) => e.id);
  const names = new Map(index.entities.map((e) => [e.id, e.name]));
  const generic = new Set(index.entities.filter((e) => e.generic).map((e) => e.id));
  return (text: string): Candidate[] => {
    const scan = matcher.scan(text);
    if (scan.candidates.length === 0 && scan.others.length === 0 && scan.otherSense.length === 0) return [];
    const weak = new Set<string>();
    for (const c of scan.candidates) if (c.weak) weak.add(`${c.start}:${c.end}:${c.id}`);
    // Resolved without the other-sense cues: whether they hide an entity is decided page-wide, like anchors.
    const found = matcher.resolve({ ...scan, otherSense: [] }, everyEntity).map((m) => {
      const candidate: Candidate = { start: m.start, end: m.end, kind: m.kind, id: m.id };
      const name = names.get(m.id);
      if (name !== undefined) candidate.label = name;
      if (generic.has(m.id)) candidate.generic = true;
      if (weak.has(`${m.start}:${m.end}:${m.id}`) && !scan.anchors.has(m.id)) candidate.weak = true;
      return candidate;
    });
    for (const m of scan.otherSense) found.push({ start: m.start, end: m.end, kind: m.kind, id: m.id, otherSense: true });
    return found;
  };
}
