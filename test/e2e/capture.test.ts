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
import {
  activatePreviousTab,
  BROWSERS,
  DOM_AS_BUILT,
  openExtensionPage,
  pointAtText,
  reloadExtensionPage,
  screenshot,
  useSession,
  waitFor,
  waitForCard,
  waitForPrivateMark,
} from './support';

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

/** One article at one address, as first read and after the site edited it: a "not" dropped, a number changed, a sentence added. */
function damArticle(edited: boolean, updatedAt = edited ? '4:47 PM' : '3:02 PM'): string {
  const paragraphs = [
    'ARNHEM — The regional water authority released its inspection report on the Kessel Dam on Monday, said Marta Vink, its chief engineer.',
    edited
      ? 'Marta Vink told reporters that the dam met the safety standard set in 2019, according to the report.'
      : 'Marta Vink told reporters that the dam did not meet the safety standard set in 2019, according to the report.',
    `The report found ${edited ? 31 : 12} cracks in the spillway, most of them near the eastern gate.`,
    'Engineers from three firms took part in the inspection over six weeks, and their findings were reviewed by the national agency.',
    'Residents downstream were told that no evacuation was planned while repairs were being designed.',
    ...(edited ? ['The authority said repairs would begin before the autumn rains.'] : []),
  ];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kessel Dam Inspection Report Released</title>
<meta property="og:site_name" content="Delta Courier"><meta name="author" content="Joost Arents"></head>
<body><article><h1>Kessel Dam Inspection Report Released</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
<p>Updated at ${updatedAt}</p></article></body></html>`;
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
    await reloadExtensionPage(library);
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

  it('keeps every version of an article: the library compares them, the side panel and the card say what changed', async () => {
    const chosen = session.server.origin;
    const address = `${chosen}/versions/dam.html`;
    session.server.route('/versions/dam.html', damArticle(false));
    const library = await openExtensionPage(session, 'library.html');
    const rowOf = `(globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ type: 'library-list' }).then((l) => l.rows.find((r) => r.url === ${JSON.stringify(address)}))`;
    // First reading: remembered on the chosen site.
    const page = await open(session, address);
    await waitFor(library, `${rowOf}.then((r) => r !== undefined)`, 20_000);
    // Read again with only its "Updated at" line changed: no second version. An article opened after it
    // is remembered once that page was weighed (one page at a time, in order).
    session.server.route('/versions/dam.html', damArticle(false, '3:40 PM'));
    await page.reload();
    await waitForPrivateMark(page, 'Marta Vink');
    const sentinel = await open(session, `${chosen}/fixtures/capture/chip-rules.html?after=stamp`);
    await waitFor(
      library,
      `(globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ type: 'library-list' }).then((l) => l.rows.some((r) => r.url?.endsWith('after=stamp')))`,
      20_000,
    );
    await sentinel.close();
    expect(await library.evaluate(`${rowOf}.then((r) => r.versions ?? 1)`)).toBe(1);
    // The reader stops remembering the site; an article the library has is still read again when opened.
    const options = await openExtensionPage(session, 'options.html');
    await options.click(`[data-testid=capture-sites] button[aria-label=${JSON.stringify(`Stop remembering articles on ${chosen}`)}]`);
    await waitFor(options, `document.querySelector('[data-testid=capture-sites]') === null`);
    await options.close();
    // The site edits the article; the reader opens it again.
    session.server.route('/versions/dam.html', damArticle(true));
    await page.bringToFront();
    await page.reload();
    expect(await waitFor(library, `${rowOf}.then((r) => r?.versions)`, 20_000)).toBe(2);
    await waitForPrivateMark(page, 'Marta Vink');

    // The library page: its row offers the versions; the reader opens them and sees the change side by side.
    await library.bringToFront();
    await reloadExtensionPage(library);
    await library.waitForSelector('[data-testid=versions-button]');
    await library.click('[data-testid=versions-button]');
    const changed = (await waitFor(
      library,
      `(() => { const rows = [...document.querySelectorAll('dialog[open] [data-testid=changed-sentence]')]; return rows.length > 0 && rows.map((r) => [...r.querySelectorAll('del, ins')].map((m) => m.tagName + ':' + m.textContent).join(' ')); })()`,
    )) as string[];
    expect(changed.join(' | ')).toContain('DEL:not');
    expect(changed.join(' | ')).toContain('DEL:12');
    expect(changed.join(' | ')).toContain('INS:31');
    expect(await library.evaluate(`document.querySelector('dialog[open] [data-testid=added-sentences]').textContent`)).toContain('repairs would begin');
    expect(await library.evaluate(`document.querySelector('dialog[open] .meaning-changes')?.textContent ?? ''`)).toMatch(/negation|not/i);
    expect(await library.evaluate(`document.querySelectorAll('dialog[open] .version-list li').length`)).toBe(2);
    await screenshot(library, `${name}-versions-library`);
    await library.keyboard.press('Escape');
    await waitFor(library, `document.querySelector('dialog[open]') === null`);

    // The card of a name on the changed page says the page changed, and how, about that name.
    await page.bringToFront();
    const at = await pointAtText(page, 'Marta Vink', 1);
    await page.mouse.move(at.x - 3, at.y);
    await page.mouse.move(at.x, at.y, { steps: 2 });
    const note = (await waitForCard(page, `root.querySelector('[data-testid=card-page-changed]')?.textContent`, 10_000)) as string;
    expect(note).toContain('This page changed since you first read it');
    expect(note).toMatch(/met the safety standard/);
    await screenshot(page, `${name}-versions-card`);

    // The side panel's This page on that tab says the same.
    const panel = await openExtensionPage(session, 'sidepanel.html');
    await panel.setViewport({ width: 360, height: 900 });
    await activatePreviousTab(panel);
    const panelNote = (await waitFor(panel, `document.querySelector('[data-testid=page-changed]')?.textContent`, 10_000)) as string;
    expect(panelNote).toContain('Changed since you first read it');
    expect(panelNote).toContain('repairs would begin');
    await screenshot(panel, `${name}-versions-sidepanel`);
    await panel.close();
    await page.close();

    // Removed from the library page and brought back with Undo, the article keeps its earlier version.
    await library.bringToFront();
    await reloadExtensionPage(library);
    const id = (await library.evaluate(`${rowOf}.then((r) => r.id)`)) as string;
    await library.waitForSelector(`tr[data-id="${id}"] button[data-action=remove]`);
    await library.click(`tr[data-id="${id}"] button[data-action=remove]`);
    await waitFor(library, `document.activeElement?.dataset.testid === 'undo-remove'`);
    expect(await library.evaluate(`${rowOf}.then((r) => r ?? null)`)).toBeNull();
    await library.keyboard.press('Enter');
    expect(await waitFor(library, `${rowOf}.then((r) => r?.versions)`, 20_000)).toBe(2);
    await library.waitForSelector(`tr[data-id="${id}"] [data-testid=versions-button]`);
    await library.close();
  });
});
