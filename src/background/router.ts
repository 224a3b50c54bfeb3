/**
 * The background's message router: validates every message, then answers from
 * the full index. Anything it cannot parse gets no answer at all.
 */
import { browser, type Browser } from 'wxt/browser';
import { parseMessage, type IndexSummary } from '../shared/messages';
import { getFullIndex } from './full-index';

export function isOwnSender(sender: Browser.runtime.MessageSender, ownId: string): boolean {
  return sender.id === ownId;
}

export async function answer(raw: unknown): Promise<unknown> {
  const message = parseMessage(raw);
  if (!message) return undefined;
  switch (message.type) {
    case 'index-summary': {
      const index = getFullIndex();
      const summary: IndexSummary = {
        sources: index.sources.length,
        entities: index.entities.length,
        quotes: index.quotes.length,
        discrepancies: index.discrepancies.length,
      };
      return summary;
    }
    default:
      // Messages meant for other contexts (content scripts, pages) are not ours to answer.
      return undefined;
  }
}

/**
 * `runtime.onMessage` listener. Returning `undefined` (not a promise) lets
 * another listener answer, as the polyfill expects.
 */
export function handleMessage(raw: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
  if (!isOwnSender(sender, browser.runtime.id)) return undefined;
  const message = parseMessage(raw);
  if (!message || message.type !== 'index-summary') return undefined;
  return answer(message);
}
