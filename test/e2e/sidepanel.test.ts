/**
 * Issue 6 in real browsers: the side panel's three views, the popup's site
 * switch and the options page, each acting on an open tab.
 */
import { describe, expect, it } from 'vitest';
import {
  activatePreviousTab,
  BROWSERS,
  waitForCard,
  clickInCard,
  openExtensionPage,
  openHighlightedPage,
  pointAtText,
  rangeTextsExpr,
  reloadExtensionPage,
  screenshot,
  useSession,
  waitFor,
} from './support';

const panelText = (selector: string) => `[...document.querySelectorAll(${JSON.stringify(selector)})].map((e) => e.textContent.trim())`;

describe.each(BROWSERS)('%s', (name) => {
  const session = useSession(name);

  it('"This page" lists what the current tab holds, grouped by kind, and follows the tab', async () => {
    const article = await openHighlightedPage(session);
    const panel = await openExtensionPage(session, 'sidepanel.html');
    await panel.setViewport({ width: 320, height: 900 });
    await activatePreviousTab(panel);
    const groups = (await waitFor(panel, `(${panelText('.this-page h2')}).length >= 4 && ${panelText('.this-page h2')}`)) as string[];
    expect(groups.join(' ')).toMatch(/People \d+/);
    expect(groups.join(' ')).toMatch(/Places \d+/);
    const labels = (await panel.evaluate(panelText('.this-page .label'))) as string[];
    expect(labels).toEqual(expect.arrayContaining(['Xi Jinping', 'Susan E. Rice', 'Beijing', 'critical infrastructure']));
    // Choosing an item flashes its next mention on the page.
    await panel.evaluate(`[...document.querySelectorAll('button.item')].find((b) => b.textContent.includes('Beijing')).click()`);
    await waitFor(
      article,
      `(() => { const h = CSS.highlights.get('sourcelight-flash'); if (!h) return false; const [s] = [...h]; return s.toString() === 'Beijing'; })()`,
      3000,
    );
    // Text added to the page reaches the open panel.
    await article.evaluate(
      `document.querySelector('article').insertAdjacentHTML('beforeend', '<p>Joseph S. Nye said it could create some self-restraint.</p>')`,
    );
    await waitFor(panel, `${panelText('.this-page .label')}.includes('Joseph S. Nye')`, 5000);
    await screenshot(panel, `${name}-sidepanel-this-page`);
    await panel.close();
    await article.close();
  });

  it('"Compare" sets the five sources side by side for a person they share, with the differences marked', async () => {
    const panel = await openExtensionPage(session, 'sidepanel.html');
    await panel.setViewport({ width: 320, height: 1400 });
    await panel.click('#tab-story');
    await waitFor(panel, `document.querySelectorAll('.story table tbody tr').length > 0`);
    await panel.evaluate(`[...document.querySelectorAll('.story table button')].find((b) => b.textContent === 'Xi Jinping').click()`);
    await waitFor(panel, `document.querySelector('.compare-title')?.textContent === 'Xi Jinping'`);
    const sources = (await panel.evaluate(
      `[...new Set([...document.querySelectorAll('.statement li[data-source]')].map((li) => li.dataset.source))]`,
    )) as string[];
    expect(sources.length).toBe(5);
    expect(await panel.evaluate(`document.querySelectorAll('.statement .changed').length`)).toBeGreaterThan(0);
    const dateRow = (await panel.evaluate(
      `[...document.querySelectorAll('.statement')].map((s) => s.textContent).find((t) => t.includes('Tuesday'))`,
    )) as string;
    expect(dateRow).toMatch(/Thursday/);
    await screenshot(panel, `${name}-sidepanel-compare`);
    await panel.close();
  });

  it('"Compare" on the first sentence marks, for the wire against the NYT, only the words that differ; the reader may pick another version', async () => {
    const panel = await openExtensionPage(session, 'sidepanel.html');
    await panel.setViewport({ width: 360, height: 1600 });
    await panel.click('#tab-story');
    await waitFor(panel, `document.querySelectorAll('ul.discrepancies button').length > 0`);
    // The first discrepancy is in the story's first sentence.
    await panel.evaluate(`document.querySelector('ul.discrepancies button').click()`);
    await waitFor(panel, `document.querySelectorAll('.statement li[data-source]').length >= 5`);
    const cell = (source: string) =>
      `(() => { const li = [...document.querySelectorAll('.statement li[data-source]')].find((l) => l.querySelector('h3').textContent.startsWith(${JSON.stringify(source)})); return li && { head: li.querySelector('h3').textContent, changed: [...li.querySelectorAll('.changed')].map((e) => e.textContent), meaning: li.querySelector('.meaning')?.textContent ?? null }; })()`;
    const nyt = (await panel.evaluate(cell('NYT'))) as { head: string; changed: string[] };
    expect(nyt.head).toMatch(/two sentences.*compared against/);
    expect(nyt.changed).toEqual([]);
    const wire = (await panel.evaluate(cell('Wire'))) as { changed: string[]; meaning: string | null };
    expect(wire.changed).toEqual([
      'US',
      'deal',
      "a media report said ahead of Chinese President Xi Jinping's maiden state visit here",
      'US',
      'The New York Times reported',
    ]);
    expect(wire.meaning).toBeNull();
    // People's Daily merged both sentences in other words: a paraphrase, with its changes of meaning.
    const pd = (await panel.evaluate(cell("People's Daily"))) as { head: string; meaning: string | null };
    expect(pd.head).toMatch(/one sentence/);
    expect(pd.meaning).toMatch(/paraphrase.*certainty changed/i);
    // The title is what the NYT says, whole.
    expect(await panel.evaluate(`document.querySelector('.compare-title').textContent`)).toMatch(
      /^The United States and China are negotiating.*personal data\.$/,
    );
    await screenshot(panel, `${name}-sidepanel-compare-sentence`);
    // Against the wire instead: the NYT's own wording is what differs now.
    await panel.evaluate(
      `[...document.querySelectorAll('.statement li[data-source]')].find((l) => l.querySelector('h3').textContent.startsWith('Wire')).querySelector('button.pick').click()`,
    );
    const against = (await waitFor(panel, `(${cell('NYT')}).changed.length > 0 && ${cell('NYT')}`)) as { changed: string[] };
    expect(against.changed).toEqual(expect.arrayContaining(['United States', 'accord', 'according to officials involved in the talks']));
    await panel.close();
  });

  it('"Story" shows the sources with their lineage and the known discrepancies', async () => {
    const panel = await openExtensionPage(session, 'sidepanel.html');
    await panel.setViewport({ width: 320, height: 2400 });
    await panel.click('#tab-story');
    await waitFor(panel, `document.querySelectorAll('ul.sources > li').length === 5`);
    const lineage = (await panel.evaluate(panelText('.lineage'))) as string[];
    expect(lineage.some((l) => /Reuses NYT \(\d+% of its words\)/.test(l))).toBe(true);
    const discrepancies = (await panel.evaluate(panelText('ul.discrepancies > li > p'))) as string[];
    expect(discrepancies.some((d) => /negation/.test(d) && /"be the first" in Crossroads Blog/.test(d))).toBe(true);
    expect(discrepancies.some((d) => /day changed/.test(d) && /Tuesday in People's Daily/.test(d))).toBe(true);
    expect(discrepancies.some((d) => /certainty changed/.test(d) && /"will most likely include" in Crossroads Blog/.test(d))).toBe(true);
    expect(discrepancies.some((d) => /role changed/.test(d) && /"Chinese Communist Party envoy" in Wire/.test(d))).toBe(true);
    const origins = (await panel.evaluate(panelText('ul.discrepancies .variants h3'))) as string[];
    expect(origins.filter((o) => /\(origin\)/.test(o)).every((o) => o.startsWith('NYT'))).toBe(true);
    expect(origins.some((o) => /\(origin\)/.test(o))).toBe(true);
    // The story, named and dated, with its timeline: the NYT first, the others after it, the changes where they show.
    expect(await panel.evaluate(`document.querySelector('details.story-block[open] .story-title')?.textContent`)).toBe(
      'U.S. and China Seek Arms Deal for Cyberspace',
    );
    const timeline = (await panel.evaluate(panelText('ol.timeline > li'))) as string[];
    expect(timeline).toHaveLength(5);
    expect(timeline[0]).toMatch(/first.*NYT/);
    expect(timeline.some((t) => /Tuesday in People's Daily/.test(t))).toBe(true);
    await screenshot(panel, `${name}-sidepanel-story`);
    // Each discrepancy leads into Compare.
    await panel.evaluate(`document.querySelector('ul.discrepancies button').click()`);
    await waitFor(panel, `document.querySelectorAll('.statement').length === 1`);
    await panel.close();
  });

  it('a card’s "Compare in side panel" brings the open panel to that item', async () => {
    const article = await openHighlightedPage(session);
    const panel = await openExtensionPage(session, 'sidepanel.html');
    await activatePreviousTab(panel);
    await article.bringToFront();
    const p = await pointAtText(article, 'Susan E. Rice');
    await article.mouse.move(p.x, p.y, { steps: 2 });
    await waitForCard(article, `root.querySelector('h2')?.textContent === 'Susan E. Rice'`, 5000);
    await clickInCard(article, `[...root.querySelectorAll('button')].find((b) => b.textContent === 'Compare in side panel')`);
    await waitFor(panel, `document.querySelector('.compare-title')?.textContent === 'Susan E. Rice'`, 5000);
    await panel.close();
    await article.close();
  });

  it('the popup’s site switch turns highlighting off and on in the open tab', async () => {
    const article = await openHighlightedPage(session);
    const popup = await openExtensionPage(session, 'popup.html');
    await activatePreviousTab(popup);
    await reloadExtensionPage(popup);
    await waitFor(popup, `document.querySelector('[data-testid=page-status]')?.textContent.includes('mentions found')`);
    await popup.evaluate(`document.querySelector('[data-testid=site-switch]').click()`);
    await waitFor(article, `${rangeTextsExpr('person')}.length === 0`, 5000);
    await waitFor(popup, `document.querySelector('[data-testid=page-status]')?.textContent.startsWith('Sourcelight is off on')`);
    await popup.evaluate(`document.querySelector('[data-testid=site-switch]').click()`);
    await waitFor(article, `${rangeTextsExpr('person')}.length > 0`, 5000);
    await waitFor(popup, `document.querySelector('[data-testid=page-status]')?.textContent.includes('mentions found')`);
    await screenshot(popup, `${name}-popup`);
    await popup.close();
    await article.close();
  });

  it('a setting changed in the options page reaches an open tab without a reload', async () => {
    const article = await openHighlightedPage(session);
    const options = await openExtensionPage(session, 'options.html');
    await waitFor(options, `Boolean(document.querySelector('[data-testid=kind-person]'))`);
    await options.evaluate(`document.querySelector('[data-testid=kind-person]').click()`);
    await waitFor(article, `${rangeTextsExpr('person')}.length === 0 && ${rangeTextsExpr('place')}.length > 0`, 5000);
    await screenshot(options, `${name}-options`);
    await options.evaluate(`document.querySelector('[data-testid=kind-person]').click()`);
    await waitFor(article, `${rangeTextsExpr('person')}.length > 0`, 5000);
    await options.close();
    await article.close();
  });
});
