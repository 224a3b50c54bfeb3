/**
 * Sends the page to the reader's library when they chose its site to be
 * remembered (settings' `capture`; docs/privacy.md, "Capture"), or when the
 * library has the page's address (a changed page is kept as a new version):
 * the top frame only, once the page has settled after its load, after one of the browser's
 * own navigations in a single-page app, or when the reader chooses the site
 * while on it — never on anything the page's scripts do. The page goes to the
 * extension's background and nowhere else; the background decides again,
 * by the page's address, whether it is to be kept, and reads it there.
 */
import { MAX_FILE_CHARS } from '../contracts/library-messages';
import { isCapturing, type Settings } from '../contracts/settings';
import { askBackground } from '../platform/messaging';

/** How long a page is left to settle (late content, a consent banner) before it is read. */
export const SETTLE_MS = 2000;
/** A single-page app's move counts as the reader's when it follows their own click or key this soon. */
export const READER_MOVE_MS = 3000;

export class PageCapture {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private idle: number | undefined;
  /** When the reader last clicked, tapped or pressed a key on the page (trusted events only). */
  private lastInput = Number.NEGATIVE_INFINITY;
  private readonly listening = new AbortController();
  /** Counts schedules and cancels: an answer to an older one is not acted on. */
  private generation = 0;

  constructor(
    private readonly settings: () => Settings,
    private readonly isTop: boolean,
    private readonly send: (page: { html: string; title: string }) => Promise<unknown> = (page) => askBackground('capture', page),
    private readonly wanted: () => Promise<{ wanted: boolean }> = () => askBackground('capture-wanted', {}),
    private readonly doc: Document = document,
  ) {
    const noteInput = (e: Event) => {
      if (e.isTrusted) this.lastInput = performance.now();
    };
    const options = { capture: true, passive: true, signal: this.listening.signal };
    this.doc.addEventListener('pointerdown', noteInput, options);
    this.doc.addEventListener('keydown', noteInput, options);
  }

  /**
   * The page's address changed without a load: remembered only when the
   * reader's own click or key led there, so that the page's scripts cannot
   * have a page of their making kept by moving the address themselves.
   */
  moved(): void {
    if (performance.now() - this.lastInput <= READER_MOVE_MS) this.schedule();
  }

  /** The page loaded, moved, or its site was chosen: read it once it has settled, if its site is chosen now or the library has its address. */
  schedule(): void {
    const { capture } = this.settings();
    if (!this.isTop || capture.paused) return;
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.whenWanted();
    }, SETTLE_MS);
  }

  private async whenWanted(): Promise<void> {
    const asked = this.generation;
    // On a chosen site the page is sent at once; elsewhere the background says whether the library has this address.
    if (!isCapturing(this.settings(), this.doc.location.origin)) {
      const reply = await this.wanted().catch(() => ({ wanted: false }));
      // Rescheduled, cancelled or disposed while the background answered.
      if (!reply.wanted || asked !== this.generation) return;
    }
    // When the page is idle: reading its HTML is the one thing capture does on the page's thread.
    if (typeof requestIdleCallback === 'function') this.idle = requestIdleCallback(() => this.sendNow(), { timeout: 10_000 });
    else this.sendNow();
  }

  dispose(): void {
    this.cancel();
    this.listening.abort();
  }

  cancel(): void {
    this.generation++;
    if (this.timer !== undefined) clearTimeout(this.timer);
    if (this.idle !== undefined) cancelIdleCallback(this.idle);
    this.timer = this.idle = undefined;
  }

  private sendNow(): void {
    this.idle = undefined;
    // The reader may have paused capture since (the background checks the site or address again).
    if (this.settings().capture.paused) return;
    const html = this.doc.documentElement.outerHTML;
    if (html.length > MAX_FILE_CHARS) return;
    this.send({ html, title: this.doc.title }).catch(() => undefined);
  }
}
