import { browser } from 'wxt/browser';
import { handleMessage } from '../src/background/router';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));
});
