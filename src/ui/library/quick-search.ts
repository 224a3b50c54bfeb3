/**
 * What the library page shows at once for a search, before the background's
 * full-text answer comes (the first search after a worker start loads the
 * stored search index: seconds in a library of thousands): the rows whose
 * title or outlet holds every word of the query as the start of one of its
 * words, as the full search reads a query (every term, each as a prefix),
 * without its typo tolerance. The sample story is not searched.
 */
import type { LibraryRow } from '../../contracts/library-messages';
import { searchTerms } from '../../text/segment';

const rowTerms = new WeakMap<LibraryRow, string[]>();

function termsOf(row: LibraryRow): string[] {
  let terms = rowTerms.get(row);
  if (!terms) {
    terms = searchTerms(`${row.title} ${row.outlet}`).map((t) => t.toLowerCase());
    rowTerms.set(row, terms);
  }
  return terms;
}

/** The rows whose title or outlet matches every term of `query`, in their order; none for a query of no words. */
export function titleMatches(rows: readonly LibraryRow[], query: string): LibraryRow[] {
  const wanted = [...new Set(searchTerms(query).map((t) => t.toLowerCase()))];
  if (wanted.length === 0) return [];
  return rows.filter((row) => !row.sample && wanted.every((w) => termsOf(row).some((t) => t.startsWith(w))));
}
