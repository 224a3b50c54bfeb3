/**
 * Keyboard commands (manifest `commands`): next/previous mention go to the
 * active tab's content script; on Chrome, `open-side-panel` opens the panel
 * (a command counts as a user gesture). Firefox opens its sidebar itself
 * through `_execute_sidebar_action`.
 */
import type { Browser } from 'wxt/browser';
import { askTab } from '../platform/messaging';
import { panelApi } from '../platform/panel-api';

export function handleCommand(command: string, tab?: Browser.tabs.Tab): void {
  if (command === 'open-side-panel') {
    if (tab?.windowId !== undefined)
      panelApi()
        .sidePanel?.open({ windowId: tab.windowId })
        .catch(() => undefined);
    return;
  }
  const step = command === 'next-mention' ? 1 : command === 'previous-mention' ? -1 : 0;
  if (step === 0 || tab?.id === undefined) return;
  void askTab(tab.id, 'navigate', { step });
}
