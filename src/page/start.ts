/**
 * Run time, in the page: collect text → match → paint → report. The entrypoint
 * only calls this; everything here is torn down with the content script's context.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { emptyCounts, parseMessage, type PageStatus } from '../shared/messages';
import { canPaintHighlights, HighlightRegistry } from './highlight-registry';

export function startSourcelight(ctx: ContentScriptContext): void {
  if (!canPaintHighlights()) return;
  const registry = new HighlightRegistry();
  ctx.onInvalidated(() => registry.dispose());

  const status: PageStatus = { counts: emptyCounts(), items: [] };
  const onMessage = (raw: unknown): Promise<PageStatus> | undefined => {
    const message = parseMessage(raw);
    return message?.type === 'page-status' ? Promise.resolve(status) : undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
