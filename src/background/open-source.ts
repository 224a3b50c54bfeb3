/** Opens the saved copy of an article (one with no address of its own) in a new tab: the extension's article page. */
import { browser } from 'wxt/browser';

export function openSavedCopy(source: string): Promise<{ opened: boolean }> {
  return browser.tabs.create({ url: browser.runtime.getURL(`/sample.html?source=${encodeURIComponent(source)}`) }).then(
    () => ({ opened: true }),
    () => ({ opened: false }),
  );
}
