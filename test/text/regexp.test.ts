import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/text/regexp';

describe('escapeRegExp', () => {
  it('makes every syntax character match itself, with or without the u flag', () => {
    const text = 'a.b*c+d?e^f$g{1}(h)|[i]\\j/k-l m';
    for (const flags of ['', 'u']) {
      const re = new RegExp(`^${escapeRegExp(text)}$`, flags);
      expect(re.test(text)).toBe(true);
      expect(re.test(text.replace('.', 'x'))).toBe(false);
    }
  });

  it('leaves other characters as they are', () => {
    expect(escapeRegExp("People's Liberation Army")).toBe("People's Liberation Army");
  });
});
