/**
 * The background's message router: validates every message, then answers from
 * the full index. Anything it cannot parse, or that comes from outside this
 * extension, gets no answer at all.
 */
import { browser, type Browser } from 'wxt/browser';
import { parseMessage, type IndexSummary, type Message } from '../contracts/messages';
import { panelApi } from '../platform/panel-api';
import { setPanelFocus } from '../platform/panel-focus';
import { cardFor } from './cards';
import { getLookup } from './full-index';
import { libraryReady } from './library';
import { compareView, storiesView, storyOfPage } from './panel-views';
import { notePage, pageOfTab } from './tab-pages';
import { probeText, spotTexts } from './spotting';

type Sender = Browser.runtime.MessageSender;

/** Answers a parsed message; `undefined` for messages meant for another context. */
function answer(message: Message, sender: Sender): unknown {
  // Asked on every page load: answered without loading the full index.
  if (message.type === 'spot') {
    const pageUrl = sender.url ?? sender.tab?.url;
    notePage(sender.tab?.id, sender.frameId, pageUrl);
    return spotTexts(message.texts, pageUrl);
  }
  if (message.type === 'probe') return probeText(message.text);
  const lookup = getLookup();
  switch (message.type) {
    case 'index-summary': {
      const { index } = lookup;
      const summary: IndexSummary = {
        sources: index.sources.length,
        entities: index.entities.length,
        quotes: index.quotes.length,
        discrepancies: index.discrepancies.length,
      };
      return summary;
    }
    case 'card':
      return cardFor(lookup, message.id, message.pageText, storyOfPage(lookup, sender.url ?? sender.tab?.url, message.page)) ?? null;
    case 'compare':
      return compareView(lookup, message.id) ?? null;
    case 'story':
      return storiesView(lookup, storyOfPage(lookup, pageOfTab(message.tab), message.page));
    case 'labels':
      return Object.fromEntries(message.ids.map((id) => [id, labelOf(lookup, id)]));
    default:
      return undefined;
  }
}

/** A reader-facing name for an entity, quote or passage id. */
function labelOf(lookup: ReturnType<typeof getLookup>, id: string): string {
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

const ANSWERED_HERE = new Set<Message['type']>(['spot', 'probe', 'index-summary', 'card', 'compare', 'story', 'labels']);

/**
 * `runtime.onMessage` listener. Returning `undefined` (not a promise) lets
 * another listener answer, as the polyfill expects.
 */
export function handleMessage(raw: unknown, sender: Sender): Promise<unknown> | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  const message = parseMessage(raw);
  if (!message) return undefined;
  if (message.type === 'open-panel') return openPanel(message.id, sender);
  if (!ANSWERED_HERE.has(message.type)) return undefined;
  // Answered once the reader's library is part of the index (read from storage on a cold start).
  return libraryReady(message.type !== 'spot' && message.type !== 'probe').then(() => answer(message, sender));
}
