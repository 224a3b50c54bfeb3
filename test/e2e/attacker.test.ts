/**
 * The page's scripts and frames as adversaries (docs/privacy.md). With an
 * article in the reader's library, an attacker page plants the library's
 * names and sentences beside a name of the public sample, and a cross-origin
 * frame does the same; neither learns anything from the highlight registry,
 * the DOM or a card: what they can read is what it was before the library
 * held the article. Faked pointer, touch and keyboard events open nothing;
 * a real hover opens the card with the saved article's sentence; a forged
 * request from the content script's own context (as a compromised renderer
 * could send) gets no library data; after a cold start of the extension's
 * worker the page sees the same. Those two run in Chromium alone: Firefox's
 * WebDriver BiDi shows no realm of an extension's content scripts
 * (test/platform/messaging.test.ts and test/contracts/protocol.test.ts hold the same rules in Node, for both
 * browsers' senders), and its background page is never stopped.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, ElementHandle, Page } from 'puppeteer-core';
import {
  BROWSERS,
  DOM_AS_BUILT,
  openExtensionPage,
  pointAtText,
  privateMarks,
  rangeTextsExpr,
  readCard,
  screenshot,
  stopServiceWorker,
  useSession,
  waitFor,
  waitForCard,
  waitForPrivateMark,
} from './support';

const ARTICLE = resolve(import.meta.dirname, 'fixtures', 'library', 'geneva-talks.html');
/** A name only the imported article holds, and one of its sentences. */
const SAVED_NAME = 'Margarethe Vollenweider';
const SAVED_SENTENCE = 'The talks were the third round this year, and the first to include private companies from the telecommunications industry.';
/** A name of the public sample, the control: the page may see it highlighted. */
const SAMPLE_NAME = 'Susan E. Rice';

/**
 * The attacker's page: it plants names and a sentence, records every element
 * Sourcelight adds and when, and keeps the shadow roots any `attachShadow` of
 * its own world hands out (a page that patches the prototype gets none of Sourcelight's).
 */
function attackerPage(frameSrc?: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Attacker</title>
<script>
  window.__added = [];
  window.__roots = [];
  window.__posted = [];
  addEventListener('message', (e) => window.__posted.push(JSON.stringify(e.data)));
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { const root = attach.call(this, init); window.__roots.push(root); return root; };
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1 && n.localName.startsWith('sourcelight-')) window.__added.push({ tag: n.localName, at: performance.now() });
  }).observe(document, { childList: true, subtree: true });
</script>
<style>body { font: 18px/1.6 Georgia, serif; max-width: 42em; margin: 2em auto; }</style></head>
<body><article>
<p id="planted">Reports say ${SAVED_NAME} met ${SAMPLE_NAME} in Geneva.</p>
<p id="sentence">${SAVED_SENTENCE}</p>
${frameSrc ? `<iframe id="frame" src="${frameSrc}" style="width: 40em; height: 12em; border: 1px solid #ccc"></iframe>` : ''}
</article>
<script>window.__domBefore = document.documentElement.outerHTML;</script></body></html>`;
}

/** What the page's own scripts can read: the registry's names and texts, and every `sourcelight-` element with anything it holds. */
const PAGE_VIEW = `(() => {
  const registry = {};
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('sourcelight-')) continue;
    registry[name] = [...highlight].map((s) => { const r = document.createRange(); r.setStart(s.startContainer, s.startOffset); r.setEnd(s.endContainer, s.endOffset); return r.toString(); }).sort();
  }
  const elements = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('sourcelight-')).map((e) => ({ tag: e.localName, shadowRoot: e.shadowRoot !== null, text: e.textContent, children: e.childNodes.length })).sort((a, b) => (a.tag < b.tag ? -1 : 1));
  return { registry, elements, roots: window.__roots.length };
})()`;

async function importArticle(library: Page): Promise<void> {
  await waitFor(library, `document.querySelector('[data-testid=library-articles]') !== null`);
  const input = (await library.$('input[type=file][data-testid=import-files]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(ARTICLE);
  await waitFor(
    library,
    `[...document.querySelectorAll('[data-testid=library-articles] td.title')].some((td) => td.textContent === 'Quantum Accord Talks Stall in Geneva')`,
    15_000,
  );
}

async function hover(page: Page, text: string): Promise<void> {
  await page.bringToFront();
  const p = await pointAtText(page, text);
  await page.mouse.move(p.x - 3, p.y);
  await page.mouse.move(p.x, p.y, { steps: 2 });
}

describe.each(BROWSERS)('%s', (name) => {
  const session = useSession(name);
  const frameOrigin = () => session.server.origin.replace('127.0.0.1', 'localhost');

  /** What the attacker's page can read before the library holds the article. */
  let viewBefore: unknown;

  beforeAll(async () => {
    session.server.route('/attacker.html', attackerPage());
    const before = await session.browser.newPage();
    await before.goto(session.server.origin + '/attacker.html');
    await waitFor(before, `${rangeTextsExpr('person')}.includes(${JSON.stringify(SAMPLE_NAME)})`);
    viewBefore = await before.evaluate(PAGE_VIEW);
    await before.close();
    const library = await openExtensionPage(session, 'library.html');
    await importArticle(library);
    await library.close();
  });

  it('a page that plants the library’s names learns nothing from the registry or the DOM, while the reader sees them', async () => {
    const page = await session.browser.newPage();
    await page.goto(session.server.origin + '/attacker.html');
    // The reader's own view: the saved name and sentence are marked, privately.
    expect(await waitForPrivateMark(page, SAVED_NAME)).toBe('person');
    expect(await waitForPrivateMark(page, 'third round this year')).toBe('passage');
    await screenshot(page, `${name}-attacker-private-marks`);
    // The page's view is what it was without the library: the sample's name, nothing of the saved article.
    const viewAfter = await page.evaluate(PAGE_VIEW);
    expect(viewAfter).toEqual(viewBefore);
    expect(JSON.stringify(viewAfter)).not.toContain('Vollenweider');
    expect(JSON.stringify(viewAfter)).not.toContain('third round');
    // One inert overlay, its root closed, nothing else added.
    expect(await page.evaluate(`window.__domBefore === ${DOM_AS_BUILT}`)).toBe(true);
    expect(await page.evaluate(`window.__added.map((a) => a.tag)`)).toEqual(['sourcelight-marks']);
    // No message to the page's window (WXT's start message would carry the extension's id).
    expect(await page.evaluate(`window.__posted`)).toEqual([]);
    await page.close();
  });

  it('faked pointer, touch and keyboard events open nothing; the reader’s real hover opens the card with the saved article’s sentence', async () => {
    session.server.route('/attacker-events.html', attackerPage());
    const page = await session.browser.newPage();
    await page.goto(session.server.origin + '/attacker-events.html');
    await waitForPrivateMark(page, SAVED_NAME);
    const at = await pointAtText(page, SAVED_NAME);
    const sample = await pointAtText(page, SAMPLE_NAME);
    // The page makes every event a reader would, on both names, then waits out a dwell many times over.
    const faked = (await page.evaluate(
      (points: { x: number; y: number }[]) => {
        const target = document.getElementById('planted')!;
        for (const { x, y } of points) {
          const init = { bubbles: true, composed: true, clientX: x, clientY: y };
          target.dispatchEvent(new PointerEvent('pointermove', { ...init, pointerType: 'mouse' }));
          target.dispatchEvent(new PointerEvent('pointerdown', { ...init, pointerType: 'touch' }));
          target.dispatchEvent(new MouseEvent('mousemove', init));
        }
        for (const code of ['Period', 'Comma'])
          document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, altKey: true, shiftKey: true, code, key: code === 'Period' ? '.' : ',' }));
        return performance.now();
      },
      [at, sample],
    )) as number;
    await new Promise((r) => setTimeout(r, 1500));
    const realAt = (await page.evaluate(`performance.now()`)) as number;
    await hover(page, SAVED_NAME);
    await waitForCard(page, `root.querySelector('h2')?.textContent === ${JSON.stringify(SAVED_NAME)}`, 8000);
    // The card came from the real hover, after the faked events had long had their chance.
    const added = (await page.evaluate(`window.__added.filter((a) => a.tag === 'sourcelight-card').map((a) => a.at)`)) as number[];
    expect(added.length).toBe(1);
    expect(added[0]).toBeGreaterThan(realAt);
    expect(realAt - faked).toBeGreaterThan(1000);
    const text = (await readCard<string>(page, `root.textContent`))!;
    expect(text).toContain('Swiss envoy');
    await screenshot(page, `${name}-attacker-real-hover`);
    // The page sees a card's host and nothing in it; its buttons cannot be pressed from the page.
    const view = (await page.evaluate(PAGE_VIEW)) as { elements: { tag: string; shadowRoot: boolean; text: string; children: number }[]; roots: number };
    expect(view.elements).toEqual([
      { tag: 'sourcelight-card', shadowRoot: false, text: '', children: 0 },
      { tag: 'sourcelight-marks', shadowRoot: false, text: '', children: 0 },
    ]);
    expect(view.roots).toBe(0);
    const mutedBefore = (await privateMarks(page)).length;
    await page.evaluate(
      `(() => { const host = document.querySelector('sourcelight-card'); host.click(); host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })); })()`,
    );
    expect(await readCard(page, `root.querySelector('h2')?.textContent`)).toBe(SAVED_NAME);
    expect((await privateMarks(page)).length).toBe(mutedBefore);
    await page.close();
  });

  it('a cross-origin frame that plants the library’s names learns nothing, and shows a card only on the reader’s own hover', async () => {
    session.server.route('/frame.html', attackerPage());
    session.server.route('/attacker-frames.html', attackerPage(`${frameOrigin()}/frame.html`));
    const page = await session.browser.newPage();
    await page.goto(session.server.origin + '/attacker-frames.html');
    await waitForPrivateMark(page, SAVED_NAME);
    const frame = page.frames().find((f) => f.url().startsWith(frameOrigin()))!;
    expect(frame).toBeDefined();
    await waitFor(frame as unknown as Page, `${rangeTextsExpr('person')}.includes(${JSON.stringify(SAMPLE_NAME)})`);
    // The reader hovers the saved name inside the frame: its card opens there (so the frame was read, with the library).
    const box = (await page.evaluate(`(() => { const r = document.getElementById('frame').getBoundingClientRect(); return { x: r.left, y: r.top }; })()`)) as {
      x: number;
      y: number;
    };
    const inner = (await frame.evaluate(
      `(() => { const t = document.getElementById('planted').firstChild; const i = t.data.indexOf(${JSON.stringify(SAVED_NAME)}); const r = document.createRange(); r.setStart(t, i); r.setEnd(t, i + 5); const b = r.getBoundingClientRect(); return { x: b.left + b.width / 2, y: b.top + b.height / 2 }; })()`,
    )) as { x: number; y: number };
    const beforeHover = await frame.evaluate(PAGE_VIEW);
    await page.bringToFront();
    await page.mouse.move(box.x + inner.x - 3, box.y + inner.y);
    await page.mouse.move(box.x + inner.x, box.y + inner.y, { steps: 2 });
    await waitFor(frame as unknown as Page, `document.querySelector('sourcelight-card') !== null`, 8000);
    // Neither before nor after the hover does the frame's view hold anything of the library.
    for (const view of [beforeHover, await frame.evaluate(PAGE_VIEW)]) {
      expect(JSON.stringify(view)).not.toContain('Vollenweider');
      expect(JSON.stringify(view)).not.toContain('third round');
      expect((view as { registry: Record<string, string[]> }).registry['sourcelight-person']).toContain(SAMPLE_NAME);
      expect((view as { roots: number }).roots).toBe(0);
    }
    await screenshot(page, `${name}-attacker-frame-hover`);
    await page.close();
  });

  it.skipIf(name !== 'chromium')('a forged request from the content script’s own context gets no library data', async () => {
    session.server.route('/attacker-forge.html', attackerPage());
    const page = await session.browser.newPage();
    const cdp = await page.createCDPSession();
    const contexts: { id: number; name: string; auxData?: { type?: string; frameId?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
    await cdp.send('Runtime.enable');
    await page.goto(session.server.origin + '/attacker-forge.html');
    await waitForPrivateMark(page, SAVED_NAME);
    const contentScript = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Sourcelight');
    expect(contentScript).toBeDefined();
    const ask = async (message: object): Promise<string> => {
      const { result } = await (cdp as CDPSession).send('Runtime.evaluate', {
        contextId: contentScript!.id,
        expression: `chrome.runtime.sendMessage(${JSON.stringify(message)}).then((r) => (r === undefined ? 'no answer' : JSON.stringify(r)), (e) => 'no answer: ' + e.message)`,
        awaitPromise: true,
        returnByValue: true,
      });
      return result.value as string;
    };
    const saved = 'person:margarethe-vollenweider';
    // The library's views, whole or in part, are the extension's own pages' alone.
    for (const message of [
      { type: 'compare', id: saved },
      { type: 'story' },
      { type: 'story', tab: 1 },
      { type: 'labels', ids: [saved] },
      { type: 'index-summary' },
      { type: 'library-list' },
      { type: 'library-search', query: 'Vollenweider' },
      { type: 'library-export' },
      { type: 'library-markdown' },
    ]) {
      const reply = await ask(message);
      expect(reply, message.type).toMatch(/^no answer/);
      expect(reply).not.toContain('Vollenweider');
    }
    // A card only for what the asker's own text holds: none for words the page does not show it.
    expect(await ask({ type: 'card', id: saved, text: 'Nothing about anyone here.' })).toBe('null');
    expect(await ask({ type: 'open-panel', id: saved, text: 'Nothing about anyone here.' })).toBe('{"opened":false}');
    // The sample's answer to the planted words holds nothing of the library (what it changes comes apart, to the frame).
    const spot = await ask({ type: 'spot', texts: [`Reports say ${SAVED_NAME} met ${SAMPLE_NAME}.`], batch: 1 });
    expect(spot).toContain('Susan E. Rice');
    expect(spot).not.toContain('Vollenweider');
    // What the text does hold gets its card, as the reader's hover does (the rule, shown working).
    expect(await ask({ type: 'card', id: saved, text: `${SAVED_NAME} said so.` })).toContain('Swiss envoy');
    await page.close();
  });

  it.skipIf(name !== 'chromium')('after the service worker stopped, the page is answered as before and the reader’s private marks follow', async () => {
    await stopServiceWorker(session);
    // The first request starts the worker afresh: the sample's answer goes before the library's spot index is read.
    const page = await session.browser.newPage();
    await page.goto(session.server.origin + '/attacker.html');
    expect(await waitForPrivateMark(page, SAVED_NAME)).toBe('person');
    expect(await page.evaluate(PAGE_VIEW)).toEqual(viewBefore);
    await page.close();
  });
});
