/**
 * Turns the article HTML Readability leaves into
 * the plain text the sentence splitter reads: block elements become paragraph
 * breaks, headings keep a markdown `# `, every other tag is dropped and
 * entities are decoded. Scripts, styles and comments go first so their text
 * never leaks into the body. Empty input gives ''.
 */
import { dropComments, dropElements, replaceTags } from './scan-html';

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

const BLOCK = /^<\/?(?:p|div|section|article|header|footer|aside|nav|main|li|ul|ol|tr|table|blockquote|figure|figcaption|hr|h[1-6])\b/i;

/** What a tag becomes in the text: a heading starts a block with `# `, a line break breaks the line, a block tag the paragraph. */
function tagText(tag: string): string {
  if (/^<h[1-6]\b/i.test(tag)) return '\n\n# ';
  if (/^<br\s*\/?>$/i.test(tag)) return '\n';
  return BLOCK.test(tag) ? '\n\n' : '';
}

/** In one pass each, linear whatever the HTML holds (see scan-html.ts). */
export function htmlToText(html: string): string {
  // A comment or element never closed runs to the end of the text, as a parser reads it.
  const raw = dropElements(dropComments(html, ' ', true), ['script', 'style', 'noscript', 'template', 'svg', 'head'], ' ', undefined, true);
  const body = replaceTags(raw, tagText);
  // Source line breaks inside a paragraph are only layout; the tags above made the real ones.
  return body
    .split(/\n[ \t]*\n/)
    .map((block) => decodeEntities(block.replace(/[ \t]*\n[ \t]*/g, ' ')).trim())
    .filter((block) => block && block !== '#')
    .join('\n\n');
}
