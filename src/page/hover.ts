/**
 * When a card opens and closes: after a short dwell on a highlight, kept open
 * while the pointer is on the word or the card, closed after a grace period
 * once it leaves both. Moving quickly across a line never flashes a card,
 * because every new word restarts the dwell. Taps and keys work too.
 *
 * Only the reader's own input counts: an event the page's scripts made
 * (`isTrusted` false) opens, moves and closes nothing, so a page cannot open a
 * card (nor learn from its opening what the reader's library holds).
 */
import type { CardHost } from './card-host';
import { liveRange, matchAtPoint } from './hit-test';
import type { PaintedMatch, Spotter } from './spotter';

export const GRACE_MS = 300;

function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName ?? '')));
}

export interface HoverOptions {
  dwellMs: () => number;
  /** Opens the card for `match` beside `range` (the caller fetches and renders it). */
  open(match: PaintedMatch, range: Range, how: 'pointer' | 'keyboard' | 'touch'): void;
  close(): void;
}

export class HoverController {
  private pending: { match: PaintedMatch; timer: ReturnType<typeof setTimeout> } | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private openMatch: PaintedMatch | undefined;
  private frame = 0;
  private lastPoint: { x: number; y: number; target: EventTarget | null } | undefined;
  private navIndex = -1;

  constructor(
    private readonly spotter: Spotter,
    private readonly host: CardHost,
    private readonly options: HoverOptions,
    private readonly doc: Document = document,
  ) {}

  attach(signal: AbortSignal): void {
    const opts = { capture: true, passive: true, signal };
    this.doc.addEventListener('pointermove', (e) => e.isTrusted && this.onPointerMove(e), opts);
    this.doc.addEventListener('pointerdown', (e) => e.isTrusted && this.onPointerDown(e), opts);
    this.doc.addEventListener('keydown', (e) => e.isTrusted && this.onKeyDown(e), { capture: true, signal });
    signal.addEventListener('abort', () => this.closeNow());
  }

  /** Moves to the next (+1) or previous (-1) mention, scrolls it into view and opens its card. */
  navigate(step: 1 | -1): void {
    const matches = this.spotter.paintedMatches();
    if (matches.length === 0) return;
    const current = this.openMatch ? matches.indexOf(this.openMatch) : -1;
    const from = current >= 0 ? current : this.navIndex;
    this.navIndex = from < 0 ? (step > 0 ? 0 : matches.length - 1) : (from + step + matches.length) % matches.length;
    const match = matches[this.navIndex];
    const range = liveRange(match, this.doc);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.openNow(match, range, 'keyboard');
  }

  closeNow(): void {
    this.cancelPending();
    if (this.closeTimer !== undefined) clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
    if (this.openMatch) {
      this.openMatch = undefined;
      this.options.close();
    }
  }

  private onPointerMove(e: PointerEvent): void {
    // With nothing painted and no card open there is nothing to hit: no hit-test per frame.
    if (e.pointerType === 'touch' || (this.spotter.paintedCount === 0 && !this.openMatch && !this.pending)) return;
    this.lastPoint = { x: e.clientX, y: e.clientY, target: e.target };
    // Hit-testing forces no layout, but there is no need to do it more than once a frame.
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.lastPoint) this.consider(this.lastPoint.x, this.lastPoint.y, this.lastPoint.target);
    });
  }

  private consider(x: number, y: number, target: EventTarget | null): void {
    if (this.host.contains(target as Node | null)) {
      this.cancelPending();
      this.cancelClose();
      return;
    }
    const hit = matchAtPoint(this.spotter, this.doc, x, y);
    if (hit && hit.match === this.openMatch) {
      this.cancelPending();
      this.cancelClose();
      return;
    }
    if (hit) {
      if (this.pending?.match !== hit.match) {
        this.cancelPending();
        const timer = setTimeout(() => {
          this.pending = undefined;
          // Open on the word's current geometry: it may have moved during the dwell.
          this.openNow(hit.match, liveRange(hit.match, this.doc), 'pointer');
        }, this.options.dwellMs());
        this.pending = { match: hit.match, timer };
      }
      this.scheduleClose();
      return;
    }
    this.cancelPending();
    this.scheduleClose();
  }

  private onPointerDown(e: PointerEvent): void {
    if (this.host.contains(e.target as Node | null)) return;
    if (e.pointerType === 'touch') {
      const hit = matchAtPoint(this.spotter, this.doc, e.clientX, e.clientY);
      if (hit) {
        this.openNow(hit.match, hit.range, 'touch');
        return;
      }
    }
    // A tap or click anywhere else closes the card.
    if (this.openMatch) this.closeNow();
  }

  private onKeyDown(e: KeyboardEvent): void {
    // The manifest commands' keys. The browser takes them first where the command
    // is assigned; where it is not (a conflicting shortcut) the page sees them here.
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'Period' || e.code === 'Comma') && !isEditable(e.target)) {
      e.preventDefault();
      this.navigate(e.code === 'Period' ? 1 : -1);
      return;
    }
    if (e.key === 'Escape' && this.openMatch) {
      const mention = liveRange(this.openMatch, this.doc);
      this.closeNow();
      // Give the reader their place back: focus returns where it was before the card took it, else to the mention.
      this.host.restoreFocus(mention);
    }
  }

  private openNow(match: PaintedMatch, range: Range, how: 'pointer' | 'keyboard' | 'touch'): void {
    this.cancelPending();
    this.cancelClose();
    this.openMatch = match;
    this.options.open(match, range, how);
  }

  private scheduleClose(): void {
    if (!this.openMatch || this.closeTimer !== undefined) return;
    this.closeTimer = setTimeout(() => {
      this.closeTimer = undefined;
      this.closeNow();
    }, GRACE_MS);
  }

  private cancelClose(): void {
    if (this.closeTimer !== undefined) clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }

  private cancelPending(): void {
    if (this.pending) clearTimeout(this.pending.timer);
    this.pending = undefined;
  }
}
