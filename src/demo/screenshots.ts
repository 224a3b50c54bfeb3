/**
 * Screenshots of the product at work, for `npm start` without a display and
 * for the store listing: the highlighted article, an open card, each view of
 * the side panel with the article's content, the popup and the welcome page.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';

export interface DemoTarget {
  browser: Browser;
  /** `chrome-extension://<id>`. */
  extensionOrigin: string;
  /** The article to show, on the demo server. */
  articleUrl: string;
}

export interface Viewport {
  width: number;
  height: number;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `expression` in `page` until it is truthy. */
async function until(page: Page, expression: string, what: string, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await page.evaluate(expression).catch(() => false)) return;
    await pause(100);
  }
  throw new Error(`the demo timed out waiting for ${what}`);
}

/**
 * Makes the article's tab the active one, as a reader switching tabs would:
 * the side panel and popup then describe it. The article is the tab whose
 * content script answers (the welcome tab the install opened has none).
 */
async function activateArticleTab(extensionPage: Page): Promise<void> {
  const found = await extensionPage.evaluate(async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const api = (globalThis as any).chrome;
    const self = await api.tabs.getCurrent();
    for (const tab of await api.tabs.query({ windowId: self.windowId })) {
      if (tab.id === self.id) continue;
      const reply = await api.tabs.sendMessage(tab.id, { type: 'page-status' }, { frameId: 0 }).catch(() => undefined);
      if (reply) {
        await api.tabs.update(tab.id, { active: true });
        return true;
      }
    }
    return false;
  });
  if (!found) throw new Error('the demo found no tab with the article');
}

async function shoot(page: Page, dir: string, name: string, fullPage = false): Promise<string> {
  await page.bringToFront();
  const path = resolve(dir, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

/** Hovers the first occurrence of `text` and waits for its card. */
async function openCard(page: Page, text: string): Promise<void> {
  const point = await page.evaluate((needle: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const i = node.data.indexOf(needle);
      if (i < 0) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + needle.length);
      const r = range.getClientRects()[0];
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, text);
  if (!point) throw new Error(`"${text}" is not on the demo article`);
  await page.mouse.move(point.x - 3, point.y);
  await page.mouse.move(point.x, point.y, { steps: 2 });
  await until(page, `document.querySelector('sourcelight-card')?.shadowRoot?.querySelectorAll('.rows > li').length > 1`, `the card for ${text}`);
  await pause(300);
}

/** Takes every screenshot into `dir`; returns their paths by name. */
export async function captureDemo(target: DemoTarget, dir: string, viewport: Viewport = { width: 1280, height: 900 }): Promise<Record<string, string>> {
  mkdirSync(dir, { recursive: true });
  const shots: Record<string, string> = {};
  const { browser, extensionOrigin } = target;

  const article = await browser.newPage();
  await article.setViewport(viewport);
  await article.goto(target.articleUrl);
  await until(article, `[...CSS.highlights.keys()].some((k) => k.startsWith('sourcelight-'))`, 'the first highlights');
  await pause(1500);
  shots.article = await shoot(article, dir, 'article');
  await openCard(article, 'Susan E. Rice');
  shots.card = await shoot(article, dir, 'card');
  await article.mouse.move(2, 2);

  // The side panel, opened as a tab, describing the article's tab.
  const panel = await browser.newPage();
  await panel.setViewport({ width: 380, height: viewport.height });
  await panel.goto(`${extensionOrigin}/sidepanel.html`);
  await activateArticleTab(panel);
  await until(panel, `document.querySelectorAll('.this-page h2').length >= 4`, 'the side panel’s "This page" view');
  shots.thisPage = await shoot(panel, dir, 'sidepanel-this-page');
  await panel.click('#tab-story');
  await until(panel, `document.querySelectorAll('ul.sources > li').length > 1`, 'the Story view');
  shots.story = await shoot(panel, dir, 'sidepanel-story');
  // The discrepancy that matters most: a dropped "not".
  await panel.evaluate(
    `[...document.querySelectorAll('ul.discrepancies > li')].find((li) => /negation/.test(li.textContent))?.querySelector('button')?.click()`,
  );
  await until(panel, `document.querySelectorAll('.statement').length > 0`, 'the Compare view');
  await panel.evaluate(`window.scrollTo(0, 0)`);
  shots.compare = await shoot(panel, dir, 'sidepanel-compare');
  await panel.close();

  const popup = await browser.newPage();
  await popup.setViewport({ width: 320, height: 240 });
  await popup.goto(`${extensionOrigin}/popup.html`);
  await activateArticleTab(popup);
  await popup.reload();
  await until(popup, `document.querySelector('[data-testid=page-status]')?.textContent.includes('mentions found')`, 'the popup');
  shots.popup = await shoot(popup, dir, 'popup');
  await popup.close();

  const welcome = await browser.newPage();
  await welcome.setViewport(viewport);
  await welcome.goto(`${extensionOrigin}/welcome.html`);
  await until(welcome, `document.querySelectorAll('.sample-list a').length > 0`, 'the welcome page');
  shots.welcome = await shoot(welcome, dir, 'welcome');
  await welcome.close();
  return shots;
}
