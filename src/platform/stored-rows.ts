/**
 * The library page's first screen read from the library's own database: the
 * newest rows by date added, how many there are, and whether the sample
 * story is shown. The library page is the extension's, of the background's
 * origin, so it needs no service worker to start first (after the worker
 * was stopped, its start and the library's opening are most of the first
 * line's wait). Read only: the background alone makes, migrates and writes
 * the database; one not there yet, or of another version, gives `undefined`,
 * and the page asks the background.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { LIBRARY_DB_NAME, LIBRARY_DB_VERSION } from '../contracts/library-db';
import type { LibraryRow } from '../contracts/library-messages';

export interface StoredRows {
  /** Newest first. */
  rows: LibraryRow[];
  /** How many saved articles the library holds. */
  count: number;
  showSeeds: boolean;
}

export async function readStoredRows(n: number): Promise<StoredRows | undefined> {
  let db: IDBPDatabase | undefined;
  try {
    db = await openDB(LIBRARY_DB_NAME, undefined, {
      // Opened without a version, a database not there yet would be made here: abort, so that nothing is.
      upgrade: (_db, _from, _to, tx) => {
        tx.done.catch(() => undefined);
        tx.abort();
      },
      // The background asks for a newer version: let it have the database.
      blocking: () => db?.close(),
    });
  } catch {
    return undefined;
  }
  try {
    if (db.version !== LIBRARY_DB_VERSION) return undefined;
    const tx = db.transaction(['rows', 'state']);
    const store = tx.objectStore('rows');
    const rows: LibraryRow[] = [];
    for (let cursor = await store.index('addedAt').openCursor(null, 'prev'); cursor && rows.length < n; cursor = await cursor.continue())
      rows.push(cursor.value as LibraryRow);
    const [count, prefs] = await Promise.all([store.count(), tx.objectStore('state').get('prefs') as Promise<{ showSeeds?: boolean } | undefined>]);
    return { rows, count, showSeeds: prefs?.showSeeds !== false };
  } catch {
    // Closed for the background's upgrade, or a store not as expected: the background answers.
    return undefined;
  } finally {
    db.close();
  }
}
