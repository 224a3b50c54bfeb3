/**
 * How long Sourcelight lives on a page, and how it learns that the page moved
 * to another address without loading (a single-page app).
 *
 * Not WXT's ContentScriptContext: that one posts a message with the
 * extension's id to the page's window and ends itself when the page replays
 * it, and its location events carry the id too (docs/privacy.md). Here a
 * content script ends only when its extension is really gone (reloaded,
 * updated, removed), which a newer copy of it tells it by an event the page
 * may forge to no effect.
 */
import { browser } from 'wxt/browser';

export interface PageLifetime {
  /** True once the content script's extension is gone. */
  readonly isInvalid: boolean;
  /** Calls `ended` when it goes; returns what cancels that. */
  onInvalidated(ended: () => void): () => void;
}

/** Dispatched on the document by each copy of the content script as it starts; it says only that Sourcelight runs. */
export const STARTED_EVENT = 'sourcelight:started';

const runtimeAlive = (): boolean => {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
};

export function contentScriptLifetime(doc: Document = document): PageLifetime {
  const ended = new AbortController();
  const check = () => {
    if (!runtimeAlive() && !ended.signal.aborted) ended.abort();
  };
  // Tell an older copy left behind by a reload that it is time to go; then listen for the next one.
  doc.dispatchEvent(new Event(STARTED_EVENT));
  doc.addEventListener(STARTED_EVENT, check, { signal: ended.signal });
  return {
    get isInvalid() {
      check();
      return ended.signal.aborted;
    },
    onInvalidated(callback) {
      ended.signal.addEventListener('abort', callback);
      return () => ended.signal.removeEventListener('abort', callback);
    },
  };
}

/** An extension page (the sample article) lives as long as the extension: nothing ends it. */
export function extensionPageLifetime(): PageLifetime {
  return { isInvalid: false, onInvalidated: () => () => undefined };
}

/**
 * Calls `moved` when the page's address changes without a load (the reader
 * followed a link in a single-page app). Only the browser's own navigation
 * events count; where the Navigation API is missing, the address is looked at
 * once a second.
 */
export function watchAddress(moved: () => void, signal: AbortSignal, win: Window = window): void {
  let last = win.location.href;
  const check = () => {
    if (win.location.href === last) return;
    last = win.location.href;
    moved();
  };
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('navigatesuccess', (e) => e.isTrusted && check(), { signal });
    win.addEventListener('popstate', (e) => e.isTrusted && check(), { signal });
    return;
  }
  const timer = setInterval(check, 1000);
  signal.addEventListener('abort', () => clearInterval(timer));
}
