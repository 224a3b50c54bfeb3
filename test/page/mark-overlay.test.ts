import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { overrideCss } from '../../src/page/highlight-style';

// The overlay's module imports its CSS with Vite's `?inline`; here the file is read as it is.
const { boxCss } = await import('../../src/page/mark-overlay');
const highlightsCss = readFileSync(resolve(import.meta.dirname, '../../src/page/highlights.css'), 'utf8');
/** The rules with their white space made single spaces, to read them as one line. */
const flat = (css: string) => css.replace(/\s+/g, ' ').replace(/\s*;\s*}/g, '; }');

describe('boxCss: the highlight palette as rules for the private marks', () => {
  it('gives each kind its highlight colour, as a box', () => {
    const css = flat(boxCss(highlightsCss));
    expect(css).toContain('.m.person { background-color: rgba(255, 214, 10, 0.38); }');
    expect(css).toContain('.m.flash { background-color: rgba(255, 120, 0, 0.55); }');
    expect(css).not.toContain('::highlight');
    expect(css).not.toContain('text-decoration');
  });

  it('turns an underline into a bottom border of the same width, line and colour', () => {
    expect(flat(boxCss(highlightsCss))).toContain('.m.passage { border-bottom: 1.5px dotted rgba(110, 110, 125, 0.7); }');
    expect(boxCss(overrideCss('underline', 'mark'))).toContain('border-bottom: 2px solid rgba(190, 120, 20, 0.9)');
  });

  it('hides every mark when the reader turns the style off', () => {
    const css = boxCss(overrideCss('off', 'mark'));
    for (const kind of ['person', 'organization', 'place', 'topic', 'quote', 'passage', 'passage-open']) expect(css).toContain(`.m.${kind}`);
    expect(css).toContain('background-color: transparent; border-bottom: 0');
  });
});
