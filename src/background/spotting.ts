/**
 * Matching for the content scripts: the spot indexes and their matchers live
 * here, built once per background lifetime and warm from page to page, so a
 * page's main thread only reads its text and paints (see `src/page/spotter.ts`).
 *
 * Two matchers, kept apart for the reader's privacy (docs/privacy.md): the
 * public sample's, whose answer the page may come to know (its highlights
 * are in the page's highlight registry), and the reader's, with their
 * library, whose difference from the sample's goes only where the page
 * cannot read it. Nothing the sample's answer holds, or when it is sent,
 * depends on the library.
 */
import raw from 'virtual:sourcelight/spot-index';
import { loadSpotIndex } from '../index/loader';
import { diffLibraryHits, type Candidate, type LibraryHits } from '../contracts/messages';
import { createBlockMatcher, type BlockMatcher } from '../spot/candidates';
import { createMatcher, type Matcher } from '../spot/matcher';
import { withoutOwnPassages } from '../spot/relevance';
import { savedPageSourceId } from '../library/article-id';
import type { SpotIndex } from '../contracts/schema';

interface Matchers {
  blocks: BlockMatcher;
  page: Matcher;
}

let sample: Matchers | undefined;
let reader: Matchers | undefined;
let libraryIndex: SpotIndex | undefined;
let bundled: SpotIndex | undefined;

/** The bundled (seeds') spot index, checked and unpacked once. */
export function bundledSpotIndex(): SpotIndex {
  bundled ??= loadSpotIndex(raw);
  return bundled;
}

/** Matches the reader's pages against this index from now on (the seeds with their library); `undefined`: the seeds alone. */
export function setSpotIndex(index: SpotIndex | undefined): void {
  libraryIndex = index === bundled ? undefined : index;
  reader = undefined;
}

/** Whether the reader has a library: then every page is read, and its answers come in two parts. */
export function hasLibrary(): boolean {
  return libraryIndex !== undefined;
}

function matchersOf(index: SpotIndex): Matchers {
  const page = createMatcher(index);
  return { blocks: createBlockMatcher(index, page), page };
}

function sampleMatchers(): Matchers {
  sample ??= matchersOf(bundledSpotIndex());
  return sample;
}

function readerMatchers(): Matchers {
  if (!libraryIndex) return sampleMatchers();
  reader ??= matchersOf(libraryIndex);
  return reader;
}

/** Makes the sample's matchers now rather than at the first page's question. */
export function warmSample(): void {
  sampleMatchers();
}

/** What the public sample knows in each text. */
export function spotSample(texts: readonly string[]): Candidate[][] {
  const { blocks } = sampleMatchers();
  return texts.map((text) => blocks(text));
}

/**
 * Makes the reader's matcher and, in steps, what it makes on first use (its
 * passages' filter and table, most of a second at 10,000 saved articles): run
 * sliced before a page's library part, it holds up no page's question.
 */
export function prepareReader(): Generator<void, void, void> {
  return readerMatchers().page.prepare();
}

/**
 * What the reader's index finds in one text, at the page `pageUrl`: a saved
 * article's own sentences are no reuse on its own page.
 */
export function spotForReader(text: string, pageUrl: string | undefined): Candidate[] {
  const own = pageUrl ? savedPageSourceId(pageUrl) : undefined;
  return withoutOwnPassages(readerMatchers().blocks(text), own);
}

/** What the library changes in the sample's answer `sample` to `texts`. */
export function libraryHits(texts: readonly string[], sampleHits: readonly (readonly Candidate[])[], pageUrl: string | undefined): LibraryHits {
  return diffLibraryHits(
    sampleHits,
    texts.map((text) => spotForReader(text, pageUrl)),
  );
}

/** Whether a page's whole text may hold anything the sample knows (see `Matcher.mayMention`). */
export function sampleMayMention(text: string): boolean {
  return sampleMatchers().page.mayMention(text);
}

/** Whether the reader's index finds item `id` in `text` (a card is asked only for what the asker's own text holds). */
export function findsItem(text: string, id: string, pageUrl: string | undefined): boolean {
  return spotForReader(text, pageUrl).some((c) => c.id === id);
}
