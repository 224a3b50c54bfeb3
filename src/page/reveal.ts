/**
 * Marks that follow the reader's actions: the passage whose card is open,
 * shaded in full while they read it, and a mention they asked to see (from
 * the side panel), flashed for a moment. A mention the public sample knows is
 * marked in the page's highlight registry (`sourcelight-passage-open`,
 * `sourcelight-flash`), so the DOM stays untouched; one only the reader's
 * library gives is marked in the private overlay (`mark-overlay.ts`), so the
 * page cannot learn it from the registry.
 */
import type { MarkOverlay } from './mark-overlay';
import type { PaintedMatch } from './spotter';

import { FLASH_NAME, OPEN_PASSAGE_NAME } from './highlight-registry';

export const FLASH_MS = 1600;

export class ActionMarks {
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly overlay: MarkOverlay) {}

  /** Flashes `range`, a mention of `match`. */
  flash(match: PaintedMatch, range: Range): void {
    this.clearFlash();
    if (match.public) {
      const highlight = new Highlight(range);
      highlight.priority = 10;
      CSS.highlights.set(FLASH_NAME, highlight);
    } else this.overlay.setSpecial('flash', range);
    this.flashTimer = setTimeout(() => this.clearFlash(), FLASH_MS);
  }

  /** Shades the open passage `range` of `match`, or, with `undefined`, the shading goes. */
  showOpenPassage(open: { match: PaintedMatch; range: Range } | undefined): void {
    CSS.highlights.delete(OPEN_PASSAGE_NAME);
    this.overlay.setSpecial('passage-open', undefined);
    if (!open) return;
    if (open.match.public) CSS.highlights.set(OPEN_PASSAGE_NAME, new Highlight(open.range));
    else this.overlay.setSpecial('passage-open', open.range);
  }

  dispose(): void {
    this.clearFlash();
    this.showOpenPassage(undefined);
  }

  private clearFlash(): void {
    if (this.flashTimer !== undefined) clearTimeout(this.flashTimer);
    this.flashTimer = undefined;
    CSS.highlights.delete(FLASH_NAME);
    this.overlay.setSpecial('flash', undefined);
  }
}
