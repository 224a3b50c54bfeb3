/** Talking to the content script of the tab the reader is looking at. */
import { browser } from 'wxt/browser';
import { parseMessage, type PageStatus } from '../../contracts/messages';

/** The active tab's id. Needs no `tabs` permission: only the id is read. */
export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * What the top frame's content script found, or `null` where none runs
 * (a browser page, the store, a file the extension may not read).
 */
export async function pageStatus(tabId: number): Promise<PageStatus | null> {
  try {
    const reply = await browser.tabs.sendMessage(tabId, { type: 'page-status' }, { frameId: 0 });
    const parsed = parseMessage({ type: 'found', ...(reply as object) });
    if (parsed?.type !== 'found') return null;
    const { host, active } = reply as { host?: unknown; active?: unknown };
    return {
      counts: parsed.counts,
      items: parsed.items,
      host: typeof host === 'string' ? host : undefined,
      active: typeof active === 'boolean' ? active : undefined,
    };
  } catch {
    // No receiving end: no content script in that tab.
    return null;
  }
}
