/**
 * The extension's build swaps linkedom's CSS parser for a stub that throws
 * (src/index/no-style-sheets.ts). These tests hold the intake to what makes
 * that safe: reading an article never reads a `<style>` element's `.sheet`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readArticle } from '../../src/intake/read-article';
import { parseHtmlWithLinkedom } from '../../src/index/parse-html';
import { parse as noStyleSheets } from '../../src/index/no-style-sheets';
import { corpusPages } from '../bench/intake-corpus';

const para = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<p style="margin:0">Paragraph ${i}: the delegates met again on Friday in Geneva to discuss the accord and its many terms.</p>`,
  ).join('\n');

const STYLED_PAGE = `<!doctype html><html lang="en"><head><title>Accord Talks Resume - Example News</title>
<style>body { font: 16px serif } .hidden { display: none } @media (max-width: 600px) { nav { display: none } }</style>
<link rel="stylesheet" href="/site.css"><meta property="og:site_name" content="Example News"></head>
<body><style>.ad { color: red }</style><nav>Home · World · Business</nav>
<article><h1>Accord Talks Resume</h1><style scoped>p { line-height: 1.4 }</style>${para(8)}
<p style="display:none">A hidden line that should not be read.</p></article>
<footer><style>footer { font-size: 12px }</style>© Example News</footer></body></html>`;

/** linkedom's `<style>` element class, whose `sheet` getter calls the CSS parser. */
const styleElementClass = () => Object.getPrototypeOf(parseHtmlWithLinkedom('<style>a{}</style>').querySelector('style')!);
const original = Object.getOwnPropertyDescriptor(styleElementClass(), 'sheet')!;

/** Makes every `.sheet` throw as the extension's stub does, for the rest of one test. */
function withoutStyleSheets(): void {
  Object.defineProperty(styleElementClass(), 'sheet', { configurable: true, get: noStyleSheets });
}

afterEach(() => {
  Object.defineProperty(styleElementClass(), 'sheet', original);
});

describe('reading HTML without a CSS parser', () => {
  it('the stub is in place: a style sheet read throws', () => {
    withoutStyleSheets();
    expect(() => parseHtmlWithLinkedom('<style>a { color: red }</style>').querySelector('style')!.sheet).toThrow(/no style sheets/);
  });

  it('a page with style elements in head and body reads as it does with the parser', () => {
    const expected = readArticle({ kind: 'html', html: STYLED_PAGE, parseHtml: parseHtmlWithLinkedom });
    expect(expected.article?.title).toBe('Accord Talks Resume');
    expect(expected.article?.text).toContain('Paragraph 7');
    withoutStyleSheets();
    expect(readArticle({ kind: 'html', html: STYLED_PAGE, parseHtml: parseHtmlWithLinkedom })).toEqual(expected);
  });

  it('the first 40 saved real pages read the same without it', () => {
    const pages = corpusPages().slice(0, 40);
    expect(pages).toHaveLength(40);
    const read = (html: string) => readArticle({ kind: 'html', html, parseHtml: parseHtmlWithLinkedom });
    const expected = pages.map((p) => read(p.html));
    withoutStyleSheets();
    expect(pages.map((p) => read(p.html))).toEqual(expected);
  }, 120_000);
});

/**
 * patches/linkedom+*.patch makes a node create its listener map on its first
 * `addEventListener` rather than when it is made: a page's DOM has thousands
 * of nodes and almost none listens (docs/entities.md, "Scaling").
 */
describe("linkedom's listeners, made when first needed", () => {
  it('the patch is installed: constructing a node makes no listener map', () => {
    const installed = readFileSync(join(dirname(createRequire(import.meta.url).resolve('linkedom')), '../esm/interface/event-target.js'), 'utf8');
    const constructor = /constructor\(\) \{([^}]*)\}/.exec(installed)?.[1];
    expect(constructor?.trim()).toBe('');
    expect(installed).toContain('wm.set(this, map = new Map)');
  });

  it('listeners are added, called as the event bubbles, and removed; removing from a node that never listened is a no-op', () => {
    const doc = parseHtmlWithLinkedom('<div id="outer"><p id="inner">Text</p></div>');
    const view = doc.defaultView as unknown as { Event: typeof Event };
    const inner = doc.getElementById('inner')!;
    const outer = doc.getElementById('outer')!;
    const heard: string[] = [];
    const onInner = () => heard.push('inner');
    const onOuter = () => heard.push('outer');
    inner.addEventListener('ping', onInner);
    outer.addEventListener('ping', onOuter);
    inner.dispatchEvent(new view.Event('ping', { bubbles: true }));
    expect(heard).toEqual(['inner', 'outer']);
    inner.removeEventListener('ping', onInner);
    inner.dispatchEvent(new view.Event('ping', { bubbles: true }));
    expect(heard).toEqual(['inner', 'outer', 'outer']);
    expect(() => doc.body.removeEventListener('ping', onInner)).not.toThrow();
  });
});
