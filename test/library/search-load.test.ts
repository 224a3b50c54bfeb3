import MiniSearch from 'minisearch';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => vi.restoreAllMocks());

// patches/minisearch+7.2.0.patch: MiniSearch paused after every 1,000 entries with a timer, which a
// browser clamps to 4 ms; a stored index of 10,000 articles took 10 s to load in the service worker.
describe('the stored search index loads with a pause per slice of work, not per thousand entries', () => {
  it('20,000 documents of three common words: a few pauses at most (the unpatched load made about a hundred), and the index the synchronous load gives', async () => {
    const options = { fields: ['title', 'body'] };
    const index = new MiniSearch(options);
    index.addAll(Array.from({ length: 20_000 }, (_, i) => ({ id: `a${i}`, title: 'harbour ledger', body: 'harbour ledger quarry' })));
    const json = JSON.stringify(index);
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const loaded = await MiniSearch.loadJSONAsync(json, options);
    expect(timers.mock.calls.length).toBeLessThan(20);
    timers.mockRestore();
    // The same index as the synchronous load (the reference) gives.
    expect(JSON.stringify(loaded)).toBe(JSON.stringify(MiniSearch.loadJSON(json, options)));
    expect(loaded.search('quarry')).toEqual(index.search('quarry'));
  });
});
