/**
 * The library's IndexedDB database, by name and schema version: the
 * background owns it (opens, migrates and writes it, `src/library/store.ts`),
 * and the library page, of the same origin, reads its first screen of rows
 * from it without waiting for a service worker to start
 * (`src/platform/stored-rows.ts`).
 */
export const LIBRARY_DB_NAME = 'sourcelight-library';
export const LIBRARY_DB_VERSION = 8;
