/**
 * Which stories hold each shingle, so that an article's reuse of every story
 * is counted from its own shingles alone: looking each one up in every
 * story's set grows with stories × shingles.
 */
export class StoryShingles {
  /** Shingle → the one story holding it, or the stories (most shingles are in one story); a set once many do. */
  private readonly holders = new Map<number, number | number[] | Set<number>>();

  /** Story `story` now holds `shingle` (again is fine). */
  add(story: number, shingle: number): void {
    const held = this.holders.get(shingle);
    if (held === undefined) this.holders.set(shingle, story);
    else if (typeof held === 'number') {
      if (held !== story) this.holders.set(shingle, [held, story]);
    } else if (held instanceof Set) held.add(story);
    else if (!held.includes(story)) {
      held.push(story);
      if (held.length > SET_FROM) this.holders.set(shingle, new Set(held));
    }
  }

  /** For each story holding any of `shingles` (unique), how many of them it holds. */
  sharedCounts(shingles: ArrayLike<number>): Map<number, number> {
    const counts = new Map<number, number>();
    for (let k = 0; k < shingles.length; k++) {
      const held = this.holders.get(shingles[k]);
      if (held === undefined) continue;
      if (typeof held === 'number') counts.set(held, (counts.get(held) ?? 0) + 1);
      else for (const story of held) counts.set(story, (counts.get(story) ?? 0) + 1);
    }
    return counts;
  }

  /**
   * `sharedCounts` of the stories holding at least `min` of `shingles`
   * (unique), in the order of its keys. A story holding `min` of the n holds
   * one of any n − min + 1 of them, so the stories are found from that many of
   * the least held, and only those are counted: a phrase many stories share
   * (a template's) costs a lookup, not a count for each of them.
   */
  holdersOfAtLeast(shingles: ArrayLike<number>, min: number): Map<number, number> {
    const n = shingles.length;
    if (min <= 1 || min > n) return min > n ? new Map() : this.sharedCounts(shingles);
    const held = Array.from({ length: n }, (_, k) => this.holders.get(shingles[k]));
    const order = Array.from({ length: n }, (_, k) => k).sort((a, b) => sizeOf(held[a]) - sizeOf(held[b]));
    const candidates = new Set<number>();
    for (let i = 0; i < n - min + 1; i++) {
      const h = held[order[i]];
      if (h === undefined) continue;
      if (typeof h === 'number') candidates.add(h);
      else for (const story of h) candidates.add(story);
    }
    const kept = new Map<number, number>();
    // In `sharedCounts`' order (the first shingle each story holds), which callers may sum in.
    for (let k = 0; k < n && kept.size < candidates.size; k++) {
      const h = held[k];
      if (h === undefined) continue;
      if (typeof h === 'number') {
        if (candidates.has(h)) kept.set(h, 0);
      } else for (const story of h) if (candidates.has(story)) kept.set(story, 0);
    }
    for (const story of kept.keys()) {
      let count = 0;
      for (let k = 0; k < n; k++) if (holds(held[k], story)) count++;
      if (count >= min) kept.set(story, count);
      else kept.delete(story);
    }
    return kept;
  }
}

/** Past this many stories, a shingle's holders are a set (a membership test in one step). */
const SET_FROM = 16;

type Holders = number | number[] | Set<number> | undefined;

const sizeOf = (h: Holders) => (h === undefined ? 0 : typeof h === 'number' ? 1 : Array.isArray(h) ? h.length : h.size);

function holds(h: Holders, story: number): boolean {
  if (h === undefined) return false;
  if (typeof h === 'number') return h === story;
  return Array.isArray(h) ? h.includes(story) : h.has(story);
}
