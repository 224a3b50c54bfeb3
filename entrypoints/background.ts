import { browser } from 'wxt/browser';
import { handleCommand } from '../src/background/commands';
import { handleMessage } from '../src/background/router';
import { migrateSettings } from '../src/shared/settings-store';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));
  browser.commands.onCommand.addListener((command, tab) => handleCommand(command, tab));
  void migrateSettings();
});
