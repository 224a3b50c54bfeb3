/**
 * Nothing the reader reads leaves the browser (issue 7). Every request a
 * browser makes to anywhere but this machine goes through a proxy here that
 * records it and answers nothing. The same session (browse, hover, open the
 * card, compare in the side panel, open the popup; save the page, import a
 * file, search and export in the library, choose a site whose articles are remembered and open one) runs with and without the
 * extension: the extension's run must ask for nothing the plain run does not,
 * and the local server must see only the pages' own files.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type BrowserName } from '../../src/demo/browsers';
import { startServer, type TestServer } from '../../src/demo/server';
import { BROWSERS, waitForCard, clickInCard, openPopupFor, pointAtText, pressSaveShortcut, rangeTextsExpr, waitFor } from './support';

/** A proxy that writes down the first line of each request (its method and address) and closes. */
async function startRecorder(): Promise<{ port: number; lines: string[]; close(): Promise<void> }> {
  const lines: string[] = [];
  const server: Server = createServer((socket) => {
    socket.once('data', (chunk) => {
      lines.push(chunk.toString('latin1').split('\r\n')[0]);
      socket.destroy();
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { port: (server.address() as AddressInfo).port, lines, close: () => new Promise((ok) => server.close(() => ok())) };
}

/**
 * Chromium's own update service, which the browser asks about installed
 * extensions once one is installed, and the download host its answers point
 * to (the requests are the browser's, in its update protocol; our code has no
 * network API at all, see bundle.test.ts).
 */
const BROWSER_OWN = [/^POST http:\/\/update\.googleapis\.com\/service\/update2\/json\?/, /^CONNECT redirector\.gvt1\.com:443 /];

/** An article on a site the reader chooses to remember (the local server stands in for it). */
const CAPTURED = '/fixtures/capture/port-audit.html';

const titlesExpr = `[...document.querySelectorAll('[data-testid=library-articles] td.title')].map((td) => td.textContent)`;

/** Saves `page` by the reader's gesture, imports a file, searches and exports, in the library page. */
async function libraryActions(browser: Browser, name: BrowserName, extensionOrigin: string, page: Page, downloads: string): Promise<void> {
  const library = await browser.newPage();
  void library.goto(`${extensionOrigin}/library.html`).catch(() => undefined);
  await waitFor(library, `document.querySelector('main.library') !== null`);
  if (name === 'chromium') {
    const cdp = await library.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    const popup = await openPopupFor(browser, page);
    await popup.evaluate(`document.querySelector('[data-testid=save-article]').click()`);
    await waitFor(popup, `/^Saved/.test(document.querySelector('[data-testid=save-status]')?.textContent ?? '')`, 20_000);
  } else {
    await pressSaveShortcut(browser, page);
  }
  const input = (await library.$('input[type=file][data-testid=import-files]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(resolve(import.meta.dirname, 'fixtures', 'library', 'geneva-talks.html'));
  await waitFor(library, `((t) => t.length === 7 && t.includes('Quantum Accord Talks Stall in Geneva'))(${titlesExpr})`, 20_000);
  await library.type('input[type=search]', 'Vollenweider');
  await waitFor(library, `${titlesExpr}.length === 1`);
  await library.evaluate(`[...document.querySelectorAll('button')].filter((b) => b.textContent.startsWith('Export')).forEach((b) => b.click())`);
  await new Promise((r) => setTimeout(r, 500));
  // Capture: the reader chooses the site in the settings; an article opened there is remembered.
  const origin = new URL(page.url()).origin;
  const options = await browser.newPage();
  void options.goto(`${extensionOrigin}/options.html`).catch(() => undefined);
  await waitFor(options, `document.querySelector('input[name=capture-site]') !== null`);
  await options.click('input[name=capture-site]');
  await options.keyboard.type(origin);
  await options.keyboard.press('Enter');
  await waitFor(options, `document.querySelector('[data-testid=capture-sites]') !== null`);
  const article = await browser.newPage();
  await article.goto(`${origin}${CAPTURED}`);
  await waitFor(
    library,
    `(globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ type: 'library-list' }).then((l) => l.rows.some((r) => r.title === 'Port Operator Orders Audit After Ransomware Outage'))`,
    20_000,
  );
}

async function session(name: BrowserName, withExtension: boolean, server: TestServer, proxyPort: number): Promise<void> {
  const downloads = mkdtempSync(join(tmpdir(), 'sourcelight-privacy-'));
  const firefoxPrefs = { 'browser.download.dir': downloads, 'browser.download.folderList': 2 };
  const { browser, extensionOrigin } = await launchWithExtension(name, { withoutExtension: !withExtension, proxyPort, firefoxPrefs });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/fixtures/news-article.html`);
    if (withExtension) {
      await waitFor(page, `${rangeTextsExpr('person')}.length > 0`);
      const p = await pointAtText(page, 'Susan E. Rice');
      await page.mouse.move(p.x, p.y, { steps: 2 });
      await waitForCard(page, `root.querySelector('h2')?.textContent === 'Susan E. Rice'`, 5000);
      await clickInCard(page, `[...root.querySelectorAll('button')].find((b) => b.textContent === 'Compare in side panel')`);
      const panel = await browser.newPage();
      const url = `${extensionOrigin}/sidepanel.html`;
      void panel.goto(url).catch(() => undefined);
      await waitFor(panel, `document.querySelector('.compare-title')?.textContent === 'Susan E. Rice'`, 10_000);
      await panel.evaluate(`document.getElementById('tab-story').click()`);
      await waitFor(panel, `document.querySelectorAll('ul.sources > li').length === 5`);
      const popup = await browser.newPage();
      void popup.goto(`${extensionOrigin}/popup.html`).catch(() => undefined);
      await waitFor(popup, `Boolean(document.querySelector('[data-testid=page-status]'))`);
      await popup.close();
      await libraryActions(browser, name, extensionOrigin, page, downloads);
    } else {
      await new Promise((r) => setTimeout(r, 1500));
      await (await browser.newPage()).goto(`${server.origin}${CAPTURED}`);
    }
    await page.goto(`${server.origin}/fixtures/dynamic.html`);
    await new Promise((r) => setTimeout(r, 1500));
  } finally {
    await browser.close();
    rmSync(downloads, { recursive: true, force: true });
  }
}

describe.each(BROWSERS)('%s', (name) => {
  let server: TestServer;
  let recorder: Awaited<ReturnType<typeof startRecorder>>;
  beforeAll(async () => {
    server = await startServer();
    recorder = await startRecorder();
  });
  afterAll(async () => {
    await recorder?.close();
    await server?.close();
  });

  it('makes no network request of its own while the reader browses, hovers, compares, saves, imports, searches, exports and has a site remembered', async () => {
    await session(name, false, server, recorder.port);
    const plainOutside = new Set(recorder.lines.splice(0));
    const plainLocal = new Set(server.requests.splice(0));
    await session(name, true, server, recorder.port);
    const extensionOutside = recorder.lines.splice(0).filter((line) => !plainOutside.has(line) && !BROWSER_OWN.some((re) => re.test(line)));
    const extensionLocal = server.requests.splice(0).filter((path) => !plainLocal.has(path));
    expect(extensionOutside).toEqual([]);
    expect(extensionLocal).toEqual([]);
    // The pages themselves were served: the recording saw the session.
    expect([...plainLocal]).toEqual(expect.arrayContaining(['/fixtures/news-article.html', '/fixtures/dynamic.html']));
  });
});
