/**
 * First run: the welcome page opens by itself on install, its sample article
 * works offline (highlights and cards on an extension page), and the popup
 * leads back to it.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { BROWSERS, readCard, waitForCard, openExtensionPage, pointAtText, rangeTextsExpr, screenshot, useSession, waitFor } from './support';

/** The tabs showing the welcome page, by their own location (Firefox's BiDi reports about:blank for a tab the extension opened). */
async function welcomePages(browser: Browser): Promise<Page[]> {
  const found: Page[] = [];
  for (const page of await browser.pages()) {
    const href = await Promise.race([page.evaluate('location.href').catch(() => ''), new Promise((r) => setTimeout(() => r(''), 2000))]);
    if (typeof href === 'string' && /\/welcome\.html$/.test(href)) found.push(page);
  }
  return found;
}

async function waitForWelcomePages(browser: Browser, count: number, timeout = 10_000): Promise<Page[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const pages = await welcomePages(browser);
    if (pages.length >= count) return pages;
    if (Date.now() > deadline) throw new Error(`expected ${count} welcome page(s), found ${pages.length}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.each(BROWSERS)('%s', (name) => {
  const session = useSession(name, { keepWelcomeTab: true });

  it('opens the welcome page on install, and its sample article is highlighted with working cards', async () => {
    const [welcome] = await waitForWelcomePages(session.browser, 1);
    await waitFor(welcome, `document.querySelectorAll('.sample-list a').length === 5`);
    const text = (await welcome.evaluate(`document.body.innerText`)) as string;
    expect(text).toContain('Welcome to Sourcelight');
    expect(text).toMatch(/Nothing you read leaves your browser/);
    await welcome.setViewport({ width: 1000, height: 1000 });
    await screenshot(welcome, `${name}-welcome`);

    await welcome.evaluate(`document.querySelector('[data-testid=open-sample]').click()`);
    await waitFor(welcome, `location.pathname.endsWith('/sample.html') && ${rangeTextsExpr('person')}.length > 0`);
    expect(await welcome.evaluate(`document.querySelector('article h1').textContent`)).toBe('U.S. and China Seek Arms Deal for Cyberspace');
    const p = await pointAtText(welcome, 'Susan E. Rice');
    await welcome.mouse.move(p.x - 3, p.y);
    await welcome.mouse.move(p.x, p.y, { steps: 2 });
    await waitForCard(welcome, `root.querySelector('h2')?.textContent === 'Susan E. Rice' && root.querySelectorAll('.rows > li').length >= 2`, 5000);
    // Her card's changes are about her: none about Meng Jianzhu's title, the others only counted.
    const changes = (await readCard<string>(welcome, `[...root.querySelectorAll('.disagreement')].map((e) => e.textContent).join('\\n')`))!;
    expect(changes).not.toMatch(/envoy|Meng Jianzhu/);
    expect(await readCard(welcome, `root.querySelector('.other-changes')?.textContent`)).toMatch(/\d+ changes? in these sentences, about something else/);
    // This page's row says so, and names the article.
    const thisPage = await readCard(
      welcome,
      `[...root.querySelectorAll('.rows .source')].filter((e) => e.querySelector('.this-page')).map((e) => e.querySelector('.title')?.textContent)`,
    );
    expect(thisPage).toEqual(['U.S. and China Seek Arms Deal for Cyberspace']);
    await screenshot(welcome, `${name}-sample-card`);
  });

  it('the popup links to the welcome page', async () => {
    const before = (await welcomePages(session.browser)).length;
    const popup = await openExtensionPage(session, 'popup.html');
    await waitFor(popup, `Boolean(document.querySelector('[data-testid=welcome-link]'))`);
    await popup.evaluate(`document.querySelector('[data-testid=welcome-link]').click()`);
    const pages = await waitForWelcomePages(session.browser, before + 1);
    await waitFor(pages[pages.length - 1], `document.querySelectorAll('.sample-list a').length === 5`);
    await popup.close();
  });
});
