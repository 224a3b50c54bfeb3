/**
 * The article's header as a reader sees it: the main heading, and the
 * elements around it that carry the byline and the date. Found in one walk of
 * the page (before Readability rewrites it), so the title, byline and date
 * modules can read the header without walking the page again.
 *
 * The main heading is the `<h1>` (or headline-classed heading) whose words are
 * closest to the page's declared titles (`og:title`, JSON-LD headline,
 * `<title>`), never a logo or the site's name. The header runs from a little
 * before it to the first paragraph of prose after it.
 */
import { hasSpacelessScript, segmentWords } from '../text/segment';
import { countWords } from '../text/words';
import { compactName } from './authors';
import { titleParts } from './outlet';

export interface HeaderElement {
  el: Element;
  /** Position in document order. */
  at: number;
  /** Inside the header (around the main heading), as opposed to elsewhere in the page. */
  inHeader: boolean;
}

/**
 * An element that names an author, with what it says as read before Readability
 * rewrites the page (it turns a `<div>` of text into a `<p>` and moves its
 * children there, leaving the element read here empty).
 */
export interface AuthorElement extends HeaderElement {
  /** Its text, a space at every element's edge ("Jane Doe" over "Ankara" are two lines, not "Jane DoeAnkara"). */
  text: string;
  /** The name it gives: an `itemprop=name` inside it, its `content`, else its text. */
  name: string;
  /** It holds a paragraph: a box of prose, not a byline. */
  hasParagraph: boolean;
  /** It holds another author-marked element that is no link: a box around the byline, read through its parts. */
  holdsByline: boolean;
  /** Its texts element by element ("Tom Gerken", "Technology reporter", "Joe Marsh"…): a box of names over roles (in the header only). */
  parts: string[];
  /** An author-page link's author box, as the page was read: the outermost author-marked box of a card list's size around it. */
  box?: Element;
}

export interface PageHeader {
  /** The main heading's text, and how it was judged. */
  heading?: { text: string; similarity: number; why: string };
  /** The heading's position in document order (-1 without one). */
  headingAt: number;
  /** Elements with a `datetime` or date-like data attribute, or marked as the publication date. */
  dated: HeaderElement[];
  /** Elements that name an author: itemprop/rel author, author-page links, byline-classed blocks. */
  authorish: AuthorElement[];
  /** Short text blocks of the header, in order (for "By …" lines and written dates). */
  lines: { text: string; el: Element; at: number }[];
  /** Text blocks after the article body that name an author (a byline printed at the end). */
  trailing: { text: string; el: Element }[];
  /** What the links home call the site: their logo's `alt`, SVG title or label, their own label ("Capitol Brief home"). */
  logoNames: string[];
  /** The name of the account that published the page on a publishing platform (a WeChat official account's `#js_name`). */
  accountName?: string;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'NAV', 'FOOTER', 'FORM', 'BUTTON', 'SELECT']);
const HEADLINE_CLASS =
  /(?:^|[\s_-])(?:headline|entry-title|post-title|article-title|article__title|story-title|page-title|title-article|post-full-title|doc_header__name)(?:$|[\s_-])/i;
const NOT_HEADLINE = /site-title|logo|brand|masthead|widget|sidebar|related|teaser|promo|card/i;
const AUTHOR_MARK = /author|byline|writer|reporter|contributor|columnist|posted-?by|meta__author|signature|firma|autor|auteur|journalist/i;
const NOT_AUTHOR_MARK = /comment|avatar|author-?bio|about-the-author|follow|share|social|related|newsletter|author-box-desc/i;
const AUTHOR_HREF =
  /\/(?:authors?|staff|profiles?|people|writers?|contributors?|reporters?|journalists?|columnists?|byline|signataires|autor(?:en|es|s|i)?|auteurs|forfatter|szerzo|redakteur|redaccion|journaliste|reporter)\/|\/@[\w.-]+\/?(?:[?#]|$)|[?&]author=/i;
/** A company blog's page of a member of its team: an author's page only inside a byline (a sports page links its teams). */
const TEAM_HREF = /\/team\/[\w-]+\/?(?:[?#]|$)/i;
/** Elements after the heading that a header may span: bylines and dates sit right under it. */
const MAX_HEADER_ELEMENTS = 120;
const LINE_TAGS = /^(?:P|DIV|SPAN|LI|TIME|ADDRESS|H[2-6]|A|STRONG|EM|B|SMALL|SECTION|HEADER|DD|TD)$/;
const BLOCK_TAGS = /^(?:P|DIV|LI|H1|H2|H3|SECTION|HEADER|ARTICLE|UL|OL|TABLE)$/;

const DATE_MARK = /(?:^|[\s_-])(?:date|dates|time|timestamp|published|pubdate|posted|dateline)(?:$|[\s_-])/i;

/**
 * The lines of an element with blocks inside: its own text between them, cut
 * at each block and `<br>` ("By …<br>on December 29, 2014 at 3:02 PM, updated …"
 * written straight into a byline box that also holds a block).
 */
function ownLines(el: Element): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const text = clean(current);
    if (text) lines.push(text);
    current = '';
  };
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) current += n.nodeValue ?? '';
    else if (n.nodeType === 1) {
      const tag = (n as Element).tagName.toUpperCase();
      if (tag === 'BR' || BLOCK_TAGS.test(tag)) flush();
      else if (!SKIP.has(tag)) current += ' ' + ((n as Element).textContent ?? '') + ' ';
    }
  }
  flush();
  return lines;
}

/** The text of `el` with a space at every element's edge, so that blocks' words do not run together ("29" over "Mai 2013"). */
function spacedText(el: Element): string {
  let text = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) text += n.nodeValue ?? '';
    else if (n.nodeType === 1 && !SKIP.has((n as Element).tagName.toUpperCase())) text += ' ' + spacedText(n as Element) + ' ';
  }
  return text;
}

/** The runs of text of `el`, each in its own element: a name and a role side by side are two, not one. */
function leafTexts(el: Element): string[] {
  const out: string[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      const text = clean(n.nodeValue);
      if (text) out.push(text);
    } else if (n.nodeType === 1 && !SKIP.has((n as Element).tagName.toUpperCase())) out.push(...leafTexts(n as Element));
  }
  return out;
}

/** Whether a child of `el` is itself a block: then `el` is no single line. */
function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_TAGS.test(c.tagName.toUpperCase())) return true;
  return false;
}
const DATE_DATA = ['data-timestamp', 'data-published', 'data-publish-date', 'data-date', 'data-time', 'data-datetime', 'data-pubdate', 'data-created'];

const clean = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
const classOf = (el: Element) =>
  `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('data-qa') ?? ''} ${el.getAttribute('data-testid') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;

/** Words for comparing titles: segmenter words where a script has no spaces, lower case. */
export function titleWords(text: string): string[] {
  const t = text.toLowerCase();
  return (hasSpacelessScript(t) ? segmentWords(t) : t.split(/[^\p{L}\p{N}]+/u)).filter(Boolean);
}

/** How much of `heading` another title shares, 0–1 (Dice over words). */
export function titleSimilarity(heading: string, other: string): number {
  const a = titleWords(heading);
  const b = new Set(titleWords(other));
  if (!a.length || !b.size) return 0;
  let shared = 0;
  for (const w of new Set(a)) if (b.has(w)) shared++;
  return (2 * shared) / (new Set(a).size + b.size);
}

/** Words of three letters or more (any length in a script without spaces) that two titles share. */
export function sharedContentWords(a: string, b: string): number {
  const content = (t: string) => new Set(titleWords(t).filter((w) => w.length >= 3 || hasSpacelessScript(w)));
  const other = content(b);
  let n = 0;
  for (const w of content(a)) if (other.has(w)) n++;
  return n;
}

/** Weighted length of prose: a character of a script without spaces says about as much as three Latin ones. */
export function proseWeight(text: string): number {
  let n = text.length;
  if (hasSpacelessScript(text)) for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x2e80) n += 2;
  return n;
}

function isLogo(el: Element, text: string, siteNames: string[]): boolean {
  if (NOT_HEADLINE.test(classOf(el))) return true;
  const link = el.querySelector('a[href]') ?? (el.closest('a[href]') as Element | null);
  const href = link?.getAttribute('href') ?? '';
  if (link && /^(?:\/|https?:\/\/[^/]+\/?)$/.test(href)) return true;
  const compact = compactName(text);
  return !compact || siteNames.some((s) => compactName(s) === compact);
}

/** Enough words to be a headline: three words, or six characters of a script without spaces. */
const headlineSized = (text: string) => (hasSpacelessScript(text) ? text.length >= 6 : countWords(text) >= 3) && text.length <= 300;

/**
 * Reads the header of `doc`. `titles` are the page's declared titles to
 * match the heading against; `siteNames` the names a logo would carry.
 */
export function readPageHeader(doc: Document, titles: string[], siteNames: string[], documentTitle = ''): PageHeader {
  const all: Element[] = [];
  const walk = (el: Element) => {
    all.push(el);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (!SKIP.has(c.tagName.toUpperCase())) walk(c);
  };
  if (doc.body) walk(doc.body);

  // The main heading: the headline-sized h1/headline element closest to a declared title.
  let best: { el: Element; at: number; text: string; similarity: number; why: string } | undefined;
  const headings: { el: Element; at: number; text: string }[] = [];
  all.forEach((el, at) => {
    const tag = el.tagName.toUpperCase();
    const isH1 = tag === 'H1';
    const headlineClassed = /^H[1-3]$|^DIV$|^SPAN$|^P$/.test(tag) && (HEADLINE_CLASS.test(classOf(el)) || el.getAttribute('itemprop') === 'headline');
    if (!isH1 && !headlineClassed) return;
    // A headline-classed wrapper around an h1 is the same heading.
    if (!isH1 && el.querySelector('h1')) return;
    // Without a heading's anchor mark ("¶", "#") left by documentation generators.
    const text = clean(el.textContent).replace(/\s*[¶#§🔗]$/u, '');
    if (!headlineSized(text) || isLogo(el, text, siteNames)) return;
    headings.push({ el, at, text });
  });
  // The declared titles (og:title, JSON-LD, Dublin Core) judge the heading; the document title only where none is declared.
  // A document title's longest part is its headline ("Headline - Section - Site").
  const longEnough = (t: string) => t.length >= 10 || (hasSpacelessScript(t) && t.length >= 4);
  const declared = titles.filter(longEnough);
  const judges = declared.length ? declared : [titleParts(documentTitle).sort((a, b) => b.length - a.length)[0] ?? ''].filter(longEnough);
  for (const h of headings) {
    const similarity = Math.max(0, ...judges.map((t) => titleSimilarity(h.text, t)));
    if (!best || similarity > best.similarity + 0.05) best = { ...h, similarity, why: 'closest to the declared title' };
  }
  // No <h1> or headline-classed heading is the title: an <h2>–<h4> that is (a portal's <h3 class="tit_view">).
  if (!best || best.similarity < 0.5) {
    let sub: typeof best;
    all.forEach((el, at) => {
      if (!/^H[2-4]$/.test(el.tagName.toUpperCase())) return;
      const text = clean(el.textContent);
      if (!headlineSized(text) || isLogo(el, text, siteNames)) return;
      const similarity = Math.max(0, ...declared.map((t) => titleSimilarity(text, t)));
      if (similarity >= 0.8 && (!sub || similarity > sub.similarity)) sub = { el, at, text, similarity, why: 'a lower heading that is the declared title' };
    });
    if (sub) best = sub;
  }
  if (best && best.similarity < 0.3) {
    const h1s = headings.filter((h) => h.el.tagName.toUpperCase() === 'H1');
    // No heading resembles the titles: the page's one real <h1> still is its headline, unless the page declares another.
    const only = h1s.length === 1 ? h1s[0] : undefined;
    const similarity = only ? Math.max(0, ...judges.map((t) => titleSimilarity(only.text, t))) : 0;
    const shared = only ? Math.max(0, ...judges.map((t) => sharedContentWords(only.text, t))) : 0;
    best = only && (shared >= 2 || !judges.length) ? { ...only, similarity, why: "the page's only headline-sized <h1>" } : undefined;
  }

  if (best) {
    const part = headlinePart(best.el, best.text, declared);
    if (part) best = { ...best, text: part, why: `${best.why}, its headline part without the kicker` };
  }

  const headingAt = best?.at ?? firstArticleAt(all);
  // The header ends at the first paragraph of prose after the heading, and never runs far.
  let end = Math.min(all.length, Math.max(headingAt, 0) + MAX_HEADER_ELEMENTS);
  for (let i = Math.max(headingAt, 0) + 1; i < end; i++) {
    if (all[i].tagName.toUpperCase() === 'P' && proseWeight(clean(all[i].textContent)) >= 160) {
      end = i;
      break;
    }
  }
  const start = headingAt < 0 ? 0 : Math.max(0, headingAt - 40);
  const inHeader = (at: number) => headingAt >= 0 && at >= start && at <= end + 2;

  const header: PageHeader = { headingAt, dated: [], authorish: [], lines: [], trailing: [], logoNames: [] };
  if (best) header.heading = { text: best.text, similarity: best.similarity, why: best.why };
  all.forEach((el, at) => {
    const cls = classOf(el);
    if (el.hasAttribute('datetime') || DATE_DATA.some((a) => el.hasAttribute(a)) || /datePublished|dateCreated/.test(el.getAttribute('itemprop') ?? '')) {
      header.dated.push({ el, at, inHeader: inHeader(at) });
    }
    const tag = el.tagName.toUpperCase();
    if (tag === 'A' && header.logoNames.length < 8 && HOME_HREF.test(el.getAttribute('href') ?? '')) header.logoNames.push(...logoNames(el));
    const rel = el.getAttribute('rel') ?? '';
    const href = tag === 'A' ? (el.getAttribute('href') ?? '') : '';
    const authorLink =
      tag === 'A' &&
      (/\bauthor\b/i.test(rel) || AUTHOR_HREF.test(href) || (TEAM_HREF.test(href) && !!el.closest('[class*="author"], [class*="byline"]'))) &&
      !OTHER_CREDIT.test(textBefore(el));
    const authorMarked = (AUTHOR_MARK.test(cls) || /\bauthor\b/.test(el.getAttribute('itemprop') ?? '')) && !NOT_AUTHOR_MARK.test(cls);
    if (authorLink || authorMarked)
      header.authorish.push({
        el,
        at,
        inHeader: inHeader(at),
        text: clean(spacedText(el)),
        name: nameOf(el),
        hasParagraph: !!el.querySelector('p'),
        holdsByline: false,
        parts: inHeader(at) ? leafTexts(el) : [],
        box: authorLink ? authorBox(el) : undefined,
      });
    // Short blocks of the header, innermost: where "By …" lines and written dates are.
    if (inHeader(at) && at !== headingAt && LINE_TAGS.test(tag)) {
      if (!hasBlockChild(el)) {
        // Parts in elements side by side with nothing between them are words apart, as the page's styles show them: a
        // date's spans ("05", "Mar", "2024"), a byline link and the date after it ("Ivana Marić" "14. listopada 2024.").
        const text = clean(spacedText(el));
        if (text && text.length <= 200) header.lines.push({ text, el, at });
      } else {
        // A date box of blocks ("29" over "Mai 2013") reads as one line; other boxes give their own text between blocks.
        const whole = DATE_MARK.test(cls) ? clean(spacedText(el)) : '';
        if (whole && whole.length <= 60) header.lines.push({ text: whole, el, at });
        for (const text of ownLines(el)) if (text.length <= 200) header.lines.push({ text, el, at });
      }
    }
    if (!inHeader(at) && at > end && /^(?:P|DIV|SPAN)$/.test(tag) && AUTHOR_MARK.test(cls) && !NOT_AUTHOR_MARK.test(cls) && !el.querySelector('p, div')) {
      const text = clean(el.textContent);
      if (text && text.length <= 80 && !isTeaserByline(el)) header.trailing.push({ text, el });
    }
    // A name alone in bold, set right under the text's last paragraph (a Vietnamese daily's "<p style="text-align:right">
    // <strong>Minh Anh</strong></p>"): the byline printed at the end.
    if (!inHeader(at) && at > end && tag === 'P' && /text-align:\s*right/i.test(el.getAttribute('style') ?? '')) {
      const text = clean(el.textContent);
      const bold = el.querySelector('strong, b');
      if (text && text.length <= 40 && bold && clean(bold.textContent) === text) header.trailing.push({ text, el });
    }
  });
  // A platform's publishing account, named beside the author (WeChat's "原创 刘晓东 安全观察 2025年01月10日").
  const account = clean(doc.querySelector('#js_name, .rich_media_meta_nickname, .profile_nickname')?.textContent);
  if (account && account.length <= 40) header.accountName = account;
  // A box of author-marked parts (a name over a place) is read through its parts.
  const headerAuthors = header.authorish.filter((a) => a.inHeader);
  for (const inner of headerAuthors) {
    if (inner.el.tagName.toUpperCase() === 'A') continue;
    for (const outer of headerAuthors) if (outer.at < inner.at && !outer.holdsByline && outer.el.contains(inner.el)) outer.holdsByline = true;
  }
  return header;
}

/** A link to the site's home page: "/", "./", or an address with no path. */
const HOME_HREF = /^(?:\/|\.\/|https?:\/\/[^/?#]+\/?)(?:[?#].*)?$/i;
/** What a home link's label says besides the site's name ("Go to the … homepage", "Home - …", "… home", "… logo"). */
const HOME_WORDS =
  /^(?:(?:go|return|back)\s+to\s+(?:the\s+)?|(?:home\s*page|homepage|home|startseite|accueil|inicio)\s*[-–|:]\s*)|(?:\s*[-–|:]?\s*(?:home\s*page|homepage|home|logo|startseite|accueil|inicio))+$/gi;

/** The names a link home gives the site: its logo's SVG label or title, the image's `alt`, its own label, its text. */
function logoNames(a: Element): string[] {
  const svg = a.querySelector('svg');
  const raw = [
    svg?.getAttribute('aria-label'),
    svg?.querySelector('title')?.textContent,
    a.querySelector('img[alt]')?.getAttribute('alt'),
    a.getAttribute('aria-label'),
    a.getAttribute('title'),
    a.textContent,
  ];
  const names: string[] = [];
  for (const r of raw) {
    const name = clean(r).replace(HOME_WORDS, '').trim();
    if (name && name.length <= 60 && /\p{L}/u.test(name) && !names.includes(name)) names.push(name);
  }
  return names;
}

function nameOf(el: Element): string {
  const named = el.querySelector('[itemprop="name"]');
  return clean(named?.getAttribute('content') ?? named?.textContent ?? el.getAttribute('content') ?? el.textContent);
}

const normal = (t: string) => clean(t).toLowerCase();

/**
 * A heading of a kicker element and a headline element ("<span>NIS-2</span><span>Bundestag beschließt …</span>",
 * a Quebec daily's topic span run into its headline with no space) where a declared title is the headline element
 * alone: that element's text. The kicker is short (at most six words) and an element of its own; a heading that
 * writes "Exclusive: …" as one run of text is left whole.
 */
export function headlinePart(heading: Element, text: string, declared: string[]): string | undefined {
  const whole = normal(text);
  for (const el of Array.from(heading.querySelectorAll('*'))) {
    const own = clean(el.textContent);
    const mine = normal(own);
    if (mine.length < 10 || mine === whole || !whole.endsWith(mine) || !declared.some((t) => normal(t) === mine)) continue;
    const kicker = clean(text.slice(0, text.length - own.length)).replace(/[\s:|–—-]+$/u, '');
    if (kicker && countWords(kicker) <= 6) return own;
  }
  return undefined;
}

/**
 * A credit other than the byline right before a link ("Edited by", "Reviewed by", "Photos by", "Translated by",
 * "Editor:"): the link to that person's author page names an editor, a photographer or a translator, not an author.
 */
export const OTHER_CREDIT =
  /(?:\b(?:edited|reviewed|fact[- ]?checked|photo(?:graph)?s?|photography|illustrations?|illustrated|translated|graphics|video|produced)\s+by|\b(?:editor|edited|photos?|illustrations?|translation|translator)\s*:|\b(?:redigiert|bearbeitet|übersetzt) von|\b(?:édité|traduit|relu) par|\b(?:editado|traducido|revisado) por)\s*$/i;

/** The text written right before `el` in its line: its earlier siblings', and its inline parents' (at most 40 characters). */
function textBefore(el: Element): string {
  let text = '';
  for (let node: Element | null = el; node && text.length < 40; node = node.parentElement) {
    for (let sib = node.previousSibling; sib && text.length < 40; sib = sib.previousSibling) text = (sib.textContent ?? '') + text;
    if (!node.parentElement || !/^(?:SPAN|EM|STRONG|B|I|SMALL)$/.test(node.parentElement.tagName.toUpperCase())) break;
  }
  return clean(text).slice(-40);
}

const AUTHOR_BOX = '[class*="author"], [class*="byline"], [class*="contributor"]';

/** The author box around a link: its nearest author-marked ancestor, widened to the outermost one of at most 600 characters. */
function authorBox(link: Element): Element | undefined {
  let box = link.parentElement?.closest(AUTHOR_BOX) ?? undefined;
  for (let up = box?.parentElement?.closest(AUTHOR_BOX); up && (up.textContent ?? '').length <= 600; up = up.parentElement?.closest(AUTHOR_BOX)) box = up;
  return box;
}

/**
 * A byline beside a link to another story (a related list's "<a>County payroll system still down…</a><span
 * class=c-byline>By Megan Ostrowski</span>"): that story's byline, not the page's.
 */
function isTeaserByline(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  return Array.from(parent.querySelectorAll('a[href]')).some((a) => !el.contains(a) && countWords(clean(a.textContent)) >= 4);
}

/** Where the article starts when no heading was found: its `<article>` or marked body, else nowhere (-1). */
function firstArticleAt(all: Element[]): number {
  return all.findIndex((el) => el.tagName.toUpperCase() === 'ARTICLE' || /articleBody/.test(el.getAttribute('itemprop') ?? ''));
}
