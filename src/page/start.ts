/**
 * Run time, in the page: settings → collect text → match → paint → hover →
 * card. The entrypoint only calls this; everything is torn down with the
 * content script's context (extension reloaded, updated or removed).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Card as CardData } from '../shared/cards';
import { parseMessage, type PageStatus } from '../shared/messages';
import { isActiveOn, withMuted, withSite, type Settings } from '../shared/settings';
import { changeSettings, onSettingsChanged, readSettings } from '../shared/settings-raw';
import { CardHost } from './card-host';
import { canPaintHighlights, HighlightRegistry } from './highlight-registry';
import { HighlightStyleSheet } from './highlight-style';
import { liveRange } from './hit-test';
import { HoverController } from './hover';
import { MutationWatcher, outermostRoots, type MutationBatch } from './mutation-watcher';
import { flashRange } from './reveal';
import { adoptHighlightStyles } from './shadow-styles';
import { isInsideSkipped } from './skip-rules';
import { Spotter, type PageMatching, type PaintedMatch } from './spotter';

export interface PageDeps {
  matching: PageMatching;
  labelOf: (m: PaintedMatch) => string;
}

const PANEL_REFUSED =
  'Your browser did not let this page open the side panel. Open Sourcelight from the toolbar (in Firefox: View › Sidebar › Sourcelight); it will show this comparison.';

export async function startSourcelight(ctx: ContentScriptContext, deps: PageDeps): Promise<void> {
  if (!canPaintHighlights() || !document.documentElement) return;
  let settings = await readSettings();
  if (ctx.isInvalid) return;
  const host = location.hostname;
  const isTop = window === window.top;

  const registry = new HighlightRegistry();
  const styleSheet = new HighlightStyleSheet();
  const shadowRoots = new Set<ShadowRoot>();
  const watcher = new MutationWatcher((batch) => void rescan(batch));
  const spotter = new Spotter(deps.matching, registry, (root) => {
    shadowRoots.add(root);
    adoptHighlightStyles(root);
    styleSheet.attach(root);
    watcher.observe(root);
  });
  const card = new CardHost();
  let running: AbortController | undefined;
  let cardNotice: string | undefined;

  const applyFilter = () =>
    spotter.setFilter({ isShown: (kind, id) => settings.kinds[kind] && !settings.muted.includes(id) });
  const applyStyle = () => styleSheet.apply(settings.style, [document, ...shadowRoots]);

  // --- reporting to the extension's pages -------------------------------------------------
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  const status = (): PageStatus => spotter.status(deps.labelOf);
  const report = () => {
    if (!isTop || reportTimer !== undefined) return;
    reportTimer = setTimeout(() => {
      reportTimer = undefined;
      browser.runtime.sendMessage({ type: 'found', ...status() }).catch(() => undefined);
    }, 400);
  };

  // --- scanning ---------------------------------------------------------------------------
  // A failure must never reach the page as an uncaught error: each unit of work is
  // guarded, counted (the count is in every status reply, where tests read it) and
  // reported once to the console for whoever debugs it.
  let errors = 0;
  const guarded = (work: () => Promise<void>) => (): Promise<void> =>
    work().catch((error: unknown) => {
      if (errors++ === 0) console.warn('Sourcelight could not finish reading this page:', error);
    });

  const rescan = (batch: MutationBatch) => guarded(() => rescanNow(batch))();
  const fullScan = () => guarded(fullScanNow)();

  async function rescanNow(batch: MutationBatch): Promise<void> {
    if (!running) return;
    const { signal } = running;
    if (batch.huge) return fullScanNow();
    if (batch.removed) spotter.dropDetached();
    for (const root of outermostRoots(batch.roots)) {
      if (!isInsideSkipped(root)) await spotter.scan(root, signal);
      if (signal.aborted) return;
    }
    spotter.reconcile();
    report();
  }

  async function fullScanNow(): Promise<void> {
    if (!running) return;
    spotter.clear();
    await spotter.scanPage(document.body ?? document.documentElement, running.signal);
    report();
  }

  function start(): void {
    if (running) return;
    running = new AbortController();
    applyFilter();
    applyStyle();
    watcher.observe(document);
    hover.attach(running.signal);
    void fullScan();
  }

  function stop(): void {
    running?.abort();
    running = undefined;
    watcher.disconnect();
    card.hide();
    spotter.clear();
    report();
  }

  // --- the card ---------------------------------------------------------------------------
  let shown: { match: PaintedMatch; range: Range; data: CardData | null | undefined } | undefined;
  const renderCard = () => {
    if (!shown) return;
    const { match } = shown;
    card.show(shown.range, {
      card: shown.data,
      notice: cardNotice,
      onClose: () => hover.closeNow(),
      onCompare: () => {
        browser.runtime
          .sendMessage({ type: 'open-panel', id: match.id })
          .then((reply) => {
            cardNotice = (reply as { opened?: boolean } | undefined)?.opened ? undefined : PANEL_REFUSED;
            renderCard();
          })
          .catch(() => undefined);
      },
      onMute: () => {
        hover.closeNow();
        void changeSettings((s) => withMuted(s, match.id, true));
      },
      onSiteOff: () => {
        hover.closeNow();
        void changeSettings((s) => withSite(s, host, false));
      },
    });
  };

  const hover = new HoverController(spotter, card, {
    dwellMs: () => settings.dwellMs,
    open(match, range, how) {
      cardNotice = undefined;
      shown = { match, range, data: undefined };
      renderCard();
      if (how === 'keyboard') card.focus();
      const pageText = match.kind === 'passage' ? match.text.slice(0, 2000) : undefined;
      browser.runtime
        .sendMessage({ type: 'card', id: match.id, pageText })
        .then((data) => {
          if (shown?.match !== match) return;
          shown.data = (data as CardData | null) ?? null;
          renderCard();
          if (how === 'keyboard') card.focus();
        })
        .catch(() => {
          if (shown?.match === match) {
            shown.data = null;
            renderCard();
          }
        });
    },
    close() {
      shown = undefined;
      card.hide();
    },
  });

  // --- messages from the extension ---------------------------------------------------------
  let revealed = new Map<string, number>();
  const answer = (raw: unknown): unknown => {
    const message = parseMessage(raw);
    // Every frame reads its text again with the library's new index.
    if (message?.type === 'library-changed') {
      if (running) void fullScan();
      return undefined;
    }
    if (!message || !isTop) return undefined;
    if (message.type === 'page-status') {
      const { busyMs, longestSliceMs, blocksRead } = spotter.stats;
      return { ...status(), host, active: running !== undefined, errors, busyMs, longestSliceMs, blocksRead };
    }
    if (message.type === 'navigate' && running) {
      hover.navigate(message.step);
      return true;
    }
    if (message.type === 'reveal' && running) {
      const matches = spotter.paintedMatches().filter((m) => m.id === message.id);
      if (matches.length === 0) return false;
      const next = ((revealed.get(message.id) ?? -1) + 1) % matches.length;
      revealed = new Map([[message.id, next]]);
      const range = liveRange(matches[next]);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      flashRange(range);
      return true;
    }
    return undefined;
  };
  // Answered at once through `sendResponse`: the content script runs without the
  // polyfill (see wxt.config.ts), and every browser supports this form. A
  // message it does not answer (or a frame that is not the top one) gets no
  // reply from here, so the sender hears from the frame that does.
  // (The polyfill's types know only its own forms of listener, hence the cast.)
  const onMessage = ((raw: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): undefined => {
    const reply = answer(raw);
    if (reply !== undefined) sendResponse(reply);
    return undefined;
  }) as unknown as Parameters<typeof browser.runtime.onMessage.addListener>[0];
  browser.runtime.onMessage.addListener(onMessage);

  // --- settings, live -----------------------------------------------------------------------
  const onSettings = (next: Settings) => {
    const wasActive = isActiveOn(settings, host);
    settings = next;
    const active = isActiveOn(settings, host);
    if (active && !wasActive) start();
    else if (!active && wasActive) stop();
    else if (active) {
      applyFilter();
      applyStyle();
      report();
    }
  };
  const unwatch = onSettingsChanged(onSettings);

  ctx.onInvalidated(() => {
    stop();
    unwatch();
    browser.runtime.onMessage.removeListener(onMessage);
    styleSheet.detach();
    registry.dispose();
  });
  // Single-page apps change the URL without a load: read the new content.
  ctx.addEventListener(window, 'wxt:locationchange', () => void fullScan());

  if (isActiveOn(settings, host)) start();
}
