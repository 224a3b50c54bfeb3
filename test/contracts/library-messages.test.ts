import { describe, expect, it } from 'vitest';
import { parseLibraryMessage } from '../../src/contracts/library-messages';

describe('parseLibraryMessage', () => {
  it.each([
    ['a list request', { type: 'library-list', extra: 1 }, { type: 'library-list' }],
    [
      'a file to add',
      { type: 'library-add', files: [{ name: 'a.md', text: 't', format: 'md', html: '<b>' }] },
      { type: 'library-add', files: [{ name: 'a.md', text: 't', format: 'md' }] },
    ],
    ['a search', { type: 'library-search', query: 'xi' }, { type: 'library-search', query: 'xi' }],
    ['an export of all', { type: 'library-export' }, { type: 'library-export' }],
    ['a save of tab 3', { type: 'library-save-tab', tabId: 3 }, { type: 'library-save-tab', tabId: 3 }],
    [
      'a rename',
      { type: 'library-story', edit: { op: 'rename', story: 'story:a', title: ' Talks ', x: 1 } },
      { type: 'library-story', edit: { op: 'rename', story: 'story:a', title: 'Talks' } },
    ],
    [
      'a move to a new story',
      { type: 'library-story', edit: { op: 'move', source: 'a', to: 'new' } },
      { type: 'library-story', edit: { op: 'move', source: 'a', to: 'new' } },
    ],
    [
      'a merge',
      { type: 'library-story', edit: { op: 'merge', stories: ['story:a', 'story:b'] } },
      { type: 'library-story', edit: { op: 'merge', stories: ['story:a', 'story:b'] } },
    ],
    [
      'a split',
      { type: 'library-story', edit: { op: 'split', story: 'story:a', sources: ['b'] } },
      { type: 'library-story', edit: { op: 'split', story: 'story:a', sources: ['b'] } },
    ],
  ])('rebuilds %s from its known fields', (_, raw, parsed) => {
    expect(parseLibraryMessage(raw)).toEqual(parsed);
  });

  it.each([
    ['another type', { type: 'spot', texts: [] }],
    ['an unknown library type', { type: 'library-drop-all' }],
    ['a file of an unknown format', { type: 'library-add', files: [{ name: 'a.exe', text: 't', format: 'exe' }] }],
    ['a file without a name', { type: 'library-add', files: [{ name: '', text: 't', format: 'txt' }] }],
    ['ids that are not strings', { type: 'library-remove', ids: [1] }],
    ['a tab id that is not a whole number', { type: 'library-save-tab', tabId: 1.5 }],
    ['a switch that is not a boolean', { type: 'library-show-seeds', show: 'yes' }],
    ['a rename to an empty title', { type: 'library-story', edit: { op: 'rename', story: 'story:a', title: '  ' } }],
    ['a rename to a title too long', { type: 'library-story', edit: { op: 'rename', story: 'story:a', title: 'x'.repeat(201) } }],
    ['a merge of one story', { type: 'library-story', edit: { op: 'merge', stories: ['story:a'] } }],
    ['a split of no articles', { type: 'library-story', edit: { op: 'split', story: 'story:a', sources: [] } }],
    ['an edit of an unknown op', { type: 'library-story', edit: { op: 'drop', story: 'story:a' } }],
    ['an array', ['library-list']],
  ])('drops %s', (_, raw) => {
    expect(parseLibraryMessage(raw)).toBeNull();
  });
});
