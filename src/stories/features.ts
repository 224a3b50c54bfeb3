/**
 * What the clusterer knows of one article: its content words, the names it
 * uses, the word shingles of its sentences (to recognise reused passages), and
 * its date. Computed from the article alone, so a library can compute it once
 * per article as the article arrives.
 */
import type { ParsedSource } from '../intake/types';
import { collectNames } from '../extract/collect-names';
import { COMPARISON_STOP_WORDS, isFunctionWord } from '../text/lexicon';
import { keyWords } from '../text/normalize';
import { sentenceShingles, sortUnique } from '../text/shingles';
import { hasSpacelessScript, segmentWords } from '../text/segment';

export interface ArticleFeatures {
  /** The source id. */
  id: string;
  /** ISO date `YYYY-MM-DD`, where the article gives one. */
  date?: string;
  /** Content word → times used. */
  terms: Map<string, number>;
  /** Name key (the fuller name where the article resolves a short one) → times named. */
  names: Map<string, number>;
  /** Sorted unique shingle hashes of every body sentence. */
  shingles: number[];
}

/** Words shorter than this, and numbers, say nothing of a topic. */
const MIN_TERM_LENGTH = 3;

const isTerm = (w: string) => w.length >= MIN_TERM_LENGTH && !/^\d+$/.test(w) && !COMPARISON_STOP_WORDS.has(w) && !isFunctionWord(w);

/**
 * A sentence's content words. In Chinese and Japanese, where `keyWords` sees a
 * whole clause as one word, the segmenter's words of two characters or more
 * (single characters are mostly particles and function words).
 */
function contentTerms(sentence: string): string[] {
  if (!hasSpacelessScript(sentence)) return keyWords(sentence).filter(isTerm);
  return segmentWords(sentence.toLowerCase()).filter((w) => (hasSpacelessScript(w) ? [...w].length >= 2 && !/^\p{N}+$/u.test(w) : isTerm(w)));
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

export function articleFeatures(article: ParsedSource): ArticleFeatures {
  const terms = new Map<string, number>();
  const shingles: number[] = [];
  for (const sentence of article.sentences) {
    for (const w of contentTerms(sentence.text)) bump(terms, w);
    for (const h of sentenceShingles(sentence.text)) shingles.push(h);
  }
  sortUnique(shingles);
  const names = new Map<string, number>();
  for (const m of collectNames([article])) bump(names, m.resolved ?? m.key);
  return { id: article.source.id, date: article.source.published, terms, names, shingles };
}
