/**
 * The background's relay of `storage.onChanged` for `STORED_KEYS`: it tells
 * every tab's content script and the extension's open pages that a key was
 * written, and they read it again. Firefox stops delivering storage changes
 * to listeners added after one whose page is gone (its unregistering lost, the
 * dead listener throws); the background's listener, added at its start,
 * comes before any page's. The relay carries no value: each reader reads the
 * key itself, as it reads it on start.
 */
import { browser } from 'wxt/browser';
import { STORED_KEYS, type StoredKey } from '../contracts/protocol';
import { latestOnly } from './latest';
import { onPageEvent, tellEveryTab, tellExtensionPages } from './messaging';

/** The relayed keys among a change's keys, each once. */
export function storedKeysIn(changed: string[]): StoredKey[] {
  return STORED_KEYS.filter((key) => changed.includes(key));
}

/** Starts relaying; called once, synchronously, as the background starts (a stopped service worker is woken for it). */
export function relayStoredChanges(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    const keys = storedKeysIn(Object.keys(changes));
    if (keys.length === 0) return;
    tellExtensionPages('stored-changed', { keys });
    if (keys.includes('settings')) void tellEveryTab('settings-changed', {});
  });
}

/**
 * Calls `onChange` whenever the background says `key` was written, with what
 * `read` gives then; of reads that overlap, only the latest started is passed on.
 */
export function onRelayedChange<T>(key: StoredKey, read: () => Promise<T>, onChange: (value: T) => void): () => void {
  const latest = latestOnly();
  let stopped = false;
  // The background alone relays (a message with no tab); a page's own word is not taken for it.
  const stop = onPageEvent('stored-changed', ({ keys }, sender) => {
    if (sender.tab !== undefined || !keys.includes(key)) return;
    void latest(read()).then((value) => {
      if (!stopped) onChange(value);
    });
  });
  return () => {
    stopped = true;
    stop();
  };
}
