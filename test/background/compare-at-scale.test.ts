/**
 * The side panel's Compare for an item named across a large library: the
 * most telling statements (disagreements, then most sources), the first
 * versions of a statement many sources make, a column only for a source
 * shown, the first of those that never name it and of the timeline, each
 * with a count of the rest: a reply that does not grow with the library.
 */
import { describe, expect, it } from 'vitest';
import { IndexLookup } from '../../src/background/index-lookup';
import { compareView, MAX_NOT_MENTIONED, MAX_STATEMENTS, MAX_TIMELINE } from '../../src/background/panel-views';
import { MAX_VERSIONS } from '../../src/background/compare-rows';
import { library } from './scale-library';

describe('Compare at scale', () => {
  it('lists the most telling statements, the first versions of one many make, and counts the rest', () => {
    const copies = MAX_VERSIONS + 7;
    const named = copies + MAX_STATEMENTS + 5;
    const view = compareView(new IndexLookup(library({ named, silent: MAX_NOT_MENTIONED + 12, copies })), 'person:petra-lindqvist')!;
    // The statement the copies make, then one per other source naming her: the most sources first.
    expect(view.rows).toHaveLength(MAX_STATEMENTS);
    expect(view.moreStatements).toBe(6);
    const shared = view.rows.find((r) => r.alignment === 'align:1')!;
    expect(shared.cells.filter(Boolean)).toHaveLength(MAX_VERSIONS);
    expect(shared.moreVersions).toBe(copies - MAX_VERSIONS);
    // A column per source with a cell shown or named as not mentioning her; each row has a cell per column.
    const withCells = new Set(view.rows.flatMap((r) => r.cells.flatMap((c, j) => (c ? [view.sources[j].id] : []))));
    expect(view.sources.map((s) => s.id).sort()).toEqual([...new Set([...withCells, ...view.notMentioned])].sort());
    for (const row of view.rows) expect(row.cells).toHaveLength(view.sources.length);
    expect(view.notMentioned).toHaveLength(MAX_NOT_MENTIONED);
    expect(view.notMentionedMore).toBe(12);
    expect(view.timeline).toHaveLength(MAX_TIMELINE);
    expect(view.timelineMore).toBe(named - MAX_TIMELINE);
  });

  it('a small story is compared whole: no count of anything left out', () => {
    const view = compareView(new IndexLookup(library({ named: 6, silent: 2, copies: 3 })), 'person:petra-lindqvist')!;
    expect(view.rows).toHaveLength(4);
    expect(view.sources).toHaveLength(8);
    expect(view.notMentioned).toHaveLength(2);
    expect([view.moreStatements, view.notMentionedMore, view.timelineMore, ...view.rows.map((r) => r.moreVersions)].every((n) => n === undefined)).toBe(true);
  });
});
