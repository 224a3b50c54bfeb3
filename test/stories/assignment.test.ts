import { describe, expect, it } from 'vitest';
import { applyStoryCorrections, parseStoryCorrections, type StoryAssignment, type StoryCorrection } from '../../src/stories/assignment';

const base: StoryAssignment = {
  stories: [
    { id: 'story:a', sources: ['a', 'b', 'c'], related: [] },
    { id: 'story:d', sources: ['d', 'e'], related: [] },
  ],
};
const shape = (a: StoryAssignment) => a.stories.map((s) => `${s.id}=${s.sources.join(',')}${s.title ? ` "${s.title}"` : ''}`);

describe('applyStoryCorrections', () => {
  it.each<[string, StoryCorrection[], string[]]>([
    ['move a source to another story (named by story id)', [{ op: 'move', source: 'c', to: 'story:d' }], ['story:a=a,b', 'story:d=d,e,c']],
    ['move a source to the story of another source', [{ op: 'move', source: 'c', to: 'e' }], ['story:a=a,b', 'story:d=d,e,c']],
    ['move a source to a story of its own', [{ op: 'move', source: 'b', to: 'new' }], ['story:a=a,c', 'story:d=d,e', 'story:b=b']],
    [
      'move the last source of a story away: the story goes',
      [
        { op: 'move', source: 'd', to: 'a' },
        { op: 'move', source: 'e', to: 'a' },
      ],
      ['story:a=a,b,c,d,e'],
    ],
    ['merge two stories', [{ op: 'merge', stories: ['story:a', 'd'] }], ['story:a=a,b,c,d,e']],
    ['split sources off a story', [{ op: 'split', story: 'story:a', sources: ['b', 'c'] }], ['story:a=a', 'story:d=d,e', 'story:b=b,c']],
    ['rename a story', [{ op: 'rename', story: 'e', title: 'The OPM breach' }], ['story:a=a,b,c', 'story:d=d,e "The OPM breach"']],
  ])('%s', (_, corrections, expected) => {
    const { assignment, problems } = applyStoryCorrections(base, corrections);
    expect(problems).toEqual([]);
    expect(shape(assignment)).toEqual(expected);
  });

  it.each<[string, StoryCorrection, RegExp]>([
    ['a move of an unknown source', { op: 'move', source: 'zz', to: 'a' }, /correction 1 \(move\): no source zz/],
    ['a move to an unknown story', { op: 'move', source: 'a', to: 'story:zz' }, /no story story:zz/],
    ['a merge naming an unknown story', { op: 'merge', stories: ['a', 'zz'] }, /no story zz/],
    ['a split of every source', { op: 'split', story: 'a', sources: ['a', 'b', 'c'] }, /some, not all/],
    ['a rename of an unknown story', { op: 'rename', story: 'zz', title: 'x' }, /no story zz/],
  ])('%s is one problem line and changes nothing', (_, correction, problem) => {
    const { assignment, problems } = applyStoryCorrections(base, [correction]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(problem);
    expect(shape(assignment)).toEqual(shape(base));
  });

  it('leaves the assignment it is given as it was', () => {
    const before = JSON.stringify(base);
    applyStoryCorrections(base, [
      { op: 'merge', stories: ['a', 'd'] },
      { op: 'rename', story: 'a', title: 'x' },
    ]);
    expect(JSON.stringify(base)).toBe(before);
  });

  it('a split then a merge of the same sources gives the stories back', () => {
    const { assignment } = applyStoryCorrections(base, [
      { op: 'split', story: 'a', sources: ['c'] },
      { op: 'merge', stories: ['a', 'c'] },
    ]);
    expect(shape(assignment)).toEqual(shape(base));
  });
});

describe('parseStoryCorrections', () => {
  it.each([
    ['no file', undefined, 0, []],
    ['an empty list', '{"corrections": []}', 0, []],
    [
      'one of each',
      '{"corrections": [{"op":"move","source":"a","to":"new"},{"op":"merge","stories":["a","b"]},{"op":"split","story":"a","sources":["b"]},{"op":"rename","story":"a","title":"T"}]}',
      4,
      [],
    ],
    ['not JSON', '{corrections', 0, [/not valid JSON/]],
    ['the wrong shape', '[]', 0, [/expected \{ "corrections"/]],
    ['an unknown op among good ones', '{"corrections": [{"op":"explode"},{"op":"rename","story":"a","title":"T"}]}', 1, [/correction 1 unknown op "explode"/]],
    ['a merge of one story', '{"corrections": [{"op":"merge","stories":["a"]}]}', 0, [/two or more/]],
  ])('%s', (_, text, count, problems) => {
    const parsed = parseStoryCorrections(text);
    expect(parsed.corrections).toHaveLength(count);
    expect(parsed.problems).toHaveLength(problems.length);
    parsed.problems.forEach((p, i) => expect(p).toMatch(problems[i] as RegExp));
  });
});
