/**
 * The library page's reading list, pure (tested in Node): the rows newest
 * first, each with its story when the story holds more than one article, and
 * the filters a reader narrows it with (site, story, day added, how it came in).
 */
import type { ArticleOrigin, LibraryRow, LibraryStory } from '../../contracts/library-messages';

export interface ListFilter {
  outlet?: string;
  story?: string;
  /** A day added, `YYYY-MM-DD`. */
  day?: string;
  origin?: ArticleOrigin | 'sample';
}

export interface ListRow {
  row: LibraryRow;
  /** The row's story, only when it holds more than one article (a story of one is no group). */
  story?: LibraryStory;
}

/** The stories of more than one article, by id, for each of their rows. */
export function storiesOfRows(stories: readonly LibraryStory[]): Map<string, LibraryStory> {
  const of = new Map<string, LibraryStory>();
  for (const s of stories) if (s.sources.length > 1) for (const id of s.sources) of.set(id, s);
  return of;
}

const dayOf = (row: LibraryRow) => row.addedAt?.slice(0, 10);

/** Whether `row` passes every filter set. */
export function passes(entry: ListRow, filter: ListFilter): boolean {
  const { row, story } = entry;
  if (filter.outlet !== undefined && row.outlet !== filter.outlet) return false;
  if (filter.story !== undefined && story?.id !== filter.story) return false;
  if (filter.day !== undefined && dayOf(row) !== filter.day) return false;
  if (filter.origin !== undefined && (row.sample ? 'sample' : row.origin) !== filter.origin) return false;
  return true;
}

/**
 * The rows to list: newest added first (the sample story, added by no one,
 * last), or in the search's order when `byRelevance`; then filtered.
 */
export function readingList(rows: readonly LibraryRow[], stories: readonly LibraryStory[], filter: ListFilter, byRelevance = false): ListRow[] {
  const storyOf = storiesOfRows(stories);
  const entries = rows.map((row) => ({ row, story: storyOf.get(row.id) }));
  const ordered = byRelevance
    ? entries
    : entries
        .map((e, i) => ({ e, i }))
        .sort(newestFirst)
        .map(({ e }) => e);
  return ordered.filter((e) => passes(e, filter));
}

function newestFirst(a: { e: ListRow; i: number }, b: { e: ListRow; i: number }): number {
  const x = a.e.row.addedAt ?? '';
  const y = b.e.row.addedAt ?? '';
  if (x !== y) return x < y ? 1 : -1;
  return b.i - a.i;
}

/** What the filters offer: the outlets, the stories of more than one article, the days and the ways in, each with its count. */
export function filterChoices(rows: readonly LibraryRow[], stories: readonly LibraryStory[]) {
  const count = <K>(keys: (K | undefined)[]) => {
    const m = new Map<K, number>();
    for (const k of keys) if (k !== undefined) m.set(k, (m.get(k) ?? 0) + 1);
    return m;
  };
  const outlets = [...count(rows.map((r) => r.outlet))].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const days = [...count(rows.map(dayOf))].sort((a, b) => (a[0] < b[0] ? 1 : -1));
  const origins = [...count(rows.map((r) => (r.sample ? ('sample' as const) : r.origin)))];
  const shown = new Set(rows.map((r) => r.id));
  const groups = stories.filter((s) => s.sources.length > 1 && s.sources.some((id) => shown.has(id)));
  return { outlets, days, origins, stories: groups };
}

/**
 * `filter` without the values no choice offers any more (the last article of
 * a site removed, a story merged away): the list would show nothing while its
 * select shows "all". The same object when every value is still offered.
 */
export function withinChoices(filter: ListFilter, choices: ReturnType<typeof filterChoices>): ListFilter {
  const offered: Record<keyof ListFilter, (v: string) => boolean> = {
    outlet: (v) => choices.outlets.some(([o]) => o === v),
    story: (v) => choices.stories.some((s) => s.id === v),
    day: (v) => choices.days.some(([d]) => d === v),
    origin: (v) => choices.origins.some(([o]) => o === v),
  };
  const gone = (Object.keys(filter) as (keyof ListFilter)[]).filter((k) => filter[k] !== undefined && !offered[k](filter[k]!));
  if (gone.length === 0) return filter;
  const kept = { ...filter };
  for (const k of gone) delete kept[k];
  return kept;
}

/** The window of rows to render in a list of `total` rows of `rowHeight` px, scrolled to `scrollTop` in a view `height` px high. */
export function visibleWindow(total: number, rowHeight: number, scrollTop: number, height: number, overscan = 10): { start: number; end: number } {
  const start = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(total, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  return { start, end };
}
