import { browser } from 'wxt/browser';
import { handleCommand } from '../src/background/commands';
import { handleMessage } from '../src/background/router';
import { migrateSettings } from '../src/shared/settings-store';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));
  browser.commands.onCommand.addListener((command, tab) => handleCommand(command, tab));
  // The welcome page once, on a first install; never on an update or a browser update.
  // Opening a tab of the extension's own page needs no permission.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  void migrateSettings();
});
