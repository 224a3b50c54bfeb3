/**
 * Turns an HTML article into the plain text the parser reads: block elements
 * become paragraph breaks, headings keep a markdown `# ` so the title is still
 * recognisable, every other tag is dropped and entities are decoded.
 *
 * Deliberately simple (no DOM at build time): good enough for saved article
 * pages; scripts, styles and comments are removed first so their text never
 * leaks into the body. Empty input gives ''.
 */

/** What the page's `<meta>` tags say, used only where the text says nothing. */
export interface HtmlHints {
  siteName?: string;
  author?: string;
  published?: string;
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0',
  ndash: '\u2013', mdash: '\u2014', lsquo: '\u2018', rsquo: '\u2019',
  ldquo: '\u201C', rdquo: '\u201D', hellip: '\u2026', copy: '\u00A9',
  reg: '\u00AE', trade: '\u2122', middot: '\u00B7', bull: '\u2022',
  eacute: '\u00E9', egrave: '\u00E8', aacute: '\u00E1', oacute: '\u00F3',
  iacute: '\u00ED', uacute: '\u00FA', ntilde: '\u00F1', uuml: '\u00FC',
  ouml: '\u00F6', auml: '\u00E4', ccedil: '\u00E7', laquo: '\u00AB', raquo: '\u00BB',
};

/** Decodes named (common ones) and numeric character references; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

const BLOCK = /<\/?(?:p|div|section|article|header|footer|aside|nav|main|li|ul|ol|tr|table|blockquote|figure|figcaption|hr|h[1-6])\b[^>]*>/gi;

function metaContent(html: string, names: string[]): string | undefined {
  for (const name of names) {
    const re = new RegExp(`<meta\\b[^>]*(?:name|property)\\s*=\\s*["']${name}["'][^>]*>`, 'i');
    const tag = html.match(re)?.[0];
    const content = tag?.match(/content\s*=\s*"([^"]*)"|content\s*=\s*'([^']*)'/i);
    const value = content ? decodeEntities(content[1] ?? content[2] ?? '').trim() : '';
    if (value) return value;
  }
  return undefined;
}

/** Reads the page's meta hints (site name, author, publication time), each optional. */
export function htmlHints(html: string): HtmlHints {
  const published = metaContent(html, ['article:published_time', 'date', 'pubdate'])?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  return {
    siteName: metaContent(html, ['og:site_name', 'application-name']),
    author: metaContent(html, ['author', 'article:author']),
    published,
  };
}

export function htmlToText(html: string): string {
  const body = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template|svg|head)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<h[1-6]\b[^>]*>/gi, '\n\n# ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(BLOCK, '\n\n')
    .replace(/<[^>]*>/g, '');
  // Source line breaks inside a paragraph are only layout; the tags above made the real ones.
  return body
    .split(/\n[ \t]*\n/)
    .map((block) => decodeEntities(block.replace(/[ \t]*\n[ \t]*/g, ' ')).trim())
    .filter((block) => block && block !== '#')
    .join('\n\n');
}
