/**
 * The extension's own page-side engine, bundled for the benchmark to run in a
 * page's main world beside mark.js: the same text collection, matcher and
 * highlight painting as the content script, with slicing off so that the time
 * measured is the work alone.
 */
import { loadSpotIndex } from '../../src/index/loader';
import { createFindCandidates } from '../../src/page/find-candidates';
import { HighlightRegistry } from '../../src/page/highlight-registry';
import { Spotter } from '../../src/page/spotter';

declare const SPOT_INDEX: unknown;

(globalThis as unknown as { sourcelightBench: () => Promise<{ ms: number; painted: number }> }).sourcelightBench = async () => {
  const t0 = performance.now();
  const find = createFindCandidates(loadSpotIndex(SPOT_INDEX));
  const spotter = new Spotter(find, new HighlightRegistry(), undefined, Number.POSITIVE_INFINITY);
  await spotter.scan(document.body);
  const ms = performance.now() - t0;
  return { ms, painted: spotter.status((m) => m.id).items.reduce((n, i) => n + i.count, 0) };
};
