/**
 * `npx tsx test/bench/label-aid.ts [--before 6] [--after 15] PAGE.html…`: what a
 * reader sees at the top of each page, to hand-label title, byline, date and
 * outlet: the page's address, the document title, and the visible text lines
 * (scripts, styles and hidden blocks left out) around the line most like the
 * document title and around every `<h1>` (a logo's, a teaser's, the
 * headline's). It reads no metadata tag on purpose: the labels are what the
 * page shows.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseHTML } from 'linkedom';

const BLOCKS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'LI', 'SECTION', 'ARTICLE', 'HEADER', 'SPAN', 'TIME', 'A', 'TD', 'FIGCAPTION', 'ADDRESS']);

function visibleLines(root: Element): string[] {
  const lines: string[] = [];
  let current = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) current += node.nodeValue;
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (
      /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|IFRAME)$/.test(el.tagName) ||
      el.getAttribute('hidden') !== null ||
      /display:\s*none/.test(el.getAttribute('style') ?? '')
    )
      return;
    const block = BLOCKS.has(el.tagName) && el.tagName !== 'SPAN' && el.tagName !== 'A';
    if (block) flush();
    if (el.tagName === 'H1') current += '[H1] ';
    if (el.tagName === 'TIME') current += '[time] ';
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) flush();
    else current += ' ';
  };
  const flush = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
    current = '';
  };
  walk(root);
  flush();
  return lines;
}

const option = (flag: string, fallback: number) => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const BEFORE = option('--before', 6);
const AFTER = option('--after', 15);
const paths = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !/^--/.test(all[i - 1] ?? ''));

for (const path of paths) {
  const html = readFileSync(path, 'utf8');
  const { document } = parseHTML(html);
  const href =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const lines = visibleLines(document.body ?? document.documentElement);
  // The headline: the line sharing most words with the document title (a logo's <h1> shares few).
  const titleWords = new Set(
    (document.title ?? '')
      .toLowerCase()
      .split(/\W+/)
      .filter((w: string) => w.length > 2),
  );
  const overlap = (l: string) =>
    l
      .toLowerCase()
      .split(/\W+/)
      .filter((w) => titleWords.has(w)).length /
    Math.max(1, l.split(' ').length) ** 0.3;
  let h1 = -1;
  lines.forEach((l, i) => {
    if (l.length < 200 && (h1 < 0 || overlap(l) > overlap(lines[h1]))) h1 = i;
  });
  // Around the line most like the document title, and around every <h1> (a logo's, a teaser's, the headline's).
  const anchors = [h1 < 0 ? 0 : h1, ...lines.flatMap((l, i) => (l.startsWith('[H1]') ? [i] : []))].sort((a, b) => a - b);
  console.log(`=== ${basename(path)}  ${href ?? ''}`);
  console.log(`<title> ${(document.title ?? '').replace(/\s+/g, ' ').trim()}`);
  let shown = -1;
  for (const at of anchors) {
    const from = Math.max(shown + 1, at - BEFORE);
    if (from > at + AFTER) continue;
    if (shown >= 0 && from > shown + 1) console.log('  …');
    for (const line of lines.slice(from, at + AFTER + 1)) console.log('  ' + line.slice(0, 220));
    shown = Math.max(shown, Math.min(lines.length - 1, at + AFTER));
  }
}
