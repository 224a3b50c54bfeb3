/**
 * Which source the reader's page is, so that its rows in a card say "this
 * page": the saved article at the page's address, or the bundled article an
 * extension page shows (`sample.html?source=…`). Pure: unit-tested in Node.
 */
import type { IndexLookup } from './index-lookup';

/** An address without its fragment: the same article whichever heading it was opened at. */
export const pageAddress = (url: string) => url.split('#')[0];

/**
 * The source shown at `url`; `extensionPage`: the address is one of the
 * extension's own pages (only these name a source by its id).
 */
export function sourceOfPage(lookup: IndexLookup, url: string | undefined, extensionPage = false): string | undefined {
  if (!url) return undefined;
  if (extensionPage) {
    const shown = shownSource(url);
    return shown && lookup.sources.has(shown) ? shown : undefined;
  }
  const address = pageAddress(url);
  return lookup.index.sources.find((s) => s.url !== undefined && pageAddress(s.url) === address)?.id;
}

/** The source an extension page's address shows (`sample.html?source=…`), known to the index or not. */
export function shownSource(url: string): string | undefined {
  try {
    return new URL(url).searchParams.get('source') ?? undefined;
  } catch {
    return undefined;
  }
}
