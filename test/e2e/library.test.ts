/**
 * The reader's library in real browsers with real IndexedDB: an article
 * imported through library.html's file input is listed by its title, open
 * tabs pick it up without a reload, its names are highlighted on pages opened
 * afterwards with a card naming its outlet, a hostile export is refused with
 * its text shown as text and nothing lost, and the page's own scripts cannot
 * reach the library.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { nextPageReport, recordPageReports } from './page-reports';
import {
  BROWSERS,
  clickInCard,
  privateMarks,
  readCard,
  waitForCard,
  waitForPrivateMark,
  openExtensionPage,
  pointAtText,
  rangeTextsExpr,
  reloadExtensionPage,
  screenshot,
  stopServiceWorker,
  useSession,
  waitFor,
} from './support';

const FIXTURES = resolve(import.meta.dirname, 'fixtures', 'library');
const READER = '/fixtures/library-reader.html';
const TITLE = 'Quantum Accord Talks Stall in Geneva';
const PERSON = 'Margarethe Vollenweider';
const REPOST_TITLE = 'Quantum limits: Swiss envoy upbeat after Geneva round';

const LONG_LIST = 120;
const LONG_OUTLETS = ['Harbour Ledger', 'Meadow Post', 'Quarry Wire'];
const LONG_WORDS = 'lantern falcon orchard beacon glacier canyon willow tundra cedar harbor meadow quarry'.split(' ');

/** `LONG_LIST` Markdown articles of three sites, each its own event, written to a fresh folder: their paths. */
function longListFiles(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-long-list-'));
  return Array.from({ length: LONG_LIST }, (_, n) => {
    const w = (k: number) => LONG_WORDS[(n * 5 + k) % LONG_WORDS.length];
    const body = Array.from(
      { length: 12 },
      (_, k) =>
        `Inspector Rosalind Okonkwo said the ${w(k)} council reviewed plan ${n}-${k} with the ${w(k + 3)} board, which asked for a second hearing on the ${w(k + 7)} budget before spring.`,
    );
    const day = String(1 + (n % 28)).padStart(2, '0');
    const text = [
      '---',
      `title: "Council review ${n} of the ${w(0)} plan"`,
      `date: 2024-03-${day}`,
      `site_name: ${LONG_OUTLETS[n % LONG_OUTLETS.length]}`,
      '---',
      '',
      ...body,
    ].join('\n');
    const path = join(dir, `council-${n}.md`);
    writeFileSync(path, text);
    return path;
  });
}

/** The open tab whose own location matches (Firefox's BiDi may report about:blank for a tab the extension opened). */
async function waitForPage(browser: Browser, href: RegExp, timeout = 10_000): Promise<Page> {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const page of await browser.pages()) {
      const at = await Promise.race([page.evaluate('location.href').catch(() => ''), new Promise((r) => setTimeout(() => r(''), 2000))]);
      if (typeof at === 'string' && href.test(at)) return page;
    }
    if (Date.now() > deadline) throw new Error(`no tab at ${href}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const rowTitles = `[...document.querySelectorAll('[data-testid=library-articles] td.title')].map((td) => td.textContent)`;
const cardOutlets = `[...root.querySelectorAll('.rows .source strong')].map((e) => e.textContent)`;

async function upload(page: Page, file: string): Promise<void> {
  const input = (await page.$('input[type=file][data-testid=import-files]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(resolve(FIXTURES, file));
}

describe.each(BROWSERS)('%s', (name) => {
  const session = useSession(name);

  it('imports a file, lists it by title, and open tabs highlight its names with a card naming its outlet', async () => {
    // The library page hears the reader's page report that it has read itself, before the import.
    const library = await openExtensionPage(session, 'library.html');
    await recordPageReports(library);
    const reader = await session.browser.newPage();
    await reader.goto(session.server.origin + READER);
    await nextPageReport(library);
    expect(await reader.evaluate(rangeTextsExpr('person'))).not.toContain(PERSON);
    expect(await privateMarks(reader)).toEqual([]);
    // The page's own scripts have no way to the extension.
    expect(await reader.evaluate(`typeof globalThis.chrome?.runtime?.sendMessage + typeof globalThis.browser?.runtime?.sendMessage`)).toBe(
      'undefinedundefined',
    );

    await waitFor(library, `document.querySelector('[data-testid=library-articles]') !== null`);
    await upload(library, 'geneva-talks.html');
    await waitFor(library, `${rowTitles}.includes(${JSON.stringify(TITLE)})`, 15_000);
    await screenshot(library, `${name}-library-imported`);

    // The tab opened before the import reads its page again, without a reload. The name is the
    // library's alone: the reader sees it marked, the page's highlight registry never holds it.
    expect(await waitForPrivateMark(reader, PERSON)).toBe('person');
    expect(await reader.evaluate(rangeTextsExpr('person'))).not.toContain(PERSON);
    const p = await pointAtText(reader, PERSON);
    await reader.mouse.move(p.x - 3, p.y);
    await reader.mouse.move(p.x, p.y, { steps: 2 });
    const outlets = (await waitForCard(reader, `(${cardOutlets})?.length >= 1 && ${cardOutlets}`, 8000)) as string[];
    expect(outlets).toContain('Alpine Wire');
    await screenshot(reader, `${name}-library-card`);

    // A page opened afterwards is highlighted too.
    const later = await session.browser.newPage();
    await later.goto(session.server.origin + READER);
    expect(await waitForPrivateMark(later, PERSON)).toBe('person');
    await later.close();
    await reader.close();
    await library.close();
  });

  it('a Markdown repost is named in the card by the site its front matter names, with its title, and a saved copy opens', async () => {
    const library = await openExtensionPage(session, 'library.html');
    await waitFor(library, `${rowTitles}.includes(${JSON.stringify(TITLE)})`);
    await upload(library, 'quantum-repost.md');
    await waitFor(library, `${rowTitles}.includes(${JSON.stringify(REPOST_TITLE)})`, 15_000);
    const reader = await session.browser.newPage();
    await reader.goto(session.server.origin + READER);
    await waitForPrivateMark(reader, PERSON);
    await reader.bringToFront();
    const p = await pointAtText(reader, PERSON);
    await reader.mouse.move(p.x - 3, p.y);
    await reader.mouse.move(p.x, p.y, { steps: 2 });
    const rows = `[...root.querySelectorAll('.rows .source')].map((e) => ({ outlet: e.querySelector('strong')?.textContent, title: e.querySelector('.title')?.textContent, href: e.querySelector('a.title')?.getAttribute('href') ?? null }))`;
    const shown = (await waitForCard(reader, `(${rows}).length >= 2 && ${rows}`, 8000)) as { outlet: string; title: string; href: string | null }[];
    expect(shown).toContainEqual({ outlet: 'Reuters', title: REPOST_TITLE, href: 'https://www.reuters.com/world/europe/quantum-limits-envoy-2024-06-05/' });
    expect(shown).toContainEqual({ outlet: 'Alpine Wire', title: TITLE, href: null });
    expect(await readCard(reader, `root.textContent`)).not.toContain('Unknown outlet');
    await screenshot(reader, `${name}-library-card-articles`);

    // The article with no address of its own opens as its saved copy, on an extension page.
    await clickInCard(reader, `[...root.querySelectorAll('.rows button.title')].find((b) => b.textContent === ${JSON.stringify(TITLE)})`);
    const copy = await waitForPage(session.browser, /\/sample\.html\?source=/);
    await waitFor(copy, `document.querySelector('article h1')?.textContent === ${JSON.stringify(TITLE)}`);
    expect(await copy.evaluate(`document.body.innerText`)).toContain('Negotiators failed on Monday');
    await screenshot(copy, `${name}-library-saved-copy`);
    await copy.close();
    await reader.close();
    await library.close();
  });

  it('Remove names the article, can be undone for a few seconds, and focus goes back where it was', async () => {
    const library = await openExtensionPage(session, 'library.html');
    await waitFor(library, `${rowTitles}.includes(${JSON.stringify(REPOST_TITLE)})`);
    const remove = `document.querySelector('button[aria-label=${JSON.stringify(`Remove “${REPOST_TITLE}” from the library`)}]')`;
    expect(await library.evaluate(`${remove} !== null`)).toBe(true);
    // With the keyboard, as a reader who cannot point would.
    await library.evaluate(`${remove}.focus()`);
    await library.keyboard.press('Enter');
    await waitFor(library, `!${rowTitles}.includes(${JSON.stringify(REPOST_TITLE)}) && document.activeElement?.dataset.testid === 'undo-remove'`);
    expect(await library.evaluate(`document.querySelector('[data-testid=removed]').textContent`)).toContain(`Removed “${REPOST_TITLE}”`);
    await screenshot(library, `${name}-library-removed`);
    await library.keyboard.press('Enter');
    await waitFor(library, `${rowTitles}.includes(${JSON.stringify(REPOST_TITLE)}) && document.activeElement === ${remove}`, 10_000);
    await library.close();
  });

  it('refuses a hostile export with its text shown as text, and keeps the library; the library survives a reload', async () => {
    const library = await openExtensionPage(session, 'library.html');
    await waitFor(library, `${rowTitles}.includes(${JSON.stringify(TITLE)})`);
    const before = (await library.evaluate(rowTitles)) as string[];
    await upload(library, 'hostile-export.json');
    const problems = (await waitFor(library, `[...document.querySelectorAll('.problems li')].map((li) => li.textContent).join('\\n') || false`)) as string;
    expect(problems).toContain('<img src=x onerror=');
    expect(problems).toContain('unknown format');
    expect(await library.evaluate(`document.querySelector('.problems img') === null && document.title !== 'pwned'`)).toBe(true);
    expect(await library.evaluate(rowTitles)).toEqual(before);
    await screenshot(library, `${name}-library-hostile-export`);

    // The export holds the article as read; the list is the same after a reload.
    const exported = (await library.evaluate(`(globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ type: 'library-export' })`)) as string;
    expect(JSON.parse(exported).articles.map((a: { name: string }) => a.name)).toContain('geneva-talks.html');
    await reloadExtensionPage(library);
    await waitFor(library, `${rowTitles}.includes(${JSON.stringify(TITLE)})`);
    await library.close();
  });

  it('imports a Shift_JIS Japanese page and a GBK Chinese page as a browser decodes them: listed by title, read into sentences, found by search', async () => {
    const library = await openExtensionPage(session, 'library.html');
    await waitFor(library, `document.querySelector('[data-testid=library-articles]') !== null`);
    const input = (await library.$('input[type=file][data-testid=import-files]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(resolve(FIXTURES, 'shift-jis-japanese.html'), resolve(FIXTURES, 'gbk-chinese.html'));
    const JA = '総務省、自治体に不正アクセス対策の新指針';
    const ZH = '网信办部署加强关键信息基础设施安全保护';
    await waitFor(library, `${rowTitles}.includes(${JSON.stringify(JA)}) && ${rowTitles}.includes(${JSON.stringify(ZH)})`, 20_000);
    await screenshot(library, `${name}-library-cjk-imported`);
    const api = `(globalThis.browser ?? globalThis.chrome).runtime`;
    const exported = JSON.parse((await library.evaluate(`${api}.sendMessage({ type: 'library-export' })`)) as string) as {
      articles: { name: string; text: string }[];
    };
    // What was kept is the decoded page: Shift_JIS read as Japanese, not as mojibake.
    expect(exported.articles.find((a) => a.name === 'shift-jis-japanese.html')?.text).toContain('総務省は5日、全国の自治体に対し');
    expect(exported.articles.find((a) => a.name === 'gbk-chinese.html')?.text).toContain('国家互联网信息办公室5日发布通知');
    const list = (await library.evaluate(`${api}.sendMessage({ type: 'library-list' })`)) as { rows: { id: string; title: string; outlet: string }[] };
    const zhRow = list.rows.find((r) => r.title === ZH)!;
    const jaRow = list.rows.find((r) => r.title === JA)!;
    expect(jaRow.outlet).toBe('テックニュース');
    // Search finds a word inside text written without spaces.
    const hits = (await library.evaluate(`${api}.sendMessage({ type: 'library-search', query: '基础设施' })`)) as { id: string }[];
    const ids = hits.map((h) => h.id);
    expect(ids).toContain(zhRow.id);
    expect(ids).not.toContain(jaRow.id);
    await library.close();
  });

  it('a long reading list at a narrow width: every line as tall as the scrolling assumes, the line at the top the one scrolled to; a site’s articles removed at once; searched, also after a worker stop', async () => {
    const library = await openExtensionPage(session, 'library.html');
    // Narrow: each line's four buttons wrap onto two lines.
    await library.setViewport({ width: 760, height: 900 });
    const count = `parseInt(document.querySelector('[data-testid=library-count]')?.textContent ?? '-1')`;
    await waitFor(library, `${count} > 0`);
    const before = (await library.evaluate(count)) as number;
    const input = (await library.$('input[type=file][data-testid=import-files]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(...longListFiles());
    await waitFor(library, `${count} === ${before + LONG_LIST}`, 90_000);
    const lines = `[...document.querySelectorAll('[data-testid=library-articles] tr[data-id]')]`;
    const heights = (await library.evaluate(`${lines}.map((tr) => [tr.getBoundingClientRect().height, parseFloat(tr.style.height)])`)) as number[][];
    const rowHeight = heights[0][1];
    expect(rowHeight).toBeGreaterThan(40);
    for (const [actual, assumed] of heights) expect(Math.abs(actual - assumed)).toBeLessThan(1);
    // The reader scrolls the list with the wheel, part way down.
    const box = (await (await library.$('.scroller'))!.boundingBox())!;
    await library.mouse.move(box.x + box.width / 2, box.y + 100);
    for (let i = 0; i < 8; i++) await library.mouse.wheel({ deltaY: 250 });
    await waitFor(library, `document.querySelector('.scroller').scrollTop > 1500`);
    await new Promise((r) => setTimeout(r, 200));
    // The line under the top of the view is the one the scroll position says: lines before the window, plus its place in it.
    const { index, at } = (await library.evaluate(`(() => {
      const view = document.querySelector('.scroller');
      const box = view.getBoundingClientRect();
      const line = document.elementFromPoint(box.left + 40, box.top + view.querySelector('thead').getBoundingClientRect().height + 2).closest('tr[data-id]');
      const before = view.querySelector('tbody > tr:first-child.spacer');
      const rendered = [...view.querySelectorAll('tr[data-id]')];
      return { at: view.scrollTop, index: Math.round(parseFloat(before?.style.height ?? '0') / ${rowHeight}) + rendered.indexOf(line) };
    })()`)) as { index: number; at: number };
    // The point read is 2 px below the header, so 2 px further down the list.
    expect(index).toBe(Math.floor((at + 2) / rowHeight));
    await screenshot(library, `${name}-library-long-list-narrow`);
    // A site's articles, shown by the Site filter, removed with one button and its confirmation.
    library.once('dialog', (dialog) => void dialog.accept());
    const perSite = LONG_LIST / LONG_OUTLETS.length;
    await library.select('[data-testid=library-filters] select[data-filter="Site"]', LONG_OUTLETS[1]);
    await waitFor(library, `${count} === ${perSite}`);
    await library.click('[data-testid=remove-shown]');
    // The removed site is no longer a choice: the list shows everything else.
    await waitFor(library, `${count} === ${before + LONG_LIST - perSite}`, 20_000);
    expect(await library.evaluate(`[...document.querySelectorAll('select[data-filter="Site"] option')].map((o) => o.value)`)).not.toContain(LONG_OUTLETS[1]);
    expect(await library.evaluate(`document.querySelector('select[data-filter="Site"]').value`)).toBe('');

    // A search shows at once the titles and outlets that match, said to be so, until the articles' text is searched.
    await library.evaluate(`(() => {
      window.__seen = [];
      const note = () => {
        const pending = document.querySelector('[data-testid=search-pending]') !== null;
        const shown = document.querySelector('[data-testid=library-count]')?.textContent ?? 'none';
        const last = window.__seen.at(-1);
        if (!last || last.pending !== pending || last.shown !== shown) window.__seen.push({ pending, shown });
      };
      new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
    })()`);
    await library.click('input.search');
    await library.keyboard.type('Harbour');
    // The full answer also finds "harbor" in the text (a typo away): more than the 40 titles of the one site.
    await waitFor(library, `document.querySelector('[data-testid=search-pending]') === null && ${count} > ${perSite}`, 20_000);
    const seen = (await library.evaluate('window.__seen')) as { pending: boolean; shown: string }[];
    expect(seen).toContainEqual({ pending: true, shown: `${perSite} articles` });
    expect(seen.findIndex((s) => s.pending)).toBeLessThan(seen.findIndex((s) => !s.pending && s.shown !== `${perSite} articles`));
    // A word of the text alone: no title has it, and the text's answer lists the articles.
    await library.evaluate(`window.__seen = []`);
    await library.click('input.search', { count: 3 });
    await library.keyboard.type('Okonkwo');
    await waitFor(library, `document.querySelector('[data-testid=search-pending]') === null && ${count} > 0`, 20_000);
    const typed = (await library.evaluate('window.__seen')) as { pending: boolean; shown: string }[];
    expect(typed).toContainEqual({ pending: true, shown: 'none' });
    expect(typed.at(-1)!.pending).toBe(false);
    await screenshot(library, `${name}-library-search`);
    // At a wide window each article is one line, its buttons side by side on it.
    await library.setViewport({ width: 1280, height: 900 });
    const oneLine = `${lines}.every((tr) => tr.getBoundingClientRect().height < 40 && new Set([...tr.querySelectorAll('.row-buttons button')].map((b) => Math.round(b.getBoundingClientRect().top))).size === 1)`;
    await waitFor(library, `${lines}.length > 0 && ${oneLine}`);
    await screenshot(library, `${name}-library-wide`);
    if (name === 'chromium') {
      // After the service worker stopped (Firefox's background page is not stopped so), the first searches are
      // answered from the stored index's parts, the site's articles removed since left out: the same answer.
      const shown = await library.$eval('[data-testid=library-count]', (e) => e.textContent);
      // Articles by their number (one each): two of the removed site's (13, 16), two kept.
      const found = `Promise.all(['council 13', 'council 14', 'plan 16', 'plan 17'].map((query) => chrome.runtime.sendMessage({ type: 'library-search', query }).then((hits) => hits.map((h) => h.id))))`;
      const hits = (await library.evaluate(found)) as string[][];
      expect(hits.map((h) => h.length)).toEqual([0, 1, 0, 1]);
      await stopServiceWorker(session);
      await library.click('input.search', { count: 3 });
      await library.keyboard.type('Okonkw');
      await waitFor(library, `document.querySelector('[data-testid=search-pending]') === null && ${count} > 0`, 20_000);
      expect(await library.$eval('[data-testid=library-count]', (e) => e.textContent)).toBe(shown);
      await stopServiceWorker(session);
      expect(await library.evaluate(found)).toEqual(hits);
    }
    await library.close();
  });
});
