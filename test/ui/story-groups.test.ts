import { describe, expect, it } from 'vitest';
import type { LibraryRow } from '../../src/contracts/library-messages';
import { groupRowsByStory } from '../../src/ui/library/story-groups';

const row = (id: string): LibraryRow => ({ id, title: `T ${id}`, outlet: 'O', name: `${id}.txt`, sample: false });
const stories = [
  { id: 'story:a', title: 'A', sources: ['a', 'b'] },
  { id: 'story:c', title: 'C', sources: ['c'] },
  { id: 'story:d', title: 'D', sources: ['d'] },
];
const shape = (groups: ReturnType<typeof groupRowsByStory>) => groups.map((g) => [g.story?.title ?? '(none)', g.rows.map((r) => r.id)]);

describe('groupRowsByStory', () => {
  it.each([
    [
      'every row',
      ['a', 'b', 'c', 'd'],
      false,
      [
        ['A', ['a', 'b']],
        ['C', ['c']],
        ['D', ['d']],
      ],
    ],
    [
      'rows in another order',
      ['d', 'b', 'a'],
      false,
      [
        ['A', ['b', 'a']],
        ['D', ['d']],
      ],
    ],
    [
      'search hits, best first',
      ['d', 'b', 'c', 'a'],
      true,
      [
        ['D', ['d']],
        ['A', ['b', 'a']],
        ['C', ['c']],
      ],
    ],
    [
      'a row of no story',
      ['x', 'c'],
      false,
      [
        ['C', ['c']],
        ['(none)', ['x']],
      ],
    ],
    ['no rows', [], false, []],
    [
      'dated rows of a story',
      ['b', 'a', 'c'],
      false,
      [
        ['A', ['a', 'b']],
        ['C', ['c']],
      ],
      { a: '2015-09-19', b: '2015-09-22' },
    ],
    ['a dated and an undated row', ['b', 'a'], false, [['A', ['a', 'b']]], { a: '2015-09-19' }],
    ['search hits keep their order, dated or not', ['b', 'a'], true, [['A', ['b', 'a']]], { a: '2015-09-19', b: '2015-09-22' }],
  ])('%s', (_, ids, byRelevance, expected, dates: Record<string, string> = {}) => {
    const rows = ids.map((id) => (dates[id] ? { ...row(id), published: dates[id] } : row(id)));
    expect(shape(groupRowsByStory(rows, stories, byRelevance))).toEqual(expected);
  });
});
