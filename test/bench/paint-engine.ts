/**
 * The content script's painting, bundled for the benchmark to run in a page's
 * main thread: the same matches painted as the public sample's (into the
 * page's highlight registry, as before the reader's library was kept private)
 * or as the library's (into the private overlay), so that the two cost side
 * by side on the same page. Matching happens before the clock starts.
 */
import { loadSpotIndex } from '../../src/index/loader';
import { HighlightRegistry } from '../../src/page/highlight-registry';
import { MarkOverlay } from '../../src/page/mark-overlay';
import { Spotter } from '../../src/page/spotter';
import { createBlockMatcher } from '../../src/spot/candidates';
import type { Candidate } from '../../src/contracts/messages';

declare const SPOT_INDEX: unknown;

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export interface PaintFigures {
  /** Reading the page's text and painting what is found, ms. */
  paintMs: number;
  /** Marks shown. */
  marks: number;
  /** The overlay's first drawing after the scan, and its median drawing per scroll of one screen, ms (0 when it has nothing). */
  firstDrawMs: number;
  scrollDrawMs: number;
  /** Boxes the overlay drew on screen, median over the scrolls. */
  boxes: number;
}

(globalThis as unknown as { sourcelightPaint: (mode: 'public' | 'private', scrolls: number) => Promise<PaintFigures> }).sourcelightPaint = async (
  mode,
  scrolls,
) => {
  const match = createBlockMatcher(loadSpotIndex(SPOT_INDEX));
  const overlay = new MarkOverlay();
  overlay.attach();
  // Matching is timed apart and taken off: in the extension the background matches.
  let matchingMs = 0;
  const spotter = new Spotter(
    {
      find: async (texts, onLibrary) => {
        const t = performance.now();
        const found: Candidate[][] = texts.map(match);
        matchingMs += performance.now() - t;
        if (mode === 'public') return found;
        // The same matches, as what the reader's library adds to an empty sample answer.
        onLibrary({ added: found, dropped: texts.map(() => []) });
        return texts.map(() => []);
      },
      mayMention: async () => true,
    },
    new HighlightRegistry(),
    undefined,
    Number.POSITIVE_INFINITY,
    overlay,
  );
  const t0 = performance.now();
  await spotter.scanPage(document.body);
  const paintMs = performance.now() - t0 - matchingMs;
  await frame();
  await frame();
  const firstDrawMs = overlay.stats.renderMs;
  const perScroll: number[] = [];
  const boxes: number[] = [];
  for (let i = 0; i < scrolls; i++) {
    const before = overlay.stats.renderMs;
    window.scrollBy(0, Math.round(innerHeight * 0.9));
    await frame();
    await frame();
    perScroll.push(overlay.stats.renderMs - before);
    boxes.push(overlay.stats.boxes);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  return { paintMs, marks: spotter.paintedCount, firstDrawMs, scrollDrawMs: median(perScroll), boxes: median(boxes) };
};
