import { describe, expect, it } from 'vitest';
import { readArticle, readDocument } from '../../src/intake/read-article';
import { cleanOutletName, shortNameFor } from '../../src/intake/outlets';
import { toIsoDate } from '../../src/intake/iso-date';
import { splitAuthors } from '../../src/intake/authors';
import { parseHtmlWithLinkedom } from '../../src/index/parse-html';

const para = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<p>Paragraph ${i} of the story says that officials met again on Friday to discuss the agreement and its many terms in detail.</p>`,
  ).join('\n');

const NEWS_PAGE = `<!doctype html><html lang="en"><head><title>Pact Signed - NYTC</title>
<link rel="canonical" href="https://www.nytimes.com/2015/09/25/world/pact.html">
<meta property="og:site_name" content="NYTC">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
{"@type":["NewsArticle"],"headline":"Pact Signed","author":[{"@type":"Person","name":"Jane Doe"},"John Roe"],
"datePublished":"2015-09-25T10:02:00-04:00","publisher":{"@type":"Organization","name":"NYTC"}}]}</script></head>
<body><nav><a href="/">Skip to main content</a></nav><article><h1>Pact Signed</h1>${para(8)}</article>
<footer><p>© 2015 The New York Times Company. All Rights Reserved</p></footer></body></html>`;

describe('readArticle on HTML', () => {
  it('a news page: JSON-LD in @graph gives headline, authors, date; the domain gives the masthead', () => {
    const { article, provenance, problems } = readArticle({ kind: 'html', html: NEWS_PAGE, parseHtml: parseHtmlWithLinkedom });
    expect(problems).toEqual([]);
    expect(article).toMatchObject({
      title: 'Pact Signed',
      authors: ['Jane Doe', 'John Roe'],
      published: '2015-09-25T10:02:00-04:00',
      outlet: 'The New York Times',
      url: 'https://www.nytimes.com/2015/09/25/world/pact.html',
      lang: 'en',
    });
    expect(provenance).toMatchObject({ title: 'json-ld', authors: 'json-ld', published: 'json-ld', outlet: 'url', url: 'meta' });
    expect(article!.text).toContain('Paragraph 7 of the story');
    expect(article!.text).not.toContain('Skip to main content');
    expect(article!.text).not.toContain('All Rights Reserved');
  });

  it('a home page of teasers is named as not an article', () => {
    const teasers = Array.from({ length: 30 }, (_, i) => `<article><h2><a href="/s${i}">Story ${i} headline here</a></h2></article>`).join('');
    const home = `<html><head><title>News home</title></head><body><nav>Home World Politics</nav>${teasers}</body></html>`;
    const { article, problems } = readArticle({ kind: 'html', html: home, parseHtml: parseHtmlWithLinkedom });
    expect(article).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^not an article/);
  });

  it('a page read from one address cannot claim another outlet through its canonical link, og:url or site name', () => {
    const claims = NEWS_PAGE.replace('<meta property="og:site_name" content="NYTC">', '<meta property="og:url" content="https://www.reuters.com/x">');
    for (const html of [NEWS_PAGE, claims, NEWS_PAGE.replace('content="NYTC"', 'content="The New York Times"')]) {
      const { article } = readArticle({ kind: 'html', html, parseHtml: parseHtmlWithLinkedom, url: 'https://www.copycat.example/pact' });
      expect(article?.outlet).toBe('copycat.example');
    }
    // Read from the outlet's own address, the same page names it.
    expect(readArticle({ kind: 'html', html: NEWS_PAGE, parseHtml: parseHtmlWithLinkedom, url: 'https://www.nytimes.com/pact' }).article?.outlet).toBe(
      'The New York Times',
    );
  });

  it('a live document is read from a clone and left as it was', () => {
    const doc = parseHtmlWithLinkedom(NEWS_PAGE);
    const before = doc.documentElement.outerHTML;
    const { article } = readDocument(doc, { url: 'https://www.nytimes.com/x', live: true });
    expect(article?.title).toBe('Pact Signed');
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

const REUTERS_MD = `---
ID: 4542
post_title: "China, U.S. agree on cyber theft pact"
post_date: 2015-09-25 14:02:00
author:
  - display_name: Matt Spetalnick
  - display_name: Michael Martina
canonical_url: https://www.reuters.com/article/us-usa-china-cyber-idUSKCN0RP1V720150925
---
<p>WASHINGTON (Reuters) - <span class="dateline">President Barack Obama</span> and Chinese President Xi Jinping agreed on Friday.</p>

The two leaders said they would work together on <em>rules of the road</em> for cyberspace.
`;

describe('readArticle on Markdown', () => {
  it('a WordPress export: front matter keys give the metadata; inline HTML does not leak', () => {
    const { article, provenance, problems } = readArticle({ kind: 'markdown', text: REUTERS_MD });
    expect(problems).toEqual([]);
    expect(article).toMatchObject({
      title: 'China, U.S. agree on cyber theft pact',
      authors: ['Matt Spetalnick', 'Michael Martina'],
      published: '2015-09-25T14:02:00',
      outlet: 'Reuters',
    });
    expect(provenance).toMatchObject({ title: 'front matter', authors: 'front matter', outlet: 'url' });
    expect(article!.text).not.toMatch(/span|class=|<em>|ID: 4542/);
    expect(article!.text).toContain('President Barack Obama and Chinese President Xi Jinping');
  });

  it.each([
    // A blog's repost: its own permalink relative, the original's address given.
    [
      'permalink: /2015/09/25/cyber-pact/\noriginal_link: https://www.reuters.com/article/us-usa-china-cyber',
      'Reuters',
      'https://www.reuters.com/article/us-usa-china-cyber',
    ],
    // The blog's own absolute permalink names the blog.
    [
      'permalink: https://blog.example.org/2015/09/cyber-pact/\noriginal_link: https://www.reuters.com/a',
      'blog.example.org',
      'https://blog.example.org/2015/09/cyber-pact/',
    ],
    ['permalink: /2015/09/25/cyber-pact/\noriginal_link: https://news.example.com/story', 'news.example.com', 'https://news.example.com/story'],
  ])('front matter %j: outlet %s, address %s', (keys, outlet, url) => {
    const text = `---\ntitle: Undersecretary named\n${keys}\n---\nThe Department of Homeland Security named an undersecretary on Friday.\n`;
    const { article } = readArticle({ kind: 'markdown', text });
    expect(article).toMatchObject({ title: 'Undersecretary named', outlet, url });
  });

  it('an address under original_link gives the outlet (the 2016 news streams give it there)', () => {
    const text =
      '---\ntitle: Quake hits Japan – Reuters\ndate: 2016-04-16\noriginal_link: https://in.reuters.com/article/2016/04/16/japan-quake\n---\nA quake struck.\n';
    const { article, provenance } = readArticle({ kind: 'markdown', text });
    expect(article).toMatchObject({ outlet: 'Reuters', url: 'https://in.reuters.com/article/2016/04/16/japan-quake' });
    expect(provenance).toMatchObject({ outlet: 'url', url: 'front matter' });
  });

  it('broken front matter is one problem, and the body is still read', () => {
    const { article, problems } = readArticle({ kind: 'markdown', text: '---\ntitle: [broken\n---\nThe body is still here.\n' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^the front matter is not valid YAML/);
    expect(article?.text).toContain('The body is still here.');
  });
});

describe('outlets', () => {
  it.each([
    ['The New York Times', 'NYT'],
    ['The Washington Post', 'WaPo'],
    ['Reuters', 'Reuters'],
    ['Wonderfully Long Independent Weekly', 'WLIW'],
    ['Westminsterabbeygazetteonline', 'Westminsterabbeygaze'],
  ])('short name of %s is %s (never one letter)', (outlet, short) => {
    expect(shortNameFor(outlet)).toBe(short);
  });

  it('a legal line alone is no outlet', () => {
    expect(cleanOutletName('© 2019 All Rights Reserved')).toBeUndefined();
  });
});

describe('dates and authors', () => {
  it.each([
    ['2015-09-25T10:02:00-0400', '2015-09-25T10:02:00-04:00'],
    ['2015-09-25T10:02Z', '2015-09-25T10:02:00Z'],
    ['2015-09-25', '2015-09-25'],
    ['Sept. 19, 2015', '2015-09-19'],
    ['20150919', '2015-09-19'],
    ['Tue, 22 Sep 2015 14:00:00 GMT', '2015-09-22'],
    ['yesterday', undefined],
  ])('%s → %s', (input, iso) => {
    expect(toIsoDate(input)).toBe(iso);
  });

  it.each([
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['By DAVID E. SANGER', ['David E. Sanger']],
    ['Jane Doe | Reuters', ['Jane Doe']],
    ['https://www.facebook.com/jane', []],
  ])('%s → %o', (input, names) => {
    expect(splitAuthors(input)).toEqual(names);
  });
});
