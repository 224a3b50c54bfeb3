/**
 * Where settings live: `storage.local` under the key `settings`, through WXT's
 * versioned storage item (migrations run where this module is loaded: the
 * background at start-up, and the extension's pages).
 *
 * The content script does not load this module: it reads and writes the same
 * key through `settings-raw.ts`, which keeps @wxt-dev/storage out of the bundle
 * injected into every page. Both go through `parseSettings`.
 */
import { storage } from '@wxt-dev/storage';
import { defaultSettings, migrateFromV0, parseSettings, SETTINGS_VERSION, type Settings } from '../contracts/settings';
import { SETTINGS_KEY } from './settings-raw';
import { onRelayedChange } from './stored-changes';

const item = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, {
  fallback: defaultSettings(),
  version: SETTINGS_VERSION,
  migrations: { 1: migrateFromV0 },
});

/** Runs pending migrations now (the background calls it once at start-up). */
export function migrateSettings(): Promise<void> {
  return item.migrate().catch(() => undefined);
}

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

/**
 * Calls `onChange` with the parsed settings whenever they are written (any tab,
 * any page): told by the browser and by the background's relay, so usually
 * twice, and Firefox tells a write of the same value too; callers only render.
 */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const unwatch = item.watch((value) => onChange(parseSettings(value)));
  const unrelay = onRelayedChange('settings', loadSettings, onChange);
  return () => {
    unwatch();
    unrelay();
  };
}
