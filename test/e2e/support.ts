/**
 * Shared set-up for the browser tests: one server, one browser per test file,
 * and the helpers every file needs to look at the page and the extension.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchWithExtension, ROOT, type BrowserName, type Launched, type LaunchExtensionOptions } from '../../src/demo/browsers';
import { startServer, type ServerOptions, type TestServer } from '../../src/demo/server';
import type { PageStatus } from '../../src/contracts/messages';

export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
export const SCREENSHOTS_DIR = resolve(ROOT, 'test-screenshots');

export interface Session extends Launched {
  server: TestServer;
  close(): Promise<void>;
}

export async function openSession(name: BrowserName, options: LaunchExtensionOptions = {}, serverOptions: ServerOptions = {}): Promise<Session> {
  const server = await startServer(serverOptions);
  let launched: Launched;
  try {
    launched = await launchWithExtension(name, options);
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    ...launched,
    server,
    async close() {
      await launched.browser.close().catch(() => undefined);
      await server.close();
    },
  };
}

/**
 * One browser session for a describe block: launched before its tests, closed
 * after them. The object is filled in by the `beforeAll` hook.
 */
export function useSession(name: BrowserName, options: LaunchExtensionOptions = {}, serverOptions: ServerOptions = {}): Session {
  const session = {} as Session;
  beforeAll(async () => {
    Object.assign(session, await openSession(name, options, serverOptions));
  });
  afterAll(async () => {
    await session.close?.();
  });
  return session;
}

export const NEWS_ARTICLE = '/fixtures/news-article.html';

/**
 * Opens `path` (the news article fixture by default) and waits for its first
 * highlights. `scheme` is emulated in Chromium; Firefox takes it from the launch.
 */
export async function openHighlightedPage(session: Session, path = NEWS_ARTICLE, scheme?: 'dark'): Promise<Page> {
  const page = await session.browser.newPage();
  if (scheme && session.name === 'chromium') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(session.server.origin + path);
  await waitFor(page, `${rangeTextsExpr('person')}.length > 0`);
  return page;
}

/** Opens a page of the extension itself (side panel, popup, options) in a tab. */
export async function openExtensionPage(session: Session, path: string): Promise<Page> {
  const page = await session.browser.newPage();
  const url = `${session.extensionOrigin}/${path}`;
  if (session.name === 'firefox') {
    // page.goto on a moz-extension:// URL never resolves: start it, then poll.
    void page.goto(url).catch(() => undefined);
    await waitFor(page, `location.href.startsWith(${JSON.stringify(url)}) && document.readyState === 'complete'`);
  } else {
    await page.goto(url);
  }
  return page;
}

/**
 * Polls `expression` in the page until it is truthy; fails with the expression
 * in the message. Return plain values, not DOM nodes (Firefox's BiDi gives
 * `undefined` for a node). Each evaluation is bounded: one sent while a page
 * navigates can stay unanswered.
 */
export async function waitFor(page: Page, expression: string, timeout = 10_000): Promise<unknown> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      last = await Promise.race([page.evaluate(expression), new Promise((_, reject) => setTimeout(() => reject(new Error('evaluate timed out')), 2000))]);
      if (last) return last;
    } catch {
      // The page may be navigating; try again.
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Timed out after ${timeout} ms waiting for: ${expression} (last value: ${JSON.stringify(last)})`);
}

/**
 * A page expression: the texts of the ranges in highlight `sourcelight-<kind>`.
 * Highlights may hold StaticRanges, which have no toString(): read each through a Range.
 */
export function rangeTextsExpr(kind: string): string {
  return `[...(CSS.highlights.get('sourcelight-${kind}') ?? [])].map((s) => { const r = document.createRange(); r.setStart(s.startContainer, s.startOffset); r.setEnd(s.endContainer, s.endOffset); return r.toString(); })`;
}

/** Every `sourcelight-` highlight on the page, as `{ kind: [range texts] }`. */
export async function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  const kinds = (await page.evaluate(`[...CSS.highlights.keys()].filter((k) => k.startsWith('sourcelight-'))`)) as string[];
  const out: Record<string, string[]> = {};
  for (const name of kinds) {
    const kind = name.slice('sourcelight-'.length);
    out[kind] = (await page.evaluate(rangeTextsExpr(kind))) as string[];
  }
  return out;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  // Chromium paints no frame for a background tab: its screenshot would wait forever.
  await page.bringToFront();
  const path = resolve(SCREENSHOTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** The centre of the `nth` occurrence of `text` in the page's visible text, in viewport pixels. */
export async function pointAtText(
  page: Page,
  text: string,
  nth = 0,
): Promise<{ x: number; y: number; width: number; height: number; left: number; top: number; bottom: number; right: number }> {
  const rect = await page.evaluate(
    (needle: string, which: number) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        let from = 0;
        for (;;) {
          const i = node.data.indexOf(needle, from);
          if (i < 0) break;
          if (seen++ === which) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + needle.length);
            range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
            const r = range.getClientRects()[0];
            return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
          }
          from = i + 1;
        }
      }
      return null;
    },
    text,
    nth,
  );
  if (!rect) throw new Error(`"${text}" (occurrence ${nth}) is not on the page`);
  return { ...rect, x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

/** A page expression reading inside the open card's shadow root. */
export function inCard(expression: string): string {
  return `((root) => root ? (${expression}) : undefined)(document.querySelector('sourcelight-card')?.shadowRoot)`;
}

/**
 * Makes the tab just before `extensionPage`'s own tab the active one, as a
 * reader switching tabs would (puppeteer's bringToFront does not change the
 * active tab the extension APIs see in headless Chromium).
 */
export async function activatePreviousTab(extensionPage: Page): Promise<void> {
  await extensionPage.evaluate(async () => {
    // `browser` in Firefox, `chrome` in Chromium: the same tabs API.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const self = await api.tabs.getCurrent();
    const tabs = await api.tabs.query({ windowId: self!.windowId });
    const previous = tabs.find((t: { index: number }) => t.index === self!.index - 1);
    await api.tabs.update(previous!.id!, { active: true });
  });
}

/** Reloads an extension page without awaiting navigation (which never settles for moz-extension: pages). */
export async function reloadExtensionPage(page: Page): Promise<void> {
  await page.evaluate(`setTimeout(() => location.reload(), 0)`);
  await new Promise((r) => setTimeout(r, 300));
  await waitFor(page, `document.readyState === 'complete'`);
}

/** Dismisses the dialogs some saved pages open (alert() in a script left in the page). */
export function dismissDialogs(page: Page): void {
  page.on('dialog', (dialog) => void dialog.dismiss());
}

/**
 * What the content script of the active tab reports, asked from an extension
 * page in another tab (`null`: no content script answered).
 */
export async function activeTabStatus(extensionPage: Page): Promise<PageStatus | null> {
  return extensionPage.evaluate(async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const self = await api.tabs.getCurrent();
    const [tab] = await api.tabs.query({ active: true, windowId: self.windowId });
    try {
      return await api.tabs.sendMessage(tab.id, { type: 'page-status' }, { frameId: 0 });
    } catch {
      return null;
    }
  });
}

/** Waits until the highlights have stopped changing (the scan runs in slices), then returns them. */
export async function settledHighlights(page: Page, quietMs = 300, timeout = 15_000): Promise<Record<string, string[]>> {
  await waitFor(page, `[...CSS.highlights.keys()].some((k) => k.startsWith('sourcelight-'))`, timeout);
  const deadline = Date.now() + timeout;
  let last = '';
  for (;;) {
    const now = JSON.stringify(await highlightTexts(page));
    if (now === last || Date.now() > deadline) return JSON.parse(now);
    last = now;
    await new Promise((r) => setTimeout(r, quietMs));
  }
}

/**
 * Chromium: the popup opened for `page` as by a click on the toolbar button
 * (CDP `Extensions.triggerAction`, which grants `activeTab` as the click does).
 */
export async function openPopupFor(browser: Browser, page: Page): Promise<Page> {
  const before = new Set(browser.targets().filter((t) => t.url().endsWith('/popup.html')));
  const [extension] = (await browser.extensions()).values();
  await page.bringToFront();
  await page.triggerExtensionAction(extension);
  const target = await browser.waitForTarget((t) => t.url().endsWith('/popup.html') && !before.has(t), { timeout: 10_000 });
  const popup = (await target.asPage())!;
  await waitFor(popup, `document.querySelector('[data-testid=save-article]') !== null`);
  return popup;
}

/**
 * Firefox: the browser window's key element for Alt+Shift+S, fired in the
 * window as a key press fires it (WebDriver's key events reach the page, not
 * the window); it grants `activeTab` as the key press does.
 */
export async function pressSaveShortcut(browser: Browser, page: Page): Promise<void> {
  await page.bringToFront();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const connection = (browser as any).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = tree.result.contexts[0].context as string;
  const expression = `[...document.querySelectorAll('keyset[id^="ext-keyset-id-sourcelight"] key')].find((k) => k.getAttribute('key') === 'S' && k.getAttribute('modifiers') === 'alt,shift').doCommand()`;
  await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: false });
}
