/**
 * `npm run store`: the store listing, generated into `.output/store/`: the
 * listing text (from the built manifest) and 1280×800 screenshots made from
 * the demo's own screenshots (the article with a card; the article beside
 * the side panel's Compare and Story views; the welcome page).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { findBuild, launchWithExtension, ROOT, SetupError } from '../src/demo/browsers';
import { captureDemo } from '../src/demo/screenshots';
import { startServer } from '../src/demo/server';

const STORE_DIR = resolve(ROOT, '.output/store');
const SIZE = { width: 1280, height: 800 };
const PANEL_WIDTH = 380;
const DEMO_ARTICLE = '/seed/002_4aefd2a4df811d97.txt';
/** The Chrome Web Store's limit for the manifest description (the listing's summary). */
const SUMMARY_MAX = 132;

const dataUrl = (path: string) => `data:image/png;base64,${readFileSync(path).toString('base64')}`;

/** Draws the article and a side-panel view side by side, as a reader with the panel open sees them. */
async function sideBySide(browser: Browser, article: string, panel: string, out: string): Promise<void> {
  const page = await browser.newPage();
  await page.setViewport(SIZE);
  const articleWidth = SIZE.width - PANEL_WIDTH;
  await page.setContent(`<html><body style="margin:0;display:flex;background:#fff">
<img src="${dataUrl(article)}" style="width:${articleWidth}px;height:${SIZE.height}px;object-fit:cover;object-position:center top">
<img src="${dataUrl(panel)}" style="width:${PANEL_WIDTH}px;height:${SIZE.height}px;object-fit:cover;object-position:left top;border-left:1px solid #d9d9e0;box-sizing:border-box">
</body></html>`);
  await page.waitForFunction(() => [...document.images].every((i) => i.complete));
  await page.screenshot({ path: out });
  await page.close();
}

function listingText(manifest: { name: string; version: string; description: string; permissions?: string[] }): string {
  if (manifest.description.length > SUMMARY_MAX) {
    throw new Error(`the manifest description is ${manifest.description.length} characters; the store allows ${SUMMARY_MAX}`);
  }
  return `Name: ${manifest.name}
Version: ${manifest.version}
Category: Productivity (News & Weather on Firefox Add-ons)

Summary (${manifest.description.length}/${SUMMARY_MAX}):
${manifest.description}

Description:
Sourcelight is for people who read news about cyber policy. The same names and phrases come up in story after story, and each outlet tells it a little differently.

On the pages you read, Sourcelight highlights the people, organisations, places, key phrases, quotes and reused passages it knows, and puts what the other sources said one hover away: a card with each source's own words, and where they disagree (a dropped "not", Thursday become Tuesday, a changed attribution). A side panel puts the sources side by side: what this page holds, a comparison of every source's sentences about one item with the differing words marked, and the story's sources, lineage and discrepancies.

It comes with one story to try at once: five versions of a 2015 report on US–China talks about a cyber arms-control accord. The welcome page opens them without a network.

Keyboard: Alt+Shift+. and Alt+Shift+, go to the next and previous mention; Alt+Shift+L opens the side panel. Settings choose what is highlighted, how, the card delay, and the sites where Sourcelight stays off.

Privacy: nothing you read leaves your browser. Sourcelight makes no network request, collects no data, loads no remote code, and exposes no resource a site could use to detect it.

Single purpose: highlight what a story index knows on the page being read and compare how its sources report it.

Permissions:
- storage: keeps your settings (on/off per site, highlight style, muted terms) on this device.
${(manifest.permissions ?? []).includes('sidePanel') ? '- sidePanel: shows the comparison panel beside the page.\n' : ''}- Content script on http and https pages: reads the page's text in the browser to find what the story index knows; the text is never sent anywhere.

Data usage: no data collected or transmitted.
`;
}

async function main(): Promise<void> {
  const manifest = JSON.parse(readFileSync(resolve(findBuild('chromium'), 'manifest.json'), 'utf8'));
  mkdirSync(STORE_DIR, { recursive: true });
  writeFileSync(resolve(STORE_DIR, 'listing.txt'), listingText(manifest));
  const server = await startServer();
  const { browser, extensionOrigin } = await launchWithExtension('chromium', { headless: true });
  try {
    const raw = await captureDemo({ browser, extensionOrigin, articleUrl: server.origin + DEMO_ARTICLE }, resolve(STORE_DIR, 'raw'), SIZE);
    const out = (name: string) => resolve(STORE_DIR, name);
    writeFileSync(out('1-card.png'), readFileSync(raw.card));
    await sideBySide(browser, raw.article, raw.compare, out('2-compare.png'));
    await sideBySide(browser, raw.card, raw.story, out('3-story.png'));
    writeFileSync(out('4-welcome.png'), readFileSync(raw.welcome));
    console.log(`The store listing is in ${STORE_DIR}/: listing.txt, 1-card.png, 2-compare.png, 3-story.png, 4-welcome.png (1280×800).`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof SetupError ? error.message : `The store listing failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
