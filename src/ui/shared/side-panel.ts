/**
 * Opening the side panel (Chrome) or sidebar (Firefox). Both browsers accept it
 * only inside a user gesture, so the call must be made synchronously from the
 * click handler: anything awaited first would spend the gesture.
 */
import { browser } from 'wxt/browser';
import { panelApi } from '../../platform/panel-api';

/**
 * Opens the panel in `windowId` (Chrome needs it; read it before the click).
 * Resolves false when the browser refused.
 */
export function openSidePanel(windowId: number | undefined): Promise<boolean> {
  const api = panelApi();
  try {
    if (api.sidebarAction?.open)
      return api.sidebarAction.open().then(
        () => true,
        () => false,
      );
    if (api.sidePanel?.open && windowId !== undefined) {
      return api.sidePanel.open({ windowId }).then(
        () => true,
        () => false,
      );
    }
  } catch {
    // A synchronous refusal (no gesture): reported as false below.
  }
  return Promise.resolve(false);
}

export async function currentWindowId(): Promise<number | undefined> {
  return (await browser.windows.getCurrent()).id;
}
