/**
 * The extension's build swaps linkedom's CSS parser for a stub that throws
 * (src/index/no-style-sheets.ts). These tests hold the intake to what makes
 * that safe: reading an article never reads a `<style>` element's `.sheet`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readArticle } from '../../src/intake/read-article';
import { parseHtmlWithLinkedom } from '../../src/index/parse-html';
import { parse as noStyleSheets } from '../../src/index/no-style-sheets';
import { corpusPages } from '../bench/intake-corpus';

const para = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p style="margin:0">Paragraph ${i}: the delegates met again on Friday in Geneva to discuss the accord and its many terms.</p>`).join('\n');

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

  const pages = corpusPages().slice(0, 40);
  it.skipIf(pages.length === 0)('the first 40 saved pages of the shared corpus read the same without it', () => {
    const read = (html: string) => readArticle({ kind: 'html', html, parseHtml: parseHtmlWithLinkedom });
    const expected = pages.map((p) => read(p.html));
    withoutStyleSheets();
    expect(pages.map((p) => read(p.html))).toEqual(expected);
  }, 120_000);
});
