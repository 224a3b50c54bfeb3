/**
 * Issue 7 on 130 real saved news and blog pages (Mozilla Readability's test
 * pages, in test/fixtures/corpus/readability), in both browsers: the content
 * script runs on every one with no error, leaves the DOM exactly as the page
 * without the extension has it, and highlights only
 * what was reviewed by reading (real-pages.reviewed.json: every highlight there
 * was checked in its context as a true mention of an indexed entity).
 *
 * The pages are served with `Content-Security-Policy: script-src 'none'`: their
 * own scripts would load nothing here anyway (the network is local), and without
 * them the DOM is deterministic, so any difference is the extension's. It also
 * makes every page a strict-CSP page, which content scripts must survive.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchWithExtension, type Launched } from '../../src/demo/browsers';
import { readabilityPageNames } from '../../src/demo/corpus';
import { nextPageReport, recordPageReports } from './page-reports';
import { activeTabStatus, BROWSERS, DOM_AS_BUILT, dismissDialogs, highlightTexts, openExtensionPage, openSession, waitFor, type Session } from './support';

const PAGES = readabilityPageNames();
const REVIEW: { pages: Record<string, string[]>; falsePositives: Record<string, string[]> } = JSON.parse(
  readFileSync(resolve(import.meta.dirname, 'real-pages.reviewed.json'), 'utf8'),
);
const REVIEWED = REVIEW.pages;
const CSP = "script-src 'none'";
/** For a review: SOURCELIGHT_HIGHLIGHTS_OUT=file.jsonl writes each page's highlights there, one line a page. */
const DUMP = process.env.SOURCELIGHT_HIGHLIGHTS_OUT;

/** `kind:text` of every highlight, white space folded, sorted: what was reviewed. */
function flatten(highlights: Record<string, string[]>): string[] {
  return Object.entries(highlights)
    .flatMap(([kind, texts]) => texts.map((t) => `${kind}:${t.replace(/\s+/g, ' ').trim()}`))
    .sort();
}

async function load(page: Page, url: string): Promise<void> {
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  } catch (error) {
    // Firefox's BiDi fails the whole navigation when an iframe's outside address is
    // refused (the network here is local): the page itself is what matters.
    if (!/Address rejected/.test(String(error))) throw error;
    await waitFor(page, `location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`, 30_000);
  }
}

describe.each(BROWSERS)('%s on the saved real pages', (name) => {
  let session: Session;
  let baseline: Launched;
  let checker: Page;
  const extensionErrors: string[] = [];

  beforeAll(async () => {
    session = await openSession(name, {}, { corpusCsp: CSP });
    baseline = await launchWithExtension(name, { withoutExtension: true });
    checker = await openExtensionPage(session, 'popup.html');
    await recordPageReports(checker);
  });
  afterAll(async () => {
    await baseline?.browser.close().catch(() => undefined);
    await session?.close();
  });

  it('finds the pages, each reviewed', () => {
    expect(PAGES.length).toBe(130);
    expect(Object.keys(REVIEWED).sort()).toEqual(PAGES);
    // The known false positives are highlights the review holds, not extra ones.
    for (const [file, found] of Object.entries(REVIEW.falsePositives)) for (const f of found) expect(REVIEWED[file]).toContain(f);
  });

  it.each(PAGES)('%s', async (file) => {
    const url = `${session.server.origin}/corpus/${file}`;
    const page = await session.browser.newPage();
    dismissDialogs(page);
    if (name === 'chromium') {
      // Exceptions from every world of the page, the content script's included.
      const cdp = await page.createCDPSession();
      await cdp.send('Runtime.enable');
      cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
        const where = JSON.stringify(exceptionDetails);
        if (where.includes(session.extensionOrigin)) extensionErrors.push(`${file}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      });
    }
    await load(page, url);
    // The page's own report that it has read itself: most pages should show nothing, which must not be read too soon.
    await nextPageReport(checker);
    const highlights = await highlightTexts(page);
    const status = await activeTabStatus(checker);
    const domWith = await page.evaluate(DOM_AS_BUILT);
    await page.close();

    const plain = await baseline.browser.newPage();
    dismissDialogs(plain);
    await load(plain, url);
    const domWithout = await plain.evaluate(() => document.documentElement.outerHTML);
    await plain.close();

    // The content script is alive on the page and caught no failure.
    expect(status, 'no content script answered').not.toBeNull();
    expect(status!.diagnostics?.errors).toBe(0);
    expect(extensionErrors).toEqual([]);
    // The DOM is exactly what the page has without the extension.
    expect(domWith === domWithout, 'the DOM differs from the page without the extension').toBe(true);
    if (DUMP) appendFileSync(DUMP, JSON.stringify({ browser: name, file, highlights: flatten(highlights) }) + '\n');
    // Every highlight is one that was reviewed as a true mention, and none is lost.
    expect(flatten(highlights)).toEqual(REVIEWED[file]);
  });
});
