import { describe, expect, it } from 'vitest';
import { overrideCss } from '../../src/page/highlight-style';
import type { HighlightStyle, PassageStyle } from '../../src/contracts/settings';

/** The declarations of the last rule (the one that wins) whose selector list holds `selector`. */
function ruleFor(css: string, selector: string): string | undefined {
  let found: string | undefined;
  for (const [, selectors, body] of css.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    if (selectors.split(',').some((s) => s.trim() === selector)) found = body;
  }
  return found;
}

const PASSAGE = '::highlight(sourcelight-passage)';
const PERSON = '::highlight(sourcelight-person)';

describe('overrideCss', () => {
  it('needs no sheet for the default (background colours, passages marked)', () => {
    expect(overrideCss('background', 'mark')).toBe('');
  });

  it.each<[HighlightStyle, PassageStyle, RegExp | undefined, RegExp | undefined]>([
    ['background', 'wash', /background-color: rgba\(140/, undefined],
    ['underline', 'mark', /dotted/, /underline 2px/],
    ['underline', 'wash', /underline 2px/, /underline 2px/],
    ['off', 'mark', /transparent.*none/, /transparent.*none/],
    ['off', 'wash', /transparent.*none/, /transparent.*none/],
  ])('style %s with passages %s', (style, passageStyle, passageRule, personRule) => {
    const css = overrideCss(style, passageStyle);
    if (passageRule) expect(ruleFor(css, PASSAGE)).toMatch(passageRule);
    if (personRule) expect(ruleFor(css, PERSON)).toMatch(personRule);
    else expect(ruleFor(css, PERSON)).toBeUndefined();
  });

  it('paints nothing, not even the open passage, when the style is off', () => {
    expect(ruleFor(overrideCss('off', 'mark'), '::highlight(sourcelight-passage-open)')).toMatch(/transparent/);
  });
});
