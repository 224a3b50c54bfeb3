import { describe, expect, it } from 'vitest';
import { keySet, markMissingWords } from '../../src/compare/mark-differences';

const marked = (text: string, others: string[], min?: number) => markMissingWords(text, others.map(keySet), min).map(([a, b]) => text.slice(a, b));

describe('markMissingWords', () => {
  it('marks the changed weekday', () => {
    expect(marked('Xi arrives in Washington on Tuesday.', ['Xi arrives in Washington on Thursday.'])).toEqual(['Tuesday']);
  });

  it('never marks a function word on its own', () => {
    expect(marked('The talks and the deal', ['talks deal'])).toEqual([]);
  });

  it('joins neighbouring changed words into one span', () => {
    expect(marked('a media report said ahead of it', ['officials involved in the talks'])).toEqual(['media report said ahead']);
  });

  it('counts a word as changed only where enough of the others lack it', () => {
    const others = ['Xi arrives Thursday', 'Xi arrives Thursday', 'Xi comes Tuesday'];
    expect(marked('Xi arrives Tuesday', others, 2)).toEqual(['Tuesday']);
    expect(marked('Xi arrives Tuesday', others, 3)).toEqual([]);
  });

  it('compares words as the shared normalisation does: case, quotes and cyber compounds', () => {
    expect(marked('Cyber weapons “critical”', ['cyberweapons critical'])).toEqual([]);
  });
});
