/** Where settings live: `storage.local`, through WXT's versioned storage items. */
import { storage } from '@wxt-dev/storage';
import { defaultSettings, migrateFromV0, parseSettings, SETTINGS_VERSION, type Settings } from './settings';

const item = storage.defineItem<unknown>('local:settings', {
  fallback: defaultSettings(),
  version: SETTINGS_VERSION,
  migrations: { 1: migrateFromV0 },
});

export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await item.getValue());
  } catch {
    // A failed migration or a storage error: the reader still gets working defaults.
    return defaultSettings();
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await item.setValue(parseSettings(settings));
}

/** Calls `onChange` with the parsed settings whenever they change (any tab, any page). */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return item.watch((value) => onChange(parseSettings(value)));
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await saveSettings(next);
  return next;
}
