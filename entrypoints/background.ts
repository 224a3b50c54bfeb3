import { browser } from 'wxt/browser';
import { handleCommand } from '../src/background/commands';
import { backgroundListener } from '../src/background/router';
import { forgetTab } from '../src/background/tab-pages';
import { dropPassesOf } from '../src/background/library-pass';
import { libraryReady } from '../src/background/library';
import { handleSaveCommand, handleSaveMenu, SAVE_MENU } from '../src/background/save-commands';
import { listen } from '../src/platform/messaging';
import { migrateSettings } from '../src/platform/settings-store';
import { relayStoredChanges } from '../src/platform/stored-changes';

export default defineBackground(() => {
  listen(backgroundListener);
  // First of the extension's storage listeners, so Firefox delivers it every change (see stored-changes.ts).
  relayStoredChanges();
  browser.commands.onCommand.addListener((command, tab) => handleSaveCommand(command, tab) || handleCommand(command, tab));
  browser.contextMenus.onClicked.addListener((info, tab) => handleSaveMenu(info, tab));
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTab(tabId);
    dropPassesOf(tabId);
  });
  browser.runtime.onInstalled.addListener(({ reason }) => {
    browser.contextMenus.create({ id: SAVE_MENU, title: 'Save this article to Sourcelight', contexts: ['page'] });
    // The welcome page once, on a first install; never on an update or a browser update.
    // Opening a tab of the extension's own page needs no permission.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  void migrateSettings();
  void libraryReady(false);
});
