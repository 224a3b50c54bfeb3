/**
 * Splits an article's text into normalised lines, each knowing its block
 * (paragraph as laid out in the file: blank lines separate blocks) and whether
 * markdown marked it as a heading. Markdown leftovers (`#`, `**`, `__`,
 * `[text](url)`, images) are undone here, so later steps see plain words.
 * Lines that are empty after normalisation are dropped. Empty text gives [].
 */
import { normalizeText } from '../text/normalize';

export interface Line {
  text: string;
  /** Index of the block (blank-line separated) the line belongs to. */
  block: number;
  /** Written as a markdown heading (`# Title`). */
  heading: boolean;
}

/** Undoes inline markdown; keeps link text, drops images and emphasis marks. */
export function stripMarkdown(text: string): { text: string; heading: boolean } {
  let heading = false;
  let t = text.replace(/^#{1,6}\s+/, () => {
    heading = true;
    return '';
  });
  t = t
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/\*\*|__/g, '')
    .replace(/\s#+\s*$/, '');
  return { text: t, heading };
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n[ \t\u00A0]*\n/);
  blocks.forEach((block, b) => {
    for (const raw of block.split('\n')) {
      const { text: clean, heading } = stripMarkdown(normalizeText(raw));
      const t = normalizeText(clean);
      if (t && /[\p{L}\p{N}]/u.test(t)) lines.push({ text: t, block: b, heading });
    }
  });
  return lines;
}
