import { describe, expect, it } from 'vitest';
import { diffLibraryHits, HIT_OTHER_SENSE, HIT_WEAK, packSpotReply, parseLibraryHits, parseSpotReply, type Candidate } from '../../src/contracts/messages';

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

describe('diffLibraryHits and parseLibraryHits', () => {
  const texts = ['Susan E. Rice met Xi Jinping in Beijing.', 'Nothing known here.', 'Meng Jianzhu flew in.'];
  const hit = (start: number, end: number, id: string, more: Partial<Candidate> = {}): Candidate => ({
    start,
    end,
    kind: 'person',
    id,
    label: undefined,
    weak: false,
    otherSense: false,
    generic: false,
    ...more,
  });
  const rice = hit(0, 13, 'person:rice');
  const xi = hit(18, 28, 'person:xi');
  const beijing = hit(32, 39, 'place:beijing', { kind: 'place', generic: true });
  const meng = hit(0, 12, 'person:meng');

  it.each([
    ['the same hits: nothing changes', [[rice, xi], [], []], [[rice, xi], [], []], [[], [], []], [[], [], []]],
    ['a name only the library knows is added', [[rice], [], []], [[rice, xi], [], [meng]], [[xi], [], [meng]], [[], [], []]],
    ['a hit the library does not give is dropped, by its place', [[rice, xi], [], []], [[xi], [], []], [[], [], []], [[0], [], []]],
    [
      'a hit whose flags the library changes is dropped and added again',
      [[rice, beijing], [], []],
      [[rice, { ...beijing, generic: false }], [], []],
      [[{ ...beijing, generic: false }], [], []],
      [[1], [], []],
    ],
    ['the same name twice, the library knowing one more', [[rice], [], []], [[rice, rice], [], []], [[rice], [], []], [[], [], []]],
  ])('%s', (_name, sample, reader, added, dropped) => {
    const diff = diffLibraryHits(sample as Candidate[][], reader as Candidate[][]);
    expect(diff.dropped).toEqual(dropped);
    const parsed = parseLibraryHits(JSON.parse(JSON.stringify(diff)), texts, sample as Candidate[][]);
    expect(parsed).toEqual({ added, dropped });
  });

  it.each([
    ['dropped indexes past the sample list', { found: [], hits: [[], [], []], dropped: [[3], [], []] }],
    ['a dropped list per text missing', { found: [], hits: [[], [], []], dropped: [[]] }],
    ['a hit past the end of its text', { found: [{ kind: 'person', id: 'x' }], hits: [[0, 99, 0, 0], [], []], dropped: [[], [], []] }],
    ['not an object', 'hits'],
  ])('refuses %s', (_name, raw) => {
    expect(parseLibraryHits(raw, texts, [[rice, xi], [], []])).toBeNull();
  });
});
