import { describe, expect, it } from 'vitest';
import { readArticle, slimHtml } from '../../src/intake/read-article';
import { htmlToText } from '../../src/intake/html-to-text';
import { stripInlineHtml } from '../../src/intake/front-matter';
import { dropComments, dropElements, replaceTags } from '../../src/intake/scan-html';
import { parseHtmlWithLinkedom } from '../../src/index/parse-html';

/** Fastest of three runs of `work` on `text`, ms. */
function timed(work: (text: string) => unknown, text: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    work(text);
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/**
 * How the time grows from `small` to 8 × `small` characters of `unit`: about 8
 * when linear, about 64 when quadratic. A ratio, not a duration: the machine's
 * speed cancels out.
 */
function growth(work: (text: string) => unknown, unit: string, small: number): number {
  const text = (n: number) => unit.repeat(Math.ceil(n / unit.length));
  timed(work, text(small));
  return timed(work, text(small * 8)) / Math.max(0.05, timed(work, text(small)));
}

describe('linear HTML scanning', () => {
  it('cuts closed comments and elements as the regular expressions did, keeping JSON-LD', () => {
    expect(dropComments('a<!-- x -->b<!--y-->c')).toBe('abc');
    expect(dropComments('a<!-- never closed')).toBe('a<!-- never closed');
    expect(dropComments('a<!-- x -->b<!-- never closed', '', true)).toBe('ab');
    expect(slimHtml(`<p>${'<div'.repeat(100)}</p>`)).toBe('<p></p>');
    expect(dropElements('a<SCRIPT src=x>1</script >b<style>p{}</STYLE>c', ['script', 'style'])).toBe('abc');
    expect(dropElements('<script type="application/ld+json">{}</script><script>x</script>', ['script'], '', (_n, attrs) => /ld\+json/.test(attrs))).toBe(
      '<script type="application/ld+json">{}</script>',
    );
    expect(dropElements('a<script>never closed<script>x</script>', ['script'])).toBe('a');
    expect(dropElements('a<style>unclosed', ['style'])).toBe('a<style>unclosed');
    expect(replaceTags('a<b>c</b><d', () => '')).toBe('ac<d');
    expect(replaceTags('a < b <i>c</i>', () => '', true)).toBe('a < b c');
    expect(slimHtml('<p>a</p><!-- c --><script>s</script><svg><path/></svg><noscript>n</noscript><p>b</p>')).toBe('<p>a</p><p>b</p>');
    expect(htmlToText('<h2>T</h2><p>one<br>two</p><!-- x --><div>three &amp; four</div>')).toBe('# T\n\none two\n\nthree & four');
    expect(stripInlineHtml('Text <b>bold</b> and a < b.\n\n<h3>Head</h3>')).toBe('Text bold and a < b.\n\n### Head\n\n');
  });

  // A ratio near 8 is linear, near 64 quadratic: 20 leaves room for a noisy machine.
  it.each([
    ['unclosed comments', '<!--'],
    ['unclosed tags', '<div'],
    ['unclosed scripts', '<script>'],
    ['unclosed closing tags', '</script'],
    ['lone angle brackets', '<'],
  ])('grows linearly on a page of %s', (_what, unit) => {
    expect(growth(slimHtml, unit, 100_000)).toBeLessThan(20);
    expect(growth(htmlToText, unit, 100_000)).toBeLessThan(20);
    expect(growth(stripInlineHtml, unit, 100_000)).toBeLessThan(20);
  });

  it('reads a whole page of unclosed comments, growing linearly', () => {
    const read = (html: string) =>
      readArticle({ kind: 'html', html: `<html><body><p>Hello there.</p>${html}</body></html>`, parseHtml: parseHtmlWithLinkedom });
    expect(growth(read, '<!--', 40_000)).toBeLessThan(20);
    expect(growth(read, '<div', 40_000)).toBeLessThan(20);
  });
});
