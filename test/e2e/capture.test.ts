/**
 * Remembering what the reader reads (issue 30), in real browsers: on a site
 * the reader chose in the settings (the local server stands in for it), the
 * articles they open are added to the library, a home page is not; a site not
 * chosen gives nothing, and neither does any site while capture is paused. A
 * page's own script can neither have a page of its making kept (moving its
 * address itself) nor see a capture happen.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { LibraryRow } from '../../src/contracts/library-messages';
import { BROWSERS, DOM_AS_BUILT, openExtensionPage, screenshot, useSession, waitFor } from './support';

const ARTICLES = {
  port: 'Port Operator Orders Audit After Ransomware Outage',
  grid: 'Grid Operators Rehearse a Week Without the Internet',
  chips: 'Trade Ministers Agree Rules on Chip Export Licences',
  customs: 'Customs Service Replaces Scanning Software',
};

/** The titles the library lists now, read from the library page through the protocol's own request. */
async function libraryTitles(library: Page): Promise<string[]> {
  const rows = (await library.evaluate(
    `(globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ type: 'library-list' }).then((l) => l.rows)`,
  )) as LibraryRow[];
  return rows.filter((r) => !r.sample).map((r) => r.title);
}

async function waitForTitle(library: Page, title: string, timeout = 20_000): Promise<string[]> {
  const deadline = Date.now() + timeout;
  let titles: string[] = [];
  while (Date.now() < deadline) {
    titles = await libraryTitles(library);
    if (titles.includes(title)) return titles;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`"${title}" was not remembered within ${timeout} ms (the library holds: ${JSON.stringify(titles)})`);
}

async function open(session: { browser: { newPage(): Promise<Page> } }, url: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(url);
  return page;
}

describe.each(BROWSERS)('%s', (name) => {
  const session = useSession(name);

  it('remembers the articles the reader opens on a chosen site, not its home page, not another site, nothing while paused', async () => {
    const chosen = session.server.origin;
    const other = chosen.replace('127.0.0.1', 'localhost');
    const options = await openExtensionPage(session, 'options.html');
    // The reader types the site and presses Add, as in the settings page.
    await options.bringToFront();
    await options.click('input[name=capture-site]');
    await options.keyboard.type(chosen);
    await options.keyboard.press('Enter');
    await waitFor(options, `[...document.querySelectorAll('[data-testid=capture-sites] li span')].some((s) => s.textContent === ${JSON.stringify(chosen)})`);
    await screenshot(options, `${name}-capture-options`);
    const library = await openExtensionPage(session, 'library.html');
    expect(await libraryTitles(library)).toEqual([]);

    // Opened in this order, each read once its page has settled: when the last article is in, the others were weighed.
    const pages = [
      await open(session, `${chosen}/fixtures/capture/index.html`),
      await open(session, `${other}/fixtures/capture/grid-drill.html`),
      await open(session, `${chosen}/fixtures/capture/port-audit.html`),
      await open(session, `${chosen}/fixtures/capture/chip-rules.html`),
    ];
    await waitForTitle(library, ARTICLES.port);
    const titles = await waitForTitle(library, ARTICLES.chips);
    expect(titles.sort()).toEqual([ARTICLES.chips, ARTICLES.port].sort());

    // Paused: an article opened now is left alone, though its site is chosen.
    await options.bringToFront();
    await options.click('[data-testid=capture-paused]');
    await waitFor(options, `document.querySelector('[data-testid=capture-paused]').checked`);
    pages.push(await open(session, `${chosen}/fixtures/capture/grid-drill.html`));
    await options.bringToFront();
    await options.click('[data-testid=capture-paused]');
    await waitFor(options, `!document.querySelector('[data-testid=capture-paused]').checked`);
    // Capture resumed: the next article is remembered, and the one opened while paused never was.
    pages.push(await open(session, `${chosen}/fixtures/capture/spa.html`));
    expect((await waitForTitle(library, ARTICLES.customs)).sort()).toEqual([ARTICLES.chips, ARTICLES.customs, ARTICLES.port].sort());
    await library.bringToFront();
    await library.evaluate(`location.reload()`).catch(() => undefined);
    await waitFor(
      library,
      `[...document.querySelectorAll('[data-testid=library-articles] td.title')].some((td) => td.textContent === ${JSON.stringify(ARTICLES.customs)})`,
    );
    await screenshot(library, `${name}-capture-library`);
    for (const page of pages) await page.close();
  });

  it('a page’s own script can neither have a page of its making kept nor see a capture', async () => {
    const chosen = session.server.origin;
    const library = await openExtensionPage(session, 'library.html');
    const hasUrl = (part: string) =>
      `(globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ type: 'library-list' }).then((l) => l.rows.some((r) => (r.url ?? '').includes(${JSON.stringify(part)})))`;
    const page = await open(session, `${chosen}/fixtures/capture/spa.html?again=1`);
    // Its load is the reader's: the page is remembered once it has settled.
    await waitFor(library, hasUrl('spa.html?again=1'), 20_000);
    const before = await libraryTitles(library);
    const domBefore = (await page.evaluate(DOM_AS_BUILT)) as string;
    // Then the page moves its own address and writes another article, with no click or key from the reader.
    await page.evaluate(`window.fabricate()`);
    // An article opened after it is remembered: by then, the page's move had its chance too.
    const sentinel = await open(session, `${chosen}/fixtures/capture/port-audit.html?again=1`);
    await waitFor(library, hasUrl('port-audit.html?again=1'), 20_000);
    const after = await libraryTitles(library);
    expect(after).not.toContain('Fabricated Story Planted By The Page');
    expect(after.length).toBe(before.length + 1);
    // Nothing the page can read tells it the capture happened: no message, no element but the one overlay.
    expect(await page.evaluate(`window.__posted`)).toEqual([]);
    // The page's DOM is as its own script left it: its words changed, nothing of Sourcelight's added.
    const words = /<title>.*?<\/title>|<h1>.*?<\/h1>|<p>.*?<\/p>/g;
    expect(((await page.evaluate(DOM_AS_BUILT)) as string).replace(words, '')).toBe(domBefore.replace(words, ''));
    await page.close();
    await sentinel.close();
  });
});
