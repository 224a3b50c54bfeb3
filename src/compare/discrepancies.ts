/**
 * What changed inside aligned sentences, told plainly for a reader: for each
 * alignment, the readings of each spot where its sentences differ (from the
 * word diff against a pivot, see `group-findings`, and from what each
 * sentence says as a whole, see `sentence-readings`), kept when they hold two
 * values or more, and summarised. Output order is deterministic: by
 * alignment, then kind, then position.
 */
import { COMPARISON_STOP_WORDS } from '../text/lexicon';
import { keyWords } from '../text/normalize';
import type { Discrepancy, Lineage } from '../contracts/schema';
import type { AlignResult } from './align';
import type { SpotReadings } from './finding';
import { hunkReadings } from './group-findings';
import type { Prepared } from './prepare';
import { readAsRuns } from './runs-view';
import { sentenceReadings } from './sentence-readings';
import { stem } from './similarity';
import { labelOf, groupReadings, summarize } from './summarize';

/**
 * The source the others at a statement reuse: one that derives from none of
 * them (through lineage, at any remove) and that most of them derive from;
 * undefined when lineage links none of them.
 */
export function originOf(sourceIds: readonly string[], lineage: readonly Lineage[]): string | undefined {
  const parents = new Map(lineage.map((l) => [l.source, l.derivedFrom.map((d) => d.from)]));
  const ancestors = (id: string): Set<string> => {
    const seen = new Set<string>();
    const todo = [...(parents.get(id) ?? [])];
    while (todo.length) {
      const next = todo.pop()!;
      if (!seen.has(next)) (seen.add(next), todo.push(...(parents.get(next) ?? [])));
    }
    return seen;
  };
  const above = new Map(sourceIds.map((id) => [id, ancestors(id)]));
  let best: string | undefined;
  let bestCount = 0;
  for (const id of sourceIds) {
    if (sourceIds.some((other) => other !== id && above.get(id)!.has(other))) continue;
    const descendants = sourceIds.filter((other) => above.get(other)!.has(id)).length;
    if (descendants > bestCount) [best, bestCount] = [id, descendants];
  }
  return best;
}

/** Stems of the content words of the sources' headlines: the story's key terms (short ones like "us" are too vague). */
export function headlineTerms(titles: string[]): Set<string> {
  const terms = new Set<string>();
  for (const t of titles) for (const k of keyWords(t)) if (!COMPARISON_STOP_WORDS.has(k) && k.length >= 4) terms.add(stem(k));
  return terms;
}

function toDiscrepancy(
  prepared: Prepared,
  spot: SpotReadings,
  alignment: string,
  shortNames: readonly string[],
  lineage: readonly Lineage[],
): Discrepancy | undefined {
  const all = prepared.sentences;
  const readings = spot.readings.map((r) => ({ ...r, source: all[r.sentence].source, sourceId: all[r.sentence].sentence.source }));
  const groups = groupReadings(readings, shortNames);
  if (groups.length < 2) return undefined;
  const origin = originOf(
    readings.map((r) => r.sourceId),
    lineage,
  );
  const originValue = readings.find((r) => r.sourceId === origin)?.value;
  return {
    id: '',
    kind: spot.kind,
    summary: summarize(spot.kind, groups),
    label: labelOf(
      spot.kind,
      readings.map((r) => r.value),
      originValue,
    ),
    ...(origin ? { origin } : {}),
    alignment,
    variants: readings
      .sort((x, y) => x.source - y.source)
      .map((r) => ({
        source: all[r.sentence].sentence.source,
        sentence: all[r.sentence].sentence.id,
        text: all[r.sentence].sentence.text,
        changed: r.changed,
      })),
  };
}

export function findDiscrepancies(
  sentences: Prepared,
  alignment: AlignResult,
  shortNames: string[],
  titles: string[] = [],
  lineage: readonly Lineage[] = [],
): Discrepancy[] {
  const headlineStems = headlineTerms(titles);
  const { prepared, aligned } = readAsRuns(sentences, alignment);
  const out: Discrepancy[] = [];
  aligned.members.forEach((group, g) => {
    const fromDiff = hunkReadings(prepared, aligned, group, headlineStems);
    const spots = [...fromDiff, ...sentenceReadings(prepared, group, new Set(fromDiff.map((s) => s.kind)))];
    spots.sort((x, y) => (x.order < y.order ? -1 : x.order > y.order ? 1 : 0));
    for (const spot of spots) {
      const found = toDiscrepancy(prepared, spot, aligned.alignments[g].id, shortNames, lineage);
      if (found) out.push(found);
    }
  });
  out.forEach((d, k) => (d.id = `disc:${k + 1}`));
  return out;
}
