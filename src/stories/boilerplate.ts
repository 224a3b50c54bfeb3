/**
 * A site's recurring sentences: its newsletter promotion, its podcast blurb,
 * its membership footer, a weekly column's standing introduction, a standing
 * background paragraph. Recognised before stories are formed and compared: two
 * articles of one site that share only these are not one story, and a
 * sentence every article of a site carries says nothing of any one event.
 *
 * A sentence is boilerplate when, word for word (`fingerprint`), it stands in at
 * least `MIN_ARTICLES` articles of one site whose dates span more than
 * `MIN_SPAN_DAYS` days. The span tells a site's standing text from a story
 * the site updated three times in a day (its versions share most sentences
 * too, and those are the story's). The site is the host of the article's
 * address, else its outlet; articles of no known site are one site.
 */
import type { ParsedSource } from '../intake/types';
import { finishSteps, type Steps } from './steps';

export const MIN_ARTICLES = 3;
export const MIN_SPAN_DAYS = 3;
/** Shorter sentences ("Sign up.", "Read more") are left alone: too short to tell anything either way. */
const MIN_WORDS = 4;

const DAY_MS = 86_400_000;

/** The site an article comes from: its address's host without `www.`, else its outlet's name. */
export function siteOf(article: ParsedSource): string {
  const { url, outlet } = article.source;
  if (url) {
    try {
      const host = new URL(url).hostname.toLowerCase().replace(/^www\d?\./, '');
      if (host) return host;
    } catch {
      // Not an address: the outlet decides.
    }
  }
  return (outlet ?? '').toLowerCase();
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Is the code point `c` (of lower-cased text) a letter or a digit? ASCII by its range, the rest by its Unicode class. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return /[\p{L}\p{N}]/u.test(String.fromCodePoint(c));
}

/**
 * A sentence's words as one number: its letters and digits in lower case,
 * each run of anything else one space, so that two sentences with the same
 * words give the same number whatever their punctuation; undefined for a
 * sentence of fewer than `MIN_WORDS` words. One pass over the code points,
 * without a string per character: it runs on every sentence of the stream.
 */
export function fingerprint(text: string): number | undefined {
  const lower = text.toLowerCase();
  let h = FNV_OFFSET;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < lower.length;) {
    const c = lower.codePointAt(i)!;
    i += c > 0xffff ? 2 : 1;
    if (isWordChar(c)) {
      if (!inWord) {
        if (words > 0) h = Math.imul(h ^ 32, FNV_PRIME);
        words++;
        inWord = true;
      }
      h = Math.imul(h ^ (c & 0xffff), FNV_PRIME);
      if (c > 0xffff) h = Math.imul(h ^ (c >>> 16), FNV_PRIME);
    } else inWord = false;
  }
  return words >= MIN_WORDS ? h >>> 0 : undefined;
}

/**
 * Each sentence's fingerprint, by the sentence itself: a library forms its
 * stories again after every change, over sentences it mostly held already
 * (one read again is a new object, so never given another's number).
 */
const fingerprints = new WeakMap<object, number | null>();

function fingerprintOf(sentence: { text: string }): number | undefined {
  let f = fingerprints.get(sentence);
  if (f === undefined) fingerprints.set(sentence, (f = fingerprint(sentence.text) ?? null));
  return f ?? undefined;
}

/**
 * Text in `count` articles of a site, `dated` of them with a date, spanning `span` days: standing text? Without
 * two dates to tell a span, twice as many articles are asked for.
 */
export function isStanding(count: number, dated: number, span: number): boolean {
  return dated >= 2 ? count >= MIN_ARTICLES && span > MIN_SPAN_DAYS : count >= 2 * MIN_ARTICLES;
}

const dayOf = (date: string | undefined) => (date ? Math.floor(Date.parse(date.slice(0, 10) + 'T00:00:00Z') / DAY_MS) : NaN);

/** The ids of every sentence that is its site's boilerplate. */
export function findBoilerplate(articles: readonly ParsedSource[]): Set<string> {
  return finishSteps(boilerplateSteps(articles));
}

/** Articles read between two steps of `boilerplateSteps`. */
const READ_PER_STEP = 100;

/** `findBoilerplate` in steps (see `steps.ts`), the same sentences. */
export function* boilerplateSteps(articles: readonly ParsedSource[]): Steps<Set<string>> {
  const bySite = new Map<string, ParsedSource[]>();
  for (const a of articles) {
    const site = siteOf(a);
    const list = bySite.get(site);
    if (list) list.push(a);
    else bySite.set(site, [a]);
  }
  const found = new Set<string>();
  for (const list of bySite.values()) {
    if (list.length < MIN_ARTICLES) continue;
    // Each fingerprint: the articles holding it (by place in the site's list), and the first and last of their days.
    const holders = new Map<number, { articles: Set<number>; dated: number; first: number; last: number }>();
    for (const [k, article] of list.entries()) {
      if (k > 0 && k % READ_PER_STEP === 0) yield;
      const day = dayOf(article.source.published);
      for (const sentence of article.sentences) {
        const f = fingerprintOf(sentence);
        if (f === undefined) continue;
        const h = holders.get(f) ?? { articles: new Set<number>(), dated: 0, first: Infinity, last: -Infinity };
        if (h.articles.has(k)) continue;
        h.articles.add(k);
        if (!Number.isNaN(day)) {
          h.dated++;
          h.first = Math.min(h.first, day);
          h.last = Math.max(h.last, day);
        }
        holders.set(f, h);
      }
    }
    const standing = new Set<number>();
    for (const [f, h] of holders) if (isStanding(h.articles.size, h.dated, h.last - h.first)) standing.add(f);
    if (!standing.size) continue;
    for (const article of list) {
      for (const sentence of article.sentences) {
        const f = fingerprintOf(sentence);
        if (f !== undefined && standing.has(f)) found.add(sentence.id);
      }
    }
  }
  return found;
}

/** The article without the sentences of `skipped` (itself when none of its sentences is skipped). */
export function withoutSentences(article: ParsedSource, skipped: ReadonlySet<string>): ParsedSource {
  if (!skipped.size || !article.sentences.some((s) => skipped.has(s.id))) return article;
  return { ...article, sentences: article.sentences.filter((s) => !skipped.has(s.id)) };
}
