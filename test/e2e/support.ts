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
/** Stops the extension's service worker, as Chromium does after 30 s idle (CDP's ServiceWorker domain is a page target's). Chromium only. */
export async function stopServiceWorker(session: Session): Promise<void> {
  const checker = await openExtensionPage(session, 'popup.html');
  const cdp = await checker.createCDPSession();
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await checker.close();
}

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

/**
 * Evaluates `expression` with `root` bound to the open card's shadow root,
 * and returns its value (through JSON); `undefined` while no card is open.
 * The root is closed, out of every page script's reach: the browser's
 * automation protocol reaches it (Chromium: CDP `DOM.getDocument` with
 * `pierce`; Firefox: WebDriver BiDi with `includeShadowTree: 'all'`), as the
 * public test contract says.
 */
export async function readCard<T = unknown>(page: Page, expression: string): Promise<T | undefined> {
  return readClosedRoot<T>(page, 'sourcelight-card', expression);
}

/** Like `readCard`, for the first `<tag>` element's closed shadow root. */
export async function readClosedRoot<T = unknown>(page: Page, tag: string, expression: string): Promise<T | undefined> {
  const body = `const root = ROOT; return JSON.stringify((${expression}) ?? null);`;
  const json = isBidi(page) ? await bidiRoot(page, tag, body) : await cdpRoot(page, tag, body);
  return json === undefined ? undefined : (JSON.parse(json) as T);
}

/** Firefox is driven over WebDriver BiDi, Chromium over CDP. */
const isBidi = (page: Page) => page.browser().constructor.name === 'BidiBrowser';

interface CdpNode {
  nodeName: string;
  backendNodeId: number;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

const cdpSessions = new WeakMap<Page, Promise<import('puppeteer-core').CDPSession>>();

async function cdpRoot(page: Page, tag: string, body: string): Promise<string | undefined> {
  let pending = cdpSessions.get(page);
  if (!pending) cdpSessions.set(page, (pending = page.createCDPSession()));
  const cdp = await pending;
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: CdpNode };
  const find = (node: CdpNode): CdpNode | undefined => {
    if (node.nodeName.toLowerCase() === tag && node.shadowRoots?.length) return node.shadowRoots[0];
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
      const found = find(child);
      if (found) return found;
    }
    return undefined;
  };
  const shadow = find(root);
  if (!shadow) return undefined;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: `function () { ${body.replace('ROOT', 'this')} }`,
    returnByValue: true,
    awaitPromise: true,
  });
  return result.value as string;
}

async function bidiRoot(page: Page, tag: string, body: string): Promise<string | undefined> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const connection = (page.browser() as any).connection;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const context = (page.mainFrame() as any)._id as string;
  const found = await connection.send('script.evaluate', {
    expression: `document.querySelector(${JSON.stringify(tag)})`,
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
  });
  const sharedId: string | undefined = found.result?.result?.value?.shadowRoot?.sharedId;
  if (!sharedId) return undefined;
  const called = await connection.send('script.callFunction', {
    functionDeclaration: `(shadow) => { ${body.replace('ROOT', 'shadow')} }`,
    arguments: [{ sharedId }],
    target: { context },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  return called.result?.result?.value as string | undefined;
}

/** A box Sourcelight's private overlay draws: a mark only the reader's library gives (see src/page/mark-overlay.ts). */
export interface PrivateMark {
  kind: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The marks the private overlay draws now (those in view), read through the automation protocol. */
export async function privateMarks(page: Page): Promise<PrivateMark[]> {
  return (
    (await readClosedRoot<PrivateMark[]>(
      page,
      'sourcelight-marks',
      `[...root.querySelectorAll('.m:not([hidden])')].map((b) => { const r = b.getBoundingClientRect(); return { kind: b.className.replace(/^m /, ''), left: r.left, top: r.top, right: r.right, bottom: r.bottom }; })`,
    )) ?? []
  );
}

/**
 * Waits until the reader sees `text` marked by the private overlay, as a
 * name only their library holds is: a box over the middle of the words.
 * Returns the mark's kind ("person", "passage"…; a name's over a passage's).
 */
export async function waitForPrivateMark(page: Page, text: string, timeout = 10_000): Promise<string> {
  // Boxes are drawn on animation frames, which a tab not in front does not get.
  await page.bringToFront();
  const deadline = Date.now() + timeout;
  let last: PrivateMark[] = [];
  while (Date.now() < deadline) {
    try {
      const at = await pointAtText(page, text);
      last = await privateMarks(page);
      const over = last.filter((b) => at.x >= b.left && at.x <= b.right && at.y >= b.top && at.y <= b.bottom);
      // A name inside a reused passage is under two marks: the name's is the one meant.
      const box = over.find((b) => b.kind !== 'passage') ?? over[0];
      if (box) return box.kind;
    } catch {
      // The page may be navigating or reading again; try again.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out after ${timeout} ms waiting for a private mark on "${text}" (boxes: ${JSON.stringify(last)})`);
}

/**
 * A page expression: the page's DOM as the page built it, its `outerHTML`
 * with Sourcelight's one overlay element left out (the documented exception:
 * one inert `<sourcelight-marks>`, child of the root element, holding nothing
 * a page can read). Anything else Sourcelight left shows in the comparison.
 */
export const DOM_AS_BUILT = `(() => {
  const marks = document.querySelectorAll('sourcelight-marks');
  if (marks.length > 1 || [...marks].some((m) => m.shadowRoot !== null || m.childNodes.length > 0 || m.parentNode !== document.documentElement)) return 'not one inert sourcelight-marks';
  const html = document.documentElement.cloneNode(true);
  for (const m of html.querySelectorAll('sourcelight-marks')) m.remove();
  return html.outerHTML;
})()`;

/** Waits until `expression`, read in the open card (see `readCard`), is truthy. */
export async function waitForCard<T = unknown>(page: Page, expression: string, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      last = await readCard(page, expression);
      if (last) return last as T;
    } catch {
      // The page may be navigating; try again.
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Timed out after ${timeout} ms waiting in the card for: ${expression} (last value: ${JSON.stringify(last)})`);
}

/** Clicks, with the real mouse, the element of the open card that `expression` (with `root`) names. */
export async function clickInCard(page: Page, expression: string): Promise<void> {
  const at = await readCard<{ x: number; y: number }>(
    page,
    `((el) => { const r = el.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })(${expression})`,
  );
  if (!at) throw new Error(`Nothing to click in the card: ${expression}`);
  await page.mouse.click(at.x, at.y);
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
  const browserWindow = (tree.result.contexts as { context: string; url: string }[]).find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  // Firefox ESR 140 ignores the scope and lists the tabs (153 lists the window): say so, not a timeout later.
  if (!browserWindow)
    throw new Error(
      `This Firefox lists no browser window to WebDriver BiDi (moz:scope "chrome"), so no shortcut can be pressed: use Firefox ESR 153 or later.`,
    );
  const expression = `[...document.querySelectorAll('keyset[id^="ext-keyset-id-sourcelight"] key')].find((k) => k.getAttribute('key') === 'S' && k.getAttribute('modifiers') === 'alt,shift').doCommand()`;
  const reply = await connection.send('script.evaluate', { expression, target: { context: browserWindow.context }, awaitPromise: false });
  if (reply.result.type === 'exception') throw new Error(`Alt+Shift+S could not be fired: ${reply.result.exceptionDetails.text}`);
}
