/**
 * Run time, in the page: settings → collect text → match → paint → hover →
 * card. The entrypoint only calls `startSourcelight`; everything is torn down
 * when the content script's extension goes (reloaded, updated or removed; see `lifetime.ts`).
 */
import type { PageStatus } from '../contracts/messages';
import { isActiveOn, sameSettings, type Settings } from '../contracts/settings';
import { latestOnly } from '../platform/latest';
import { tellExtensionPages } from '../platform/messaging';
import { onSettingsChanged, readSettings } from '../platform/settings-raw';
import { PageCapture } from './capture';
import { CardControl, STORY_EVIDENCE_IDS } from './card-control';
import { CardHost } from './card-host';
import { canPaintHighlights, HighlightRegistry } from './highlight-registry';
import { HighlightStyleSheet } from './highlight-style';
import { liveRange } from './hit-test';
import { HoverController } from './hover';
import { watchAddress, type PageLifetime } from './lifetime';
import { MarkOverlay } from './mark-overlay';
import { MutationWatcher, outermostRoots, type MutationBatch } from './mutation-watcher';
import { listenForMessages } from './page-messages';
import { ActionMarks } from './reveal';
import { adoptHighlightStyles } from './shadow-styles';
import { isInsideSkipped } from './skip-rules';
import { Spotter, type PageMatching, type PaintedMatch } from './spotter';

export interface PageDeps {
  matching: PageMatching;
  labelOf: (m: PaintedMatch) => string;
}

/** How long the page's findings settle before the extension's pages hear of them. */
const REPORT_DELAY_MS = 400;

export async function startSourcelight(lifetime: PageLifetime, deps: PageDeps): Promise<void> {
  if (!canPaintHighlights() || !document.documentElement) return;
  let settings = await readSettings();
  if (lifetime.isInvalid) return;
  const isTop = window === window.top;
  const page = new SourcelightPage(deps, location.hostname, isTop, () => settings);
  const capture = new PageCapture(() => settings, isTop);
  const follow = (next: Settings) => {
    // Told twice (the browser's event and the background's relay), and Firefox tells a write of the same value too.
    if (sameSettings(settings, next)) return;
    const previous = settings;
    settings = next;
    page.settingsChanged(previous);
    // The reader chose this site while on it: this page is remembered too (not one opened while capture was paused).
    if (!previous.capture.sites.includes(location.origin) && next.capture.sites.includes(location.origin)) capture.schedule();
  };
  const unwatch = onSettingsChanged(follow);
  const latestSettings = latestOnly();
  const reread = () =>
    void latestSettings(readSettings()).then((next) => {
      if (!lifetime.isInvalid) follow(next);
    });
  // Every frame answers: the library's part of its matches, "the library changed" and "the settings were written" come to each.
  const stopListening = listenForMessages(page, reread);
  const moves = new AbortController();
  // Single-page apps change the address without a load: read the new content.
  watchAddress(() => {
    void page.fullScan();
    capture.moved();
  }, moves.signal);
  lifetime.onInvalidated(() => {
    unwatch();
    stopListening();
    moves.abort();
    capture.dispose();
    page.dispose();
  });
  if (isActiveOn(settings, page.host)) page.start();
  capture.schedule();
}

/** Sourcelight on one page (or frame): reading, painting, the card, and reporting what it holds. */
class SourcelightPage {
  private readonly registry = new HighlightRegistry();
  private readonly styleSheet = new HighlightStyleSheet();
  private readonly shadowRoots = new Set<ShadowRoot>();
  private readonly watcher = new MutationWatcher((batch) => void this.guarded(() => this.rescanNow(batch)));
  private readonly spotter: Spotter;
  private readonly card = new CardHost();
  /** The reader's own marks, out of the page's reach; on the page whenever Sourcelight runs there. */
  private readonly overlay = new MarkOverlay();
  private readonly actionMarks = new ActionMarks(this.overlay);
  private readonly hover: HoverController;
  /** Follows layout changes that are no mutation (an image or a font loading): the private marks move with the text. */
  private readonly resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.overlay.schedule()) : undefined;
  /** Aborted when Sourcelight stops on this page. */
  private running: AbortController | undefined;
  /** Failures caught while reading the page. */
  private errors = 0;
  private reportTimer: ReturnType<typeof setTimeout> | undefined;
  private lastRevealed: { id: string; at: number } | undefined;

  constructor(
    private readonly deps: PageDeps,
    readonly host: string,
    private readonly isTop: boolean,
    private readonly settings: () => Settings,
  ) {
    this.spotter = new Spotter(deps.matching, this.registry, (root) => this.adoptShadowRoot(root), undefined, this.overlay);
    // The library's part of the matches may come after the scan's report: what the page holds is told again.
    this.spotter.onLibraryChange = () => this.report();
    const cards = new CardControl(this.card, host, () => this.hover.closeNow(), this.actionMarks, {
      storyEvidence: () => this.spotter.storyEvidence(STORY_EVIDENCE_IDS),
      contextOf: (match, chars) => this.spotter.contextOf(match, chars),
    });
    this.hover = new HoverController(this.spotter, this.card, {
      dwellMs: () => this.settings().dwellMs,
      open: (match, range, how) => cards.open(match, range, how),
      close: () => cards.close(),
    });
  }

  start(): void {
    if (this.running) return;
    this.running = new AbortController();
    this.overlay.attach();
    this.applySettings();
    this.watcher.observe(document);
    this.resizes?.observe(document.documentElement);
    this.hover.attach(this.running.signal);
    void this.fullScan();
  }

  stop(): void {
    this.running?.abort();
    this.running = undefined;
    this.watcher.disconnect();
    this.resizes?.disconnect();
    this.card.hide();
    this.actionMarks.dispose();
    this.spotter.clear();
    this.overlay.detach();
    this.report();
  }

  dispose(): void {
    this.stop();
    this.styleSheet.detach();
    this.registry.dispose();
  }

  settingsChanged(previous: Settings): void {
    const wasActive = isActiveOn(previous, this.host);
    const active = isActiveOn(this.settings(), this.host);
    if (active && !wasActive) this.start();
    else if (!active && wasActive) this.stop();
    else if (active) {
      this.applySettings();
      this.report();
    }
  }

  fullScan(): Promise<void> {
    return this.guarded(() => this.fullScanNow());
  }

  // --- what the extension's messages ask (see page-messages.ts) ---

  status(): PageStatus {
    const { busyMs, slices, longestSliceMs, blocksRead } = this.spotter.stats;
    return {
      ...this.spotter.status(this.deps.labelOf),
      host: this.host,
      origin: location.origin,
      address: location.href.split('#')[0],
      active: this.running !== undefined,
      diagnostics: { errors: this.errors, busyMs, slices, longestSliceMs, blocksRead },
    };
  }

  isRunning(): boolean {
    return this.running !== undefined;
  }

  navigate(step: 1 | -1): void {
    this.hover.navigate(step);
  }

  paintedMatches(): PaintedMatch[] {
    return this.spotter.paintedMatches();
  }

  /**
   * Scrolls to one of an item's mentions and flashes it: the next one on each
   * call for the same item, the first one for another. False when it has none.
   */
  reveal(mentions: PaintedMatch[]): boolean {
    if (mentions.length === 0) return false;
    const id = mentions[0].id;
    const at = this.lastRevealed?.id === id ? (this.lastRevealed.at + 1) % mentions.length : 0;
    this.lastRevealed = { id, at };
    const range = liveRange(mentions[at]);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.actionMarks.flash(mentions[at], range);
    return true;
  }

  libraryChanged(): void {
    if (this.isRunning()) void this.fullScan();
  }

  // --- reading ---

  /**
   * A failure must never reach the page as an uncaught error: each unit of
   * work is guarded, counted, and reported once to the console for whoever
   * debugs it.
   */
  private guarded(work: () => Promise<void>): Promise<void> {
    return work().catch((error: unknown) => {
      if (this.errors++ === 0) console.warn('Sourcelight could not finish reading this page:', error);
    });
  }

  private async rescanNow(batch: MutationBatch): Promise<void> {
    if (!this.running) return;
    const { signal } = this.running;
    // The page changed: the private marks follow its layout, and the overlay stays on it.
    this.overlay.ensureAttached();
    this.overlay.schedule();
    if (batch.huge) return this.fullScanNow();
    if (batch.removed) this.spotter.dropDetached();
    for (const root of outermostRoots(batch.roots)) {
      if (!isInsideSkipped(root)) await this.spotter.scan(root, signal);
      if (signal.aborted) return;
    }
    this.spotter.reconcile();
    this.report();
  }

  private async fullScanNow(): Promise<void> {
    if (!this.running) return;
    this.spotter.clear();
    await this.spotter.scanPage(document.body ?? document.documentElement, this.running.signal);
    this.report();
  }

  private adoptShadowRoot(root: ShadowRoot): void {
    this.shadowRoots.add(root);
    adoptHighlightStyles(root);
    this.styleSheet.attach(root);
    this.watcher.observe(root);
  }

  /** Which kinds and terms are shown, and how. */
  private applySettings(): void {
    this.spotter.setFilter({
      isShown: (kind, id) => {
        const { kinds, muted } = this.settings();
        return kinds[kind] && !muted.includes(id);
      },
      everyName: this.settings().everyName,
    });
    this.styleSheet.apply(this.settings().style, this.settings().passageStyle, [document, ...this.shadowRoots]);
    this.overlay.setStyle(this.settings().style, this.settings().passageStyle);
  }

  /** Tells the extension's pages what the page holds now, once things settle (top frame only). */
  private report(): void {
    if (!this.isTop || this.reportTimer !== undefined) return;
    this.reportTimer = setTimeout(() => {
      this.reportTimer = undefined;
      tellExtensionPages('found', this.spotter.status(this.deps.labelOf));
    }, REPORT_DELAY_MS);
  }
}
