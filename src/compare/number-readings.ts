/**
 * Numbers across paraphrase: how many of a thing each sentence of an
 * alignment counts ("22 million personal files" / "21.5 million files";
 * "five officers" / "six officers"). A number is read with the thing it
 * counts, the first content word after it (by meaning key, so "files" and
 * "file" meet); two sentences counting the same thing differently differ.
 * Years are dates, not counts, and are left to the date readings.
 *
 * Not counts: a number inside a name or a model ("Solar Impulse 2", "Flight
 * 804", "No. 3"), and a count of another time the sentence recalls ("a week
 * after a bombing in Quetta killed more than 70 lawyers"). A rough count ("more
 * than a million bottles", "about 40") differs from another only when the
 * other lies far outside it ("about 1.2 million" does not).
 */
import { COMPARISON_STOP_WORDS, COUNT_FILLERS, NUMBER_SCALES as SCALES, NUMBER_WORDS, SMALL_CARDINALS } from '../text/lexicon';
import { orderKey, phrase, sideOf, type Reading, type SentenceSide, type SpotReadings } from './finding';
import { paraphraseKey } from './paraphrase';
import type { Prepared } from './prepare';
import { isNumber, isYear } from './word-classes';

/** The value of a number word or figure, or NaN. */
function valueOf(word: string): number {
  const small = SMALL_CARDINALS.indexOf(word);
  if (small >= 0) return small;
  if (SCALES[word] !== undefined) return SCALES[word];
  return /^\d[\d,]*(\.\d+)?$/.test(word) ? Number(word.replace(/,/g, '')) : NaN;
}

interface Count {
  start: number;
  end: number;
  value: number;
  thing: string;
  /** A rough count: "more than a million", "about 40", "some 300". */
  rough: boolean;
}

/** Words that make a count rough when they stand right before it. */
const ROUGHLY = new Set(['more', 'than', 'over', 'nearly', 'almost', 'about', 'around', 'roughly', 'some', 'approximately', 'up', 'to', 'a', 'an', 'several']);
/** "a week after", "two years before": what follows is another time than the sentence's event. */
const SPANS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);
const ANOTHER_TIME = new Set(['after', 'before', 'since', 'earlier']);

/** Is the key at `at` written with a capital, as in a name ("Impulse 2", "No. 3")? */
const capitalisedAt = (side: SentenceSide, at: number) => /^[^\p{L}\p{N}]*\p{Lu}/u.test(side.text.slice(side.tokens.starts[at], side.tokens.ends[at]));

/** Does the number at `at` name or number a thing rather than count it (its word before it is part of a name)? */
const inName = (side: SentenceSide, at: number) => at > 0 && capitalisedAt(side, at - 1) && (at > 1 || side.keys[0] === 'no');

/** Does a clause of another time ("a week after …") open within the keys before `at`? */
function anotherTime(keys: readonly string[], at: number): boolean {
  for (let j = Math.max(1, at - 8); j < at; j++) if (ANOTHER_TIME.has(keys[j]) && SPANS.has(keys[j - 1])) return true;
  return false;
}

/** Only one significant digit: a round figure (40, 300, a million), the kind a rough count gives. */
const isRound = (v: number) => v > 0 && Number((v / 10 ** Math.floor(Math.log10(v))).toFixed(6)) % 1 === 0;

/** Each number in the sentence with the thing it counts. */
export function countsOf(side: SentenceSide): Count[] {
  const out: Count[] = [];
  const { keys } = side;
  for (let at = 0; at < keys.length; at++) {
    if (!isNumber(keys[at]) || isYear(keys[at]) || Number.isNaN(valueOf(keys[at]))) continue;
    if (inName(side, at) || anotherTime(keys, at)) continue;
    let value = valueOf(keys[at]);
    let end = at + 1;
    for (; end < keys.length && SCALES[keys[end]] !== undefined; end++) if (keys[end] !== 'percent') value *= SCALES[keys[end]];
    const percent = keys.slice(at, end).includes('percent');
    let next = end;
    while (next < keys.length && (COUNT_FILLERS.has(keys[next]) || (COMPARISON_STOP_WORDS.has(keys[next]) && !NUMBER_WORDS.has(keys[next])))) next++;
    if (next >= keys.length || next - end > 3 || isNumber(keys[next])) continue;
    const rough = at > 0 && ROUGHLY.has(keys[at - 1]) && isRound(value);
    out.push({ start: at, end, value, thing: (percent ? '%' : '') + paraphraseKey(keys[next]), rough });
    at = end - 1;
  }
  return out;
}

/** Do the counts disagree? Two exact ones that differ do; a rough one only with a count more than twice or under half of it. */
export function countsDisagree(counts: readonly { value: number; rough: boolean }[]): boolean {
  for (const a of counts) {
    for (const b of counts) {
      if (a.value === b.value) continue;
      if (!a.rough && !b.rough) return true;
      const [lo, hi] = a.value < b.value ? [a.value, b.value] : [b.value, a.value];
      if (hi > 2 * lo) return true;
    }
  }
  return false;
}

export function numberReadings(prepared: Prepared, group: readonly number[]): SpotReadings[] {
  const counts = group.map((i) => countsOf(sideOf(prepared, i)));
  const things = [...new Set(counts.flatMap((c) => c.map((x) => x.thing)))];
  return things.flatMap((thing) => {
    const readings: Reading[] = [];
    const held: Count[] = [];
    group.forEach((i, m) => {
      const count = counts[m].find((c) => c.thing === thing);
      if (!count) return;
      const words = phrase(sideOf(prepared, i), count.start, count.end);
      readings.push({ sentence: i, value: String(count.value), changed: words, phrase: words });
      held.push(count);
    });
    return countsDisagree(held) ? [{ kind: 'number' as const, reader: 'count' as const, order: orderKey('number', thing), readings }] : [];
  });
}
