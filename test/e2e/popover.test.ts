/**
 * In real browsers: hovering a highlight opens a card with what each
 * source said; the card stays while the pointer is on it, closes when it
 * leaves, answers the keyboard, mutes a term, and survives hostile page CSS.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  BROWSERS,
  readCard,
  waitForCard,
  clickInCard,
  NEWS_ARTICLE,
  openHighlightedPage,
  openSession,
  pointAtText,
  rangeTextsExpr,
  screenshot,
  useSession,
  waitFor,
} from './support';

const cardOpen = `Boolean(document.querySelector('sourcelight-card')?.isConnected)`;
const cardClosed = `!document.querySelector('sourcelight-card')`;
const cardTitle = `root.querySelector('h2')?.textContent`;
const cardOutlets = `[...root.querySelectorAll('.rows .source strong')].map((e) => e.textContent)`;

async function hover(page: Page, text: string, nth = 0): Promise<{ x: number; y: number; top: number; bottom: number; left: number; right: number }> {
  const p = await pointAtText(page, text, nth);
  await page.mouse.move(p.x - 3, p.y);
  await page.mouse.move(p.x, p.y, { steps: 2 });
  return p;
}

describe.each(BROWSERS)('%s', (name) => {
  const session = useSession(name);

  it('opens a card after a short dwell, with what each source said, beside the word', async () => {
    const page = await openHighlightedPage(session);
    const word = await hover(page, 'Susan E. Rice');
    await waitForCard(page, `${cardTitle} === 'Susan E. Rice'`, 5000);
    const outlets = (await waitForCard(page, `(${cardOutlets})?.length >= 2 && ${cardOutlets}`)) as string[];
    expect(outlets).toEqual(expect.arrayContaining(['The New York Times']));
    expect(new Set(outlets).size).toBe(outlets.length);
    const text = (await readCard(page, `root.textContent`)) as string;
    expect(text).toMatch(/Named in \d of 5 sources/);
    expect(text).toContain('national security adviser');
    // The card sits beside the word, never on it.
    const box = (await page.evaluate(
      `(() => { const r = document.querySelector('sourcelight-card').getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; })()`,
    )) as typeof word;
    const overlaps = box.left < word.right && box.right > word.left && box.top < word.bottom && box.bottom > word.top;
    expect(overlaps).toBe(false);
    await screenshot(page, `${name}-card-person-light`);
    await page.close();
  });

  it('shows where the sources disagree: the change in plain words, each wording with the change marked, the origin named', async () => {
    const page = await openHighlightedPage(session);
    await hover(page, 'Xi Jinping');
    await waitForCard(page, `root.querySelectorAll('.disagree .wordings li').length >= 2`, 5000);
    const labels = (await readCard(page, `[...root.querySelectorAll('.disagree .tag')].map((e) => e.textContent)`)) as string[];
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels)
      expect(label).toMatch(
        /^(negation (dropped|added|changed)|day changed|timing changed|certainty changed|attribution changed|role changed|quote paraphrased|quotation marks dropped|words put in quotation marks|number changed|word changed|clause (left out|added))$/,
      );
    const wordings = (await readCard(page, `[...root.querySelectorAll('.disagree .wordings li')].map((e) => e.textContent)`)) as string[];
    expect(wordings.some((w) => /^NYT \(origin\):/.test(w))).toBe(true);
    expect(
      await readCard(page, `root.querySelectorAll('.disagree .wordings .changed, .disagree .wordings [data-changed], .disagree .wordings ins').length`),
    ).toBeGreaterThan(0);
    await screenshot(page, `${name}-card-disagreements`);
    await page.close();
  });

  it('stays open while the pointer is on the card, and closes once it leaves both', async () => {
    const page = await openHighlightedPage(session);
    await hover(page, 'Beijing');
    await waitForCard(page, `${cardTitle} === 'Beijing'`, 5000);
    const box = (await page.evaluate(
      `(() => { const r = document.querySelector('sourcelight-card').getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + 40 }; })()`,
    )) as { x: number; y: number };
    await page.mouse.move(box.x, box.y, { steps: 8 });
    await new Promise((r) => setTimeout(r, 700));
    expect(await page.evaluate(cardOpen)).toBe(true);
    await page.mouse.move(5, 5, { steps: 4 });
    await waitFor(page, cardClosed, 3000);
    await page.close();
  });

  it('never flashes a card when the pointer sweeps quickly across highlighted words', async () => {
    const page = await openHighlightedPage(session);
    const from = await pointAtText(page, 'F.B.I.');
    const to = await pointAtText(page, 'code of conduct');
    await page.mouse.move(from.x, from.y);
    let opened = false;
    for (let i = 1; i <= 12; i++) {
      const t = i / 12;
      await page.mouse.move(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t);
      await new Promise((r) => setTimeout(r, 15));
      opened ||= (await page.evaluate(cardOpen)) as boolean;
    }
    await page.mouse.move(5, 5);
    await new Promise((r) => setTimeout(r, 400));
    opened ||= (await page.evaluate(cardOpen)) as boolean;
    expect(opened).toBe(false);
    await page.close();
  });

  it('closes with Esc', async () => {
    const page = await openHighlightedPage(session);
    await hover(page, 'Washington', 1);
    await waitFor(page, cardOpen, 5000);
    await page.keyboard.press('Escape');
    await waitFor(page, cardClosed, 2000);
    await page.close();
  });

  it('"Don\'t highlight this term" removes that term\'s highlights and nothing else', async () => {
    const page = await openHighlightedPage(session);
    await hover(page, 'code of conduct');
    await waitForCard(page, `${cardTitle} === 'code of conduct'`, 5000);
    await clickInCard(page, `[...root.querySelectorAll('button')].find((b) => b.textContent.includes("Don't highlight"))`);
    await waitFor(page, `!${rangeTextsExpr('topic')}.includes('code of conduct')`);
    expect(await page.evaluate(rangeTextsExpr('topic'))).toContain('critical infrastructure');
    await page.close();
  });

  it('shows a correct card on a page whose CSS is hostile', async () => {
    const page = await openHighlightedPage(session, '/fixtures/hostile-css.html');
    const word = await hover(page, 'Xi Jinping');
    await waitForCard(page, `(${cardTitle} ?? '').includes('Xi Jinping')`, 5000);
    const style = (await readCard(
      page,
      `(() => { const h = root.querySelector('h2'); const c = root.querySelector('.card'); const cs = getComputedStyle(h); return { size: cs.fontSize, color: cs.color, width: c.getBoundingClientRect().width, cardBg: getComputedStyle(c).backgroundColor }; })()`,
    )) as { size: string; color: string; width: number; cardBg: string };
    expect(style.size).toBe('17px');
    expect(style.color).not.toBe('rgb(255, 0, 0)');
    expect(style.width).toBe(380);
    // On top of the page's own max z-index overlay and sticky header.
    const top = (await page.evaluate(
      `(() => { const r = document.querySelector('sourcelight-card').getBoundingClientRect(); return document.elementFromPoint(r.left + r.width / 2, r.top + 20)?.localName; })()`,
    )) as string;
    expect(top).toBe('sourcelight-card');
    const box = (await page.evaluate(
      `(() => { const r = document.querySelector('sourcelight-card').getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; })()`,
    )) as typeof word;
    expect(box.left < word.right && box.right > word.left && box.top < word.bottom && box.bottom > word.top).toBe(false);
    await screenshot(page, `${name}-card-hostile`);
    await page.close();
  });

  it('renders text that looks like markup as plain text in the card', async () => {
    const page = await openHighlightedPage(session, '/fixtures/page-like-html.html');
    await waitFor(page, `${rangeTextsExpr('person')}.includes('Xi Jinping')`);
    await hover(page, 'Xi Jinping');
    await waitFor(page, cardOpen, 5000);
    expect(await page.evaluate(`window.__pwned`)).toBeUndefined();
    expect(await readCard(page, `root.querySelectorAll('img, script').length`)).toBe(0);
    await page.close();
  });
});

describe.each(BROWSERS)('%s, dark scheme', (name) => {
  it('follows the page’s dark colour scheme', async () => {
    const session = await openSession(name, { colorScheme: 'dark' });
    try {
      const page = await openHighlightedPage(session, NEWS_ARTICLE, 'dark');
      await hover(page, 'Susan E. Rice');
      await waitForCard(page, `${cardTitle} === 'Susan E. Rice'`, 5000);
      const bg = await readCard(page, `getComputedStyle(root.querySelector('.card')).backgroundColor`);
      expect(bg).toBe('rgb(31, 31, 37)');
      await screenshot(page, `${name}-card-person-dark`);
      await page.close();
    } finally {
      await session.close();
    }
  });
});

describe.each(BROWSERS)('%s, keyboard', (name) => {
  const session = useSession(name);

  async function pressShortcut(page: Page, key: 'Period' | 'Comma'): Promise<void> {
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press(key);
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
  }

  it('moves to the next and previous mention with the shortcut, opens its card with focus inside, and Esc closes it', async () => {
    const page = await openHighlightedPage(session);
    await page.mouse.click(5, 5);
    await pressShortcut(page, 'Period');
    // The first mention on the page is the headline's "Xi".
    await waitForCard(page, `(${cardTitle} ?? '').includes('Xi Jinping')`, 5000);
    const focused = await readCard(page, `root.activeElement?.textContent`);
    expect(focused).toBe('Compare in side panel');
    // Tab reaches the card's other buttons.
    await page.keyboard.press('Tab');
    expect(await readCard(page, `root.activeElement?.textContent`)).toBe("Don't highlight this term");
    await pressShortcut(page, 'Period');
    await waitForCard(page, `${cardTitle} === 'Washington'`, 5000);
    await pressShortcut(page, 'Comma');
    await waitForCard(page, `(${cardTitle} ?? '').includes('Xi Jinping')`, 5000);
    await page.keyboard.press('Escape');
    await waitFor(page, cardClosed, 2000);
    // Focus was on the page itself before: the reading place goes back to the mention, not into a card that is gone.
    const place = await page.evaluate(
      `(() => { const s = getSelection(); return { active: document.activeElement?.tagName, at: s.anchorNode?.textContent?.slice(s.anchorOffset, s.anchorOffset + 2) }; })()`,
    );
    expect(place).toEqual({ active: 'BODY', at: 'Xi' });
    await screenshot(page, `${name}-after-keyboard`);
    await page.close();
  });
});
