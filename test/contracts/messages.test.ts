import { describe, expect, it } from 'vitest';
import {
  PROBE_CHARS,
  emptyCounts,
  HIT_OTHER_SENSE,
  HIT_WEAK,
  packSpotReply,
  parseMessage,
  parseSpotReply,
  SPOT_BATCH_CHARS,
  SPOT_BATCH_TEXTS,
} from '../../src/contracts/messages';

describe('parseMessage', () => {
  it.each([
    ['a card request', { type: 'card', id: 'person:xi-jinping' }],
    ['a passage card with the page text', { type: 'card', id: 'align-1', pageText: 'Xi arrives on Tuesday.' }],
    ["a card with the page's passages", { type: 'card', id: 'person:xi-jinping', page: ['align:1', 'quote:2'] }],
    ['a compare request', { type: 'compare', id: 'topic:cyberweapons' }],
    ['a story request', { type: 'story' }],
    ['a story request for a tab, with its passages', { type: 'story', page: ['align:1'], tab: 42 }],
    ['a navigation step', { type: 'navigate', step: -1 }],
    ['labels', { type: 'labels', ids: ['a', 'b'] }],
    ['blocks of page text to match', { type: 'spot', texts: ['Susan E. Rice met Xi Jinping.', ''] }],
    ['a whole page text to probe', { type: 'probe', text: 'More storiesPresident Obama spoke.' }],
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
    ['a card whose page ids are not strings', { type: 'card', id: 'x', page: [{}] }],
    ['a bad step', { type: 'navigate', step: 2 }],
    ['negative counts', { type: 'found', counts: { ...emptyCounts(), person: -1 }, items: [] }],
    ['an item of an unknown kind', { type: 'found', counts: emptyCounts(), items: [{ id: 'x', kind: 'script', label: 'x', count: 1 }] }],
    ['labels that are not strings', { type: 'labels', ids: [1] }],
    ['an array', [{ type: 'story' }]],
    ['a story request whose tab is no whole number', { type: 'story', tab: '42' }],
    ['a story request whose tab is a fraction', { type: 'story', tab: 1.5 }],
    ['page text that is not a list of strings', { type: 'spot', texts: ['ok', 7] }],
    ['more page text than one batch may hold', { type: 'spot', texts: ['x'.repeat(SPOT_BATCH_CHARS), 'y'] }],
    ['a probe without text', { type: 'probe', text: 42 }],
    ['a probe longer than a probe may carry', { type: 'probe', text: 'x'.repeat(PROBE_CHARS + 1) }],
    ['more blocks than one batch may hold', { type: 'spot', texts: Array.from({ length: SPOT_BATCH_TEXTS + 1 }, () => 'x') }],
  ])('drops %s', (_name, message) => {
    expect(parseMessage(message)).toBeNull();
  });
});

describe('packSpotReply and parseSpotReply', () => {
  const texts = ['Susan E. Rice met Xi Jinping. Rice said so.', 'Nothing here. Rice again.'];
  const rice = { start: 0, end: 13, kind: 'person', id: 'person:susan-e-rice', label: 'Susan E. Rice' } as const;
  const xi = { start: 18, end: 20, kind: 'person', id: 'person:xi-jinping', label: 'Xi Jinping', weak: true } as const;
  const riceAgain = { start: 30, end: 34, kind: 'person', id: 'person:susan-e-rice', label: 'Susan E. Rice', weak: true } as const;
  const cue = { start: 14, end: 18, kind: 'place', id: 'place:washington', otherSense: true } as const;
  const full = (c: object) => ({ label: undefined, weak: false, otherSense: false, generic: false, ...c });

  it('sends each thing found once, and gets every candidate back with one shape', () => {
    const packed = packSpotReply([[rice, xi, riceAgain], [cue]]);
    // Rice named twice is listed once.
    expect(packed.found).toEqual([
      { kind: 'person', id: 'person:susan-e-rice', label: 'Susan E. Rice' },
      { kind: 'person', id: 'person:xi-jinping', label: 'Xi Jinping' },
      { kind: 'place', id: 'place:washington' },
    ]);
    expect(packed.hits).toEqual([
      [0, 13, 0, 0, 18, 20, 1, HIT_WEAK, 30, 34, 0, HIT_WEAK],
      [14, 18, 2, HIT_OTHER_SENSE],
    ]);
    const parsed = parseSpotReply(JSON.parse(JSON.stringify(packed)), texts)!;
    expect(parsed).toEqual([[full(rice), full(xi), full(riceAgain)], [full(cue)]]);
    expect(parsed.flat().map((c) => Object.keys(c).join())).toEqual(Array(4).fill('start,end,kind,id,label,weak,otherSense,generic'));
  });

  it('ignores fields it does not know', () => {
    const reply = { found: [{ kind: 'person', id: 'person:susan-e-rice', label: 'Susan E. Rice', html: '<b>' }], hits: [[0, 13, 0, 0], []], extra: 1 };
    expect(parseSpotReply(reply, texts)).toEqual([[full(rice)], []]);
  });

  const good = () => packSpotReply([[rice], []]);
  it.each([
    ['a list per text missing', { ...good(), hits: [[0, 13, 0, 0]] }],
    ['a hit cut short', { ...good(), hits: [[0, 13, 0], []] }],
    ['offsets past the end of their text', { ...good(), hits: [[], [0, 40, 0, 0]] }],
    ['an empty span', { ...good(), hits: [[5, 5, 0, 0], []] }],
    ['a hit naming nothing found', { ...good(), hits: [[0, 13, 1, 0], []] }],
    ['unknown flags', { ...good(), hits: [[0, 13, 0, 4], []] }],
    ['a fractional offset', { ...good(), hits: [[0.5, 13, 0, 0], []] }],
    ['an unknown kind', { ...good(), found: [{ kind: 'script', id: 'x' }] }],
    ['a label that is not a string', { ...good(), found: [{ kind: 'person', id: 'x', label: { html: '<b>' } }] }],
    ['no list of things found', { hits: [[], []] }],
    ['no reply at all', undefined],
  ])('refuses a reply with %s', (_name, reply) => {
    expect(parseSpotReply(reply, texts)).toBeNull();
  });
});
