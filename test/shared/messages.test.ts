import { describe, expect, it } from 'vitest';
import { emptyCounts, parseMessage, parseSpotReply, SPOT_BATCH_CHARS, SPOT_BATCH_TEXTS } from '../../src/shared/messages';

describe('parseMessage', () => {
  it.each([
    ['a card request', { type: 'card', id: 'person:xi-jinping' }],
    ['a passage card with the page text', { type: 'card', id: 'align-1', pageText: 'Xi arrives on Tuesday.' }],
    ['a compare request', { type: 'compare', id: 'topic:cyberweapons' }],
    ['a story request', { type: 'story' }],
    ['a navigation step', { type: 'navigate', step: -1 }],
    ['labels', { type: 'labels', ids: ['a', 'b'] }],
    ['blocks of page text to match', { type: 'spot', texts: ['Susan E. Rice met Xi Jinping.', ''] }],
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
    ['page text that is not a list of strings', { type: 'spot', texts: ['ok', 7] }],
    ['more page text than one batch may hold', { type: 'spot', texts: ['x'.repeat(SPOT_BATCH_CHARS), 'y'] }],
    ['more blocks than one batch may hold', { type: 'spot', texts: Array.from({ length: SPOT_BATCH_TEXTS + 1 }, () => 'x') }],
  ])('drops %s', (_name, message) => {
    expect(parseMessage(message)).toBeNull();
  });
});

describe('parseSpotReply', () => {
  const texts = ['Susan E. Rice met Xi Jinping.', 'Nothing here.'];
  const rice = { start: 0, end: 13, kind: 'person', id: 'person:susan-e-rice', label: 'Susan E. Rice' };

  it('keeps one list of candidates per text, rebuilt from their known fields', () => {
    const reply = { candidates: [[{ ...rice, extra: 1 }, { start: 18, end: 20, kind: 'person', id: 'person:xi-jinping', weak: true }], []] };
    expect(parseSpotReply(reply, texts)).toEqual([[rice, { start: 18, end: 20, kind: 'person', id: 'person:xi-jinping', weak: true }], []]);
  });

  it.each([
    ['a list per text missing', { candidates: [[rice]] }],
    ['offsets past the end of their text', { candidates: [[], [{ ...rice, end: 40 }]] }],
    ['an empty span', { candidates: [[{ ...rice, end: 0 }], []] }],
    ['an unknown kind', { candidates: [[{ ...rice, kind: 'script' }], []] }],
    ['a label that is not a string', { candidates: [[{ ...rice, label: { html: '<b>' } }], []] }],
    ['no reply at all', undefined],
  ])('refuses a reply with %s', (_name, reply) => {
    expect(parseSpotReply(reply, texts)).toBeNull();
  });
});
