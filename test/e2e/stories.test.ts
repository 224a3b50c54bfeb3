/**
 * Stories in real browsers: the library page lists articles story by story;
 * the reader renames a story and moves an article into it, and the side
 * panel's Story view shows the new title at once; a card on the page of that
 * story lists that story first; the side panel's Compare shows an entity's
 * timeline across sources and stories. The Story view marks what joined a
 * story since the reader last looked at it, once.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import {
  BROWSERS,
  readCard,
  waitForCard,
  openExtensionPage,
  pointAtText,
  rangeTextsExpr,
  screenshot,
  stopServiceWorker,
  useSession,
  waitFor,
  waitForPrivateMark,
  type Session,
} from './support';
import { SEED, SEEDS_DIR } from '../seeds';

const FILE = resolve(import.meta.dirname, 'fixtures', 'library', 'follow-up-2016.txt');
const FOLLOW_UP = 'One year on, US-China cyber accord shows mixed results';
const RENAMED = 'The accord, a year on';
const SEED_STORY = 'U.S. and China Seek Arms Deal for Cyberspace';
const MOVED = "People's Daily";

/** The follow-up as a web page at an address of its own (not saved with it: its passages say its story). */
function followUpPage(): string {
  const [title, byline, date, ...rest] = readFileSync(FILE, 'utf8').split(/\n\s*\n/);
  const paragraphs = rest.map((p) => `<p>${p.trim()}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1><p>${byline}</p><p>${date}</p>${paragraphs}</article></body></html>`;
}

const groups = `[...document.querySelectorAll('[data-testid=story-group]')].map((g) => ({ title: g.querySelector('[data-testid=story-title]')?.textContent, rows: [...g.querySelectorAll('td.title')].map((td) => td.textContent), outlets: [...g.querySelectorAll('tr[data-id] td:nth-child(3)')].map((td) => td.textContent) }))`;
const groupHolding = (title: string) =>
  `[...document.querySelectorAll('[data-testid=story-group]')].find((g) => [...g.querySelectorAll('td.title')].some((td) => td.textContent === ${JSON.stringify(title)}))`;

async function renameStoryOf(library: Page, rowTitle: string, title: string): Promise<void> {
  await library.evaluate(`${groupHolding(rowTitle)}.querySelector('[data-testid=story-rename]').click()`);
  await waitFor(library, `document.querySelector('[data-testid=story-title-input]') !== null`);
  await library.evaluate(`(() => {
    const input = document.querySelector('[data-testid=story-title-input]');
    input.value = ${JSON.stringify(title)};
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.form.requestSubmit();
  })()`);
}

/** Moves the row whose outlet cell starts with `outlet` into the story titled `to`. */
async function moveRow(library: Page, outlet: string, to: string): Promise<void> {
  await library.evaluate(`(() => {
    const row = [...document.querySelectorAll('tr[data-id]')].find((tr) => tr.children[2].textContent.startsWith(${JSON.stringify(outlet)}));
    const select = row.querySelector('[data-testid=article-move]');
    select.value = [...select.options].find((o) => o.textContent === ${JSON.stringify(to)}).value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  })()`);
  // Choosing does nothing by itself (a keyboard arrowing through the options would move the article at every step): the button acts.
  await waitFor(
    library,
    `(() => { const row = [...document.querySelectorAll('tr[data-id]')].find((tr) => tr.children[2].textContent.startsWith(${JSON.stringify(outlet)})); return !row.querySelector('[data-testid=article-move-apply]').disabled; })()`,
  );
  await library.evaluate(
    `[...document.querySelectorAll('tr[data-id]')].find((tr) => tr.children[2].textContent.startsWith(${JSON.stringify(outlet)})).querySelector('[data-testid=article-move-apply]').click()`,
  );
}

/** A wire rewrite of the seed story that quotes a Swiss envoy no other source names: it joins that story, with a new name. */
const SWISS_ENVOY = 'Margarethe Vollenweider';
const REWRITE_TITLE = 'Swiss envoy welcomes US-China cyber talks';
function seedRewrite(): string {
  const [, ...paragraphs] = readFileSync(join(SEEDS_DIR, SEED.wire), 'utf8').split(/\n\s*\n/);
  return [
    REWRITE_TITLE,
    ...paragraphs,
    `${SWISS_ENVOY}, the Swiss envoy who chaired earlier talks in Geneva, said the accord would be watched closely.`,
    `${SWISS_ENVOY} told reporters that other governments hoped to join such a commitment later.`,
  ].join('\n\n');
}

/** The Story tab of a fresh side panel, once the view has come and the reader's visit of the story shown in full is recorded. */
async function openStoryView(session: Session): Promise<{ panel: Page; story: string; news: string | null; newEntries: string[]; newNames: string[] }> {
  const panel = await openExtensionPage(session, 'sidepanel.html');
  await panel.setViewport({ width: 340, height: 1600 });
  await panel.click('#tab-story');
  await waitFor(panel, `document.querySelector('.stories details.story-block[data-seen=true]') !== null`, 20_000);
  const seen = (await panel.evaluate(`(() => {
    const main = document.querySelector('.stories details.story-block');
    return {
      story: main.querySelector('.story-title').textContent,
      news: main.querySelector('[data-testid=story-news]')?.textContent ?? null,
      newEntries: [...main.querySelectorAll('ol.timeline > li[data-new=true]')].map((li) => li.textContent),
      newNames: [...main.querySelectorAll('[data-new-name], .story-names [data-new=true], tr[data-new=true] th')].map((e) => e.textContent),
    };
  })()`)) as { story: string; news: string | null; newEntries: string[]; newNames: string[] };
  return { panel, ...seen };
}

describe.each(BROWSERS)('%s', (name) => {
  const session = useSession(name);

  it('renames a story and moves an article in the library; the side panel, cards and timeline follow', async () => {
    session.server.route('/follow-up.html', followUpPage());
    const library = await openExtensionPage(session, 'library.html');
    await library.setViewport({ width: 1100, height: 900 });
    await waitFor(library, `document.querySelector('[data-testid=library-articles]') !== null`);
    const input = (await library.$('input[type=file][data-testid=import-files]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(FILE);
    // The stories as groups, with their tools: the reader asks for them, once the whole list is in (until then the
    // button is disabled, and a click on it does nothing).
    await waitFor(library, `document.querySelector('[data-testid=view-stories]')?.disabled === false`, 20_000);
    await library.click('[data-testid=view-stories]');
    await waitFor(library, `${groups}.length === 2`, 20_000);
    const before = (await library.evaluate(groups)) as { title: string; rows: string[] }[];
    expect(before.map((g) => g.title)).toEqual([SEED_STORY, FOLLOW_UP]);
    expect(before[1].rows).toEqual([FOLLOW_UP]);

    await renameStoryOf(library, FOLLOW_UP, RENAMED);
    await waitFor(library, `${groups}.some((g) => g.title === ${JSON.stringify(RENAMED)})`, 10_000);
    await moveRow(library, MOVED, RENAMED);
    await waitFor(library, `${groups}.find((g) => g.title === ${JSON.stringify(RENAMED)})?.rows.length === 2`, 10_000);
    const after = (await library.evaluate(groups)) as { title: string; rows: string[]; outlets: string[] }[];
    expect(after.find((g) => g.title === RENAMED)!.outlets.some((o) => o.startsWith(MOVED))).toBe(true);
    expect(after.find((g) => g.title === SEED_STORY)!.rows).toHaveLength(4);
    await screenshot(library, `${name}-library-stories`);

    // The side panel's Story view names the story as the reader did, with the article moved into it.
    const panel = await openExtensionPage(session, 'sidepanel.html');
    await panel.setViewport({ width: 340, height: 1600 });
    await panel.click('#tab-story');
    const titles = (await waitFor(
      panel,
      `(() => { const t = [...document.querySelectorAll('.stories .story-title')].map((e) => e.textContent); return t.length === 2 && t; })()`,
    )) as string[];
    expect(titles).toContain(RENAMED);
    // The other story is one line until the reader opens it: then it comes in full, its articles on its timeline.
    const line = `[...document.querySelectorAll('.story-list > li')].find((li) => li.querySelector('.story-title')?.textContent === ${JSON.stringify(RENAMED)})`;
    expect(await panel.evaluate(`${line}.querySelector('.story')`)).toBeNull();
    const toggle = (await panel.evaluateHandle(`${line}.querySelector('button.story-toggle')`)) as ElementHandle<HTMLButtonElement>;
    await toggle.click();
    const opened = (await waitFor(panel, `(() => { const t = ${line}.querySelector('.story ol.timeline'); return t && t.textContent; })()`, 10_000)) as string;
    expect(opened).toContain(FOLLOW_UP);
    expect(opened).toContain(MOVED);
    await toggle.click();

    // A card on the follow-up's page lists its story first, though the other story has more sources naming him.
    const page = await session.browser.newPage();
    await page.goto(session.server.origin + '/follow-up.html');
    await waitFor(page, `${rangeTextsExpr('person')}.some((t) => t.includes('Xi Jinping'))`, 10_000);
    const p = await pointAtText(page, 'Xi Jinping');
    await page.mouse.move(p.x - 3, p.y);
    await page.mouse.move(p.x, p.y, { steps: 2 });
    await waitForCard(page, `root.querySelector('h2')?.textContent === 'Xi Jinping'`, 8000);
    const storyHeadings = `[...root.querySelectorAll('.story-heading')].map((e) => e.textContent)`;
    const headings = await waitForCard<string[]>(page, `(${storyHeadings})?.length >= 2 && ${storyHeadings}`, 8000);
    expect(headings[0]).toBe(RENAMED);
    expect(headings).toContain(SEED_STORY);
    await readCard(page, `root.querySelector('.story-heading').scrollIntoView({ block: 'start' })`);
    await screenshot(page, `${name}-stories-card`);

    // Compare: Xi Jinping's timeline runs across both stories, by date.
    await panel.bringToFront();
    await panel.evaluate(`[...document.querySelectorAll('.story table button')].find((b) => b.textContent === 'Xi Jinping').click()`);
    await waitFor(panel, `document.querySelector('[data-testid=entity-timeline]') !== null`);
    const timeline = (await panel.evaluate(
      `[...document.querySelectorAll('[data-testid=entity-timeline] ol.timeline > li')].map((li) => li.textContent)`,
    )) as string[];
    expect(timeline.length).toBeGreaterThanOrEqual(3);
    expect(timeline[0]).toMatch(/first/);
    expect(timeline.some((t) => t.includes(RENAMED))).toBe(true);
    expect(timeline.some((t) => /2016/.test(t))).toBe(true);
    await screenshot(panel, `${name}-sidepanel-entity-timeline`);
    await page.close();
    await panel.close();
    await library.close();
  });

  it('marks what joined a story since the reader last looked at it, once', async () => {
    // First visit: nothing is marked, and the visit is recorded.
    const first = await openStoryView(session);
    expect(first.story).toBe(SEED_STORY);
    expect(first.news).toBeNull();
    expect(first.newEntries).toEqual([]);
    await first.panel.close();

    // An article joins the story.
    const dir = mkdtempSync(join(tmpdir(), 'sourcelight-story-new-'));
    const file = join(dir, 'swiss-envoy.txt');
    writeFileSync(file, seedRewrite());
    const library = await openExtensionPage(session, 'library.html');
    await waitFor(library, `document.querySelector('[data-testid=library-articles]') !== null`);
    const input = (await library.$('input[type=file][data-testid=import-files]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await waitFor(library, `[...document.querySelectorAll('td.title')].some((td) => td.textContent === ${JSON.stringify(REWRITE_TITLE)})`, 20_000);
    await library.close();

    // Second visit: the article and its new name are marked new.
    const second = await openStoryView(session);
    expect(second.story).toBe(SEED_STORY);
    expect(second.news).toMatch(/^New since your last visit \(.+\): 1 article/);
    expect(second.newEntries).toHaveLength(1);
    expect(second.newEntries[0]).toContain(REWRITE_TITLE);
    expect(second.newNames.some((n) => n.includes(SWISS_ENVOY))).toBe(true);
    await screenshot(second.panel, `${name}-story-new-since-last-visit`);
    await second.panel.close();

    // Third visit: nothing new since the second.
    const third = await openStoryView(session);
    expect(third.news).toBeNull();
    expect(third.newEntries).toEqual([]);
    expect(third.newNames).toEqual([]);
    await third.panel.close();
  });

  it('a quotation’s card counts the reader’s article that quotes it too, out of its own story’s articles alone', async () => {
    // The sample's quote, on a page of the wire report at an address of its own. Its story now holds the rewrite
    // (which quotes it word for word) and not People's Daily (moved to the follow-up's story, which never quotes it).
    const [, ...paragraphs] = seedRewrite().split(/\n\n/);
    session.server.route(
      '/wire-copy.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Talks</title></head><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
    );
    const page = await session.browser.newPage();
    await page.goto(session.server.origin + '/wire-copy.html');
    const QUOTE = 'probably be one of the biggest topics';
    await waitFor(page, `${rangeTextsExpr('quote')}.some((t) => t.includes(${JSON.stringify(QUOTE)}))`, 10_000);
    const p = await pointAtText(page, QUOTE);
    await page.mouse.move(p.x - 3, p.y);
    await page.mouse.move(p.x, p.y, { steps: 2 });
    const card = await waitForCard<{ coverage: string; titles: string[]; missing: string }>(
      page,
      `root.querySelector('.coverage')?.textContent.startsWith('Carried by') && { coverage: root.querySelector('.coverage').textContent, titles: [...root.querySelectorAll('.rows .source .title')].map((e) => e.textContent), missing: root.querySelector('p.muted')?.textContent ?? '' }`,
      8000,
    );
    expect(card.titles).toContain(REWRITE_TITLE);
    // The wire report, its repost, the NYT and the rewrite carry it; of the story's five, the blog does not.
    expect(card.coverage).toBe('Carried by 4 of 5 sources');
    expect(card.missing).not.toMatch(/People's Daily|2016/);
    await screenshot(page, `${name}-story-quote-card`);
    await page.close();

    // In Chromium, after the service worker stopped (Firefox's background page is not stopped so): the first card is made
    // from the articles of the quote's story, read afresh, and says the same.
    if (name !== 'chromium') return;
    await stopServiceWorker(session);
    const again = await session.browser.newPage();
    await again.goto(session.server.origin + '/wire-copy.html');
    await waitFor(again, `${rangeTextsExpr('quote')}.some((t) => t.includes(${JSON.stringify(QUOTE)}))`, 10_000);
    const q = await pointAtText(again, QUOTE);
    await again.mouse.move(q.x - 3, q.y);
    await again.mouse.move(q.x, q.y, { steps: 2 });
    const after = await waitForCard<{ coverage: string; titles: string[] }>(
      again,
      `root.querySelector('.coverage')?.textContent.startsWith('Carried by') && { coverage: root.querySelector('.coverage').textContent, titles: [...root.querySelectorAll('.rows .source .title')].map((e) => e.textContent) }`,
      8000,
    );
    expect(after).toEqual({ coverage: card.coverage, titles: card.titles });
    await again.close();
  });

  it('once changes settle, the stories are made and kept with no page asking: a start after a save reads a card’s stories alone, and a card just after another lists it', async () => {
    // Saved from a page that lists nothing (the library page would form the stories for its list).
    const popup = await openExtensionPage(session, 'popup.html');
    const api = '(globalThis.browser ?? globalThis.chrome)';
    const paragraphs = [
      'Harbour regulators in Tromsø fined the shipping firm Nordlys Frakt on Monday over a ransomware attack that halted its ferries for three days.',
      'The regulator, led by Solveig Aakre-Lindqvist, said the firm had ignored two warnings about unpatched servers before the attack.',
      'Nordlys Frakt said it would appeal the fine and that no passenger data had been taken in the attack.',
    ];
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry firm fined over ransomware attack</title></head><body><article><h1>Ferry firm fined over ransomware attack</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const reply = (await popup.evaluate(
      `${api}.runtime.sendMessage({ type: 'library-add', files: [{ name: 'ferry-fine.html', text: ${JSON.stringify(html)}, format: 'html', url: 'https://harbour.example/ferry-fine' }] })`,
    )) as { added: { id: string }[] };
    const saved = reply.added[0].id;
    // The stories as kept (the library page's list of them), read from the store: the save let them go; made again, they hold it.
    const keptStories = `(async () => {
      const db = await new Promise((resolve, reject) => { const r = indexedDB.open('sourcelight-library'); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
      const listing = await new Promise((resolve) => { const r = db.transaction('state').objectStore('state').get('stories'); r.onsuccess = () => resolve(r.result); r.onerror = () => resolve(undefined); });
      db.close();
      return listing?.stories.some((s) => s.sources.includes(${JSON.stringify(saved)})) ?? false;
    })()`;
    expect(await popup.evaluate(keptStories)).toBe(false);
    await waitFor(popup, keptStories, 30_000);
    await popup.close();

    if (name !== 'chromium') return;
    await stopServiceWorker(session);
    const NAME = 'Solveig Aakre-Lindqvist';
    /** The titles of the card's rows on a page of `text`, the reader's mouse on the name. */
    const cardTitlesOn = async (path: string, text: string) => {
      session.server.route(path, text);
      const page = await session.browser.newPage();
      await page.goto(session.server.origin + path);
      const at = await pointAtText(page, NAME);
      await waitForPrivateMark(page, NAME);
      await page.mouse.move(at.x - 3, at.y);
      await page.mouse.move(at.x, at.y, { steps: 2 });
      const titles = await waitForCard<string[]>(
        page,
        `(() => { const titles = [...root.querySelectorAll('.rows .source .title')].map((e) => e.textContent); return titles.length ? titles : null; })()`,
        8000,
      );
      await page.close();
      return titles;
    };
    expect(await cardTitlesOn('/ferry-fine.html', html)).toContain('Ferry firm fined over ransomware attack');

    // Another save after a stop, and a hover on it before the stories are formed again: the card reads the stories
    // as kept and the article saved since, which it lists.
    await stopServiceWorker(session);
    const follow = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry firm to appeal ransomware fine</title></head><body><article><h1>Ferry firm to appeal ransomware fine</h1><p>Nordlys Frakt lodged its appeal on Wednesday against the fine over the ransomware attack that halted its ferries.</p><p>${NAME}, who leads the harbour regulator, said the firm had been warned twice about its unpatched servers.</p><p>The appeal argues that the warnings were sent to an address the firm no longer used.</p></article></body></html>`;
    const again = await openExtensionPage(session, 'popup.html');
    const second = (await again.evaluate(
      `${api}.runtime.sendMessage({ type: 'library-add', files: [{ name: 'ferry-appeal.html', text: ${JSON.stringify(follow)}, format: 'html', url: 'https://harbour.example/ferry-appeal' }] })`,
    )) as { added: { id: string }[] };
    expect(second.added).toHaveLength(1);
    expect(await cardTitlesOn('/ferry-appeal.html', follow)).toContain('Ferry firm to appeal ransomware fine');
    await again.close();
  });

  it('a story of more articles than the side panel lays out shows its earliest and latest, the rest counted between them', async () => {
    // Forty-four reports more of the ferry fine (each a copy with a line of its own), over six weeks: one story of 44 or more.
    const popup = await openExtensionPage(session, 'popup.html');
    const api = '(globalThis.browser ?? globalThis.chrome)';
    const files = Array.from({ length: 44 }, (_, k) => {
      const day = `2025-${k < 22 ? '03' : '04'}-${String(1 + (k % 22)).padStart(2, '0')}`;
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry firm fined, report ${k + 1}</title><meta property="article:published_time" content="${day}"><meta property="og:site_name" content="Harbour Desk ${k + 1}"></head><body><article><h1>Ferry firm fined, report ${k + 1}</h1><p>Harbour regulators in Tromsø fined the shipping firm Nordlys Frakt on Monday over a ransomware attack that halted its ferries for three days.</p><p>The regulator, led by Solveig Aakre-Lindqvist, said the firm had ignored two warnings about unpatched servers before the attack.</p><p>Nordlys Frakt said it would appeal the fine and that no passenger data had been taken in the attack.</p><p>Correspondent number ${k + 1} filed this report from the harbour office.</p></article></body></html>`;
      // Files of an import name no address: each its own outlet (one site's sentences in every article would be its standing text).
      return { name: `ferry-${k + 1}.html`, text: html, format: 'html' };
    });
    const reply = (await popup.evaluate(`${api}.runtime.sendMessage({ type: 'library-add', files: ${JSON.stringify(files)} })`)) as { added: unknown[] };
    expect(reply.added).toHaveLength(44);
    await popup.close();

    const panel = await openExtensionPage(session, 'sidepanel.html');
    await panel.setViewport({ width: 340, height: 1600 });
    await panel.click('#tab-story');
    const line = `[...document.querySelectorAll('.story-list > li')].find((li) => li.querySelector('.story-title')?.textContent.startsWith('Ferry firm fined'))`;
    const count = Number(/(\d+) sources/.exec((await waitFor(panel, `${line}?.textContent`, 20_000)) as string)?.[1]);
    expect(count).toBeGreaterThanOrEqual(44);
    const toggle = (await panel.evaluateHandle(`${line}.querySelector('button.story-toggle')`)) as ElementHandle<HTMLButtonElement>;
    await toggle.click();
    const shown = (await waitFor(
      panel,
      `(() => { const story = ${line}.querySelector('.story'); return story && { entries: story.querySelectorAll('ol.timeline > li').length, between: [...story.querySelectorAll('[data-testid=sources-between]')].map((e) => e.textContent), columns: story.querySelectorAll('thead th').length }; })()`,
      20_000,
    )) as { entries: number; between: string[]; columns: number };
    // 40 articles and the line between them, in the timeline and in the sources; the coverage's columns too (with the name's).
    expect(shown.entries).toBe(41);
    expect(shown.between).toHaveLength(2);
    expect(shown.between[0]).toMatch(new RegExp(`^… ${count - 40} more articles between .+ not shown$`));
    expect(shown.columns).toBe(42);
    await panel.evaluate(`${line}.querySelector('[data-testid=sources-between]').scrollIntoView({ block: 'center' })`);
    await screenshot(panel, `${name}-sidepanel-large-story`);
    await panel.close();
  });
});
