/**
 * Which stories hold each shingle, so that an article's reuse of every story
 * is counted from its own shingles alone: looking each one up in every
 * story's set grows with stories × shingles.
 */
export class StoryShingles {
  /** Shingle → the one story holding it, or the stories (most shingles are in one story). */
  private readonly holders = new Map<number, number | number[]>();

  /** Story `story` now holds `shingle` (again is fine). */
  add(story: number, shingle: number): void {
    const held = this.holders.get(shingle);
    if (held === undefined) this.holders.set(shingle, story);
    else if (typeof held === 'number') {
      if (held !== story) this.holders.set(shingle, [held, story]);
    } else if (!held.includes(story)) held.push(story);
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
}
