import { describe, expect, it } from 'vitest';
import { chooseOutlet, domainLabel, namesDomain, titleParts, type OutletEvidence } from '../../src/intake/outlet';
import { readArticle } from '../../src/intake/read-article';
import { parseSource } from '../../src/intake/parse-source';
import { parseHtmlWithLinkedom } from '../../src/index/parse-html';

const evidence = (e: Partial<OutletEvidence>): OutletEvidence => ({ urls: [], siteNames: [], publishers: [], ...e });
const url = (value: string, rule = 'canonical link') => ({ value, from: 'meta' as const, rule });
const site = (value: string) => ({ value, from: 'og' as const, rule: 'og:site_name' });

describe('chooseOutlet: the ranked rules', () => {
  it.each([
    [
      'a known masthead beats a company name',
      evidence({ siteNames: [site('NYTC')], urls: [url('https://www.nytimes.com/a')] }),
      'The New York Times',
      'masthead of the canonical link host (nytimes.com)',
    ],
    ['a company name maps to its masthead', evidence({ publishers: [{ value: 'NBC UNIVERSAL', from: 'json-ld' }] }), 'NBC News', 'publisher'],
    ['legal wording is cut', evidence({ siteNames: [site('Vox Media, LLC. All Rights Reserved')] }), 'Vox Media', 'og:site_name'],
    [
      'a masthead from the host alone',
      evidence({ urls: [url('https://www.bbc.co.uk/news/x')] }),
      'BBC News',
      'masthead of the canonical link host (bbc.co.uk)',
    ],
    ['the bare host last', evidence({ urls: [url('https://news.example.org/a')] }), 'news.example.org', 'canonical link host'],
    [
      'og:site_name before the host',
      evidence({ siteNames: [site('The Example Herald')], urls: [url('https://herald.example/a')] }),
      'The Example Herald',
      'og:site_name',
    ],
    [
      'the title suffix naming the domain beats a blog name',
      evidence({ siteNames: [site('Letters to the Editor')], urls: [url('https://blog.dallasnews.example/x')], title: 'Kind police | Dallas News' }),
      'Dallas News',
      'title suffix naming the site',
    ],
    [
      '"24/7 Wall St." names 247wallst',
      evidence({ urls: [url('https://247wallst.example/a')], title: 'Four stocks slid on Monday - Home Depot - 24/7 Wall St.' }),
      '24/7 Wall St.',
      'title suffix naming the site',
    ],
    [
      'a title suffix written as the domain is the site name it declares',
      evidence({
        siteNames: [site('Kurier Wiślany')],
        urls: [url('https://www.kurierwislany.example/a')],
        title: 'Rząd przyjął projekt ustawy - kurierwislany.pl',
      }),
      'Kurier Wiślany',
      'title suffix naming the site',
    ],
    ['"… – CNN" with no address', evidence({ title: 'Obama signs the cyber order on Friday – CNN' }), 'CNN', 'title suffix'],
    ['a lower-case tail is no site name', evidence({ title: 'He said it would happen - and it did' }), undefined, undefined],
    [
      'a handle is no site name',
      evidence({ siteNames: [site('Grazia_Live')], urls: [url('https://www.grazia.example/a')] }),
      'grazia.example',
      'canonical link host',
    ],
    ['a year is no outlet', evidence({ publishers: [{ value: '© 2015', from: 'meta' }] }), undefined, undefined],
    ['the text names it when nothing else does', evidence({ text: "People's Daily Online" }), "People's Daily Online", "the article's own lines"],
    ['editorial first', evidence({ editorial: 'The Wire', siteNames: [site('Other')] }), 'The Wire', 'editorial file'],
    [
      "a known outlet's name on another address is a claim",
      evidence({ siteNames: [site('Reuters')], urls: [url('https://copycat.example/a')], title: 'Pact signed - Reuters' }),
      'copycat.example',
      'canonical link host',
    ],
    [
      'a company name standing for a known outlet, on another address, is a claim',
      evidence({ publishers: [{ value: 'Thomson Reuters', from: 'json-ld' }], urls: [url('https://copycat.example/a')] }),
      'copycat.example',
      'canonical link host',
    ],
    [
      "the outlet's own name at its own address",
      evidence({ siteNames: [site('Reuters')], urls: [url('https://www.reuters.com/a')], title: 'Pact signed - Reuters' }),
      'Reuters',
      'masthead of the canonical link host (reuters.com)',
    ],
    [
      'the address a page was read from names its outlet, not its canonical link or og:url',
      evidence({
        urls: [
          { value: 'https://www.copycat.example/a', from: 'url', rule: 'page address' },
          url('https://www.nytimes.com/a'),
          { value: 'https://www.reuters.com/x', from: 'og', rule: 'og:url' },
        ],
      }),
      'copycat.example',
      'page address host',
    ],
  ])('%s', (_why, input, outlet, rule) => {
    const choice = chooseOutlet(input);
    expect(choice.value).toBe(outlet);
    expect(choice.rule).toBe(rule);
  });

  it('keeps every candidate in rank order', () => {
    const choice = chooseOutlet(evidence({ siteNames: [site('NYTC')], urls: [url('https://www.nytimes.com/a')], title: 'Pact Signed - The New York Times' }));
    expect(choice.candidates.map((c) => c.rule)).toEqual([
      'masthead of the canonical link host (nytimes.com)',
      'title suffix naming the site',
      'og:site_name',
      'canonical link host',
    ]);
  });

  it('a repost keeps its own outlet and records the original', () => {
    const choice = chooseOutlet(
      evidence({ urls: [url('https://blog.example.org/2016/a', 'front matter permalink')], originalUrl: 'https://www.reuters.com/article/x' }),
    );
    expect(choice.value).toBe('blog.example.org');
    expect(choice.original).toEqual({ outlet: 'Reuters', url: 'https://www.reuters.com/article/x' });
  });

  it("a copy giving only the original's address is the original's", () => {
    const choice = chooseOutlet(evidence({ originalUrl: 'https://edition.cnn.com/2016/05/01/politics/x', title: 'Something happened – CNN' }));
    expect(choice.value).toBe('CNN');
    expect(choice.original).toBeUndefined();
  });
});

describe('site names and domains', () => {
  it.each([
    ['www.dailystar.co.uk', 'dailystar'],
    ['latino.foxnews.com', 'foxnews'],
    ['cricket.com.au', 'cricket'],
    ['example.org', 'example'],
  ])('domainLabel(%s) = %s', (host, label) => expect(domainLabel(host)).toBe(label));

  it.each([
    ['24/7 Wall St.', '247wallst.com', true],
    ['The A.V. Club', 'www.avclub.com', true],
    ['Condé Nast Traveler', 'www.cntraveler.com', true],
    ['The New York Times', 'www.nytimes.com', true],
    ['MIT Technology Review', 'www.technologyreview.com', true],
    ['Beauty', 'www.grazia.example', false],
    ['Home Depot', '247wallst.com', false],
  ])('%s names %s: %s', (name, host, yes) => expect(namesDomain(name, host)).toBe(yes));

  it('titleParts splits at spaced separators only', () => {
    expect(titleParts('Well-known facts | Section | The Site')).toEqual(['Well-known facts', 'Section', 'The Site']);
    expect(titleParts('How To Pack: The GQ Eye: GQ')).toEqual(['How To Pack: The GQ Eye: GQ']);
  });
});

describe('outlets through the readers', () => {
  const page = (head: string) =>
    `<html><head>${head}</head><body><article><h1>Talks resume in Geneva</h1>${'<p>Officials met again on Friday to discuss the agreement and its many terms in great detail today.</p>'.repeat(8)}</article></body></html>`;

  it('a relative canonical link is resolved against og:url', () => {
    const { article } = readArticle({
      kind: 'html',
      html: page('<title>Talks resume</title><meta property="og:url" content="https://www.reuters.com/world/x"><link rel="canonical" href="/world/x">'),
      parseHtml: parseHtmlWithLinkedom,
    });
    expect(article?.url).toBe('https://www.reuters.com/world/x');
    expect(article?.outlet).toBe('Reuters');
  });

  it('a relative canonical link is resolved against the address the page was read from', () => {
    const { article } = readArticle({
      kind: 'html',
      html: page('<title>Talks resume</title><link rel="canonical" href="/news/x">'),
      parseHtml: parseHtmlWithLinkedom,
      url: 'https://herald.example.net/news/x?utm=1',
    });
    expect(article?.url).toBe('https://herald.example.net/news/x');
    expect(article?.outlet).toBe('herald.example.net');
  });

  it('the title suffix names the outlet and is cut from the title', () => {
    const { article } = readArticle({
      kind: 'html',
      html: page('<title>Talks resume in Geneva | The Example Herald</title><link rel="canonical" href="https://www.exampleherald.com/x">'),
      parseHtml: parseHtmlWithLinkedom,
    });
    expect(article?.outlet).toBe('The Example Herald');
    expect(article?.title).toBe('Talks resume in Geneva');
  });

  it.each([
    [
      "a blog's Atom feed names its own subdomain",
      '<link rel="alternate" type="application/atom+xml" title="Harbour Notes - Atom" href="/feeds/posts/default">',
      'https://harbournotes.blogspot.example/2024/03/x.html',
      'Harbour Notes',
    ],
    [
      "WordPress's 'Site » Feed', the comments feed first",
      '<link rel="alternate" type="application/rss+xml" title="Harbour Notes » Talks resume Comments Feed" href="/x/feed/"><link rel="alternate" type="application/rss+xml" title="Harbour Notes » Feed" href="/feed/">',
      'https://harbournotes.example/x/',
      'Harbour Notes',
    ],
    [
      'a feed title that names no part of the address is no site name',
      '<link rel="alternate" type="application/rss+xml" title="Latest Headlines" href="/rss">',
      'https://herald.example.net/x',
      'herald.example.net',
    ],
  ])('%s', (_why, head, canonical, outlet) => {
    const { article } = readArticle({
      kind: 'html',
      html: page(`<title>Talks resume in Geneva</title><link rel="canonical" href="${canonical}">${head}`),
      parseHtml: parseHtmlWithLinkedom,
    });
    expect(article?.outlet).toBe(outlet);
  });

  it.each([
    [
      "an SVG logo's title in the link home names the domain",
      '<a href="/" aria-label="Example Brief home"><svg role="img" aria-label="Example Brief"><title>Example Brief</title></svg></a>',
      'https://www.examplebrief.example/x',
      'Example Brief',
    ],
    [
      "a logo image's alt, the link absolute",
      '<a href="https://www.examplebrief.example/"><img src="/logo.png" alt="Example Brief"></a>',
      'https://www.examplebrief.example/x',
      'Example Brief',
    ],
    [
      "the link's own title, its 'Home - ' cut",
      '<a href="/" title="Home - Example Brief"><img src="/logo.png" alt=""></a>',
      'https://www.examplebrief.example/x',
      'Example Brief',
    ],
    [
      'a logo that names no part of the address is no outlet',
      '<a href="/"><img src="/logo.png" alt="Home"></a><a href="/"><img src="/logo.png" alt="Daily Planet"></a>',
      'https://www.examplebrief.example/x',
      'examplebrief.example',
    ],
    [
      'a link home elsewhere than the root is no logo',
      '<a href="/sections/brief"><img src="/logo.png" alt="Example Brief"></a>',
      'https://www.examplebrief.example/x',
      'examplebrief.example',
    ],
  ])('%s', (_why, logo, canonical, outlet) => {
    const { article } = readArticle({
      kind: 'html',
      html: page(`<title>Talks resume in Geneva</title><link rel="canonical" href="${canonical}">`).replace('<body>', `<body><header>${logo}</header>`),
      parseHtml: parseHtmlWithLinkedom,
    });
    expect(article?.outlet).toBe(outlet);
  });

  const body = '\n\nOfficials met again on Friday to discuss the agreement. They said the talks went well.\n';
  it.each([
    ['permalink', '---\ntitle: Talks resume in Geneva\npermalink: https://www.theguardian.com/world/2016/x\n---' + body, 'The Guardian', undefined],
    ['canonical_url', '---\ntitle: Talks resume in Geneva\ncanonical_url: https://apnews.com/x\n---' + body, 'Associated Press', undefined],
    ['original_link alone', '---\ntitle: Talks resume in Geneva\noriginal_link: http://www.cbsnews.com/news/x/\n---' + body, 'CBS News', undefined],
    [
      'a repost with both',
      '---\ntitle: Talks resume in Geneva\npermalink: https://infosec-blog.example.com/2016/x\noriginal_link: http://www.reuters.com/article/x\n---' + body,
      'infosec-blog.example.com',
      'Reuters',
    ],
    [
      'a relative permalink and a site address',
      '---\ntitle: Talks resume in Geneva\nsite: https://www.wired.com\npermalink: /2016/05/x/\n---' + body,
      'Wired',
      undefined,
    ],
    ['the title suffix alone', '---\ntitle: Talks resume in Geneva – CNN\ndate: 2016-05-01\n---' + body, 'CNN', undefined],
  ])('Markdown front matter: %s', (_why, text, outlet, original) => {
    const { parsed } = parseSource({ name: 'a.md', text });
    expect(parsed?.source.outlet).toBe(outlet);
    expect(parsed?.source.originalOutlet).toBe(original);
    expect(parsed?.source.title).toBe('Talks resume in Geneva');
  });

  it('a text with nothing naming an outlet is "Unknown outlet", with a problem line', () => {
    const r = parseSource({ name: 'a.txt', text: 'Talks resume\n\nOfficials met again on Friday to discuss the agreement. They said the talks went well.' });
    expect(r.parsed?.source.outlet).toBe('Unknown outlet');
    expect(r.problems.some((p) => p.includes('names no outlet'))).toBe(true);
  });
});
