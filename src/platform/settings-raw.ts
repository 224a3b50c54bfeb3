/**
 * The content script's way to settings: the same `storage.local` key that
 * `settings-store.ts` manages, read and written directly. Everything read goes
 * through `parseSettings`, so a value from an older version or edited by hand
 * still gives working settings.
 */
import { browser } from 'wxt/browser';
import type { StoredKey } from '../contracts/protocol';
import { defaultSettings, parseSettings, type Settings } from '../contracts/settings';

export const SETTINGS_KEY: StoredKey = 'settings';

export async function readSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  } catch {
    return defaultSettings();
  }
}

/** Reads, changes and writes back: for the card's "mute" and "turn off on this site". */
export async function changeSettings(change: (current: Settings) => Settings): Promise<void> {
  const next = parseSettings(change(await readSettings()));
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(parseSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
