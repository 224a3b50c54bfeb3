/**
 * Which stories hold each shingle, so that an article's reuse of every story
 * is counted from its own shingles alone: looking each one up in every
 * story's set grows with stories × shingles, most of a thousand distinct
 * articles' clustering.
 */
export class StoryShingles {
  /** Shingle → the one story holding it, or the stories (most shingles are in one story). */
  private readonly holders = new Map<number, number | number[]>();

  /** Story `story` now holds `shingle` (call once per story and shingle). */
  add(story: number, shingle: number): void {
    const held = this.holders.get(shingle);
    if (held === undefined) this.holders.set(shingle, story);
    else if (typeof held === 'number') this.holders.set(shingle, [held, story]);
    else held.push(story);
  }

  /** For each of the first `stories` stories, how many of `shingles` it holds. */
  sharedCounts(shingles: readonly number[], stories: number): Int32Array {
    const counts = new Int32Array(stories);
    for (const h of shingles) {
      const held = this.holders.get(h);
      if (held === undefined) continue;
      if (typeof held === 'number') counts[held]++;
      else for (const story of held) counts[story]++;
    }
    return counts;
  }
}
