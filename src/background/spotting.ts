/**
 * Matching for the content scripts: the spot index and its matcher live here,
 * built once per background lifetime and warm from page to page, so a page's
 * main thread only reads its text and paints (see `src/page/spotter.ts`).
 */
import raw from 'virtual:sourcelight/spot-index';
import { loadSpotIndex } from '../index/loader';
import { packSpotReply, type SpotReply } from '../contracts/messages';
import { createBlockMatcher, type BlockMatcher } from '../spot/candidates';
import { createMatcher, type Matcher } from '../spot/matcher';
import { withoutOwnPassages } from '../spot/relevance';
import { savedPageSourceId } from '../library/article-id';
import type { SpotIndex } from '../contracts/schema';

let matchers: { blocks: BlockMatcher; page: Matcher } | undefined;
let libraryIndex: SpotIndex | undefined;
let bundled: SpotIndex | undefined;

/** The bundled (seeds') spot index, checked and unpacked once. */
export function bundledSpotIndex(): SpotIndex {
  bundled ??= loadSpotIndex(raw);
  return bundled;
}

/** Matches against this index from now on (the seeds with the reader's library). */
export function setSpotIndex(index: SpotIndex): void {
  libraryIndex = index;
  matchers = undefined;
}

function getMatchers(): { blocks: BlockMatcher; page: Matcher } {
  if (!matchers) {
    const index = libraryIndex ?? bundledSpotIndex();
    const page = createMatcher(index);
    matchers = { blocks: createBlockMatcher(index, page), page };
  }
  return matchers;
}

/** Matches for a page's texts; `pageUrl` is the page's address, whose own saved sentences are no reuse there. */
export function spotTexts(texts: readonly string[], pageUrl?: string): SpotReply {
  const { blocks } = getMatchers();
  const own = pageUrl ? savedPageSourceId(pageUrl) : undefined;
  return packSpotReply(texts.map((text) => withoutOwnPassages(blocks(text), own)));
}

/** Whether a page's whole text may hold anything at all (see `Matcher.mayMention`). */
export function probeText(text: string): boolean {
  return getMatchers().page.mayMention(text);
}
