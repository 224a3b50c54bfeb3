import { describe, expect, it } from 'vitest';
import { splitBySpans } from '../../src/ui/shared/Marked';

describe('splitBySpans', () => {
  it('returns the whole text as one piece without spans', () => {
    expect(splitBySpans('Xi arrives Thursday')).toEqual([{ text: 'Xi arrives Thursday', mark: false, changed: false }]);
  });

  it('cuts at marks and changes, including where they overlap', () => {
    const pieces = splitBySpans('Xi arrives Thursday', [[0, 2]], [[11, 19]]);
    expect(pieces.map((p) => [p.text, p.mark, p.changed])).toEqual([
      ['Xi', true, false],
      [' arrives ', false, false],
      ['Thursday', false, true],
    ]);
    const overlap = splitBySpans('abcdef', [[0, 4]], [[2, 6]]);
    expect(overlap.map((p) => [p.text, p.mark, p.changed])).toEqual([
      ['ab', true, false],
      ['cd', true, true],
      ['ef', false, true],
    ]);
  });

  it('clamps spans that run past the text', () => {
    expect(splitBySpans('abc', [[2, 99]]).map((p) => p.text)).toEqual(['ab', 'c']);
  });
});
