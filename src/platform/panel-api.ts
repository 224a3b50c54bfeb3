/**
 * The browsers' panel APIs, as the extension calls them: Chrome's `sidePanel`
 * and Firefox's `sidebarAction`. Each browser has only its own, so both are
 * optional. Every `open` must run inside a user gesture, called synchronously
 * from it.
 */
import { browser } from 'wxt/browser';

export interface PanelApi {
  sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

export function panelApi(): PanelApi {
  return browser as unknown as PanelApi;
}
