/**
 * The hover card always fits the window: at several window sizes, with the
 * mention at the top, the middle, the bottom and the right edge, the card's
 * box is inside the viewport and its close button can be clicked.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, readCard, waitForCard, rangeTextsExpr, screenshot, useSession, waitFor } from './support';

interface FitCase {
  name: string;
  width: number;
  height: number;
  left: number;
  top: number;
}

const CASES: FitCase[] = [
  { name: 'middle of a 1200×900 window', width: 1200, height: 900, left: 40, top: 470 },
  { name: 'top of a 1200×900 window', width: 1200, height: 900, left: 40, top: 8 },
  { name: 'bottom of a 1200×900 window', width: 1200, height: 900, left: 40, top: 866 },
  { name: 'right edge of a 1200×900 window', width: 1200, height: 900, left: 1090, top: 300 },
  { name: 'middle of an 800×500 window', width: 800, height: 500, left: 300, top: 240 },
  { name: 'middle of a 480×360 window', width: 480, height: 360, left: 20, top: 170 },
];

/** A page with one line about Meng Jianzhu at a fixed place and nothing scrolling. */
const pageAt = ({ left, top }: FitCase) => `<!doctype html><html><head><meta charset="utf-8"><title>Card fit</title>
<style>html, body { margin: 0; height: 100%; overflow: hidden; font: 16px/1.4 serif; } p { position: absolute; margin: 0; white-space: nowrap; }</style>
</head><body><p style="left: ${left}px; top: ${top}px">Meng Jianzhu</p></body></html>`;

const CARD_AND_CLOSE = `(() => {
  const r = root.host.getBoundingClientRect();
  const close = root.querySelector('button.close');
  const c = close.getBoundingClientRect();
  const hit = root.elementFromPoint(c.left + c.width / 2, c.top + c.height / 2);
  return { top: r.top, left: r.left, bottom: r.bottom, right: r.right, closeHit: hit === close || close.contains(hit) };
})()`;

describe.each(BROWSERS)('%s', (name) => {
  const session = useSession(name);

  it.each(CASES)('the card fits at the $name', async (fit) => {
    const path = `/card-fit/${fit.width}x${fit.height}-${fit.left}-${fit.top}.html`;
    session.server.route(path, pageAt(fit));
    const page = await session.browser.newPage();
    await page.setViewport({ width: fit.width, height: fit.height });
    await page.goto(session.server.origin + path);
    await waitFor(page, `${rangeTextsExpr('person')}.includes('Meng Jianzhu')`);
    const word = (await page.evaluate(
      `(() => { const r = document.querySelector('p').getBoundingClientRect(); return { x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2 }; })()`,
    )) as { x: number; y: number };
    await page.mouse.move(word.x - 3, word.y);
    await page.mouse.move(word.x, word.y, { steps: 2 });
    await waitForCard(page, `root.querySelector('h2')?.textContent === 'Meng Jianzhu'`, 5000);
    // Placement runs on the next frames: wait until the box stops moving.
    let box = (await readCard(page, CARD_AND_CLOSE)) as { top: number; left: number; bottom: number; right: number; closeHit: boolean };
    for (let i = 0; i < 10; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const next = (await readCard(page, CARD_AND_CLOSE)) as typeof box;
      if (JSON.stringify(next) === JSON.stringify(box)) break;
      box = next;
    }
    await screenshot(page, `${name}-card-fit-${fit.width}x${fit.height}-${fit.left}-${fit.top}`);
    expect(box.top, 'top').toBeGreaterThanOrEqual(0);
    expect(box.left, 'left').toBeGreaterThanOrEqual(0);
    expect(box.bottom, 'bottom').toBeLessThanOrEqual(fit.height);
    expect(box.right, 'right').toBeLessThanOrEqual(fit.width);
    expect(box.closeHit, 'the close button is the element at its own centre').toBe(true);
    await page.close();
  });
});
