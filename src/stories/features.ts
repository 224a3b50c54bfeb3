/**
 * What the clusterer knows of one article: its content words, the names it
 * uses, what its headline and lead name, the word shingles of each sentence
 * (to recognise passages reused from another version), and its date.
 * Computed from the article alone (a library computes it once per article as
 * the article arrives), without the sentences the caller says to skip (its
 * site's boilerplate).
 *
 * Names are read from capitals rather than from the entity extractor: a word
 * written with a capital inside a sentence and never in lower case in the
 * article ("EgyptAir", "Harborview", "Quetta", "FBI"), each word of a longer
 * name on its own ("Harborview Financial Corp" and "Harborview Financial"
 * share "harborview"). The article's own outlet and the news agencies of
 * datelines and credits ("(Reuters)", "AP") are no names of its story.
 */
import type { ParsedSource } from '../intake/types';
import { COMPARISON_STOP_WORDS, CORE_TITLES, isDateWord, isFunctionWord, NEWS_AGENCY_WORDS, SUFFIX_ABBREVIATIONS, TITLE_QUALIFIERS } from '../text/lexicon';
import { keyWords } from '../text/normalize';
import { keyShingles, SHINGLE_K } from '../text/shingles';
import { hasSpacelessScript, segmentWords } from '../text/segment';

export interface ArticleFeatures {
  /** The source id. */
  id: string;
  /** ISO date `YYYY-MM-DD`, where the article gives one. */
  date?: string;
  /** Content word → times used. */
  terms: Map<string, number>;
  /** Name word → times used. */
  names: Map<string, number>;
  /** The names of its headline and first sentence (those it writes with a capital inside a sentence): whom and where its event is about. */
  lead: string[];
  /** The names of its headline alone (likewise). */
  headline: string[];
  /** Each sentence's sorted unique shingle hashes, in reading order: shingles of its words with a content word in them (sentences of fewer than three words have none). */
  sentenceShingles: Uint32Array[];
}

/** Words shorter than this, and numbers, say nothing of a topic. */
const MIN_TERM_LENGTH = 3;

const isTerm = (w: string) => w.length >= MIN_TERM_LENGTH && !/^\d+$/.test(w) && !COMPARISON_STOP_WORDS.has(w) && !isFunctionWord(w);

const isStopWord = (w: string) => COMPARISON_STOP_WORDS.has(w);

/**
 * A sentence's word keys. In Chinese and Japanese, where `keyWords` sees a
 * whole clause as one word, the segmenter's words.
 */
const wordKeys = (sentence: string): string[] => (hasSpacelessScript(sentence) ? segmentWords(sentence.toLowerCase()) : keyWords(sentence));

/** A content word: in Chinese and Japanese, a segmenter's word of two characters or more (single characters are mostly particles). */
const isContentTerm = (w: string): boolean => (hasSpacelessScript(w) ? [...w].length >= 2 && !/^\p{N}+$/u.test(w) : isTerm(w));

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/** Words as written, with the letters of "U.S." and "O'Brien" kept together. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** A written word's key: lower case, without a possessive or trailing punctuation. */
const wordKey = (word: string) =>
  word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/[.'’-]+$/, '');

/** Words of titles and company suffixes ("Chief Executive", "Judge", "Corp"): capitalised, but no one's name. */
const TITLE_WORDS: ReadonlySet<string> = new Set([...CORE_TITLES, ...TITLE_QUALIFIERS, ...SUFFIX_ABBREVIATIONS].map((w) => w.toLowerCase().replace(/\.$/, '')));

/** Does the word at `at` open the text, or a clause after a dateline's dash, a colon or an opening quote or bracket? */
const opensClause = (text: string, at: number) => /(?:^|[-–—:"“(])\s*$/.test(text.slice(Math.max(0, at - 3), at));

/**
 * The headline without the outlet's name a site adds to it ("… – CNN",
 * "… | Reuters"): the last dash- or bar-separated part when it is short.
 */
export function headlineOf(title: string): string {
  const m = /^(.*\S)\s+[–—|-]\s+([^–—|]{2,40})$/.exec(title.trim());
  return m && m[2].split(/\s+/).length <= 5 ? m[1] : title.trim();
}

/**
 * The name words of the sentences, by the capitals rule above, with how often
 * each is used. A word that only opens sentences counts when the headline has
 * it ("(Reuters) - Harborview Financial Corp reported …" under "Harborview
 * profit rises"), but is not `sure`: "Masked robbers stole …" under "Masked
 * robbers take 9 paintings" opens both.
 */
export function nameWords(
  sentences: readonly string[],
  own: ReadonlySet<string>,
  headline: ReadonlySet<string> = new Set(),
): { names: Map<string, number>; sure: Set<string> } {
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  // Each word as written, and whether it opens a sentence or a clause that takes a capital ("(Reuters) - Police said").
  const words = sentences.map((text) => [...text.matchAll(WORD)].map((m) => ({ word: m[0], opens: opensClause(text, m.index!) })));
  const isCapital = (w: string) => /^\p{Lu}/u.test(w) && !isFunctionWord(w);
  for (const list of words) {
    list.forEach(({ word, opens }, k) => {
      const key = wordKey(word);
      if (!/^\p{Lu}/u.test(word)) lower.add(key);
      // An opening word followed by another capitalised one is part of a longer name ("Northgate Bancorp said").
      else if (!opens || (k + 1 < list.length && isCapital(list[k + 1].word) && !list[k + 1].opens)) capitalised.add(key);
    });
  }
  const names = new Map<string, number>();
  for (const list of words) {
    for (const { word, opens } of list) {
      const key = wordKey(word);
      if (!/^\p{Lu}/u.test(word) || key.length < 2 || /^\d/.test(key) || lower.has(key) || own.has(key)) continue;
      if (isFunctionWord(key) || isDateWord(key) || NEWS_AGENCY_WORDS.has(key) || TITLE_WORDS.has(key)) continue;
      // An opening word is capitalised whatever it is: a name only if the article capitalises it elsewhere too.
      if (opens && !capitalised.has(key) && !headline.has(key)) continue;
      bump(names, key);
    }
  }
  return { names, sure: new Set([...names.keys()].filter((k) => capitalised.has(k))) };
}

/** The sentences the article keeps: all but those of `skipped`. */
const kept = (article: ParsedSource, skipped: ReadonlySet<string>) => (skipped.size ? article.sentences.filter((s) => !skipped.has(s.id)) : article.sentences);

export function articleFeatures(article: ParsedSource, skipped: ReadonlySet<string> = new Set()): ArticleFeatures {
  const sentences = kept(article, skipped);
  const terms = new Map<string, number>();
  const shingles: Uint32Array[] = [];
  for (const sentence of sentences) {
    const words = wordKeys(sentence.text);
    for (const w of words) if (isContentTerm(w)) bump(terms, w);
    // A shingle of function words alone ("it is what") is in every kind of article: no sign of a passage reused.
    shingles.push(Uint32Array.from(words.length >= SHINGLE_K ? keyShingles(words, isStopWord) : []));
  }
  const own = new Set(keyWords(article.source.outlet ?? ''));
  const headline = headlineOf(article.source.title ?? '');
  const { names, sure } = nameWords(
    sentences.map((s) => s.text),
    own,
    new Set(keyWords(headline)),
  );
  const inText = (text: string) => {
    const words = new Set(keyWords(text));
    return [...sure].filter((n) => words.has(n) || n.split(/[.'’-]/).every((part) => !part || words.has(part)));
  };
  return {
    id: article.source.id,
    date: article.source.published,
    terms,
    names,
    lead: inText(`${headline} ${sentences[0]?.text ?? ''}`),
    headline: inText(headline),
    sentenceShingles: shingles,
  };
}
