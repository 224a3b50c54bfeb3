/**
 * The background's answers to every request of `BackgroundRequests`
 * (src/contracts/protocol.ts), one handler each: the compiler checks that
 * none is missing and that each reply fits. `src/platform/messaging.ts`
 * parses each request and answers only the senders its rule allows: what
 * derives from the reader's library goes to the extension's own pages, and a
 * content script gets the public sample's matches, what the library changes
 * in them (sent apart, see `spotting.ts`), and cards for what its own page
 * text holds.
 */
import type { Card } from '../contracts/cards';
import type { IndexSummary } from '../contracts/messages';
import { packSpotReply, type LibraryHits } from '../contracts/messages';
import { paragraphsOf } from '../contracts/paragraphs';
import { BACKGROUND_RULES, type BackgroundRequests } from '../contracts/protocol';
import { askTab, isExtensionPage, requestListener, type Handlers, type Sender } from '../platform/messaging';
import { panelApi } from '../platform/panel-api';
import { setPanelFocus } from '../platform/panel-focus';
import { cardFor, labelsOf, sourceLabel } from './cards';
import { getLookup } from './full-index';
import type { IndexLookup as Lookup } from './index-lookup';
import { Capturer } from './capture';
import {
  captureArticle,
  cardLookup,
  hasAddress,
  libraryHandlers,
  libraryReady,
  pageChangeNote,
  prepareCards,
  spotIndexKnown,
  storySeen,
  storyWithNews,
  withStoryNews,
} from './library';
import { savedPageSourceId } from '../library/article-id';
import { holdLibraryPass, releaseLibraryPasses } from './library-pass';
import { compareView, storiesView, storyOfPage, storyView } from './panel-views';
import { findsItem, hasLibrary, libraryHits, sampleMayMention, spotSample, warmSample } from './spotting';
import { openSavedCopy } from './open-source';
import { pageAddress, shownSource, sourceOfPage } from './page-source';
import { notePage, pageOfTab } from './tab-pages';

/** The address of the page (or frame) that sent a request. */
const pageUrlOf = (sender: Sender): string | undefined => sender.url ?? sender.tab?.url;

/**
 * Whether a content script may have a card for `id`: only when its own text
 * around the item holds it. The extension's own pages (the sample article)
 * may have any.
 */
const mayHaveCard = (id: string, text: string, sender: Sender): boolean => isExtensionPage(sender) || findsItem(text, id, pageUrlOf(sender));

/** Answered once the reader's library is part of the index (read from storage on a cold start). */
const withIndex =
  <A extends unknown[], R>(answer: (lookup: Lookup, ...args: A) => R) =>
  async (...args: A): Promise<Awaited<R>> => {
    await libraryReady(true);
    return await answer(getLookup(), ...args);
  };

const capturer = new Capturer(captureArticle, hasAddress);

/** The source id a page's address names: a saved article's, or the one an extension page shows (`?source=`). */
function pageSourceId(url: string | undefined, extensionPage: boolean): string | undefined {
  if (!url) return undefined;
  return extensionPage ? shownSource(url) : savedPageSourceId(pageAddress(url));
}

/** A card, from the part of the library that holds the item's stories and the page's (see `cardLookup`). */
async function cardOnPage({ id, text, pageText, page }: BackgroundRequests['card']['request'], sender: Sender): Promise<Card | null> {
  await libraryReady(false);
  if (!mayHaveCard(id, text, sender)) return null;
  const url = pageUrlOf(sender);
  const lookup = await cardLookup([id], page, pageSourceId(url, isExtensionPage(sender)));
  return cardFor(lookup, id, pageText, storyOfPage(lookup, url, page), sourceOfPage(lookup, url, isExtensionPage(sender))) ?? null;
}

/** The words a card is about, as a page writes them: a name, a quotation, the page's passage. */
const cardLabel = (card: Card): string =>
  card.type === 'entity' ? card.name : card.type === 'quote' ? card.text : (card.page?.text ?? card.versions[0]?.text ?? '');

const runTimeHandlers: Omit<Handlers<BackgroundRequests>, keyof typeof libraryHandlers> = {
  // Asked on every page load. A content script's answer waits for nothing of the library, not even on a cold start
  // (the page could time it): what the library changes follows apart, once its spot index is read.
  spot: async ({ texts, batch }, sender) => {
    const pageUrl = pageUrlOf(sender);
    notePage(sender.tab?.id, sender.frameId, pageUrl);
    const sample = spotSample(texts);
    const reply = packSpotReply(sample);
    const marked = (hits: LibraryHits) => hits.found.length > 0 || sample.some((found) => found.length > 0);
    if (isExtensionPage(sender)) {
      await libraryReady(false);
      if (!hasLibrary()) return reply;
      const library = libraryHits(texts, sample, pageUrl);
      if (marked(library)) prepareCards();
      return { ...reply, library };
    }
    if (spotIndexKnown() && !hasLibrary()) return reply;
    const tabId = sender.tab?.id;
    if (tabId !== undefined) {
      holdLibraryPass({ tabId, frameId: sender.frameId ?? 0, batch, texts, sample, pageUrl }, (pass, hits) => {
        void askTab(pass.tabId, 'library-hits', { batch: pass.batch, ...hits }, pass.frameId);
        if (marked(hits)) prepareCards();
      });
    }
    return { ...reply, libraryFollows: true };
  },
  // The frame has painted the sample's matches of these batches: the library's part of them may run now.
  'spot-painted': async ({ batches }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await libraryReady(false);
    releaseLibraryPasses(tabId, sender.frameId ?? 0, batches);
  },
  // The worker is started by now; the sample's matchers are made for the page's first question.
  wake: () => {
    warmSample();
    return { awake: true };
  },
  // Until the library's spot index is read, a page is read whole, as with a library.
  probe: ({ text }) => ({ sample: sampleMayMention(text), library: !spotIndexKnown() || hasLibrary() }),
  card: async (request, sender) => {
    const card = await cardOnPage(request, sender);
    const url = pageUrlOf(sender)?.split('#')[0];
    if (!card || isExtensionPage(sender) || !url) return card;
    // The page changed since the reader first read it: the card says so (read from the library only when a card opens).
    const pageChanged = await pageChangeNote(url, cardLabel(card));
    return pageChanged ? { ...card, pageChanged } : card;
  },
  'open-panel': ({ id, text }, sender) => (mayHaveCard(id, text, sender) ? openPanel(id, sender) : { opened: false }),
  capture: (page, sender) => capturer.capture(page, sender),
  'capture-wanted': (_, sender) => capturer.wanted(sender),
  'open-source': async ({ id, text, source }, sender) => {
    await libraryReady(false);
    const card = mayHaveCard(id, text, sender) ? cardFor(await cardLookup([id]), id) : undefined;
    return card && labelsOf(card).some((l) => l.id === source) ? openSavedCopy(source) : { opened: false };
  },
  'source-text': withIndex((lookup, { source }) => {
    const found = lookup.sources.get(source);
    return found
      ? { source: { ...sourceLabel(found), ...(found.byline ? { byline: found.byline } : {}) }, paragraphs: paragraphsOf(lookup.index, source) }
      : null;
  }),
  'index-summary': withIndex((lookup): IndexSummary => {
    const { index } = lookup;
    return { sources: index.sources.length, entities: index.entities.length, quotes: index.quotes.length, discrepancies: index.discrepancies.length };
  }),
  compare: withIndex((lookup, { id }) => compareView(lookup, id) ?? null),
  story: withIndex((lookup, { page, tab }) => withStoryNews(lookup, storiesView(lookup, storyOfPage(lookup, pageOfTab(tab), page)))),
  'story-open': withIndex(async (lookup, { story }) => {
    const view = storyView(lookup, story);
    return view ? await storyWithNews(lookup, view) : null;
  }),
  'story-seen': withIndex((lookup, { story }) => storySeen(lookup, story)),
  labels: withIndex((lookup, { ids }) => Object.fromEntries(ids.map((id) => [id, itemName(lookup, id)]))),
};

/** The name a reader knows an entity, quote or passage id by (the muted terms in settings). */
function itemName(lookup: Lookup, id: string): string {
  const entity = lookup.entities.get(id);
  if (entity) return entity.name;
  const quote = lookup.quotes.get(id);
  if (quote) return `“${quote.text}”`;
  const sentence = lookup.sentences.get(lookup.alignments.get(id)?.sentences[0] ?? id);
  return sentence ? sentence.text : id;
}

/**
 * Opens the side panel on `id` for the tab that asked. Chrome accepts
 * `sidePanel.open` here only while the click that sent the message still counts
 * as a user gesture, so it is called before anything is awaited. Firefox never
 * accepts `sidebarAction.open` outside its own user-input handlers: the answer
 * then says it did not open, and the card tells the reader what to do.
 */
function openPanel(id: string, sender: Sender): Promise<{ opened: boolean }> {
  const tab = sender.tab;
  const api = panelApi();
  let opening: Promise<boolean> = Promise.resolve(false);
  if (api.sidePanel?.open && tab?.id !== undefined) {
    opening = api.sidePanel.open({ tabId: tab.id, windowId: tab.windowId }).then(
      () => true,
      () => false,
    );
  }
  return setPanelFocus(id).then(() => opening.then((opened) => ({ opened })));
}

/** The background's `runtime.onMessage` listener. */
export const backgroundListener = requestListener(BACKGROUND_RULES, { ...runTimeHandlers, ...libraryHandlers }, (error) =>
  console.warn('Sourcelight could not answer a request:', error),
);
