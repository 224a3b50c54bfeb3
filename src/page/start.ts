/**
 * Run time, in the page: collect text → match → paint → report. The entrypoint
 * only calls this; everything here is torn down with the content script's context.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseMessage, type PageStatus } from '../shared/messages';
import { canPaintHighlights, HighlightRegistry } from './highlight-registry';
import { isInsideSkipped, MutationWatcher, outermostRoots, type MutationBatch } from './mutation-watcher';
import { adoptHighlightStyles } from './shadow-styles';
import { Spotter, type FindCandidates, type PaintedMatch } from './spotter';

export interface PageDeps {
  find: FindCandidates;
  labelOf: (m: PaintedMatch) => string;
}

export function startSourcelight(ctx: ContentScriptContext, deps: PageDeps): Spotter | undefined {
  if (!canPaintHighlights() || !document.body) return undefined;
  const registry = new HighlightRegistry();
  const watcher = new MutationWatcher((batch) => void rescan(batch));
  const onShadowRoot = (root: ShadowRoot) => {
    adoptHighlightStyles(root);
    watcher.observe(root);
  };
  const spotter = new Spotter(deps.find, registry, onShadowRoot);
  const aborter = new AbortController();
  ctx.onInvalidated(() => {
    aborter.abort();
    watcher.disconnect();
    registry.dispose();
  });

  const isTop = window === window.top;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  const status = (): PageStatus => spotter.status(deps.labelOf);
  // Tell open extension pages (side panel) what changed, at most twice a second.
  const report = () => {
    if (!isTop || reportTimer !== undefined) return;
    reportTimer = setTimeout(() => {
      reportTimer = undefined;
      browser.runtime.sendMessage({ type: 'found', ...status() }).catch(() => undefined);
    }, 500);
  };

  async function rescan(batch: MutationBatch): Promise<void> {
    if (batch.huge) return fullScan();
    if (batch.removed) spotter.dropDetached();
    const roots = outermostRoots(batch.roots).filter((r) => !isInsideSkipped(r));
    for (const root of roots) await spotter.scan(root, aborter.signal);
    spotter.reconcileWeak();
    report();
  }

  async function fullScan(): Promise<void> {
    spotter.clear();
    await spotter.scan(document.body, aborter.signal);
    report();
  }

  watcher.observe(document);
  void fullScan();
  // Single-page apps change the URL without a load; the content is read again.
  ctx.addEventListener(window, 'wxt:locationchange', () => void fullScan());

  const onMessage = (raw: unknown): Promise<PageStatus> | undefined => {
    const message = parseMessage(raw);
    return message?.type === 'page-status' && isTop ? Promise.resolve(status()) : undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  return spotter;
}
