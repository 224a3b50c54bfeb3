import { describe, expect, it } from 'vitest';
import { diffWords, wordsOf } from '../../src/compare/diff';
import { comparisonTokens } from '../../src/compare/tokens';

describe('comparisonTokens', () => {
  it('maps comparison words back to the words as written', () => {
    const text = 'The U.S. will not use cyber weapons, Mr. Xi said.';
    const t = comparisonTokens(text);
    expect(t.keys).toEqual(['the', 'u', 's', 'will', 'not', 'use', 'cyberweapons', 'mr', 'xi', 'said']);
    const written = t.keys.map((_, i) => text.slice(t.starts[i], t.ends[i]));
    expect(written).toEqual(['The', 'U.S.', 'U.S.', 'will', 'not', 'use', 'cyber weapons,', 'Mr.', 'Xi', 'said.']);
  });

  it('empty text', () => {
    expect(comparisonTokens('')).toEqual({ keys: [], starts: [], ends: [], wordStarts: [], wordEnds: [] });
  });
});

describe('diffWords', () => {
  const diff = (a: string, b: string) => {
    const ta = comparisonTokens(a);
    const tb = comparisonTokens(b);
    return diffWords(ta.keys, tb.keys).hunks.map((h) => [wordsOf(a, ta, h.aStart, h.aEnd), wordsOf(b, tb, h.bStart, h.bEnd)]);
  };

  it('reports the original words of each changed stretch', () => {
    expect(diff('it will not be the first to use them', 'each party to be the first to use them')).toEqual([['it will not', 'each party to']]);
    expect(diff('President Xi arrives on Thursday.', 'President Xi arrives on Tuesday, officials said.')).toEqual([['Thursday', 'Tuesday, officials said']]);
  });

  it('a lone matched "the" inside a rewrite does not split it', () => {
    expect(diff('the deal covers the use of tools as the military does', 'the deal covers the use of tools, the report said')).toEqual([
      ['as the military does', 'the report said'],
    ]);
  });

  it('identical sentences have no hunks', () => {
    expect(diff('Same words here.', 'same words, here')).toEqual([]);
  });
});
