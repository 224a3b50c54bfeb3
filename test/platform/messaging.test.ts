/**
 * Who gets an answer: every request of the background's map, sent by each
 * kind of sender as Chromium and Firefox describe it. A content script (a web
 * page's frame, which a compromised renderer may speak for) gets the public
 * sample's matches and cards for its own text, never a view of the library.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const runtime = { id: 'sourcelight-id', base: 'chrome-extension://sourcelight-id/' };
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      get id() {
        return runtime.id;
      },
      getURL: (path: string) => runtime.base + path.replace(/^\//, ''),
    },
  },
}));

const { requestListener, askerOf } = await import('../../src/platform/messaging');
const { BACKGROUND_RULES } = await import('../../src/contracts/protocol');
type Handlers = Parameters<typeof requestListener<import('../../src/contracts/protocol').BackgroundRequests>>[1];

/** A request of each type, well formed. */
const REQUESTS: Record<string, object> = {
  spot: { texts: ['Xi Jinping'], batch: 1 },
  wake: {},
  probe: { text: 'Xi Jinping' },
  card: { id: 'person:xi', text: 'Xi Jinping' },
  'open-panel': { id: 'person:xi', text: 'Xi Jinping' },
  'index-summary': {},
  compare: { id: 'person:xi' },
  story: { tab: 4 },
  labels: { ids: ['person:xi'] },
  'library-list': {},
  'library-add': { files: [{ name: 'a.txt', text: 'x', format: 'txt' }] },
  'library-import': { text: '{}' },
  'library-remove': { ids: ['a'] },
  'library-reread': { id: 'a' },
  'library-search': { query: 'xi' },
  'library-export': {},
  'library-markdown': {},
  'library-show-seeds': { show: true },
  'library-story': { edit: { op: 'rename', story: 's', title: 'T' } },
  'library-save-tab': { tabId: 3 },
};
const CONTENT_SCRIPT_MAY = ['card', 'open-panel', 'probe', 'spot', 'wake'];

const BROWSERS = {
  chromium: {
    base: 'chrome-extension://sourcelight-id/',
    contentScript: { id: 'sourcelight-id', url: 'https://news.example/a', origin: 'https://news.example', tab: { id: 3 }, frameId: 0, documentId: 'D1' },
    frame: { id: 'sourcelight-id', url: 'https://ads.example/frame', origin: 'https://ads.example', tab: { id: 3 }, frameId: 7, documentId: 'D2' },
    page: {
      id: 'sourcelight-id',
      url: 'chrome-extension://sourcelight-id/library.html',
      origin: 'chrome-extension://sourcelight-id',
      tab: { id: 9 },
      frameId: 0,
    },
  },
  firefox: {
    base: 'moz-extension://5f0e0a5e-0000-4000-8000-000000000000/',
    contentScript: { id: 'sourcelight-id', url: 'https://news.example/a', tab: { id: 3 }, frameId: 0, envType: 'content_child' },
    frame: { id: 'sourcelight-id', url: 'https://ads.example/frame', tab: { id: 3 }, frameId: 11, envType: 'content_child' },
    page: { id: 'sourcelight-id', url: 'moz-extension://5f0e0a5e-0000-4000-8000-000000000000/sidepanel.html', envType: 'addon_child' },
  },
};

describe.each(Object.entries(BROWSERS))('%s senders', (_browser, senders) => {
  let answered: string[];
  let listener: ReturnType<typeof requestListener>;

  beforeEach(() => {
    runtime.base = senders.base;
    answered = [];
    const handlers = Object.fromEntries(
      Object.keys(BACKGROUND_RULES).map((type) => [
        type,
        () => {
          answered.push(type);
          return null;
        },
      ]),
    ) as unknown as Handlers;
    listener = requestListener(BACKGROUND_RULES, handlers);
  });

  const send = (type: string, sender: object) => listener({ type, ...REQUESTS[type] }, sender as never, () => undefined);

  it('knows each sender for what it is', () => {
    expect(askerOf(senders.contentScript as never)).toBe('content-script');
    expect(askerOf(senders.frame as never)).toBe('content-script');
    expect(askerOf(senders.page as never)).toBe('extension-page');
    expect(askerOf({ ...senders.page, id: 'another-extension' } as never)).toBeUndefined();
    // A page whose address merely starts like the extension's is a page.
    expect(askerOf({ ...senders.contentScript, url: `https://evil.example/?${senders.base}` } as never)).toBe('content-script');
  });

  it('answers a content script, in the top frame or another, only the sample, the probe, a wake and cards for its own text', () => {
    for (const sender of [senders.contentScript, senders.frame]) {
      answered = [];
      for (const type of Object.keys(REQUESTS)) expect(send(type, sender), type).toBe(CONTENT_SCRIPT_MAY.includes(type) ? true : undefined);
      expect(answered.sort()).toEqual(CONTENT_SCRIPT_MAY);
    }
  });

  it('answers the extension’s own pages everything', () => {
    for (const type of Object.keys(REQUESTS)) expect(send(type, senders.page), type).toBe(true);
    expect(answered.sort()).toEqual(Object.keys(REQUESTS).sort());
  });

  it('answers nothing to another extension, or a malformed request', () => {
    for (const type of Object.keys(REQUESTS)) expect(send(type, { ...senders.page, id: 'another-extension' })).toBeUndefined();
    expect(listener({ type: 'compare', id: 7 }, senders.page as never, () => undefined)).toBeUndefined();
    expect(listener({ type: 'constructor' }, senders.page as never, () => undefined)).toBeUndefined();
    expect(answered).toEqual([]);
  });
});
