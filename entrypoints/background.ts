import { browser } from 'wxt/browser';
import { handleCommand } from '../src/background/commands';
import { handleMessage } from '../src/background/router';
import { handleLibraryMessage, openLibrary } from '../src/background/library';
import { handleSaveCommand, handleSaveMenu, SAVE_MENU } from '../src/background/save-commands';
import { migrateSettings } from '../src/shared/settings-store';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => handleLibraryMessage(message, sender) ?? handleMessage(message, sender));
  browser.commands.onCommand.addListener((command, tab) => handleSaveCommand(command, tab) || handleCommand(command, tab));
  browser.contextMenus.onClicked.addListener((info, tab) => handleSaveMenu(info, tab));
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: SAVE_MENU, title: 'Save this article to Sourcelight', contexts: ['page'] });
  });
  void migrateSettings();
  void openLibrary();
});
