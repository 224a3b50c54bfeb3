/**
 * What changed inside aligned sentences, told plainly for a reader: for each
 * alignment, the readings of each spot where its sentences differ (from the
 * word diff against a pivot, see `group-findings`, and from what each
 * sentence says as a whole, see `sentence-readings`), kept when they hold two
 * values or more, and summarised. Output order is deterministic: by
 * alignment, then kind, then position.
 */
import { COMPARISON_STOP_WORDS } from '../shared/lexicon';
import { keyWords } from '../shared/normalize';
import type { Discrepancy } from '../shared/schema';
import type { AlignResult } from './align';
import type { SpotReadings } from './finding';
import { hunkReadings } from './group-findings';
import type { Prepared } from './prepare';
import { sentenceReadings } from './sentence-readings';
import { stem } from './similarity';
import { groupReadings, summarize } from './summarize';

/** Stems of the content words of the sources' headlines: the story's key terms (short ones like "us" are too vague). */
export function headlineTerms(titles: string[]): Set<string> {
  const terms = new Set<string>();
  for (const t of titles) for (const k of keyWords(t)) if (!COMPARISON_STOP_WORDS.has(k) && k.length >= 4) terms.add(stem(k));
  return terms;
}

function toDiscrepancy(prepared: Prepared, spot: SpotReadings, alignment: string, shortNames: readonly string[]): Discrepancy | undefined {
  const all = prepared.sentences;
  const readings = spot.readings.map((r) => ({ ...r, source: all[r.sentence].source }));
  const groups = groupReadings(readings, shortNames);
  if (groups.length < 2) return undefined;
  return {
    id: '',
    kind: spot.kind,
    summary: summarize(spot.kind, groups),
    alignment,
    variants: readings
      .sort((x, y) => x.source - y.source)
      .map((r) => ({ source: all[r.sentence].sentence.source, sentence: all[r.sentence].sentence.id, text: all[r.sentence].sentence.text, changed: r.changed })),
  };
}

export function findDiscrepancies(prepared: Prepared, aligned: AlignResult, shortNames: string[], titles: string[] = []): Discrepancy[] {
  const headlineStems = headlineTerms(titles);
  const out: Discrepancy[] = [];
  aligned.members.forEach((group, g) => {
    const spots = [...hunkReadings(prepared, aligned, group, headlineStems), ...sentenceReadings(prepared, group)];
    spots.sort((x, y) => (x.order < y.order ? -1 : x.order > y.order ? 1 : 0));
    for (const spot of spots) {
      const found = toDiscrepancy(prepared, spot, aligned.alignments[g].id, shortNames);
      if (found) out.push(found);
    }
  });
  out.forEach((d, k) => (d.id = `disc:${k + 1}`));
  return out;
}
