/**
 * The extension loads in both real browsers: the content script runs on a
 * localhost page, and the side panel and popup pages render.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, highlightTexts, openExtensionPage, screenshot, waitFor, useSession } from './support';

describe.each(BROWSERS)('%s', (name) => {
  const session = useSession(name);

  it('runs the content script on a localhost page and registers its highlights', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.origin}/seed/002_4aefd2a4df811d97.txt`);
    await waitFor(page, `[...CSS.highlights.keys()].some((k) => k.startsWith('sourcelight-'))`);
    const names = Object.keys(await highlightTexts(page)).sort();
    expect(names).toEqual(['organization', 'passage', 'person', 'place', 'quote', 'topic']);
    await page.close();
  });

  it('renders the side panel page with its three views', async () => {
    const page = await openExtensionPage(session, 'sidepanel.html');
    const tabs = await waitFor(page, `[...document.querySelectorAll('[role=tab]')].map((t) => t.textContent).join('|')`);
    expect(tabs).toBe('This page|Compare|Story');
    await page.click('#tab-story');
    const sources = await waitFor(page, `document.querySelectorAll('ul.sources > li').length`);
    expect(sources).toBe(5);
    await screenshot(page, `${name}-sidepanel-story`);
    await page.close();
  });

  it('renders the popup', async () => {
    const page = await openExtensionPage(session, 'popup.html');
    const text = await waitFor(page, `(t => t && !t.startsWith('Looking') && t)(document.querySelector('[data-testid=page-status]')?.textContent)`);
    // The popup's own tab is active here: an extension page, where no content script runs.
    expect(text).toBe('Sourcelight does not run on this page.');
    const button = await page.evaluate(() => document.querySelector('button')?.textContent);
    expect(button).toBe('Open side panel');
    await page.close();
  });
});
