/** The library page's rows grouped by story: pure, tested in Node. */
import type { LibraryRow, LibraryStory } from '../../contracts/library-messages';

export interface StoryGroup {
  /** Undefined for the rows no story holds (the sample story while it is hidden). */
  story?: LibraryStory;
  rows: LibraryRow[];
}

/**
 * One group per story that holds a shown row, in the stories' order, its rows
 * by date (undated last, ties in the order given); rows of no story come last.
 * For search hits, groups and rows keep the hits' order, best first.
 */
export function groupRowsByStory(rows: readonly LibraryRow[], stories: readonly LibraryStory[], byRelevance = false): StoryGroup[] {
  const storyOf = new Map(stories.flatMap((s) => s.sources.map((id) => [id, s] as const)));
  const groups = new Map<LibraryStory | undefined, LibraryRow[]>();
  if (!byRelevance) for (const s of stories) groups.set(s, []);
  for (const row of rows) {
    const story = storyOf.get(row.id);
    const list = groups.get(story) ?? [];
    list.push(row);
    groups.set(story, list);
  }
  const out: StoryGroup[] = [];
  for (const [story, list] of groups) if (list.length && story) out.push({ story, rows: byRelevance ? list : byDate(list) });
  const loose = groups.get(undefined);
  if (loose?.length) out.push({ rows: loose });
  return out;
}

/** Rows by date published, undated last; a stable sort keeps the given order for ties. */
function byDate(rows: LibraryRow[]): LibraryRow[] {
  return [...rows].sort((a, b) => (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff'));
}
