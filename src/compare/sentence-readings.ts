/**
 * Readings that belong to a sentence as a whole rather than to one stretch of
 * a word diff, so they hold across paraphrase: who the sentence cites.
 */
import { findAttribution } from './attribution';
import { orderKey, type SpotReadings } from './finding';
import type { Prepared } from './prepare';

function attributionReadings(prepared: Prepared, group: readonly number[]): SpotReadings | undefined {
  const readings = [];
  for (const i of group) {
    const cited = findAttribution(prepared.sentences[i].sentence.text);
    if (cited) readings.push({ sentence: i, value: cited.cls, changed: cited.phrase, phrase: cited.phrase });
  }
  if (new Set(readings.map((r) => r.value)).size < 2) return undefined;
  return { kind: 'attribution', order: orderKey('attribution', ''), readings };
}

export function sentenceReadings(prepared: Prepared, group: readonly number[]): SpotReadings[] {
  return [attributionReadings(prepared, group)].filter((x): x is SpotReadings => !!x);
}
