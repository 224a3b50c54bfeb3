/**
 * In real browsers: what the index knows is highlighted on fixture
 * pages, nothing else is, text added later is picked up, and the page's DOM is
 * never modified.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { nextPageReport, recordPageReports } from './page-reports';
import { activeTabStatus, BROWSERS, DOM_AS_BUILT, highlightTexts, openExtensionPage, rangeTextsExpr, screenshot, waitFor, useSession } from './support';

describe.each(BROWSERS)('%s', (name) => {
  const session = useSession(name);
  // Hears each page's own report that it has read itself (opened before the pages: the pages are then the active tab).
  let reports: Page;
  beforeAll(async () => {
    reports = await openExtensionPage(session, 'popup.html');
    await recordPageReports(reports);
  });

  /** The highlights once the page has reported a finished scan (its first, or the next after report `after`). */
  async function settled(page: Page, after = 0): Promise<Record<string, string[]>> {
    await nextPageReport(reports, after);
    return highlightTexts(page);
  }

  it('highlights the people, places, organisations, phrases, quote and reused passage of a news article', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.origin}/fixtures/news-article.html`);
    const found = await settled(page);
    // Longest match wins: the title belongs to the name where the index knows it with one.
    expect(found.person).toEqual(expect.arrayContaining(['President Xi Jinping', 'Susan E. Rice', 'President Obama']));
    // Weak aliases, anchored by the full names on the same page.
    expect(found.person).toEqual(expect.arrayContaining(['Ms. Rice', 'Mr. Xi']));
    expect(found.place).toEqual(expect.arrayContaining(['Washington', 'Beijing']));
    expect(found.organization).toEqual(expect.arrayContaining(['F.B.I.', 'Office of Personnel Management', 'United Nations']));
    expect(found.topic).toEqual(expect.arrayContaining(['critical infrastructure', 'cyber weapons', 'code of conduct']));
    expect(found.quote).toContain('probably be one of the biggest topics');
    // The People's Daily sentence, reused with its "Tuesday".
    expect(found.passage.some((t) => t.includes('State visit on Tuesday'))).toBe(true);
    // The longest match wins: no bare "Personnel" or "Rice" inside a longer name.
    expect(found.organization).not.toContain('Personnel');
    expect(found.person.filter((t) => t === 'Rice')).toEqual([]);
    await screenshot(page, `${name}-news-article`);
    await page.close();
  });

  it('highlights an outlet where the text cites it, not in its own masthead, navigation, byline, credits or copyright line', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.origin}/fixtures/nyt-masthead.html`);
    const found = await settled(page);
    expect(found.person).toEqual(expect.arrayContaining(['Susan E. Rice', 'Xi Jinping']));
    // Only the one citation: "told The New York Times".
    // Where each highlight of the outlet stands: the id of its paragraph, or the class of the chrome holding it.
    const nyt = (await page.evaluate(
      `[...(CSS.highlights.get('sourcelight-organization') ?? [])].map((s) => { const r = document.createRange(); r.setStart(s.startContainer, s.startOffset); r.setEnd(s.endContainer, s.endOffset); return r; }).filter((r) => r.toString() === 'The New York Times').map((r) => { const el = r.startContainer.parentElement.closest('p, div, figcaption, nav, footer'); return el.id || el.className || el.tagName; })`,
    )) as string[];
    expect(nyt).toEqual(['p2']);
    await screenshot(page, `${name}-outlet-masthead`);
    await page.close();
  });

  it('leaves the page DOM exactly as the page built it', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.origin}/fixtures/news-article.html`);
    await settled(page);
    const same = await page.evaluate(`window.__domBefore === ${DOM_AS_BUILT}`);
    expect(same).toBe(true);
    await page.close();
  });

  it('highlights nothing on an unrelated page with look-alike words', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.origin}/fixtures/unrelated.html`);
    const found = await settled(page);
    expect(Object.values(found).flat()).toEqual([]);
    // Its words were read, and none was taken for a name of the index.
    expect((await activeTabStatus(reports))?.diagnostics?.blocksRead).toBeGreaterThan(0);
    const same = await page.evaluate(`window.__domBefore === ${DOM_AS_BUILT}`);
    expect(same).toBe(true);
    await page.close();
  });

  it("leaves common names alone on a page of no story, and paints them once the page names the story's people", async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.origin}/fixtures/generic-names.html`);
    const read = await nextPageReport(reports);
    expect(Object.values(await highlightTexts(page)).flat()).toEqual([]);
    expect((await activeTabStatus(reports))?.diagnostics?.blocksRead).toBeGreaterThan(0);
    // Two of the story's own people: now the page is one of its pages, and US, Washington, China count.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Xi Jinping is expected to meet Susan E. Rice next week.';
      document.querySelector('article')!.append(p);
    });
    await waitFor(page, `${rangeTextsExpr('place')}.includes('China')`);
    const found = await settled(page, read.sequence);
    expect(found.place).toEqual(expect.arrayContaining(['US', 'Washington', 'China']));
    expect(found.person).toEqual(expect.arrayContaining(['Xi Jinping', 'Susan E. Rice']));
    await page.close();
  });

  it('highlights text a script adds after load, and drops highlights of text taken away', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.origin}/fixtures/dynamic.html`);
    await waitFor(page, `${rangeTextsExpr('person')}.includes('James B. Comey')`);
    const found = await highlightTexts(page);
    expect(found.person).toEqual(expect.arrayContaining(['Susan E. Rice', 'James B. Comey']));
    expect(found.topic).toContain('critical infrastructure');
    await page.evaluate(() => (window as unknown as { removeUpdate(id: string): void }).removeUpdate('late'));
    await waitFor(page, `${rangeTextsExpr('person')}.length === 0`);
    await page.evaluate(() => (window as unknown as { addUpdate(id: string, t: string): void }).addUpdate('again', 'Xi Jinping arrives on Thursday.'));
    await waitFor(page, `${rangeTextsExpr('person')}.includes('Xi Jinping')`);
    await page.close();
  });

  it("reads a component's shadow root on a page whose own text names nothing, without reading that text node by node", async () => {
    // Opened first: the status is asked of the active tab, the page opened after it.
    const checker = await openExtensionPage(session, 'popup.html');
    const page = await session.browser.newPage();
    await page.goto(`${session.server.origin}/fixtures/web-components.html`);
    await waitFor(page, `${rangeTextsExpr('person')}.includes('Xi Jinping')`);
    const found = await settled(page);
    expect(found.person).toEqual(expect.arrayContaining(['Susan E. Rice', 'Xi Jinping']));
    expect(found.place).toContain('Beijing');
    expect(found.topic).toContain('critical infrastructure');
    // The page's own text was asked about in one piece and found empty: only the shadow root's two blocks were read.
    const status = await activeTabStatus(checker);
    expect(status?.diagnostics?.errors).toBe(0);
    expect(status?.diagnostics?.blocksRead).toBe(2);
    await screenshot(page, `${name}-web-components`);
    await checker.close();
    await page.close();
  });

  // A stopped background is Chromium's alone: Firefox keeps its background page.
  it.skipIf(name !== 'chromium')('starts a stopped service worker while the page is still loading, and highlights the page once it has', async () => {
    // A blank tab watches the worker: an extension page would start it again with its own requests.
    const checker = await session.browser.newPage();
    const cdp = await checker.createCDPSession();
    let status = '';
    let runningAt = Number.NaN;
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: { scriptURL: string; runningStatus: string }[] }) => {
      const ours = versions.find((v) => v.scriptURL.startsWith(session.extensionOrigin));
      if (!ours) return;
      status = ours.runningStatus;
      if (status === 'running' && Number.isNaN(runningAt)) runningAt = Date.now();
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const deadline = Date.now() + 5000;
    while (status !== 'stopped' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(status).toBe('stopped');
    runningAt = Number.NaN;
    // A page whose last bytes come a second after its first, as a slow site's do.
    let endedAt = Number.NaN;
    const slow = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write('<!doctype html><html lang="en"><head><title>Talks</title></head><body><p>President Xi Jinping met officials.</p>');
      setTimeout(() => {
        endedAt = Date.now();
        res.end('<p>The talks went on.</p></body></html>');
      }, 1000);
    });
    await new Promise<void>((done) => slow.listen(0, '127.0.0.1', done));
    const page = await session.browser.newPage();
    try {
      await page.goto(`http://127.0.0.1:${(slow.address() as AddressInfo).port}/`);
      await waitFor(page, `${rangeTextsExpr('person')}.length > 0`);
      expect(runningAt).toBeLessThan(endedAt);
    } finally {
      await page.close();
      await checker.close();
      // The browser keeps its connection open: closed here, or the server would wait for it.
      slow.closeAllConnections();
      await new Promise((done) => slow.close(done));
    }
  });

  it('highlights a name in a minified page where one block runs into the next', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.origin}/fixtures/run-together.html`);
    // As one string the page reads "More storiesPresident Obama spoke…": the name is there all the same.
    expect(await page.evaluate(() => document.body.textContent)).toContain('storiesPresident Obama');
    await waitFor(page, `${rangeTextsExpr('person')}.length > 0`);
    const found = await settled(page);
    expect(found.person).toEqual(['President Obama']);
    await page.close();
  });
});
