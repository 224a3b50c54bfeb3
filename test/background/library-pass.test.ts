/**
 * The library's part of a page's matches is held until the frame that asked
 * says it has painted the sample's (`spot-painted`), and then found for that
 * frame alone.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Candidate, LibraryHits } from '../../src/contracts/messages';

// The reader's matcher, as the background's spotting would answer: one name in every text that holds it.
const readerCalls: string[] = [];
vi.mock('../../src/background/spotting', () => ({
  spotForReader: (text: string): Candidate[] => {
    readerCalls.push(text);
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
