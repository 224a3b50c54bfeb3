/**
 * Matching for the content scripts: the spot index and its matcher live here,
 * built once per background lifetime and warm from page to page, so a page's
 * main thread only reads its text and paints (see `src/page/spotter.ts`).
 */
import raw from 'virtual:sourcelight/spot-index';
import { loadSpotIndex } from '../index/loader';
import { packSpotReply, type SpotReply } from '../shared/messages';
import { createBlockMatcher, type BlockMatcher } from '../spot/candidates';

let matcher: BlockMatcher | undefined;

export function spotTexts(texts: readonly string[]): SpotReply {
  matcher ??= createBlockMatcher(loadSpotIndex(raw));
  return packSpotReply(texts.map((text) => matcher!(text)));
}
