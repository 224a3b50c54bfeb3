/**
 * Table tests of the field rules: written dates in many forms and languages,
 * bylines to names, the address's date path, the title's site name, and the
 * header rules read from small pages (the main heading over a logo, an
 * updated time skipped, a byline under the heading).
 */
import { describe, expect, it } from 'vitest';
import { findDate } from '../../src/intake/parse-date';
import { DATE_FORMS } from './fixtures/date-forms';
import { isPersonName, splitAuthors } from '../../src/intake/authors';
import { urlDate } from '../../src/intake/publication-date';
import { cleanTitle } from '../../src/intake/title';
import { readArticle } from '../../src/intake/read-article';
import { readPageHeader } from '../../src/intake/page-header';
import { chooseByline } from '../../src/intake/byline';
import { givenNameFirst, readHtmlMetadata } from '../../src/intake/html-metadata';
import { parseHtmlWithLinkedom } from '../../src/index/parse-html';
import { splitSentences } from '../../src/intake/split-sentences';
import { searchTerms } from '../../src/text/segment';
import { closingCredit } from '../../src/intake/metadata';
import { parseSource } from '../../src/intake/parse-source';
import { countWords } from '../../src/text/words';

describe('written dates', () => {
  it.each(DATE_FORMS.map((f) => [f.text, f.lang ?? '-', f.iso, f]))('%s (%s) → %s', (_text, _lang, iso, form) =>
    expect(findDate(form.text, { lang: form.lang, shortYear: form.shortYear })?.iso).toBe(iso),
  );

  it.each([
    ['2019年2月27日', '2019-02-27'],
    ['송고시간2024-03-05 10:30', '2024-03-05'],
    ['am 19. Juli 2022', '2022-07-19'],
    ['Feb. 30, 2015', undefined],
    ['2019.02.22.1', undefined],
    ['입력 2024. 8. 13. 10:31', '2024-08-13'],
    ['In 2024. 8. 13 people', undefined],
    ['12 ธันวาคม 2566 - 10:30 น.', '2023-12-12'],
    ['วันที่ 5 มี.ค. พ.ศ. 2567', '2024-03-05'],
    ['1 ม.ค. 2024', '2024-01-01'],
    ['Publikováno 5. 3. 2024 10:30, aktualizováno 6. 3. 2024 12:40', '2024-03-05'],
    ['5. března 2024 10:30', '2024-03-05'],
    ['23 kwietnia 2024', '2024-04-23'],
    ['Marți, 5 martie 2024, 10:30', '2024-03-05'],
    ['Τρίτη, 5 Μαρτίου 2024 10:30', '2024-03-05'],
    ['17 Σεπτεμβρίου 2024', '2024-09-17'],
    ['v kapitole 5. 3. ukazuje', undefined],
    ['utorok 12. novembra 2024, 8:15', '2024-11-12'],
    ['уторак, 03.12.2024. 11:20', '2024-12-03'],
    ['3. децембар 2024.', '2024-12-03'],
    ['19 ноември 2024, 16:45', '2024-11-19'],
    ['27. august 2024 kl. 06.00', '2024-08-27'],
    ['Publisert 12. september 2024', '2024-09-12'],
    ['8. aprill 2025, 14:20', '2025-04-08'],
    ['dimarts, 11 de juny de 2024, 07:00', '2024-06-11'],
    ['2024. október 8., kedd 09:12', '2024-10-08'],
    ['2024. március 5.', '2024-03-05'],
    ['2024. gada 3. jūlijs, 10:21', '2024-07-03'],
    ['2024. gada 5. martā', '2024-03-05'],
    ['2024 m. gegužės 22 d. 09:15', '2024-05-22'],
    ['民國113年10月22日', '2024-10-22'],
    ['In 2024. Most people agree', undefined],
    ['113-10-22', undefined],
  ])('%s → %s in any page', (text, iso) => expect(findDate(text, { lang: 'en-US' })?.iso).toBe(iso));

  it.each([
    ['14. listopada 2024. u 09:30', 'hr', '2024-10-14'],
    ['14 listopada 2024', 'pl', '2024-11-14'],
    ['發布日期：113-10-22', 'zh-Hant-TW', '2024-10-22'],
    ['發布日期：113-10-22', 'zh-CN', undefined],
    ['v2.10.3 released 2024-10-22', 'zh-TW', '2024-10-22'],
  ])("%s on a page in '%s' → %s (the page's language decides)", (text, lang, iso) => expect(findDate(text, { lang })?.iso).toBe(iso));

  it('03/09/2021 is March in American English, September elsewhere; 25/09/2021 only one way', () => {
    expect(findDate('03/09/2021', { lang: 'en-US' })?.iso).toBe('2021-03-09');
    expect(findDate('03/09/2021', { lang: 'fr' })?.iso).toBe('2021-09-03');
    expect(findDate('25/09/2021', { lang: 'en-US' })?.iso).toBe('2021-09-25');
  });

  it('two-digit years only where asked (a short header line)', () => {
    expect(findDate('12.20.18 7:00 AM', { lang: 'en', shortYear: true })?.iso).toBe('2018-12-20');
    expect(findDate('12.20.18 7:00 AM', { lang: 'en' })).toBeUndefined();
  });

  it.each([
    ['https://example.com/2016/12/15/some-story/', '2016-12-15'],
    ['https://example.com/news/2016-12-15-some-story', '2016-12-15'],
    ['https://example.com/a/20161215/story.html', '2016-12-15'],
    ['https://example.com/2016/12/story', undefined],
  ])('date path of %s', (url, iso) => expect(urlDate(url)).toBe(iso));
});

describe('bylines to names', () => {
  it.each([
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Ari Wasserman, Northeast Ohio Media Group', ['Ari Wasserman']],
    ['Text by Mayer Rus | Photography by Scott Frances', ['Mayer Rus']],
    ['Von Anna Schmidt und Lukas Becker', ['Anna Schmidt', 'Lukas Becker']],
    ['Par Jean Dupont', ['Jean Dupont']],
    ['Keith Bradsher y Tariq Panja', ['Keith Bradsher', 'Tariq Panja']],
    ['［山田太郎，ITmedia］', ['山田太郎']],
    ['本报记者 张晓明', ['张晓明']],
    ['浦江新闻记者 陈思远', ['陈思远']],
    ['晨报记者：李娜', ['李娜']],
    ['김철수 기자', ['김철수']],
    ['Curator: Phoebe Gavin', ['Phoebe Gavin']],
    ['Antonio Regalado on December 4, 2014', ['Antonio Regalado']],
    ['By GILLIAN MOHNEY March 11, 2015 3:46 PM', ['Gillian Mohney']],
    ['By Priya Raman, Staff Reporter', ['Priya Raman']],
    ['Darcie Moran | dmoran@mlive.com', ['Darcie Moran']],
    ['ByMalcolm Harris', ['Malcolm Harris']],
    ['Laura June Topolsky', ['Laura June Topolsky']],
    ['11:57 AM 12/25/2014', []],
    ['Photo by: The Associated Press', []],
    // A wire agency after the reporter's name with no comma (a local paper's wire copy) is the agency's, not the name's.
    ['By DANA HOLLOWAY Associated Press', ['Dana Holloway']],
    ['By Jane Doe and John Roe The Associated Press', ['Jane Doe', 'John Roe']],
    ['Jane Doe Reuters', ['Jane Doe']],
    ['JOHN ROE AP', ['John Roe']],
    ['The Associated Press', []],
    ['Reuters', []],
    ['GQ Magazine', []],
    ['UPROXX Media', []],
    ['Wednesday January 18', []],
    ['Follow @StevenMufson', []],
    ['CH Contributor', []],
    ['See All Articles', []],
    ['View all posts by Jane Doe', []],
    ['By Matt Friedman', ['Matt Friedman']],
    ['Read Montague', ['Read Montague']],
    ['Jane Doe, Thursday', ['Jane Doe']],
    ['John Roe Wed.', ['John Roe']],
    // Scripts without capitals: the capital test cannot apply; a single word is still no byline.
    ['ليلى حداد', ['ليلى حداد']],
    ['अनिल मेहता', ['अनिल मेहता']],
    ['วิชัย สุขใจ', ['วิชัย สุขใจ']],
    ['דנה כהן', ['דנה כהן']],
    ['تكنولوجيا', []],
    ['jane doe', []],
    // Chinese, Japanese and Korean outlets named where an author goes: never a person.
    ['新华网', []],
    ['朝日新聞', []],
    ['한결신문', []],
    ['연합뉴스', []],
    ['张晓明', ['张晓明']],
    // A Japanese name printed with a space (a full-width one too), after an author label.
    ['著者：佐藤 健一', ['佐藤 健一']],
    ['山田　太郎', ['山田 太郎']],
    ['朝日 新聞', []],
    ['政策 制度 セキュリティ', []],
    // Byline labels of more languages; Catalan and Polish "i" between two names; a wire agency after a comma.
    ['Autors: Līga Kalniņa, LETA', ['Līga Kalniņa']],
    ['Autorius: Rūta Jankauskaitė', ['Rūta Jankauskaitė']],
    ['Szerző: Kovács Bence', ['Kovács Bence']],
    ['Аутор: Милица Јовановић', ['Милица Јовановић']],
    ['رپورٹ: عائشہ صدیقی', ['عائشہ صدیقی']],
    ['Núria Riera i Pau Serrat', ['Núria Riera', 'Pau Serrat']],
    ['Av Ingrid Haugen og Jonas Berg-Nilsen', ['Ingrid Haugen', 'Jonas Berg-Nilsen']],
    // "Per" and "Oleh" are first names (Scandinavian, Ukrainian) as well as labels: never cut.
    ['Per Andersson', ['Per Andersson']],
    ['Oleh Petrenko', ['Oleh Petrenko']],
    // A job title ending in a role ("Principal Threat Researcher"), a brand studio, a communications team: no person.
    ['Principal Threat Researcher', []],
    ['Lakeshore Post Brand Studio', []],
    ['Nordlink Corporate Communications', []],
    // An occupational surname stays a name ("Cyrus Engineer").
    ['Cyrus Engineer and Sophie Alexander', ['Cyrus Engineer', 'Sophie Alexander']],
    // A newsroom desk in any language, with or without the outlet's name, is no person.
    ['নিজস্ব প্রতিবেদক', []],
    ['ویب ڈیسک', []],
    ['Redazione ANSA', []],
    ['di Redazione AIN', []],
    ['Redacción Madrid', []],
    ['Redaktion Inland', []],
    ['Редакция РБК', []],
    ['Maria Redazionale', ['Maria Redazionale']],
    // A credential after a comma is the person's letters, not a second person; in capitals throughout, parts stay names.
    ['Amara Lindqvist, CISSP', ['Amara Lindqvist']],
    ['By John Roe, PhD, and Ann Lee, MD', ['John Roe', 'Ann Lee']],
    ['Sam Okafor, Jr.', ['Sam Okafor']],
    ['By ALAN REYES, JUDITH KOWALSKI', ['Alan Reyes', 'Judith Kowalski']],
    // An affiliation after "for" and a beat's or rank's role run on after a name are no part of it; a bare role word
    // after a name is not cut (an occupational surname), and a role alone is still no person.
    ['By Martin Greaves For Postonline and Sophie Tennant Science Correspondent For The Daily Post', ['Martin Greaves', 'Sophie Tennant']],
    ['Jane Doe for The Daily Post', ['Jane Doe']],
    ['By Jane Doe for Zero Day', ['Jane Doe']],
    ['Jane Doe Senior Writer', ['Jane Doe']],
    ['Mary Ann Smith Chief Political Correspondent', ['Mary Ann Smith']],
    ['Senior Political Reporter', []],
    ['Metro Reporter', []],
    ['Center for Democracy and Technology', []],
  ])('%s → %j', (raw, names) => expect(splitAuthors(raw, { strict: true })).toEqual(names));

  it.each([
    ['Amara Lindqvist, CISSP', ['Amara Lindqvist']],
    ['Ann Lee, MD, MPH', ['Ann Lee']],
    ['John Roe, Ph.D.', ['John Roe']],
    ['Jane Doe, Madonna', ['Jane Doe', 'Madonna']],
  ])('declared (a single word may be a name): %s → %j', (raw, names) => expect(splitAuthors(raw)).toEqual(names));

  it('a single word is a name only where the page declares it (meta, JSON-LD), never in visible text', () => {
    expect(isPersonName('Madonna')).toBe(true);
    expect(isPersonName('Politics', true)).toBe(false);
  });
});

describe('titles', () => {
  it.each([
    ['Talks resume in Geneva | The Example Herald', ['The Example Herald'], 'Talks resume in Geneva'],
    ['The Example Herald: Talks resume in Geneva', ['The Example Herald'], 'Talks resume in Geneva'],
    ['Talks resume – CNN', ['CNN'], 'Talks resume'],
    ['CNN', ['CNN'], 'CNN'],
  ])('%s without %j is %s', (title, names, clean) => expect(cleanTitle(title, names)).toBe(clean));
});

const page = (head: string, body: string) => `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
const prose =
  '<p>Officials from both countries met on Friday and agreed to keep talking about the agreement, a ministry statement said late on Friday evening.</p>'.repeat(
    5,
  );
const read = (html: string) => readArticle({ kind: 'html', html, parseHtml: parseHtmlWithLinkedom });

describe("a heading's kicker", () => {
  const headline = 'Bundestag passes stricter rules for IT security';
  it.each([
    ['a kicker span and the headline span, run together', `<span class="sup">NIS-2 law</span><span class="main">${headline}</span>`, [headline], headline],
    [
      'a kicker, a hidden colon and the headline',
      `<span>NIS-2</span><span class="visually-hidden">: </span><span>${headline}</span>`,
      [`NIS-2: ${headline}`, headline],
      headline,
    ],
    ['a kicker written into the heading as text stays', `Exclusive: ${headline}`, [headline], `Exclusive: ${headline}`],
    ['no declared title is the headline span alone', `<span>NIS-2</span><span>${headline}</span>`, [`NIS-2: ${headline}`], `NIS-2${headline}`],
    [
      'a long first part is no kicker',
      `<span>Why lawmakers in three countries keep failing on this</span><span>${headline}</span>`,
      [headline],
      `Why lawmakers in three countries keep failing on this${headline}`,
    ],
  ])('%s', (_what, inner, declared, title) => {
    const doc = parseHtmlWithLinkedom(page('<title>x</title>', `<article><h1>${inner}</h1>${prose}</article>`));
    expect(readPageHeader(doc, declared, []).heading?.text).toBe(title);
  });
});

describe('a declared UTC time and the day and time the header shows', () => {
  const title = 'Talks resume in Geneva after a long pause';
  const published = (utc: string, shown: string) =>
    read(
      page(
        `<title>${title}</title><meta property="article:published_time" content="${utc}">`,
        `<article><h1>${title}</h1><p class="byline">by <a href="/author/jane-doe/">Jane Doe</a> - ${shown}</p>${prose}</article>`,
      ),
    ).article?.published;
  it.each([
    ['an evening in Washington: the UTC time is the next day', '2025-10-01T02:12:00+00:00', '09/30/25 10:12 PM ET', '2025-09-30T22:12:00-04:00'],
    ['a morning in Sydney: the UTC time is the day before', '2025-06-02T22:30:00Z', 'June 3, 2025 — 8.30am', '2025-06-03T08:30:00+10:00'],
    ['India, half an hour off', '2025-07-01T20:15:00Z', 'July 02, 2025 01:45 am IST', '2025-07-02T01:45:00+05:30'],
    ['the day shown without a time: the declared time stays', '2025-10-01T02:12:00Z', 'September 30, 2025', '2025-10-01T02:12:00Z'],
    ['a time that is no zone of the UTC one stays', '2025-10-01T02:12:00Z', 'September 30, 2025 at 9:47 PM', '2025-10-01T02:12:00Z'],
  ])('%s', (_what, utc, shown, want) => expect(published(utc, shown)).toBe(want));
});

describe('the header a reader sees', () => {
  it('the headline <h1>, not the logo <h1>; the published time, not the updated one above it; the byline link under it', () => {
    const { article, provenance } = read(
      page(
        '<title>Talks resume in Geneva after a long pause - Example Herald</title><meta property="og:site_name" content="Example Herald">',
        `<header><h1 class="logo"><a href="/">Example Herald</a></h1></header><article><h1>Talks resume in Geneva after a long pause</h1>
        <div class="meta"><span class="updated">Updated <time datetime="2021-03-06T09:00:00Z">March 6</time></span> <span class="published">Published <time datetime="2021-03-05T06:00:00Z">March 5</time></span></div>
        <div class="byline">By <a href="/people/jane-doe/">Jane Doe</a></div>${prose}</article>`,
      ),
    );
    expect(article).toMatchObject({
      title: 'Talks resume in Geneva after a long pause',
      authors: ['Jane Doe'],
      published: '2021-03-05T06:00:00Z',
      outlet: 'Example Herald',
    });
    expect(provenance).toMatchObject({ title: 'header', authors: 'header', published: 'header' });
  });

  it('an itemprop=datePublished beats a date written in the header; a date in text beats nothing', () => {
    const { article } = read(
      page(
        '<title>Talks resume in Geneva after a long pause</title>',
        `<article><h1>Talks resume in Geneva after a long pause</h1><p class="date">May 1, 2020</p><meta itemprop="datePublished" content="2020-04-30">${prose}</article>`,
      ),
    );
    expect(article?.published).toBe('2020-04-30');
  });

  it('a date written straight into a byline box after a <br>, beside a block', () => {
    const { article } = read(
      page(
        '<title>Talks resume in Geneva after a long pause</title>',
        `<article><h1>Talks resume in Geneva after a long pause</h1><div id="byline"><span class="author vcard"><a href="/staff/jdoe/">Jane Doe</a></span>
        <br/>on December 29, 2014 at 3:02 PM, updated <span class="updated">December 30, 2014 at 4:16 PM</span><div class="sponsor"></div></div>${prose}</article>`,
      ),
    );
    expect(article?.published).toBe('2014-12-29');
  });

  it('a date box of blocks ("29" over "Mai 2013") reads as one date', () => {
    const { article } = read(
      page(
        '<title>Lieblingsstück: die iPhone-Hülle</title>',
        `<section><div class="date"><div class="day">29</div><div class="month-year">Mai 2013</div></div><h2 class="headline">Lieblingsstück: die iPhone-Hülle</h2>${prose}</section>`,
      ),
    );
    expect(article?.published).toBe('2013-05-29');
  });

  it('a byline and a date in spans side by side are words apart: the date after the name is read, not the updated one after it', () => {
    const { article } = read(
      page(
        '<title>Talks resume in Geneva after a long pause</title>',
        `<article><h1>Talks resume in Geneva after a long pause</h1><div class="meta"><span class="author">Autor: Ivana Marić</span><span class="time">14. listopada 2024. u 09:30</span><span class="modified">Zadnja izmjena: 15. listopada 2024. u 11:02</span></div>${prose}</article>`,
      ).replace('lang="en"', 'lang="hr"'),
    );
    expect(article?.published).toBe('2024-10-14');
  });

  it.each([
    ['Oppdatert 13.09.2024 10:00', 'Publisert 12.09.2024 07:45'],
    ['Uuendatud 9. aprill 2025, 08:05', '12.09.2024'],
    ['Frissítve: 2024. október 9. 14:30', '12.09.2024'],
  ])('an updated date labelled in its language (%s) is not the published one', (updated, published) => {
    const { article } = read(
      page(
        '<title>Talks resume in Geneva after a long pause</title>',
        `<article><h1>Talks resume in Geneva after a long pause</h1><p>${updated}</p><p>${published}</p>${prose}</article>`,
      ),
    );
    expect(article?.published).toBe('2024-09-12');
  });

  it.each([
    ['Szerző:', '<a href="/szerzo/kovacs-bence">Kovács Bence</a>', ['Kovács Bence']],
    ['Autors:', 'Līga Kalniņa, LETA', ['Līga Kalniņa']],
  ])('a byline labelled "%s" in the header names the author', (label, byline, names) => {
    const { article } = read(
      page(
        '<title>Talks resume in Geneva after a long pause</title>',
        `<article><h1>Talks resume in Geneva after a long pause</h1><div class="meta"><span>${label} ${byline}</span></div>${prose}</article>`,
      ),
    );
    expect(article?.authors).toEqual(names);
  });

  it('author-page links under /autors/ hold every declared author and more (Catalan "Per A i B")', () => {
    const { article } = read(
      page(
        '<title>Talks resume in Geneva after a long pause</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks resume in Geneva after a long pause","author":{"@type":"Person","name":"Núria Riera"}}</script>',
        `<article><h1>Talks resume in Geneva after a long pause</h1><p class="signatura">Per <a href="/autors/nuria-riera/">Núria Riera</a> i <a href="/autors/pau-serrat/">Pau Serrat</a></p>${prose}</article>`,
      ),
    );
    expect(article?.authors).toEqual(['Núria Riera', 'Pau Serrat']);
  });

  it("other items' itemprop=datePublished (a list of videos) are not the page's date", () => {
    const { article } = read(
      page(
        '<title>Talks resume in Geneva after a long pause</title>',
        `<article><h1>Talks resume in Geneva after a long pause</h1><time itemprop="datePublished" datetime="2014-12-29T16:00-05:00">Published December 29, 2014</time>${prose}</article>
        <ul itemscope itemtype="http://schema.org/ItemList"><li itemscope itemtype="http://schema.org/VideoObject"><meta itemprop="datePublished" content="2014-11-20T16:00:49Z">A video</li></ul>`,
      ).replace('<html lang="en">', '<html lang="en" itemscope itemtype="http://schema.org/NewsArticle">'),
    );
    expect(article?.published).toBe('2014-12-29T16:00:00-05:00');
  });

  it.each([
    [
      'a UTC time that falls on the next day gives way to the day the header shows, backed by the address',
      '<meta property="article:published_time" content="2014-12-19T04:38:49+00:00"><link rel="canonical" href="https://example.com/2014/12/18/talks-resume/">',
      '<p class="byline-date">December 18, 2014 | 11:38pm</p>',
      '2014-12-18',
    ],
    [
      "a template's old published_time gives way to the day shown, backed by the address's month",
      '<meta property="article:published_time" content="2009-09-02T00:00:00-04:00"><link rel="canonical" href="https://example.com/blogs/2014/05/talks-resume.html">',
      '<p>On May 23, 2014 at 1:30 PM</p>',
      '2014-05-23',
    ],
    [
      "the header's day and time are the declared UTC time in the page's zone: that zone's time",
      '<meta property="article:published_time" content="2014-12-19T04:38:49+00:00">',
      '<p class="byline-date">December 18, 2014 | 11:38pm</p>',
      '2014-12-18T23:38:49-05:00',
    ],
    [
      'an unbacked disagreement keeps the declared date',
      '<meta property="article:published_time" content="2014-12-19T04:38:49+00:00">',
      '<p class="byline-date">December 18, 2014</p>',
      '2014-12-19T04:38:49+00:00',
    ],
    [
      "the same time in UTC and in the page's zone: the zone's day",
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2017-02-24T01:18:13Z"}</script><meta property="article:published_time" content="2017-02-23T17:18:13-08:00">',
      '',
      '2017-02-23T17:18:13-08:00',
    ],
    ['a machine date of a day that does not exist is no date', '', '<time datetime="2014-00-29T11:12:28Z">Monday, Dec. 29 2014</time>', '2014-12-29'],
  ])('%s', (_what, head, line, published) => {
    const { article } = read(
      page(
        `<title>Talks resume in Geneva after a long pause</title>${head}`,
        `<article><h1>Talks resume in Geneva after a long pause</h1>${line}${prose}</article>`,
      ),
    );
    expect(article?.published).toBe(published);
  });

  it('a Japanese headline has no spaces and is still the headline', () => {
    const { article } = read(
      page(
        '<title>総務省、自治体に新指針 - テックニュース</title>',
        `<article><h1>総務省、自治体に新指針</h1><p>2024年3月5日</p>${'<p>総務省は5日、全国の自治体に対し、業務システムへの不正アクセスを防ぐための新たな指針を示した。専門家によると、被害は拡大している。</p>'.repeat(4)}</article>`,
      ),
    );
    expect(article).toMatchObject({ title: '総務省、自治体に新指針', published: '2024-03-05', outlet: 'テックニュース' });
  });

  it('a byline box of text parts (a name over a place) is read as the page showed it, through its parts', () => {
    // Readability turns a <div> of text into a <p>: the header's author elements are read before it runs.
    const { article } = read(
      page(
        '<title>Talks resume in Geneva after a long pause</title>',
        `<article><h1>Talks resume in Geneva after a long pause</h1><div class="author-box"><img src="/jane.jpg" alt=""><div class="author-name">Jane Doe</div><div class="author-title">Geneva</div></div>${prose}</article>`,
      ),
    );
    expect(article?.authors).toEqual(['Jane Doe']);
  });

  it('no <h1> but the logo is the headline: an <h3> that is the declared title is, and the byline under it is read', () => {
    const { article, provenance } = read(
      page(
        '<title>Talks resume in Geneva after a long pause | Example Portal</title><meta property="og:title" content="Talks resume in Geneva after a long pause">',
        `<header><h1 class="doc-title"><a href="/">Example Portal</a></h1></header><div class="box_view"><h3 class="tit_view">Talks resume in Geneva after a long pause</h3>
        <span class="info_view"><span class="txt_info">By Jane Doe</span></span>${prose}</div>`,
      ),
    );
    expect(article?.authors).toEqual(['Jane Doe']);
    expect(provenance.authors).toBe('header');
  });

  it.each([
    [
      '<div class="read__credit"><div><h6>Penulis</h6><a href="/tag/jane-doe">Jane Doe</a></div> | <div><h6>Editor</h6><a href="/tag/john-roe">John Roe</a></div></div>',
    ],
    ['<div class="meta"><span class="label">Yazar</span><span class="value">Jane Doe</span></div>'],
  ])('an author label on its own line names the line after it, not the editor: %s', (credit) => {
    const { article } = read(
      page(
        '<title>Talks resume in Geneva after a long pause</title>',
        `<article><h1>Talks resume in Geneva after a long pause</h1>${credit}${prose}</article>`,
      ),
    );
    expect(article?.authors).toEqual(['Jane Doe']);
  });
});

describe('bylines as pages lay them out', () => {
  const title = 'Talks resume in Geneva after a long pause';
  // Paragraphs long enough to end the header: what follows them is after the text.
  const text =
    '<p>Officials from both countries met on Friday in Geneva and agreed to keep talking about the agreement on energy and cyber security, a ministry statement said late on Friday evening.</p>'.repeat(
      5,
    );
  it.each([
    [
      'an author block after the text, one element per name under a label',
      '',
      '<div class="article__authors"><span class="article__authors__label">Authors</span><span class="article__authors__author" itemprop="author"><span class="article__authors__author__name" itemprop="name">Jane Doe</span></span>, <span class="article__authors__author" itemprop="author"><span class="article__authors__author__name" itemprop="name">John Roe</span></span></div>',
      ['Jane Doe', 'John Roe'],
    ],
    ['an author block after the text, one line', '', '<p class="doc__text document_authors">Jane Doe</p>', ['Jane Doe']],
    [
      'a byline box of names over roles, no links and no "By"',
      '<div data-testid="byline-new-contributors"><div><div><span>Jane Doe</span></div><div>Technology reporter</div></div><div><div><span>John Roe</span></div><div>Cyber correspondent</div></div></div>',
      '',
      ['Jane Doe', 'John Roe'],
    ],
    [
      'a link to a team page outside a byline is no author (a sports page)',
      '<p class="teams"><a href="/team/los-angeles-lakers/">Los Angeles Lakers</a></p>',
      '',
      [],
    ],
    ['a byline box of one name and a role', '<div class="byline"><span>Jane Doe</span> <span>Senior Writer</span></div>', '', ['Jane Doe']],
    [
      "a byline beside a link to another story after the text is that story's",
      '',
      '<ul class="more"><li><a href="/news/2025/03/11/payroll-outage/">County payroll system still down after attack</a><span class="c-byline">By Megan Ostrowski</span><time>March 11, 2025</time></li></ul>',
      [],
    ],
    ['a byline printed after the text is read', '', '<p class="article-author">By Jane Doe</p>', ['Jane Doe']],
    ['a name alone in bold, set right after the text', '', '<p class="Normal" style="text-align:right;"><strong>Minh Anh</strong></p>', ['Minh Anh']],
    ['a bold sentence set right after the text is no byline', '', '<p style="text-align: right"><strong>Read more on our site.</strong></p>', []],
    [
      'three author cards of a name over a role: the third is read',
      '<div class="authors">' +
        ['Jane Doe|Principal Researcher', 'John Roe|Malware Analyst', 'Ann Poe|Detection Engineer']
          .map((c) => `<div class="author-card"><div class="author-name">${c.split('|')[0]}</div><div class="author-role">${c.split('|')[1]}</div></div>`)
          .join('') +
        '</div>',
      '',
      ['Jane Doe', 'John Roe', 'Ann Poe'],
    ],
    [
      '"by" over one list item per name, a comma after the first',
      '<ul class="article-byline"><li>by</li><li><a href="/search?term=jane%20doe">Jane Doe</a>,</li><li><a href="/search?term=john%20roe">John Roe</a></li></ul>',
      '',
      ['Jane Doe', 'John Roe'],
    ],
    ['a "By" line ending in "and" runs on into the next line', '<div class="meta"><p>By Jane Doe and</p><p>John Roe</p></div>', '', ['Jane Doe', 'John Roe']],
    [
      "a byline box's second line after a name with no comma is not read as more names",
      '<div class="meta"><p>By Jane Doe</p><p>Ann Poe contributed reporting</p></div>',
      '',
      ['Jane Doe'],
    ],
    [
      "an editor's author page under the byline is no author",
      '<a class="author-chip" href="/authors/jane-doe/"><span>Jane Doe</span></a><p class="edited">Edited by <a href="/authors/john-roe/">John Roe</a></p>',
      '',
      ['Jane Doe'],
    ],
    [
      "a reviewer's and a photographer's author pages are no authors",
      '<p class="meta">By <a href="/author/jane-doe/">Jane Doe</a> | Reviewed by <a href="/author/john-roe/">John Roe</a> | Photos by <span><a href="/author/ann-poe/">Ann Poe</a></span></p>',
      '',
      ['Jane Doe'],
    ],
  ])('%s', (_what, above, below, authors) => {
    // The byline module on the page's header alone (Readability's byline, ranked above some of these rules, left out).
    const doc = parseHtmlWithLinkedom(page(`<title>${title}</title>`, `<article><h1>${title}</h1>${above}${text}${below}</article>`));
    const header = readPageHeader(doc, [title], []);
    expect(chooseByline({ declared: [], header, notNames: [] }).value ?? []).toEqual(authors);
  });
});

describe('a Chinese reporter line in the header', () => {
  const title = '多地医院信息系统遭勒索软件攻击';
  const lead = '<p>近期，多地医院的信息系统遭到勒索软件攻击，部分医院门诊挂号、缴费和检查预约一度中断。本报记者从多家医院了解到，目前相关系统已基本恢复。</p>';
  const more = '<p>业内人士指出，医疗机构信息系统复杂、设备多样，很多医院的网络安全投入长期不足，系统漏洞往往无法及时修补。</p>'.repeat(4);
  const byline = (above: string) => {
    const doc = parseHtmlWithLinkedom(page(`<title>${title}</title>`, `<article><h1>${title}</h1>${above}${lead}${more}</article>`));
    return chooseByline({ declared: [], header: readPageHeader(doc, [title], []), notNames: [] }).value ?? [];
  };
  it("the outlet's reporter line names the reporter; the text's sentence that mentions 记者 names no one", () => {
    expect(byline('<p class="news_author">浦江新闻记者 陈思远</p>')).toEqual(['陈思远']);
    expect(byline('')).toEqual([]);
  });
});

describe('a Japanese reporter credit closing the text', () => {
  it.each([
    ['a credit line of its own', '（北村理沙記者）', { names: '北村理沙', ownLine: true }],
    [
      'two reporters in 【】 ending the last paragraph',
      '官房副長官は「体制を整えたい」と述べた。【山田花子、佐々木誠】',
      { names: '山田花子、佐々木誠', ownLine: false },
    ],
    ['a place in round brackets is no credit', '会議は来月開かれる（東京）', undefined],
    ['【】 opening a line is a dateline, not a credit', '【ワシントン共同】米政府は5日、制裁を発表した。', undefined],
    ['a long bracket is no name', '述べた。【サイバー攻撃対策の強化について】', undefined],
  ])('%s', (_what, text, credit) => expect(closingCredit(text)).toEqual(credit));

  it("is the page's byline where nothing else names a reporter", () => {
    const title = '中小企業のサイバー対策に補助金';
    const body =
      '<p>県は中小企業のサイバー攻撃対策を支援するため、新たな補助金制度を設けると発表した。対象は県内に事業所を置く企業で、上限は50万円となる。</p>'.repeat(4);
    const html = page(
      `<title>${title}</title>`,
      `<article><h1>${title}</h1>${body}<p>担当者は「基本的な対策から始めてほしい」と話している。</p><p>（北村理沙記者）</p></article>`,
    ).replace('lang="en"', 'lang="ja"');
    const { parsed } = parseSource({ name: 'kisha.html', text: html }, undefined, { parseHtml: parseHtmlWithLinkedom });
    expect(parsed?.source.authors).toEqual(['北村理沙']);
    expect(parsed?.sentences.map((x) => x.text).join('')).not.toContain('記者）');
  });
});

describe("author cards after the text and Readability's byline read from them", () => {
  const title = 'Talks resume in Geneva after a long pause';
  const cards =
    '<div class="author-list"><h3>Authors</h3>' +
    '<div class="author-card"><div class="field-name"><a href="/en/people/jane-doe">Jane Doe</a></div><div class="field-jobtitle">Partner, Technology Risk</div></div>' +
    '<div class="author-card"><div class="field-name"><a href="/en/people/john-roe">John Roe</a></div><div class="field-jobtitle">Senior Manager</div></div></div>';
  const choice = (readability: string) => {
    const long = `<p>${'Officials from both countries met on Friday and agreed to keep talking about the agreement. '.repeat(3)}</p>`;
    const doc = parseHtmlWithLinkedom(page(`<title>${title}</title>`, `<article><h1>${title}</h1>${long.repeat(4)}</article>${cards}`));
    return chooseByline({ declared: [], header: readPageHeader(doc, [title], []), readability, notNames: [] });
  };
  it("Readability glued the first name to its title: the cards' links", () => {
    expect(choice('Jane DoePartner, Technology Risk')).toMatchObject({
      value: ['Jane Doe', 'John Roe'],
      rule: "author-page links of the author box Readability's byline was read from",
    });
  });
  it('a byline Readability found elsewhere: the rule gives nothing', () => {
    expect(choice('By Ann Poe').candidates.map((c) => c.rule)).not.toContain("author-page links of the author box Readability's byline was read from");
  });
});

describe("a publishing platform's account as the outlet", () => {
  const title = '网络数据安全管理条例正式施行';
  const body = '<p>条例对网络数据处理者的安全义务作出了系统规定，也回应了企业在实践中长期关注的一些问题，值得认真研读。</p>'.repeat(5);
  const outlet = (head: string) =>
    read(
      page(
        `<title>${title}</title><meta property="og:url" content="https://mp.weixin.example/s/abc">${head}`,
        `<h1 class="rich_media_title">${title}</h1><div class="rich_media_meta_list"><span>刘晓东</span> <span class="rich_media_meta_nickname"><a id="js_name" href="javascript:void(0);">安全观察</a></span> <em id="publish_time">2025年01月10日 18:30</em></div><div id="js_content">${body}</div>`,
      ).replace('lang="en"', 'lang="zh-CN"'),
    ).article?.outlet;
  it.each([
    ['the account named beside the author, not the bare host', '', '安全观察'],
    ['a declared site name comes first', '<meta property="og:site_name" content="安全观察网">', '安全观察网'],
  ])('%s', (_what, head, want) => expect(outlet(head)).toBe(want));
});

describe('declared authors and the byline shown', () => {
  const title = 'Talks resume in Geneva after a long pause';
  const byline = (declared: string[], shown: string) => {
    const doc = parseHtmlWithLinkedom(page(`<title>${title}</title>`, `<article><h1>${title}</h1>${shown}${prose}</article>`));
    const header = readPageHeader(doc, [title], []);
    return chooseByline({ declared: [{ value: declared, from: 'json-ld' }], header, notNames: [] });
  };
  it.each([
    [
      'the page shows the declared author and another',
      ['Jane Doe'],
      '<h4 class="author-name"><a href="/author/jane/">Jane Doe</a>, <a href="/author/john/">John Roe</a></h4>',
      ['Jane Doe', 'John Roe'],
    ],
    [
      'the page shows the declared authors',
      ['Jane Doe', 'John Roe'],
      '<p class="byline">By <a href="/author/jane/">Jane Doe</a></p>',
      ['Jane Doe', 'John Roe'],
    ],
    [
      "a company blog's authors, links to /team/ pages in a byline list",
      ['Jane Doe'],
      '<ul class="post-authors"><li class="post-author"><a href="/team/jane-doe/">Jane Doe</a></li><li class="post-author"><a href="/team/john-roe/">John Roe</a></li></ul>',
      ['Jane Doe', 'John Roe'],
    ],
    [
      'the page shows the declared author and another, their links running on into a role and an affiliation',
      ['Jane Doe'],
      '<p class="author-section">By <a href="/home/search.html?s=&amp;authornamef=Jane+Doe" class="author" rel="nofollow">Jane Doe For Postonline</a> and <a href="/home/search.html?s=&amp;authornamef=John+Roe" class="author" rel="nofollow">John Roe Science Correspondent For The Daily Post</a></p>',
      ['Jane Doe', 'John Roe'],
    ],
    [
      'the page shows someone else',
      ['Jane Doe'],
      '<p class="byline">By <a href="/author/john/">John Roe</a> and <a href="/author/ann/">Ann Lee</a></p>',
      ['Jane Doe'],
    ],
  ])('%s', (_what, declared, shown, authors) => expect(byline(declared, shown).value).toEqual(authors));
});

describe('author meta of one person a tag (citation_author, Dublin Core)', () => {
  it.each([
    ['Okafor, Chidi', 'Chidi Okafor'],
    ['van Dam, Tijs', 'Tijs van Dam'],
    ['Lindgren, Eva M.', 'Eva M. Lindgren'],
    ['DOE, JANE', 'JANE DOE'],
    ['Jane Doe, PhD', 'Jane Doe, PhD'],
    ['Ann Lee, CISSP', 'Ann Lee, CISSP'],
    ['Jane Doe, John Roe', 'Jane Doe, John Roe'],
  ])('%s → %s', (value, name) => expect(givenNameFirst(value)).toBe(name));

  it('every citation_author is an author, given name first; DC.creator likewise; a meta author is not turned round', () => {
    const read = (head: string) => readHtmlMetadata(parseHtmlWithLinkedom(page(head, '<p>Text.</p>'))).authors.map((a) => [a.rule, a.value]);
    expect(read('<meta name="citation_author" content="Okafor, Chidi"><meta name="citation_author" content="Lindgren, Eva">')).toEqual([
      ['meta citation_author', ['Chidi Okafor', 'Eva Lindgren']],
    ]);
    expect(read('<meta name="DC.creator" content="Ngata, Aroha">')[0]).toEqual(['meta dc.creator', ['Aroha Ngata']]);
    expect(read('<meta name="author" content="Jane Doe, John Roe">')).toEqual([['meta author', ['Jane Doe', 'John Roe']]]);
  });

  it('citation_title and citation_publication_date are declared title and date', () => {
    const meta = readHtmlMetadata(
      parseHtmlWithLinkedom(
        page('<meta name="citation_title" content="A working paper"><meta name="citation_publication_date" content="2024/05/14">', '<p>Text.</p>'),
      ),
    );
    expect(meta.titles.map((t) => t.value)).toEqual(['A working paper']);
    expect(meta.dates.map((d) => d.value)).toEqual(['2024-05-14']);
  });
});

describe("a publisher with the author's name", () => {
  const title = 'Talks resume in Geneva after a long pause';
  it.each([
    ['the person the page declares as its author (a blog generator wrote the author as publisher)', 'Jane Doe', 'Example Engineering', ['Jane Doe']],
    ['the site itself (the declared site name)', 'Jane Doe', 'Jane Doe', []],
  ])('is %s', (_what, publisher, siteName, authors) => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: title,
      author: { '@type': 'Person', name: 'Jane Doe' },
      publisher: { '@type': 'Organization', name: publisher },
    };
    const { article } = read(
      page(
        `<title>${title}</title><meta property="og:site_name" content="${siteName}"><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
        `<article><h1>${title}</h1>${prose}</article>`,
      ),
    );
    expect(article?.authors).toEqual(authors);
  });
});

describe('scripts without spaces', () => {
  it('counts segmenter words, not spaces', () => {
    expect(countWords('今日は晴れです')).toBeGreaterThanOrEqual(3);
    expect(countWords('two words')).toBe(2);
  });

  it('splits sentences at 。！？, not inside a quotation', () => {
    const p = '政府は「対策を強化する。国として支援する」と述べた。専門家は懸念している！本当か？';
    expect(splitSentences(p).map((s) => p.slice(s.start, s.end))).toEqual([
      '政府は「対策を強化する。国として支援する」と述べた。',
      '専門家は懸念している！',
      '本当か？',
    ]);
  });

  it('search terms: two-character pieces of Chinese and Japanese, words elsewhere', () => {
    expect(searchTerms('网络安全 and Cyber')).toEqual(['网络', '络安', '安全', 'and', 'Cyber']);
  });
});

describe('linear reading', () => {
  it('5 MB of unclosed comments and scripts reads in well under a second per pass', async () => {
    const { slimHtml } = await import('../../src/intake/read-article');
    const { stripInlineHtml } = await import('../../src/intake/front-matter');
    for (const junk of ['<!--'.repeat(1_250_000), '<script>'.repeat(625_000)]) {
      const t0 = performance.now();
      slimHtml(`<html><body><p>Text.</p>${junk}</body></html>`);
      stripInlineHtml(junk);
      expect(performance.now() - t0).toBeLessThan(1500);
    }
  });
});
