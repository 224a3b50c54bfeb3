import { describe, expect, it } from 'vitest';
import { emptyCounts, parseMessage } from '../../src/shared/messages';

describe('parseMessage', () => {
  it.each([
    ['a card request', { type: 'card', id: 'person:xi-jinping' }],
    ['a passage card with the page text', { type: 'card', id: 'align-1', pageText: 'Xi arrives on Tuesday.' }],
    ['a compare request', { type: 'compare', id: 'topic:cyberweapons' }],
    ['a story request', { type: 'story' }],
    ['a navigation step', { type: 'navigate', step: -1 }],
    ['labels', { type: 'labels', ids: ['a', 'b'] }],
    ['a page report', { type: 'found', counts: emptyCounts(), items: [{ id: 'place:beijing', kind: 'place', label: 'Beijing', count: 2 }] }],
  ])('accepts %s, rebuilt from its known fields', (_name, message) => {
    expect(parseMessage({ ...message, extra: '<script>' })).toEqual(message);
  });

  it.each([
    ['null', null],
    ['a string', 'card'],
    ['an unknown type', { type: 'eval', code: '1' }],
    ['a card without an id', { type: 'card' }],
    ['a card with an object id', { type: 'card', id: { toString: 1 } }],
    ['a huge page text', { type: 'card', id: 'x', pageText: 'x'.repeat(5000) }],
    ['a bad step', { type: 'navigate', step: 2 }],
    ['negative counts', { type: 'found', counts: { ...emptyCounts(), person: -1 }, items: [] }],
    ['an item of an unknown kind', { type: 'found', counts: emptyCounts(), items: [{ id: 'x', kind: 'script', label: 'x', count: 1 }] }],
    ['labels that are not strings', { type: 'labels', ids: [1] }],
    ['an array', [{ type: 'story' }]],
  ])('drops %s', (_name, message) => {
    expect(parseMessage(message)).toBeNull();
  });
});
