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
import type { Discrepancy, Lineage, SourceRelation } from '../contracts/schema';
import { confidenceOf } from './confidence';
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

/** Future words and the verbs of saying after them: "will testify", "is expected to tell", "plans to announce". */
const FUTURE = new Set(['will', 'expected', 'plans', 'set', 'due', 'scheduled']);
const TO_SAY = new Set(['testify', 'tell', 'say', 'argue', 'announce', 'ask', 'urge', 'present', 'unveil', 'propose', 'deliver', 'defend', 'warn']);

/** Does the sentence announce what someone will say ("Holt will testify that …"), rather than report what was said? */
export function isPreview(keys: readonly string[]): boolean {
  return keys.some((k, i) => FUTURE.has(k) && keys.slice(i + 1, i + 4).some((w) => TO_SAY.has(w)));
}

/** The group without its previews, when it holds a report of what was said: a preview and the testimony are two statements. */
function withoutPreviews(prepared: Prepared, group: readonly number[]): readonly number[] {
  const previews = group.filter((i) => isPreview(prepared.sentences[i].tokens.keys));
  return previews.length && previews.length < group.length ? group.filter((i) => !previews.includes(i)) : group;
}

/** The group's members in families of versions of one article (two members or more each). */
function versionFamilies(prepared: Prepared, group: readonly number[], relationOf: RelationOf): number[][] {
  const family = group.map((_, k) => k);
  const root = (k: number): number => (family[k] === k ? k : (family[k] = root(family[k])));
  group.forEach((a, x) =>
    group.forEach((b, y) => {
      if (y > x && relationOf(prepared.sentences[a].source, prepared.sentences[b].source) === 'versions') family[root(y)] = root(x);
    }),
  );
  const byRoot = new Map<number, number[]>();
  group.forEach((i, k) => byRoot.set(root(k), [...(byRoot.get(root(k)) ?? []), i]));
  return [...byRoot.values()].filter((f) => f.length >= 2);
}

/** Do two spots tell one change: the same kind, and the same words changed in the same sentences? */
function sameSpot(a: SpotReadings, b: SpotReadings): boolean {
  if (a.kind !== b.kind) return false;
  const changed = new Map(a.readings.map((r) => [r.sentence, r.changed]));
  const shared = b.readings.filter((r) => changed.has(r.sentence));
  return shared.length >= 2 && shared.every((r) => changed.get(r.sentence) === r.changed);
}

/** How sources stand to each other, by their places in the sources compared; the closest relation first. */
export type RelationOf = (a: number, b: number) => SourceRelation;

const CLOSENESS: readonly SourceRelation[] = ['versions', 'rewrite', 'independent'];

/**
 * How the sources holding different readings stand to each other (the
 * closest pair), and whether that pair was published on one day (or a date
 * is unknown).
 */
function disagreeingPair(
  prepared: Prepared,
  readings: readonly { value: string; source: number }[],
  relationOf: RelationOf,
): { relation: SourceRelation; sameDay: boolean } {
  let best: { relation: SourceRelation; sameDay: boolean } | undefined;
  for (const a of readings) {
    for (const b of readings) {
      if (a.value === b.value || a.source >= b.source) continue;
      const relation = relationOf(a.source, b.source);
      const [da, db] = [prepared.sources[a.source].source.published, prepared.sources[b.source].source.published];
      const sameDay = !da || !db || da === db;
      const rank = (x: { relation: SourceRelation; sameDay: boolean }) => CLOSENESS.indexOf(x.relation) * 2 + (x.sameDay ? 0 : 1);
      if (!best || rank({ relation, sameDay }) < rank(best)) best = { relation, sameDay };
    }
  }
  return best ?? { relation: 'independent', sameDay: true };
}

function toDiscrepancy(
  prepared: Prepared,
  spot: SpotReadings,
  alignment: string,
  shortNames: readonly string[],
  lineage: readonly Lineage[],
  relationOf: RelationOf,
): Discrepancy | undefined {
  const all = prepared.sentences;
  const readings = spot.readings.map((r) => ({ ...r, source: all[r.sentence].source, sourceId: all[r.sentence].sentence.source }));
  const groups = groupReadings(readings, shortNames);
  if (groups.length < 2) return undefined;
  const { relation, sameDay } = disagreeingPair(prepared, readings, relationOf);
  const confidence = confidenceOf({ kind: spot.kind, reader: spot.reader, relation, sameDay });
  if (confidence <= 0) return undefined;
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
    relation,
    confidence,
  };
}

export function findDiscrepancies(
  sentences: Prepared,
  alignment: AlignResult,
  shortNames: string[],
  titles: string[] = [],
  lineage: readonly Lineage[] = [],
  relationOf: RelationOf = () => 'versions',
): Discrepancy[] {
  const headlineStems = headlineTerms(titles);
  const { prepared, aligned } = readAsRuns(sentences, alignment);
  const out: Discrepancy[] = [];
  aligned.members.forEach((all, g) => {
    const group = withoutPreviews(prepared, all);
    if (group.length < 2) return;
    const allVersions = group.every((a) =>
      group.every(
        (b) =>
          prepared.sentences[a].source === prepared.sentences[b].source ||
          relationOf(prepared.sentences[a].source, prepared.sentences[b].source) === 'versions',
      ),
    );
    const fromDiff = hunkReadings(prepared, aligned, group, headlineStems);
    // A copy is diffed against the article it copies too: against an independent report as pivot it reads as a paraphrase.
    for (const versions of versionFamilies(prepared, group, relationOf)) {
      if (versions.length === group.length) continue;
      for (const found of hunkReadings(prepared, aligned, versions, headlineStems)) if (!fromDiff.some((f) => sameSpot(f, found))) fromDiff.push(found);
    }
    const spots = [...fromDiff, ...sentenceReadings(prepared, group, new Set(fromDiff.map((s) => s.kind)), { allVersions })];
    spots.sort((x, y) => (x.order < y.order ? -1 : x.order > y.order ? 1 : 0));
    for (const spot of spots) {
      const found = toDiscrepancy(prepared, spot, aligned.alignments[g].id, shortNames, lineage, relationOf);
      if (found) out.push(found);
    }
  });
  out.forEach((d, k) => (d.id = `disc:${k + 1}`));
  return out;
}
