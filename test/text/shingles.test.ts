import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyWords, normalizeText } from '../../src/text/normalize';
import { keyShingles, sentenceShingles, SHINGLE_K, shinglesOfWords, wordHashes } from '../../src/text/shingles';
import { appendSentenceBounds } from '../../src/spot/sentences';

const seedsDir = join(import.meta.dirname, '../../seeds');
const seedTexts = readdirSync(seedsDir).map((f) => normalizeText(readFileSync(join(seedsDir, f), 'utf8')));

const hashesOf = (text: string) => wordHashes(text, 0, text.length, []);
const hashOfWord = (word: string) => {
  const h = hashesOf(word);
  expect(h, word).toHaveLength(1);
  return h[0];
};

describe('wordHashes', () => {
  it("reads the same words as keyWords, on every seed article's text", () => {
    for (const text of seedTexts) {
      // keyWords' words, with each Chinese or Japanese character a word of its own.
      const words = keyWords(text).flatMap((w) =>
        w.split(/(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])|(?=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])/u).filter(Boolean),
      );
      expect(hashesOf(text)).toEqual(words.map(hashOfWord));
    }
  });

  it.each([
    ['cyber weapons', 'cyberweapons'],
    ['Cyber-Attacks', 'cyberattacks'],
    ['Sony\u2019s', "sony's"],
    ['-- state-owned --', 'state-owned'],
  ])('hashes %j as the word %j', (input, word) => {
    expect(hashesOf(normalizeText(input))).toEqual([hashOfWord(word)]);
  });

  it('keeps "cyber" apart when its next word is not a cyber tail', () => {
    expect(hashesOf('cyber norms')).toHaveLength(2);
    expect(hashesOf('cyber, weapons')).toHaveLength(2);
  });

  it('reads each Chinese or Japanese character as a word, so that three make a shingle', () => {
    expect(hashesOf('网络安全')).toEqual(['网', '络', '安', '全'].map(hashOfWord));
    expect(hashesOf('AI研究')).toEqual(['ai', '研', '究'].map(hashOfWord));
    expect(sentenceShingles('中美两国就网络安全问题举行对话。')).toHaveLength(13);
  });

  it('returns nothing for text without words', () => {
    expect(hashesOf(' -- ... ')).toEqual([]);
  });
});

describe('shinglesOfWords', () => {
  it('makes one shingle per run of k words, none for fewer than k', () => {
    expect(shinglesOfWords([1, 2, 3, 4], 0, 4, [])).toHaveLength(4 - SHINGLE_K + 1);
    expect(shinglesOfWords([1, 2], 0, 2, [])).toEqual([]);
  });

  it('depends on word order', () => {
    const [a] = shinglesOfWords([1, 2, 3], 0, 3, []);
    const [b] = shinglesOfWords([3, 2, 1], 0, 3, []);
    expect(a).not.toBe(b);
  });
});

describe('sentenceShingles', () => {
  it('ignores case, curly quotes and punctuation', () => {
    expect(sentenceShingles('The other\u2019s critical infrastructure, during peacetime.')).toEqual(
      sentenceShingles("the other's critical infrastructure during peacetime"),
    );
  });

  it('is sorted and unique, 32-bit unsigned', () => {
    const s = sentenceShingles('a b c a b c a b c d');
    expect(s).toEqual([...new Set(s)].sort((x, y) => x - y));
    for (const h of s) expect(h >>> 0).toBe(h);
  });
});

describe('appendSentenceBounds', () => {
  const split = (text: string) => {
    const pairs = appendSentenceBounds(text, 0, text.length, []);
    const out: string[] = [];
    for (let i = 0; i < pairs.length; i += 2) out.push(text.slice(pairs[i], pairs[i + 1]));
    return out;
  };

  it.each([
    ['One here. Two there! Three? Four', ['One here.', 'Two there!', 'Three?', 'Four']],
    ['Mr. Xi met Ms. Rice. Then he left.', ['Mr. Xi met Ms. Rice.', 'Then he left.']],
    ['Susan E. Rice went to the U.S. in Sept. 2015.', ['Susan E. Rice went to the U.S. in Sept. 2015.']],
    ['He said "yes." She said no.', ['He said "yes."', 'She said no.']],
    ['It is 3.5 percent. "Quote" follows.', ['It is 3.5 percent.', '"Quote" follows.']],
    ['no capital. after it', ['no capital. after it']],
    ['   ', []],
  ])('splits %j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});

describe('keyShingles: the build hashes comparison keys as the page hashes words', () => {
  const none = () => false;
  const functionWord = (k: string) => ['one', 'of', 'the'].includes(k);

  it.each([
    'The US and China are negotiating a deal.',
    'Xi will not use cyber weapons, officials said.',
    "People's Daily reported on Tuesday that the talks went well.",
  ])('%s', (sentence) => {
    expect(keyShingles(keyWords(sentence), none)).toEqual(sentenceShingles(sentence));
  });

  it('leaves out shingles made only of skipped words', () => {
    expect(keyShingles(['one', 'of', 'the', 'key'], functionWord)).toEqual(sentenceShingles('of the key'));
  });

  it('a list shorter than a shingle gives one shingle of all its words', () => {
    expect(keyShingles(['short', 'one'], none)).toHaveLength(1);
    expect(keyShingles(['short', 'one'], none)).not.toEqual(keyShingles(['one', 'short'], none));
  });

  it('no keys gives no shingles', () => {
    expect(keyShingles([], none)).toEqual([]);
  });
});
