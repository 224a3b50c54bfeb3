/** Talking to the content script of the tab the reader is looking at. */
import { browser } from 'wxt/browser';
import type { PageStatus } from '../../contracts/messages';
import { parseFindings } from '../../contracts/protocol';
import { askTab } from '../../platform/messaging';

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
  const reply = await askTab(tabId, 'page-status', {});
  const findings = parseFindings(reply);
  if (!reply || !findings) return null;
  return { ...findings, host: typeof reply.host === 'string' ? reply.host : undefined, active: typeof reply.active === 'boolean' ? reply.active : undefined };
}
