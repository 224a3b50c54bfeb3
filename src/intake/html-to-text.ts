/**
 * Turns the article HTML Readability leaves into
 * the plain text the sentence splitter reads: block elements become paragraph
 * breaks, headings keep a markdown `# `, every other tag is dropped and
 * entities are decoded. Scripts, styles and comments go first so their text
 * never leaks into the body. Empty input gives ''.
 */

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201C',
  rdquo: '\u201D',
  hellip: '\u2026',
  copy: '\u00A9',
  reg: '\u00AE',
  trade: '\u2122',
  middot: '\u00B7',
  bull: '\u2022',
  eacute: '\u00E9',
  egrave: '\u00E8',
  aacute: '\u00E1',
  oacute: '\u00F3',
  iacute: '\u00ED',
  uacute: '\u00FA',
  ntilde: '\u00F1',
  uuml: '\u00FC',
  ouml: '\u00F6',
  auml: '\u00E4',
  ccedil: '\u00E7',
  laquo: '\u00AB',
  raquo: '\u00BB',
};

/**
 * `html` without its comments and the named elements with their content
 * (`keep(openingTag)` spares one), in one forward scan: an unclosed comment or
 * element runs to the end once, instead of a regular expression retrying from
 * every later opening (quadratic on a page of unclosed `<!--`).
 */
export function dropRawBlocks(html: string, tags: readonly string[], keep?: (openingTag: string) => boolean, replacement = ' '): string {
  const open = new RegExp(`<!--|<(${tags.join('|')})\\b`, 'gi');
  const closers = new Map(tags.map((t) => [t, new RegExp(`</${t}`, 'gi')]));
  let out = '';
  let from = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const start = m.index;
    let end: number;
    if (!m[1]) {
      const close = html.indexOf('-->', start + 4);
      end = close < 0 ? html.length : close + 3;
    } else {
      const closer = closers.get(m[1].toLowerCase())!;
      closer.lastIndex = start + m[0].length;
      const close = closer.exec(html);
      const closeEnd = close ? html.indexOf('>', close.index) : -1;
      end = closeEnd < 0 ? html.length : closeEnd + 1;
      const openEnd = html.indexOf('>', start);
      if (keep && openEnd > 0 && openEnd < end && keep(html.slice(start, openEnd))) {
        open.lastIndex = end;
        continue;
      }
    }
    out += html.slice(from, start) + replacement;
    from = end;
    open.lastIndex = end;
  }
  return out + html.slice(from);
}

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

export function htmlToText(html: string): string {
  const body = dropRawBlocks(html, ['script', 'style', 'noscript', 'template', 'svg', 'head'])
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
