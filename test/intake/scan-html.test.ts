import { describe, expect, it } from 'vitest';
import { readArticle, slimHtml } from '../../src/intake/read-article';
import { htmlToText } from '../../src/intake/html-to-text';
import { stripInlineHtml } from '../../src/intake/front-matter';
import { dropComments, dropElements, replaceTags } from '../../src/intake/scan-html';
import { parseHtmlWithLinkedom } from '../../src/index/parse-html';

/** Fastest of `runs` runs of `work` on `text`, ms. */
function timed(work: (text: string) => unknown, text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    work(text);
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/**
 * How the time grows from `small` to 16 × `small` characters of `unit`: about
 * 16 when linear, about 256 when quadratic. A ratio, not a duration: the machine's
 * speed cancels out. Sizes large enough that neither fits in a cache nor runs
 * before the compiler has warmed up; on a shared machine a linear ratio was
 * seen between 5 and 40.
 */
function growth(work: (text: string) => unknown, unit: string, small: number): number {
  const text = (n: number) => unit.repeat(Math.ceil(n / unit.length));
  const smallText = text(small);
  timed(work, smallText, 1);
  return timed(work, text(small * 16), 3) / timed(work, smallText, 5);
}

/** Every unclosed thing the old expressions read to the end of the text from. */
const HOSTILE = '<!--<div<script><style></script</style <<h1<br';

describe('linear HTML scanning', () => {
  it('cuts closed comments and elements as the regular expressions did, keeping JSON-LD', () => {
    expect(dropComments('a<!-- x -->b<!--y-->c')).toBe('abc');
    expect(dropComments('a<!-- never closed')).toBe('a<!-- never closed');
    expect(dropComments('a<!-- x -->b<!-- never closed', '', true)).toBe('ab');
    expect(slimHtml(`<p>${'<div'.repeat(100)}</p>`)).toBe('<p></p>');
    expect(slimHtml('<p>a < b <<</p>')).toBe('<p>a &lt; b &lt;&lt;</p>');
    expect(dropElements('a<SCRIPT src=x>1</script >b<style>p{}</STYLE>c', ['script', 'style'])).toBe('abc');
    expect(dropElements('<script type="application/ld+json">{}</script><script>x</script>', ['script'], '', (_n, attrs) => /ld\+json/.test(attrs))).toBe(
      '<script type="application/ld+json">{}</script>',
    );
    expect(dropElements('a<script>never closed<script>x</script>', ['script'])).toBe('a');
    expect(dropElements('a<style>unclosed', ['style'])).toBe('a<style>unclosed');
    // As a parser reads one never closed: to the end (what slimHtml, htmlToText and stripInlineHtml ask for).
    expect(dropElements('a<style>unclosed', ['style'], ' ', undefined, true)).toBe('a ');
    expect(dropElements('a<script type="application/ld+json">{', ['script'], '', () => true, true)).toBe('a<script type="application/ld+json">{');
    expect(htmlToText('<p>one</p><!-- never closed <p>two</p>')).toBe('one');
    expect(stripInlineHtml('one <script>never closed')).toBe('one  ');
    expect(replaceTags('a<b>c</b><d', () => '')).toBe('ac<d');
    expect(replaceTags('a < b <i>c</i>', () => '', true)).toBe('a < b c');
    expect(slimHtml('<p>a</p><!-- c --><script>s</script><svg><path/></svg><noscript>n</noscript><p>b</p>')).toBe('<p>a</p><p>b</p>');
    expect(htmlToText('<h2>T</h2><p>one<br>two</p><!-- x --><div>three &amp; four</div>')).toBe('# T\n\none two\n\nthree & four');
    expect(stripInlineHtml('Text <b>bold</b> and a < b.\n\n<h3>Head</h3>')).toBe('Text bold and a < b.\n\n### Head\n\n');
  });

  it.each([
    ['slimHtml', slimHtml],
    ['htmlToText', htmlToText],
    ['stripInlineHtml', stripInlineHtml],
  ])('%s grows linearly on a page of unclosed comments, tags and scripts', (_name, work) => {
    expect(growth(work, HOSTILE, 200_000)).toBeLessThan(80);
  });

  it('reads a whole page of unclosed comments, growing linearly', () => {
    const read = (html: string) =>
      readArticle({ kind: 'html', html: `<html><body><p>Hello there.</p>${html}</body></html>`, parseHtml: parseHtmlWithLinkedom });
    expect(growth(read, '<!--', 200_000)).toBeLessThan(80);
    expect(growth(read, HOSTILE, 100_000)).toBeLessThan(80);
  });
});
