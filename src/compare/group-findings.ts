/**
 * The hunk findings of one alignment, gathered per spot: each alignment's
 * sentences are diffed against one pivot (the sentence most like the others),
 * each hunk classified, and the findings at the same spot of the pivot joined
 * into one set of readings. Members that agree with the pivot at that spot are
 * listed with it; members whose sentence does not cover the spot are left out.
 */
import { COMPARISON_STOP_WORDS } from '../text/lexicon';
import type { AlignResult } from './align';
import { classifyHunk } from './classify-hunk';
import { diffWords, type Hunk } from './diff';
import { orderKey, phrase, sideOf, type HunkFinding, type Locus, type Reading, type SpotReadings } from './finding';
import { positionInSource, type Prepared } from './prepare';
import { stem } from './similarity';

/** The member most like the others (first in source order on a tie). */
export function pivotOf(group: readonly number[], aligned: AlignResult): number {
  let pivot = group[0];
  let best = -1;
  for (const x of group) {
    let sum = 0;
    for (const y of group) if (x !== y) sum += aligned.score(x, y);
    if (sum > best + 1e-9) [pivot, best] = [x, sum];
  }
  return pivot;
}

const contentStems = (words: readonly string[]) => [...new Set(words.filter((w) => !COMPARISON_STOP_WORDS.has(w)).map(stem))];

/** Do `keys` hold at least 60% of the content stems of `words`? */
function covers(keys: readonly string[], words: readonly string[]): boolean {
  const have = new Set(contentStems(keys));
  const want = contentStems(words);
  return want.filter((w) => have.has(w)).length >= 0.6 * want.length;
}

/** Does the source of sentence i say most of `words` in i or the sentences around it? */
function saysNearby(prepared: Prepared, i: number, words: readonly string[]): boolean {
  const own = prepared.bySource[prepared.sentences[i].source];
  const k = positionInSource(prepared, i);
  const near = new Set<string>();
  // A run of two sentences read as one is not in its article's list: it is its own neighbourhood.
  for (const g of k < 0 ? [i] : own.slice(Math.max(0, k - 1), k + 2)) for (const w of prepared.sentences[g].content) near.add(w);
  const want = contentStems(words);
  return want.filter((w) => near.has(w)).length >= 0.6 * want.length;
}

/** A clause "left out" that the lacking side says elsewhere in its sentence or a neighbour was moved, not dropped. */
function isMovedClause(prepared: Prepared, finding: HunkFinding, hunk: Hunk, pivot: number, member: number): boolean {
  const pivotHas = finding.pivot.value === 'included';
  const [lacking, has, start, end] = pivotHas ? [member, pivot, hunk.aStart, hunk.aEnd] : [pivot, member, hunk.bStart, hunk.bEnd];
  const words = prepared.sentences[has].tokens.keys.slice(start, end);
  const own = prepared.sentences[lacking].tokens.keys;
  const elsewhere = lacking === member ? own.filter((_, j) => j < hunk.bStart || j >= hunk.bEnd) : own;
  return saysNearby(prepared, lacking, words) || covers(elsewhere, words);
}

/** Does the member say what the pivot says at [start, end)? (All of it matched in a row, nothing inserted.) */
function agreesAt(map: Int32Array, start: number, end: number, memberLength: number): [number, number] | undefined {
  if (end > start) {
    for (let i = start; i < end; i++) if (map[i] < 0) return undefined;
    for (let i = start + 1; i < end; i++) if (map[i] !== map[i - 1] + 1) return undefined;
    return [map[start], map[end - 1] + 1];
  }
  const before = start > 0 ? map[start - 1] : -1;
  const after = start < map.length ? map[start] : memberLength;
  if ((start > 0 && before < 0) || after < 0 || after !== before + 1) return undefined;
  return [after, after];
}

interface MemberFinding extends HunkFinding {
  member: Locus;
  sentence: number;
}

function readingAt(prepared: Prepared, sentence: number, locus: Locus): Reading {
  const side = sideOf(prepared, sentence);
  return { sentence, value: locus.value, changed: phrase(side, locus.start, locus.end), phrase: phrase(side, locus.start, locus.show) };
}

/** The readings of every spot where a member's hunk findings differ from the pivot. */
export function hunkReadings(prepared: Prepared, aligned: AlignResult, group: readonly number[], headlineStems: ReadonlySet<string>): SpotReadings[] {
  const pivot = pivotOf(group, aligned);
  const pivotSide = sideOf(prepared, pivot);
  const found: MemberFinding[] = [];
  const pivotToMember = new Map<number, Int32Array>();
  for (const member of group) {
    if (member === pivot) continue;
    const memberSide = sideOf(prepared, member);
    const diff = diffWords(pivotSide.keys, memberSide.keys);
    const map = new Int32Array(pivotSide.keys.length).fill(-1);
    for (const [i, j] of diff.matches) map[i] = j;
    pivotToMember.set(member, map);
    for (const hunk of diff.hunks) {
      for (const f of classifyHunk(pivotSide, memberSide, hunk, aligned.score(pivot, member), headlineStems)) {
        if (f.kind === 'omission' && isMovedClause(prepared, f, hunk, pivot, member)) continue;
        found.push({ ...f, sentence: member });
      }
    }
  }
  const bySpot = new Map<string, MemberFinding[]>();
  for (const f of found) {
    const key = orderKey(f.kind, f.spot);
    const list = bySpot.get(key) ?? [];
    if (!list.some((x) => x.sentence === f.sentence)) list.push(f);
    bySpot.set(key, list);
  }
  return [...bySpot].map(([order, findings]) => {
    const at = findings[0].pivot;
    const readings = [readingAt(prepared, pivot, at)];
    for (const member of group) {
      if (member === pivot) continue;
      const own = findings.find((f) => f.sentence === member);
      if (own) {
        readings.push(readingAt(prepared, member, own.member));
        continue;
      }
      const span = agreesAt(pivotToMember.get(member)!, at.start, at.end, prepared.sentences[member].tokens.keys.length);
      if (span) readings.push(readingAt(prepared, member, { start: span[0], end: span[1], value: at.value, show: span[0] + (at.show - at.start) }));
    }
    return { kind: findings[0].kind, reader: 'diff' as const, order, readings };
  });
}
