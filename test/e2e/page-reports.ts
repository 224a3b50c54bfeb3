/**
 * The content script's own report that it has read its page: the `found`
 * message (what the page holds now) that it sends to the extension's pages
 * once a scan has finished (src/page/start.ts, `report`). A test that asserts
 * absence waits for this report rather than for a fixed time, so that it
 * cannot pass before the page was read. The reports are heard in an extension
 * page, which must be recording before the page it waits for loads.
 */
import type { Page } from 'puppeteer-core';
import type { FoundCounts } from '../../src/contracts/messages';
import { waitFor } from './support';

export interface PageReport {
  /** The tab the report came from. */
  tab: number;
  counts: FoundCounts;
  /** How many reports that tab had sent, this one included. */
  sequence: number;
}

/** Starts recording, in `extensionPage`, the reports of every tab (once per page; again is harmless). */
export async function recordPageReports(extensionPage: Page): Promise<void> {
  await extensionPage.evaluate(`(() => {
    if (globalThis.__sourcelightReports) return;
    const reports = (globalThis.__sourcelightReports = []);
    const api = globalThis.browser ?? globalThis.chrome;
    api.runtime.onMessage.addListener((message, sender) => {
      if (message && message.type === 'found' && sender.tab) {
        const tab = sender.tab.id;
        const sequence = reports.filter((r) => r.tab === tab).length + 1;
        reports.push({ tab, counts: message.counts, sequence });
      }
    });
  })()`);
}

/**
 * Waits for the active tab (the page opened after `extensionPage`) to report a
 * finished scan past its `after`-th report, and for `accept` to take it;
 * resolves to that report.
 */
export async function nextPageReport(extensionPage: Page, after = 0, accept = '() => true', timeout = 15_000): Promise<PageReport> {
  const tab = await activeTab(extensionPage);
  const found = `globalThis.__sourcelightReports.find((r) => r.tab === ${tab} && r.sequence > ${after} && (${accept})(r))`;
  return (await waitFor(extensionPage, found, timeout)) as PageReport;
}

/** The active tab's latest report, once it has sent one. */
export async function latestPageReport(extensionPage: Page, timeout = 15_000): Promise<PageReport> {
  const tab = await activeTab(extensionPage);
  return (await waitFor(extensionPage, `globalThis.__sourcelightReports.findLast((r) => r.tab === ${tab})`, timeout)) as PageReport;
}

/** The id of the active tab of `extensionPage`'s window. */
async function activeTab(extensionPage: Page): Promise<number> {
  return (await extensionPage.evaluate(`(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const self = await api.tabs.getCurrent();
    const [tab] = await api.tabs.query({ active: true, windowId: self.windowId });
    return tab.id;
  })()`)) as number;
}
