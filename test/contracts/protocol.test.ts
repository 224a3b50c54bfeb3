import { describe, expect, it } from 'vitest';
import { emptyCounts, PROBE_CHARS, SPOT_BATCH_CHARS, SPOT_BATCH_TEXTS } from '../../src/contracts/messages';
import { BACKGROUND_RULES, CONTENT_RULES, CONTEXT_CHARS, PAGE_EVENT_RULES, parseRequest } from '../../src/contracts/protocol';

/** A request to the background as its handler gets it, or null. */
function toBackground(raw: unknown): object | null {
  const parsed = parseRequest(BACKGROUND_RULES, raw);
  return parsed && { type: parsed.type, ...(parsed.fields as object) };
}

describe('requests to the background', () => {
  it.each([
    ['a card request, with the words around the item', { type: 'card', id: 'person:xi-jinping', text: 'Xi Jinping arrives.' }],
    ['a passage card with the page text', { type: 'card', id: 'align-1', text: 'Xi arrives on Tuesday.', pageText: 'Xi arrives on Tuesday.' }],
    ["a card with the page's passages", { type: 'card', id: 'person:xi-jinping', text: 'Xi', page: ['align:1', 'quote:2'] }],
    ['a side panel to open', { type: 'open-panel', id: 'person:xi-jinping', text: 'Xi' }],
    ["a card's saved copy to open", { type: 'open-source', id: 'person:xi-jinping', text: 'Xi', source: 'src-a' }],
    ['a saved copy to show', { type: 'source-text', source: 'src-a' }],
    ['a compare request', { type: 'compare', id: 'topic:cyberweapons' }],
    ['a story request', { type: 'story' }],
    ['a story request for a tab, with its passages', { type: 'story', page: ['align:1'], tab: 42 }],
    ['a story opened from its line', { type: 'story-open', story: 'story:src-a' }],
    ['labels', { type: 'labels', ids: ['a', 'b'] }],
    ['blocks of page text to match', { type: 'spot', texts: ['Susan E. Rice met Xi Jinping.', ''], batch: 7 }],
    ['a whole page text to probe', { type: 'probe', text: 'More storiesPresident Obama spoke.' }],
    ['batches whose sample is painted', { type: 'spot-painted', batches: [7, 8] }],
    ['a word to wake the background', { type: 'wake' }],
    ['a list request', { type: 'library-list' }],
    ["a list request for the first screen's rows", { type: 'library-list', newest: 40 }],
    ['a file to add', { type: 'library-add', files: [{ name: 'a.md', text: 't', format: 'md' }] }],
    ['a search', { type: 'library-search', query: 'xi' }],
    ['an export of all', { type: 'library-export' }],
    ['a save of tab 3', { type: 'library-save-tab', tabId: 3 }],
    ['a move to a new story', { type: 'library-story', edit: { op: 'move', source: 'a', to: 'new' } }],
    ['a merge', { type: 'library-story', edit: { op: 'merge', stories: ['story:a', 'story:b'] } }],
    ['a split', { type: 'library-story', edit: { op: 'split', story: 'story:a', sources: ['b'] } }],
  ])('accepts %s, rebuilt from its known fields', (_name, message) => {
    expect(toBackground({ ...message, extra: '<script>' })).toEqual(message);
  });

  it('trims a story title and drops fields an edit does not have', () => {
    expect(toBackground({ type: 'library-story', edit: { op: 'rename', story: 'story:a', title: ' Talks ', x: 1 } })).toEqual({
      type: 'library-story',
      edit: { op: 'rename', story: 'story:a', title: 'Talks' },
    });
    expect(toBackground({ type: 'library-add', files: [{ name: 'a.md', text: 't', format: 'md', html: '<b>' }] })).toEqual({
      type: 'library-add',
      files: [{ name: 'a.md', text: 't', format: 'md' }],
    });
  });

  it.each([
    ['null', null],
    ['a string', 'card'],
    ['an unknown type', { type: 'eval', code: '1' }],
    ['a type from the prototype', { type: 'toString' }],
    ['a card without an id', { type: 'card', text: 'x' }],
    ['a card without the words around it', { type: 'card', id: 'x' }],
    ['a card with more words around it than a block', { type: 'card', id: 'x', text: 'x'.repeat(CONTEXT_CHARS + 1) }],
    ['a card with an object id', { type: 'card', id: { toString: 1 }, text: 'x' }],
    ['a huge page text', { type: 'card', id: 'x', text: 'x', pageText: 'x'.repeat(5000) }],
    ['a card whose page ids are not strings', { type: 'card', id: 'x', text: 'x', page: [{}] }],
    ['labels that are not strings', { type: 'labels', ids: [1] }],
    ['an array', [{ type: 'story' }]],
    ['a story request whose tab is no whole number', { type: 'story', tab: '42' }],
    ['a story request whose tab is a fraction', { type: 'story', tab: 1.5 }],
    ['a story opened by no id', { type: 'story-open' }],
    ['a story opened by an object', { type: 'story-open', story: { id: 'story:a' } }],
    ['page text without a batch number', { type: 'spot', texts: ['ok'] }],
    ['painted batches that are not batch numbers', { type: 'spot-painted', batches: [1, -2] }],
    ['more painted batches than a page keeps waiting', { type: 'spot-painted', batches: Array.from({ length: 257 }, (_, i) => i) }],
    ['a list request for no rows', { type: 'library-list', newest: 0 }],
    ['a list request for more rows than a screen holds', { type: 'library-list', newest: 1001 }],
    ['a list request whose count is not a number', { type: 'library-list', newest: '40' }],
    ['page text that is not a list of strings', { type: 'spot', texts: ['ok', 7], batch: 1 }],
    ['more page text than one batch may hold', { type: 'spot', texts: ['x'.repeat(SPOT_BATCH_CHARS), 'y'], batch: 1 }],
    ['more blocks than one batch may hold', { type: 'spot', texts: Array.from({ length: SPOT_BATCH_TEXTS + 1 }, () => 'x'), batch: 1 }],
    ['a probe without text', { type: 'probe', text: 42 }],
    ['a probe longer than a probe may carry', { type: 'probe', text: 'x'.repeat(PROBE_CHARS + 1) }],
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
  ])('drops %s', (_name, message) => {
    expect(toBackground(message)).toBeNull();
  });

  it('answers a content script only the public sample, its own page, cards for its own text, whether its page is to be remembered, a wake and a word that its page is painted (replies of nothing else): everything else is for the extension', () => {
    const forContentScripts = Object.entries(BACKGROUND_RULES)
      .filter(([, rule]) => rule.from === 'content-script')
      .map(([type]) => type)
      .sort();
    expect(forContentScripts).toEqual(['capture', 'capture-wanted', 'card', 'open-panel', 'open-source', 'probe', 'spot', 'spot-painted', 'wake']);
  });
});

describe('requests to a content script, and events for the extension pages', () => {
  it.each([
    ['a navigation step', { type: 'navigate', step: -1 }],
    ['a reveal', { type: 'reveal', id: 'place:beijing' }],
    ['a status request', { type: 'page-status' }],
    ['the settings written', { type: 'settings-changed' }],
    ['library hits, checked in depth later', { type: 'library-hits', batch: 3, found: [], hits: [[]], dropped: [[]] }],
  ])('accepts %s', (_name, message) => {
    const parsed = parseRequest(CONTENT_RULES, message);
    expect(parsed && { type: parsed.type, ...(parsed.fields as object) }).toEqual(message);
  });

  it.each([
    ['a bad step', { type: 'navigate', step: 2 }],
    ['library hits without a batch', { type: 'library-hits', found: [], hits: [], dropped: [] }],
    ['a background request', { type: 'spot', texts: [], batch: 1 }],
  ])('drops %s', (_name, message) => {
    expect(parseRequest(CONTENT_RULES, message)).toBeNull();
  });

  it('rebuilds a page report and drops a malformed one', () => {
    const found = { counts: emptyCounts(), items: [{ id: 'place:beijing', kind: 'place', label: 'Beijing', count: 2 }] };
    expect(PAGE_EVENT_RULES.found({ ...found, extra: 1 })).toEqual(found);
    expect(PAGE_EVENT_RULES.found({ ...found, counts: { ...emptyCounts(), person: -1 } })).toBeNull();
    expect(PAGE_EVENT_RULES.found({ counts: emptyCounts(), items: [{ id: 'x', kind: 'script', label: 'x', count: 1 }] })).toBeNull();
  });

  it.each([
    [{ keys: ['settings'] }, { keys: ['settings'] }],
    [{ keys: ['panelFocus', 'settings', 'panelFocus'], extra: 1 }, { keys: ['panelFocus', 'settings'] }],
    [{ keys: [] }, null],
    [{ keys: ['settings', 'library'] }, null],
    [{ keys: 'settings' }, null],
    [{}, null],
  ])('reads the stored keys relayed in %j as %j', (event, expected) => {
    expect(PAGE_EVENT_RULES['stored-changed'](event)).toEqual(expected);
  });
});
