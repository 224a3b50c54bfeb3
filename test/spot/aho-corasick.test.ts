import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../src/spot/aho-corasick';
import { buildTrie } from '../../src/spot/trie';
import { wordStartFinder } from '../../src/spot/word-start-finder';
import { foldUnit } from '../../src/text/words';
import { toSpotIndex } from '../../src/index/spot-index';
import { fullIndex } from './fixtures';
import { mulberry32, randomString } from './prng';

type Hit = [pattern: number, end: number];

function run(patterns: string[], text: string, from?: number, to?: number, wordStarts = false): Hit[] {
  const hits: Hit[] = [];
  buildAutomaton(patterns).search(text, (p, end) => hits.push([p, end]), { from, to, wordStarts });
  return hits;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}\p{M}]/u.test(ch);

const fold = (s: string) => Array.from(s, (ch) => String.fromCharCode(foldUnit(ch.charCodeAt(0)))).join('');

/** Every (pattern, end) by brute force: compare each pattern at each position. */
function naive(patterns: string[], text: string): Hit[] {
  const t = fold(text);
  const hits: Hit[] = [];
  patterns.forEach((p, i) => {
    if (!p) return;
    const fp = fold(p);
    for (let end = fp.length; end <= t.length; end++) if (t.slice(end - fp.length, end) === fp) hits.push([i, end]);
  });
  return hits;
}

/** Whether a word-start search of a whole text takes the native path. */
const findsWordStartsNatively = (patterns: string[]) => wordStartFinder(buildTrie(patterns)) !== undefined;

const sorted = (hits: Hit[]) => [...hits].sort((a, b) => a[1] - b[1] || a[0] - b[0]);

describe('buildAutomaton', () => {
  it('finds overlapping and nested patterns', () => {
    const patterns = ['he', 'she', 'his', 'hers'];
    expect(sorted(run(patterns, 'ushers'))).toEqual(sorted(naive(patterns, 'ushers')));
    expect(run(patterns, 'ushers')).toHaveLength(3);
  });

  it('is case-insensitive, by code unit', () => {
    expect(run(['rice'], 'RICE Rice rIcE')).toEqual([
      [0, 4],
      [0, 9],
      [0, 14],
    ]);
    expect(run(['élan'], 'ÉLAN')).toEqual([[0, 4]]);
    // "İ" lower-cases to two code units; folding by code unit keeps offsets intact.
    expect(run(['x'], 'İx')).toEqual([[0, 2]]);
  });

  it('reports longer patterns first at one end, and repeated patterns each', () => {
    expect(run(['Rice', 'Susan E. Rice', 'rice'], 'Susan E. Rice')).toEqual([
      [1, 13],
      [2, 13],
      [0, 13],
    ]);
  });

  it('reports nothing for empty patterns, empty text or an empty range', () => {
    expect(run([''], 'abc')).toEqual([]);
    expect(run([], 'abc')).toEqual([]);
    expect(run(['a'], '')).toEqual([]);
    expect(run(['a'], 'aaa', 2, 2)).toEqual([]);
  });

  it('searches only inside [from, to)', () => {
    expect(run(['ab'], 'ababab', 1, 5)).toEqual([[0, 4]]);
  });

  it('agrees with a naive search on random inputs', () => {
    const rand = mulberry32(20150919);
    const alphabet = ['a', 'b', 'A', 'B', ' ', 'é', 'É', "'", '.'];
    for (let round = 0; round < 400; round++) {
      const patterns = Array.from({ length: 1 + Math.floor(rand() * 12) }, () => randomString(rand, alphabet, Math.floor(rand() * 5)));
      const text = randomString(rand, [...alphabet, 'x'], Math.floor(rand() * 60));
      expect(sorted(run(patterns, text)), JSON.stringify({ patterns, text })).toEqual(sorted(naive(patterns, text)));
    }
  });

  it('with wordStarts, finds the occurrences starting at a word start and no other, on random inputs', () => {
    const rand = mulberry32(7);
    const alphabet = ['a', 'b', 'A', ' ', '\u00E9', "'", '-'];
    for (let round = 0; round < 400; round++) {
      const patterns = Array.from({ length: 1 + Math.floor(rand() * 10) }, () => randomString(rand, alphabet, 1 + Math.floor(rand() * 4)));
      const text = randomString(rand, [...alphabet, 'x'], Math.floor(rand() * 60));
      const atWordStart = ([p, end]: Hit) => !isWordChar(text[end - patterns[p].length - 1]);
      const found = run(patterns, text, undefined, undefined, true);
      const all = naive(patterns, text);
      expect(sorted(found), JSON.stringify({ patterns, text })).toEqual(sorted(all.filter(atWordStart)));
    }
  });

  it('with wordStarts, finds natively the same occurrences as a naive search, on random inputs', () => {
    const rand = mulberry32(2015);
    // First characters the native finder accepts; then anything, the regular
    // expression's own syntax and characters outside ASCII included.
    const firsts = ['a', 'B', '7'];
    const rest = ['a', 'b', 'A', 'B', '7', ' ', '.', "'", '-', '(', '[', '\\', '$', '*', '?', '|', '\u00E9'];
    // The text adds what folds or counts differently: "_", letters outside
    // ASCII, a Kelvin sign (folds to "k"), a long s and a dotless i (upper-case
    // to ASCII), a dotted capital I (lower-cases to two code units).
    const textAlphabet = [...rest, 'x', '_', '\u00C9', 'k', 'K', '\u212A', '\u017F', '\u0131', '\u0130', 'i', 's'];
    for (let round = 0; round < 600; round++) {
      const patterns = Array.from(
        { length: 1 + Math.floor(rand() * 10) },
        () => randomString(rand, firsts, 1) + randomString(rand, rest, Math.floor(rand() * 4)),
      );
      const text = randomString(rand, [...textAlphabet, ...firsts], Math.floor(rand() * 60));
      expect(findsWordStartsNatively(patterns)).toBe(true);
      const found: Hit[] = [];
      buildAutomaton(patterns).search(text, (p, end) => found.push([p, end]), { wordStarts: true });
      const atWordStart = ([p, end]: Hit) => !isWordChar(text[end - patterns[p].length - 1]);
      expect(sorted(found), JSON.stringify({ patterns, text })).toEqual(sorted(naive(patterns, text).filter(atWordStart)));
    }
  });

  it('finds word starts natively only when every pattern begins with an ASCII letter or digit', () => {
    expect(findsWordStartsNatively(['Obama', 'cyber weapons', '9/11'])).toBe(true);
    expect(findsWordStartsNatively(['Obama', '\u00C9mile'])).toBe(false);
    expect(findsWordStartsNatively(['Obama', '"quoted"'])).toBe(false);
    // Either way, the same occurrences.
    expect(run(['Obama', '\u00C9mile'], '\u00C9mile met Obama', undefined, undefined, true)).toEqual([
      [1, 5],
      [0, 15],
    ]);
  });

  it("finds the seeds' aliases and other-sense cues natively (the matcher's patterns)", () => {
    const spot = toSpotIndex(fullIndex);
    const patterns = [...spot.aliases.map((a) => a.text), ...spot.entities.flatMap((e) => e.otherSense ?? [])];
    expect(patterns.length).toBeGreaterThan(50);
    expect(findsWordStartsNatively(patterns)).toBe(true);
  });

  it('with wordStarts, skips occurrences inside words', () => {
    expect(run(['us'], 'business us', undefined, undefined, true)).toEqual([[0, 11]]);
  });

  it('with wordStarts, leaves a longer alias that fails for one that began at a later word', () => {
    // "the United St…" fails at "N"; "United Nations" began at a word start inside it.
    expect(run(['the United States', 'United Nations', 'ted'], 'the United Nations', undefined, undefined, true)).toEqual([[1, 18]]);
    // Without wordStarts, "ted" inside "United" is an occurrence too.
    expect(run(['the United States', 'United Nations', 'ted'], 'the United Nations')).toEqual([
      [2, 10],
      [1, 18],
    ]);
  });

  // How fast it builds is the matcher bench's to say (`npx tsx test/bench/matcher.ts`: "automaton, 3000 aliases").
  it('builds a few thousand realistic patterns, and finds them', () => {
    const rand = mulberry32(1);
    const syllables = ['xi', 'jin', 'ping', 'ri', 'ce', 'co', 'mey', 'an', 'ton', 'sa', 'ka', 'mo', 'ru', 'li'];
    const patterns = Array.from({ length: 3000 }, () => {
      const word = () => randomString(rand, syllables, 1 + Math.floor(rand() * 3));
      return Array.from({ length: 1 + Math.floor(rand() * 3) }, word).join(' ');
    });
    const automaton = buildAutomaton(patterns);
    const hits: Hit[] = [];
    const text = patterns.slice(0, 100).join(' ');
    automaton.search(text, (p, end) => hits.push([p, end]), { wordStarts: true });
    // Each of the hundred, where it ends in the text (a repeated pattern may be reported under its twin's number).
    const found = new Set(hits.map(([p, end]) => `${patterns[p]}@${end}`));
    let end = 0;
    for (const pattern of patterns.slice(0, 100)) {
      end += pattern.length;
      expect(found.has(`${pattern}@${end}`), pattern).toBe(true);
      end += 1;
    }
  });
});
