/**
 * The extension's own engine, bundled for the benchmark to run in a page's main
 * world beside mark.js: the same probe, text collection, matcher and highlight
 * painting, all on the page's main thread (in the extension the matcher runs in
 * the background instead), with slicing off so that the time measured is the
 * whole work, index loading included.
 */
import { loadSpotIndex } from '../../src/index/loader';
import { HighlightRegistry } from '../../src/page/highlight-registry';
import { Spotter } from '../../src/page/spotter';
import { createBlockMatcher } from '../../src/spot/candidates';
import { createMatcher } from '../../src/spot/matcher';

declare const SPOT_INDEX: unknown;

(globalThis as unknown as { sourcelightBench: () => Promise<{ ms: number; painted: number }> }).sourcelightBench = async () => {
  const t0 = performance.now();
  const index = loadSpotIndex(SPOT_INDEX);
  const pageMatcher = createMatcher(index);
  const match = createBlockMatcher(index, pageMatcher);
  // Once per browser session in the extension (the background keeps it), once per page here.
  const indexMs = performance.now() - t0;
  let matching = 0;
  const spotter = new Spotter(
    {
      find: async (texts) => {
        const t = performance.now();
        const found = texts.map(match);
        matching += performance.now() - t;
        return found;
      },
      mayMention: async (text) => {
        const t = performance.now();
        const any = pageMatcher.mayMention(text);
        matching += performance.now() - t;
        return any;
      },
    },
    new HighlightRegistry(),
    undefined,
    Number.POSITIVE_INFINITY,
  );
  await spotter.scanPage(document.body);
  const ms = performance.now() - t0;
  return { ms, indexMs, matchingMs: matching, painted: spotter.status((m) => m.id).items.reduce((n, i) => n + i.count, 0) };
};
