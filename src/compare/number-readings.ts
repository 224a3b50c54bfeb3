/**
 * Numbers across paraphrase: how many of a thing each sentence of an
 * alignment counts ("22 million personal files" / "21.5 million files";
 * "five officers" / "six officers"). A number is read with the thing it
 * counts, the first content word after it (by meaning key, so "files" and
 * "file" meet); two sentences counting the same thing differently differ.
 * Years are dates, not counts, and are left to the date readings.
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
}

/** Each number in the sentence with the thing it counts. */
export function countsOf(side: SentenceSide): Count[] {
  const out: Count[] = [];
  const { keys } = side;
  for (let at = 0; at < keys.length; at++) {
    if (!isNumber(keys[at]) || isYear(keys[at]) || Number.isNaN(valueOf(keys[at]))) continue;
    let value = valueOf(keys[at]);
    let end = at + 1;
    for (; end < keys.length && SCALES[keys[end]] !== undefined; end++) if (keys[end] !== 'percent') value *= SCALES[keys[end]];
    const percent = keys.slice(at, end).includes('percent');
    let next = end;
    while (next < keys.length && (COUNT_FILLERS.has(keys[next]) || (COMPARISON_STOP_WORDS.has(keys[next]) && !NUMBER_WORDS.has(keys[next])))) next++;
    if (next >= keys.length || next - end > 3 || isNumber(keys[next])) continue;
    out.push({ start: at, end, value, thing: (percent ? '%' : '') + paraphraseKey(keys[next]) });
    at = end - 1;
  }
  return out;
}

export function numberReadings(prepared: Prepared, group: readonly number[]): SpotReadings[] {
  const counts = group.map((i) => countsOf(sideOf(prepared, i)));
  const things = [...new Set(counts.flatMap((c) => c.map((x) => x.thing)))];
  return things.flatMap((thing) => {
    const readings: Reading[] = [];
    group.forEach((i, m) => {
      const count = counts[m].find((c) => c.thing === thing);
      if (!count) return;
      const words = phrase(sideOf(prepared, i), count.start, count.end);
      readings.push({ sentence: i, value: String(count.value), changed: words, phrase: words });
    });
    return new Set(readings.map((r) => r.value)).size >= 2 ? [{ kind: 'number' as const, order: orderKey('number', thing), readings }] : [];
  });
}
