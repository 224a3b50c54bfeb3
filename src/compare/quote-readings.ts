/**
 * Quotations across the sentences of an alignment. For each quotation of two
 * words or more, every other sentence either quotes it too, gives its words
 * without quotation marks, or says the same thing in its own words (its
 * sentence holds most of the words around the quotation but not the quoted
 * ones). A sentence that covers neither is left out: it says something else.
 */
import { lcsLength, lcsRangeInB } from '../text/lcs';
import { COMPARISON_STOP_WORDS } from '../text/lexicon';
import { orderKey, phrase, sideOf, type Reading, type SentenceSide, type SpotReadings } from './finding';
import { paraphraseKey } from './paraphrase';
import type { Prepared } from './prepare';

const QUOTED = /["“]([^"“”]+)["”]/g;
const CONTEXT = 4;
const MIN_CONTEXT_SHARE = 0.6;
const SAME_WORDS = 0.8;

interface Quotation {
  /** Key range [start, end) of the quoted words in the sentence. */
  start: number;
  end: number;
  keys: string[];
}

/**
 * The quotations of a sentence, by the words they hold: a word is quoted when
 * it stands between the marks, whatever punctuation clings to it outside them
 * ('a "complete success".', '"We will," he said').
 */
function quotationsOf(side: SentenceSide): Quotation[] {
  const out: Quotation[] = [];
  const { wordStarts, wordEnds } = side.tokens;
  for (const m of side.text.matchAll(QUOTED)) {
    const from = m.index! + 1;
    const to = from + m[1].length;
    const start = wordStarts.findIndex((s, k) => s >= from && wordEnds[k] <= to);
    if (start < 0) continue;
    let end = start;
    while (end < side.keys.length && wordEnds[end] <= to) end++;
    if (end - start >= 2) out.push({ start, end, keys: side.keys.slice(start, end) });
  }
  return out;
}

const contentKeys = (keys: readonly string[]) => keys.filter((k) => !COMPARISON_STOP_WORDS.has(k)).map(paraphraseKey);

/** Does `side` say most of the words around the quotation in `holder`? */
function coversContext(holder: SentenceSide, quote: Quotation, side: SentenceSide): boolean {
  const before = contentKeys(holder.keys.slice(0, quote.start)).slice(-CONTEXT);
  const after = contentKeys(holder.keys.slice(quote.end)).slice(0, CONTEXT);
  const context = [...before, ...after];
  const have = new Set(contentKeys(side.keys));
  return context.length >= 3 && context.filter((k) => have.has(k)).length >= MIN_CONTEXT_SHARE * context.length;
}

/** The shortest stretch of `keys` holding the quoted words in order (most of them), as a key range. */
function tightestMatch(quoted: readonly string[], keys: readonly string[]): [number, number] | undefined {
  const need = SAME_WORDS * quoted.length;
  const width = Math.ceil(quoted.length * 1.5);
  for (let from = 0; from < keys.length; from++) {
    if (!quoted.includes(keys[from])) continue;
    const window = keys.slice(from, from + width);
    const found = lcsRangeInB(quoted, window);
    if (found.length >= need) return [from + found.first, from + found.last + 1];
  }
  return undefined;
}

function readingOf(sentence: number, side: SentenceSide, holder: SentenceSide, quote: Quotation): Reading | undefined {
  const own = quotationsOf(side).find((q) => lcsLength(q.keys, quote.keys) >= SAME_WORDS * Math.min(q.keys.length, quote.keys.length));
  if (own) return { sentence, value: 'quoted', changed: phrase(side, own.start, own.end), phrase: phrase(side, own.start, own.end) };
  const unquoted = tightestMatch(quote.keys, side.keys);
  if (unquoted) {
    const words = phrase(side, unquoted[0], unquoted[1]);
    return { sentence, value: 'unquoted', changed: words, phrase: words };
  }
  if (coversContext(holder, quote, side)) return { sentence, value: 'own words', changed: '', phrase: '' };
  return undefined;
}

export function quoteReadings(prepared: Prepared, group: readonly number[]): SpotReadings[] {
  const seen = new Set<string>();
  const out: SpotReadings[] = [];
  for (const holderIndex of group) {
    const holder = sideOf(prepared, holderIndex);
    for (const quote of quotationsOf(holder)) {
      const id = quote.keys.join(' ');
      if ([...seen].some((s) => s.includes(id) || id.includes(s))) continue;
      seen.add(id);
      const readings = group.map((i) => (i === holderIndex ? readingOf(i, holder, holder, quote) : readingOf(i, sideOf(prepared, i), holder, quote)));
      const found = readings.filter((r): r is Reading => !!r);
      if (new Set(found.map((r) => r.value)).size >= 2) out.push({ kind: 'quote', reader: 'quote', order: orderKey('quote', id), readings: found });
    }
  }
  return out;
}
