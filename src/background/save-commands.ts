/**
 * "Save this article" from the page's context menu and the keyboard command
 * (Alt+Shift+S): both are the reader's own gesture, which grants `activeTab`
 * for that tab. The result shows as the toolbar button's badge and title.
 */
import { browser, type Browser } from 'wxt/browser';
import type { LibraryChangeReply } from '../contracts/library-messages';
import { saveTab } from './library';

export const SAVE_MENU = 'save-article';
export const SAVE_COMMAND = 'save-article';

async function saveAndTell(tabId: number): Promise<void> {
  let reply: LibraryChangeReply;
  try {
    reply = await saveTab(tabId);
  } catch (error) {
    reply = { added: [], problems: [], error: String(error) };
  }
  const saved = reply.added[0];
  const said = saved ? `Saved to your library: ${saved.title}` : (reply.error ?? reply.problems[0] ?? 'Not saved.');
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await action.setBadgeText({ tabId, text: saved ? '✓' : '!' }).catch(() => undefined);
  await action.setTitle({ tabId, title: said }).catch(() => undefined);
}

/** Handles the save command; `false` for any other command. */
export function handleSaveCommand(command: string, tab?: Browser.tabs.Tab): boolean {
  if (command !== SAVE_COMMAND) return false;
  if (tab?.id !== undefined) void saveAndTell(tab.id);
  return true;
}

export function handleSaveMenu(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): void {
  if (info.menuItemId === SAVE_MENU && tab?.id !== undefined) void saveAndTell(tab.id);
}
