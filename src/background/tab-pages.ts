/**
 * The address of the page each tab's content script last asked about, kept in
 * memory only: the side panel names a tab, and the page's address says which
 * saved article (and so which story) it is, with no `tabs` permission.
 */
const pages = new Map<number, string>();

/** Notes the top frame's address of a tab whose content script asked for matches. */
export function notePage(tabId: number | undefined, frameId: number | undefined, url: string | undefined): void {
  if (tabId === undefined || frameId !== 0 || !url) return;
  pages.set(tabId, url);
}

export function pageOfTab(tabId: number | undefined): string | undefined {
  return tabId === undefined ? undefined : pages.get(tabId);
}

export function forgetTab(tabId: number): void {
  pages.delete(tabId);
}
