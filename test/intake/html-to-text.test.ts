import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../src/intake/html-to-text';
import { parseSource } from '../../src/intake/parse-source';
import { parseHtmlWithLinkedom } from '../../src/index/parse-html';

const PAGE = `<!doctype html><html><head><title>x</title>
<meta property="og:site_name" content="The Example Herald">
<meta name="author" content="Ann Example"><script>var a = "Leave a Reply. Bad.";</script></head>
<body><nav><a href="/">Home</a></nav><article><h1>Talks &amp; Deals Resume</h1>
<p>GENEVA &mdash; Negotiators met on <b>Monday</b> to talk about a deal&nbsp;that would not be signed soon.</p>
<p>The officials said it could take &#8220;years&#8221; to finish.</p></article>
<footer><p>Leave a Reply</p></footer></body></html>`;

describe('htmlToText', () => {
  it('keeps paragraphs, marks headings, drops scripts and tags, decodes entities', () => {
    const text = htmlToText(PAGE);
    expect(text).toContain('# Talks & Deals Resume');
    expect(text).toContain('GENEVA \u2014 Negotiators met on Monday to talk about a deal\u00A0that would not be signed soon.');
    expect(text).toContain('\u201Cyears\u201D');
    expect(text).not.toContain('var a');
    expect(text).not.toContain('<');
  });

  it('decodes numeric and named entities, leaves unknown ones', () => {
    expect(decodeEntities('&#x41;&#66;&amp;&bogus;')).toBe('AB&&bogus;');
  });

  it('an HTML article parses with no special casing', () => {
    const { parsed } = parseSource({ name: 'herald.html', text: PAGE }, undefined, { parseHtml: parseHtmlWithLinkedom });
    expect(parsed!.source).toMatchObject({ title: 'Talks & Deals Resume', outlet: 'The Example Herald', byline: 'Ann Example', dateline: 'GENEVA' });
    expect(parsed!.sentences.map((s) => s.text)).toEqual([
      'Negotiators met on Monday to talk about a deal that would not be signed soon.',
      'The officials said it could take "years" to finish.',
    ]);
  });
});
