/**
 * Run time, in the page: settings → collect text → match → paint → hover →
 * card. The entrypoint only calls `startSourcelight`; everything is torn down
 * with the content script's context (extension reloaded, updated or removed).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageStatus } from '../contracts/messages';
import { isActiveOn, type Settings } from '../contracts/settings';
import { onSettingsChanged, readSettings } from '../platform/settings-raw';
import { CardControl, STORY_EVIDENCE_IDS } from './card-control';
import { CardHost } from './card-host';
import { canPaintHighlights, HighlightRegistry } from './highlight-registry';
import { HighlightStyleSheet } from './highlight-style';
import { HoverController } from './hover';
import { MutationWatcher, outermostRoots, type MutationBatch } from './mutation-watcher';
import { listenForMessages, onIndexChanged } from './page-messages';
import { adoptHighlightStyles } from './shadow-styles';
import { isInsideSkipped } from './skip-rules';
import { Spotter, type PageMatching, type PaintedMatch } from './spotter';

export interface PageDeps {
  matching: PageMatching;
  labelOf: (m: PaintedMatch) => string;
}

/** How long the page's findings settle before the extension's pages hear of them. */
const REPORT_DELAY_MS = 400;

/** What the page code needs of its lifetime: a content script's context, or an extension page's. */
export type PageContext = Pick<ContentScriptContext, 'isInvalid' | 'onInvalidated' | 'addEventListener'>;

/** An extension page (the sample article) lives as long as the extension: nothing invalidates it. */
export function extensionPageContext(): PageContext {
  return {
    isInvalid: false,
    onInvalidated: () => () => undefined,
    addEventListener: ((target: EventTarget, type: string, handler: EventListener) =>
      target.addEventListener(type, handler)) as PageContext['addEventListener'],
  };
}

export async function startSourcelight(ctx: PageContext, deps: PageDeps): Promise<void> {
  if (!canPaintHighlights() || !document.documentElement) return;
  let settings = await readSettings();
  if (ctx.isInvalid) return;
  const isTop = window === window.top;
  const page = new SourcelightPage(deps, location.hostname, isTop, () => settings);
  const unwatch = onSettingsChanged((next) => {
    const previous = settings;
    settings = next;
    page.settingsChanged(previous);
  });
  const stopListening = isTop ? listenForMessages(page) : undefined;
  // Every frame reads its text again when the reader's library changes what the index knows.
  const stopReReading = onIndexChanged(() => {
    if (page.isRunning()) void page.fullScan();
  });
  ctx.onInvalidated(() => {
    unwatch();
    stopListening?.();
    stopReReading();
    page.dispose();
  });
  // Single-page apps change the URL without a load: read the new content.
  ctx.addEventListener(window, 'wxt:locationchange', () => void page.fullScan());
  if (isActiveOn(settings, page.host)) page.start();
}

/** Sourcelight on one page (or frame): reading, painting, the card, and reporting what it holds. */
class SourcelightPage {
  private readonly registry = new HighlightRegistry();
  private readonly styleSheet = new HighlightStyleSheet();
  private readonly shadowRoots = new Set<ShadowRoot>();
  private readonly watcher = new MutationWatcher((batch) => void this.guarded(() => this.rescanNow(batch)));
  private readonly spotter: Spotter;
  private readonly card = new CardHost();
  private readonly hover: HoverController;
  /** Aborted when Sourcelight stops on this page. */
  private running: AbortController | undefined;
  /** Failures caught while reading the page. */
  private errors = 0;
  private reportTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly deps: PageDeps,
    readonly host: string,
    private readonly isTop: boolean,
    private readonly settings: () => Settings,
  ) {
    this.spotter = new Spotter(deps.matching, this.registry, (root) => this.adoptShadowRoot(root));
    const cards = new CardControl(
      this.card,
      host,
      () => this.hover.closeNow(),
      () => this.spotter.storyEvidence(STORY_EVIDENCE_IDS),
    );
    this.hover = new HoverController(this.spotter, this.card, {
      dwellMs: () => this.settings().dwellMs,
      open: (match, range, how) => cards.open(match, range, how),
      close: () => cards.close(),
    });
  }

  start(): void {
    if (this.running) return;
    this.running = new AbortController();
    this.applySettings();
    this.watcher.observe(document);
    this.hover.attach(this.running.signal);
    void this.fullScan();
  }

  stop(): void {
    this.running?.abort();
    this.running = undefined;
    this.watcher.disconnect();
    this.card.hide();
    this.spotter.clear();
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
  }

  /** Tells the extension's pages what the page holds now, once things settle (top frame only). */
  private report(): void {
    if (!this.isTop || this.reportTimer !== undefined) return;
    this.reportTimer = setTimeout(() => {
      this.reportTimer = undefined;
      browser.runtime.sendMessage({ type: 'found', ...this.spotter.status(this.deps.labelOf) }).catch(() => undefined);
    }, REPORT_DELAY_MS);
  }
}
