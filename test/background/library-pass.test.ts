/**
 * The library's part of a page's matches is held until the frame that asked
 * says it has painted the sample's (`spot-painted`), and then found for that
 * frame alone.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Candidate, LibraryHits } from '../../src/contracts/messages';

// The reader's matcher, as the background's spotting would answer: one name in every text that holds it.
const readerCalls: string[] = [];
// What happened, in order: the matcher's preparing steps, a text read, others' tasks.
const events: string[] = [];
// Steps of 5 ms of work the reader's matcher still has to make (its passages' table, in a large library).
let stepsToPrepare = 0;
vi.mock('../../src/background/spotting', () => ({
  *prepareReader() {
    for (; stepsToPrepare > 0; stepsToPrepare--) {
      const until = performance.now() + 5;
      while (performance.now() < until);
      events.push('step');
      yield;
    }
  },
  spotForReader: (text: string): Candidate[] => {
    readerCalls.push(text);
    events.push('read');
    const start = text.indexOf('Vollenweider');
    return start < 0
      ? []
      : [{ start, end: start + 12, kind: 'person', id: 'person:vollenweider', label: undefined, weak: false, otherSense: false, generic: false }];
  },
}));

const { HOLD_MS, dropPassesOf, holdLibraryPass, passesWaiting, releaseLibraryPasses } = await import('../../src/background/library-pass');

const TEXT = 'Margarethe Vollenweider spoke.';
const pass = (tabId: number, frameId: number, batch: number) => ({ tabId, frameId, batch, texts: [TEXT], sample: [[]], pageUrl: 'https://example.com/' });
const settle = () => new Promise((r) => setTimeout(r, 20));

afterEach(() => {
  for (const tab of [1, 2]) dropPassesOf(tab);
  readerCalls.length = 0;
  events.length = 0;
});

describe('the library pass', () => {
  it('finds nothing until its frame says the sample is painted, then sends what the library adds', async () => {
    const sent: [number, LibraryHits][] = [];
    holdLibraryPass(pass(1, 0, 7), (p, hits) => sent.push([p.batch, hits]));
    await settle();
    expect(readerCalls).toEqual([]);
    expect(passesWaiting()).toEqual({ held: 1, queued: 0 });
    releaseLibraryPasses(1, 0, [7]);
    await settle();
    expect(readerCalls).toEqual([TEXT]);
    expect(sent).toHaveLength(1);
    expect(sent[0][0]).toBe(7);
    expect(sent[0][1].found.length).toBe(1);
    expect(passesWaiting()).toEqual({ held: 0, queued: 0 });
  });

  it("is released by its own frame and batch only: another frame's or tab's word, or another batch, runs nothing", async () => {
    const sent: number[] = [];
    holdLibraryPass(pass(1, 0, 7), (p) => sent.push(p.batch));
    holdLibraryPass(pass(1, 3, 8), (p) => sent.push(p.batch));
    releaseLibraryPasses(1, 3, [7]);
    releaseLibraryPasses(2, 0, [7]);
    releaseLibraryPasses(1, 0, [9]);
    await settle();
    expect(sent).toEqual([]);
    releaseLibraryPasses(1, 3, [8]);
    await settle();
    expect(sent).toEqual([8]);
  });

  it("makes the reader's matcher first, in slices: a task that comes meanwhile runs between two", async () => {
    stepsToPrepare = 8;
    holdLibraryPass(pass(1, 0, 7), () => events.push('sent'));
    releaseLibraryPasses(1, 0, [7]);
    setTimeout(() => events.push('page'), 0);
    await new Promise((r) => setTimeout(r, 100));
    expect(events.filter((e) => e === 'step')).toHaveLength(8);
    // The page's task ran while the matcher was being made, not after all of it.
    expect(events.indexOf('page')).toBeLessThan(events.lastIndexOf('step'));
    expect(events.slice(-2)).toEqual(['read', 'sent']);
  });

  it('lets go of a pass never released, after a while or with its tab', async () => {
    const sent: number[] = [];
    const t = Date.now();
    holdLibraryPass(pass(1, 0, 1), (p) => sent.push(p.batch), t);
    holdLibraryPass(pass(2, 0, 2), (p) => sent.push(p.batch), t);
    dropPassesOf(2);
    expect(passesWaiting().held).toBe(1);
    releaseLibraryPasses(1, 0, [1], t + HOLD_MS + 1);
    releaseLibraryPasses(2, 0, [2], t + HOLD_MS + 1);
    await settle();
    expect(sent).toEqual([]);
    expect(passesWaiting()).toEqual({ held: 0, queued: 0 });
  });
});
