/**
 * Sends and receives the messages of `src/contracts/protocol.ts`: the one
 * place that calls `runtime.sendMessage`, `tabs.sendMessage` and
 * `runtime.onMessage`. Every reply's type comes from the protocol's maps, so
 * no caller casts one; every request is parsed, and answered only to the
 * senders its rule allows.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  parseRequest,
  isRecord,
  PAGE_EVENT_RULES,
  type Asker,
  type BackgroundRequests,
  type ContentRequests,
  type Fields,
  type PageEvents,
  type Protocol,
  type ReplyOf,
  type Rules,
} from '../contracts/protocol';

export type Sender = Browser.runtime.MessageSender;

/** A receiver's answers: one function per request of its map, each returning that request's reply. */
export type Handlers<P extends Protocol> = { [K in keyof P]: (fields: Fields<P, K>, sender: Sender) => ReplyOf<P, K> | Promise<ReplyOf<P, K>> };

/** Asks the background; the promise rejects where nothing answers (the background only answers what it may). */
export function askBackground<K extends keyof BackgroundRequests>(type: K, fields: Fields<BackgroundRequests, K>): Promise<ReplyOf<BackgroundRequests, K>> {
  return browser.runtime.sendMessage({ ...(fields as object), type }) as Promise<ReplyOf<BackgroundRequests, K>>;
}

/** Asks a tab's content script, the top frame's unless `frameId` says; `undefined` where none answers. */
export async function askTab<K extends keyof ContentRequests>(
  tabId: number,
  type: K,
  fields: Fields<ContentRequests, K>,
  frameId = 0,
): Promise<ReplyOf<ContentRequests, K> | undefined> {
  try {
    return (await browser.tabs.sendMessage(tabId, { ...(fields as object), type }, { frameId })) as ReplyOf<ContentRequests, K>;
  } catch {
    // No receiving end: no content script there (a browser page, a page not yet loaded).
    return undefined;
  }
}

/** Tells every frame of every open tab; no answer is awaited. */
export async function tellEveryTab<K extends keyof ContentRequests>(type: K, fields: Fields<ContentRequests, K>): Promise<void> {
  const tabs = await browser.tabs.query({});
  for (const tab of tabs) if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, { ...(fields as object), type }).catch(() => undefined);
}

/** Tells the extension's open pages (side panel, library page); none listening is no error. */
export function tellExtensionPages<K extends keyof PageEvents>(type: K, event: PageEvents[K]): void {
  browser.runtime.sendMessage({ ...event, type }).catch(() => undefined);
}

/** The extension's own pages and its background: their address is the extension's. */
export function isExtensionPage(sender: Sender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

/** Who sent a message, as the protocol's rules know them; `undefined` for anything outside this extension. */
export function askerOf(sender: Sender): Asker | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  return isExtensionPage(sender) ? 'extension-page' : 'content-script';
}

type Listener = (raw: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => true | undefined;

/**
 * A `runtime.onMessage` listener that answers the requests of `rules` with
 * `handlers`, to the senders each rule allows. Anything else gets no answer
 * from here (another listener may answer it). It answers through
 * `sendResponse`, the one form every browser and the polyfill support alike.
 */
export function requestListener<P extends Protocol>(rules: Rules<P>, handlers: Handlers<P>, onError?: (error: unknown) => void): Listener {
  return (raw, sender, sendResponse) => {
    const asker = askerOf(sender);
    if (!asker) return undefined;
    const request = parseRequest(rules, raw);
    if (!request || (request.from === 'extension-page' && asker !== 'extension-page')) return undefined;
    const handler = handlers[request.type] as (fields: unknown, sender: Sender) => unknown;
    const fail = (error: unknown) => {
      onError?.(error);
      sendResponse(undefined);
    };
    // Called at once, not in a later task: a request sent from a click still
    // counts as the reader's gesture only while its listener runs (Chrome's `sidePanel.open`).
    try {
      Promise.resolve(handler(request.fields, sender)).then(sendResponse, fail);
    } catch (error) {
      fail(error);
    }
    return true;
  };
}

/** Starts answering with `listener`; returns what stops it. */
export function listen(listener: Listener): () => void {
  const onMessage = listener as unknown as Parameters<typeof browser.runtime.onMessage.addListener>[0];
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}

/**
 * Hears one kind of event the extension's pages are told, checked by its
 * parser; `sender` says which tab's content script told it (none: the background).
 */
export function onPageEvent<K extends keyof PageEvents>(type: K, heard: (event: PageEvents[K], sender: Sender) => void): () => void {
  return listen((raw, sender) => {
    if (sender.id !== browser.runtime.id || !isRecord(raw) || raw.type !== type) return undefined;
    const event = PAGE_EVENT_RULES[type](raw);
    if (event) heard(event, sender);
    return undefined;
  });
}
