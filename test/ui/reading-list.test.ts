import { describe, expect, it } from 'vitest';
import type { LibraryRow } from '../../src/contracts/library-messages';
import { filterChoices, readingList, visibleWindow, withinChoices } from '../../src/ui/library/reading-list';

const row = (id: string, addedAt: string | undefined, extra: Partial<LibraryRow> = {}): LibraryRow => ({
  id,
  title: `T ${id}`,
  outlet: 'Ledger',
  name: `${id}.html`,
  addedAt,
  origin: 'saved',
  sample: addedAt === undefined,
  ...extra,
});
const rows = [
  row('a', '2024-01-01T10:00:00.000Z'),
  row('b', '2024-01-02T10:00:00.000Z', { outlet: 'Wire', origin: 'imported' }),
  row('c', '2024-01-02T11:00:00.000Z', { origin: 'captured' }),
  row('s', undefined),
];
const stories = [
  { id: 'story:a', title: 'Talks', sources: ['a', 'c'] },
  { id: 'story:b', title: 'Alone', sources: ['b'] },
  { id: 'story:s', title: 'Sample', sources: ['s'] },
];
const ids = (list: ReturnType<typeof readingList>) => list.map((e) => e.row.id);

describe('the reading list', () => {
  it('lists newest first, the sample last; a story of one article is no group', () => {
    const list = readingList(rows, stories, {});
    expect(ids(list)).toEqual(['c', 'b', 'a', 's']);
    expect(list.map((e) => e.story?.title ?? '')).toEqual(['Talks', '', 'Talks', '']);
  });

  it('keeps the order of search hits', () => {
    expect(ids(readingList([rows[0], rows[2]], stories, {}, true))).toEqual(['a', 'c']);
  });

  it.each([
    [{ outlet: 'Wire' }, ['b']],
    [{ story: 'story:a' }, ['c', 'a']],
    [{ day: '2024-01-02' }, ['c', 'b']],
    [{ origin: 'captured' as const }, ['c']],
    [{ origin: 'sample' as const }, ['s']],
    [{ outlet: 'Ledger', day: '2024-01-02' }, ['c']],
  ])('narrows by %o', (filter, expected) => {
    expect(ids(readingList(rows, stories, filter))).toEqual(expected);
  });

  it('offers each outlet, day and way in with its count, and only the stories of more than one article', () => {
    const choices = filterChoices(rows, stories);
    expect(choices.outlets).toEqual([
      ['Ledger', 3],
      ['Wire', 1],
    ]);
    expect(choices.days).toEqual([
      ['2024-01-02', 2],
      ['2024-01-01', 1],
    ]);
    expect(choices.stories.map((s) => s.title)).toEqual(['Talks']);
  });

  it.each([
    [
      { outlet: 'Wire', day: '2024-01-02' },
      { outlet: 'Wire', day: '2024-01-02' },
    ],
    [{ outlet: 'Gone Gazette' }, {}],
    [{ story: 'story:b', origin: 'captured' as const }, { origin: 'captured' }],
    [{ day: '2023-12-31', outlet: 'Ledger' }, { outlet: 'Ledger' }],
  ])('a filter %o keeps only what the choices still offer: %o', (filter, expected) => {
    const choices = filterChoices(rows, stories);
    const kept = withinChoices(filter, choices);
    expect(kept).toEqual(expected);
    // Unchanged, it is the same filter (the list keeps its scroll position).
    if (Object.keys(expected).length === Object.keys(filter).length) expect(kept).toBe(filter);
  });

  it('renders only the rows in view, and a few around them', () => {
    expect(visibleWindow(10_000, 34, 0, 640)).toEqual({ start: 0, end: 29 });
    expect(visibleWindow(10_000, 34, 34 * 5000, 640)).toEqual({ start: 4990, end: 5029 });
    expect(visibleWindow(12, 34, 0, 640)).toEqual({ start: 0, end: 12 });
  });
});
