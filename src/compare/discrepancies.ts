/**
 * What changed inside aligned sentences, told plainly for a reader.
 *
 * Each alignment's sentences are compared with one pivot (the sentence most
 * like the others) by a word diff. Each differing stretch (hunk) is classified:
 *  - negation: a "not" (no, never...) present on one side only, next to words
 *    both sides share ("will not be the first" / "be the first");
 *  - date: a different weekday or month (Thursday / Tuesday);
 *  - number: a different number;
 *  - modal: a certain modal (will, would) against a possible one (could, may);
 *  - wording: one word swapped for another in an otherwise copied sentence,
 *    where one of the two is a headline word of the corpus (deal / accord):
 *    synonyms swapped elsewhere ("rising" / "increasing") are style, not news;
 *  - omission: a clause of six or more content words that a copy leaves out,
 *    unless the copy says it elsewhere in the sentence or a neighbouring one.
 * Attribution (who is cited) is compared per sentence: officials, a media
 * report, or officials quoted through a report.
 *
 * Sources that agree with the pivot at the spot of the change are listed with
 * it; sources whose sentence does not cover that spot are left out. A
 * discrepancy always has at least two different variants. Output order is
 * deterministic: by alignment, then kind, then position.
 */
import { COMPARISON_STOP_WORDS, isDateWord } from '../shared/lexicon';
import type { Discrepancy, DiscrepancyKind, DiscrepancyVariant } from '../shared/schema';
import type { AlignResult } from './align';
import { findAttribution } from './attribution';
import { diffWords, wordsOf, type Hunk } from './diff';
import type { Prepared } from './prepare';
import { stem } from './similarity';
import { isNegator, isNumber, modalClass } from './word-classes';
import { keyWords } from '../shared/normalize';

/** A copy, not a paraphrase: only then do a swapped word or a dropped clause mean something. */
const COPY_SCORE = 0.55;
const MAX_LOCAL = 6;
const MIN_OMITTED_CONTENT = 6;

interface Finding {
  kind: DiscrepancyKind;
  /** Position in the pivot that identifies the spot across members. */
  key: number;
  pivot: Locus;
  member: Locus;
}

/** Where the change sits in one sentence: keys [start, end), the compared value, and keys [start, show) to show. */
interface Locus {
  start: number;
  end: number;
  value: string;
  show: number;
}

const content = (keys: readonly string[], from: number, to: number) =>
  keys.slice(from, to).filter((k) => !COMPARISON_STOP_WORDS.has(k));

const firstIndex = (keys: readonly string[], from: number, to: number, test: (w: string) => boolean) => {
  for (let i = from; i < to; i++) if (test(keys[i])) return i;
  return -1;
};

type Side = { keys: string[]; text: string; tokens: Prepared['sentences'][number]['tokens'] };

function phrase(side: Side, start: number, end: number): string {
  return wordsOf(side.text, side.tokens, start, Math.min(end, side.keys.length));
}

/** Classifies one hunk of pivot `a` against member `b`; at most one finding per kind. */
function classify(a: Side, b: Side, h: Hunk, pairScore: number, keyTerms: ReadonlySet<string>): Finding[] {
  const out: Finding[] = [];
  const aLen = h.aEnd - h.aStart;
  const bLen = h.bEnd - h.bStart;
  const inner = h.before >= 1 && h.after >= 2;

  // Negation: local, and the negated words that follow are shared.
  if (inner && aLen <= MAX_LOCAL && bLen <= MAX_LOCAL) {
    const na = firstIndex(a.keys, h.aStart, h.aEnd, isNegator);
    const nb = firstIndex(b.keys, h.bStart, h.bEnd, isNegator);
    if ((na < 0) !== (nb < 0)) {
      const locus = (side: Side, n: number, end: number): Locus =>
        n >= 0
          ? { start: n, end: n + 1, value: 'negated', show: end + 3 }
          : { start: end, end: end, value: 'affirmed', show: end + 3 };
      out.push({ kind: 'negation', key: h.aEnd, pivot: locus(a, na, h.aEnd), member: locus(b, nb, h.bEnd) });
    }
  }

  // Date, number: the first such word on each side, near the start of the hunk.
  for (const [kind, test] of [['date', isDateWord], ['number', isNumber]] as const) {
    const da = firstIndex(a.keys, h.aStart, Math.min(h.aEnd, h.aStart + 3), test);
    const db = firstIndex(b.keys, h.bStart, Math.min(h.bEnd, h.bStart + 3), test);
    if (da >= 0 && db >= 0 && a.keys[da] !== b.keys[db] && (h.before >= 2 || h.after >= 2)) {
      const locus = (side: Side, i: number): Locus => ({ start: i, end: i + 1, value: side.keys[i], show: i + 1 });
      out.push({ kind, key: da, pivot: locus(a, da), member: locus(b, db) });
    }
  }

  // Modal: certainty changed (could → will), locally.
  if (aLen <= 4 && bLen <= 4 && (h.before >= 1 || h.after >= 1)) {
    const ma = firstIndex(a.keys, h.aStart, h.aEnd, (w) => !!modalClass(w));
    const mb = firstIndex(b.keys, h.bStart, h.bEnd, (w) => !!modalClass(w));
    if (ma >= 0 && mb >= 0 && modalClass(a.keys[ma]) !== modalClass(b.keys[mb])) {
      const locus = (side: Side, i: number): Locus => ({ start: i, end: i + 1, value: side.keys[i], show: i + 2 });
      out.push({ kind: 'modal', key: ma, pivot: locus(a, ma), member: locus(b, mb) });
    }
  }

  if (pairScore >= COPY_SCORE) {
    // Wording: one content word for another, between shared words.
    const ca = content(a.keys, h.aStart, h.aEnd);
    const cb = content(b.keys, h.bStart, h.bEnd);
    if (h.before >= 2 && h.after >= 2 && aLen === 1 && bLen === 1 && ca.length === 1 && cb.length === 1 && stem(ca[0]) !== stem(cb[0]) && !out.length && (keyTerms.has(stem(ca[0])) || keyTerms.has(stem(cb[0])))) {
      const locus = (side: Side, i: number): Locus => ({ start: i, end: i + 1, value: stem(side.keys[i]), show: i + 1 });
      out.push({ kind: 'wording', key: h.aStart, pivot: locus(a, h.aStart), member: locus(b, h.bStart) });
    }
    // Omission: a clause on one side, (almost) nothing on the other.
    const anchored = h.before >= 3 || (h.before >= 1 && h.after >= 3);
    const omitted = (long: string[], short: number) => long.length >= MIN_OMITTED_CONTENT && short <= 4;
    const aHas = omitted(ca, bLen);
    const clause = aHas ? phrase(a, h.aStart, h.aEnd) : phrase(b, h.bStart, h.bEnd);
    // A changed attribution is reported as such, not as a dropped clause.
    const attribution = findAttribution(clause);
    const isAttribution = !!attribution && clause.toLowerCase().startsWith(attribution.phrase.toLowerCase().slice(0, 12));
    if (anchored && (aHas || omitted(cb, aLen)) && !isAttribution) {
      const locus = (s: number, e: number, has: boolean): Locus => ({ start: s, end: e, value: has ? 'included' : 'left out', show: has ? e : s });
      out.push({ kind: 'omission', key: h.aStart, pivot: locus(h.aStart, h.aEnd, aHas), member: locus(h.bStart, h.bEnd, !aHas) });
    }
  }
  return out;
}

function stemsCovered(keys: readonly string[], words: readonly string[]): boolean {
  const have = new Set(keys.filter((w) => !COMPARISON_STOP_WORDS.has(w)).map(stem));
  const want = [...new Set(words.filter((w) => !COMPARISON_STOP_WORDS.has(w)).map(stem))];
  return want.filter((w) => have.has(w)).length >= 0.6 * want.length;
}

function clip(text: string): string {
  const words = text.split(' ');
  return words.length <= 14 ? text : words.slice(0, 14).join(' ') + ' …';
}

/** Does the member say what the pivot says at [start, end)? (All of it matched, nothing inserted.) */
function agreesAt(map: Int32Array, start: number, end: number, memberLen: number): [number, number] | undefined {
  if (end > start) {
    for (let i = start; i < end; i++) if (map[i] < 0) return undefined;
    for (let i = start + 1; i < end; i++) if (map[i] !== map[i - 1] + 1) return undefined;
    return [map[start], map[end - 1] + 1];
  }
  const before = start > 0 ? map[start - 1] : -1;
  const after = start < map.length ? map[start] : memberLen;
  if ((start > 0 && before < 0) || after < 0 || after !== before + 1) return undefined;
  return [after, after];
}

function list(names: string[]): string {
  return names.length <= 1 ? names.join('') : names.slice(0, -1).join(', ') + ' and ' + names[names.length - 1];
}

const ATTRIBUTION_LABEL: Record<string, string> = {
  officials: 'officials',
  media: 'a media report',
  'officials via media': 'officials, via a media report',
};

function summarize(kind: DiscrepancyKind, groups: { value: string; phrase: string; names: string[] }[]): string {
  const parts = groups.map((g) => {
    const where = list(g.names);
    switch (kind) {
      case 'date':
      case 'number':
        return `${g.phrase} in ${where}`;
      case 'attribution':
        return `${ATTRIBUTION_LABEL[g.value] ?? g.value} in ${where}`;
      case 'omission':
        return g.value === 'included' ? `"${clip(g.phrase)}" in ${where}` : `left out in ${where}`;
      default:
        return g.phrase ? `"${g.phrase}" in ${where}` : `nothing in ${where}`;
    }
  });
  const text = parts.join('; ') + '.';
  return kind === 'attribution' ? 'Attributed to ' + text.replace(/; /g, '; to ') : text[0].toUpperCase() + text.slice(1);
}

/** Stems of the content words of the sources' headlines: the story's key terms (short ones like "us" are too vague). */
export function headlineTerms(titles: string[]): Set<string> {
  const terms = new Set<string>();
  for (const t of titles) for (const k of keyWords(t)) if (!COMPARISON_STOP_WORDS.has(k) && k.length >= 4) terms.add(stem(k));
  return terms;
}

export function findDiscrepancies(prepared: Prepared, aligned: AlignResult, shortNames: string[], titles: string[] = []): Discrepancy[] {
  const all = prepared.sentences;
  const keyTerms = headlineTerms(titles);
  // Position of each sentence within its source, for looking at neighbours.
  const posInSource = new Int32Array(all.length);
  for (const list of prepared.bySource) list.forEach((g, k) => (posInSource[g] = k));
  /** Does the source of sentence i say most of `words` in i or the sentences around it? */
  const saysNearby = (i: number, words: string[]): boolean => {
    const list = prepared.bySource[all[i].source];
    const k = posInSource[i];
    const near = new Set<string>();
    for (const g of list.slice(Math.max(0, k - 1), k + 2)) for (const w of all[g].content) near.add(w);
    const stems = [...new Set(words.filter((w) => !COMPARISON_STOP_WORDS.has(w)).map(stem))];
    return stems.filter((w) => near.has(w)).length >= 0.6 * stems.length;
  };
  const out: Discrepancy[] = [];
  const kindOrder: DiscrepancyKind[] = ['negation', 'date', 'number', 'modal', 'attribution', 'wording', 'omission'];

  aligned.members.forEach((group, g) => {
    const alignment = aligned.alignments[g].id;
    // Pivot: the sentence most like the others (first in source order on a tie).
    let pivot = group[0];
    let best = -1;
    for (const x of group) {
      let sum = 0;
      for (const y of group) if (x !== y) sum += aligned.score(x, y);
      if (sum > best + 1e-9) [pivot, best] = [x, sum];
    }
    const side = (i: number): Side => ({ keys: all[i].tokens.keys, text: all[i].sentence.text, tokens: all[i].tokens });
    const P = side(pivot);
    const found: (Finding & { member: Locus; who: number })[] = [];
    const maps = new Map<number, Int32Array>();
    for (const m of group) {
      if (m === pivot) continue;
      const M = side(m);
      const diff = diffWords(P.keys, M.keys);
      const map = new Int32Array(P.keys.length).fill(-1);
      for (const [i, j] of diff.matches) map[i] = j;
      maps.set(m, map);
      const pairScore = aligned.score(pivot, m);
      for (const h of diff.hunks) {
        for (const f of classify(P, M, h, pairScore, keyTerms)) {
          if (f.kind === 'omission') {
            // Reordered or moved to the next sentence is not left out.
            const [lacking, has, s, e] = f.pivot.value === 'included' ? [m, pivot, h.aStart, h.aEnd] : [pivot, m, h.bStart, h.bEnd];
            const words = all[has].tokens.keys.slice(s, e);
            const own = all[lacking].tokens.keys;
            const elsewhere = lacking === m ? own.filter((_, j) => j < h.bStart || j >= h.bEnd) : own;
            if (saysNearby(lacking, words) || stemsCovered(elsewhere, words)) continue;
          }
          found.push({ ...f, who: m });
        }
      }
    }

    type Variant = DiscrepancyVariant & { value: string; phrase: string; at: number };
    const variant = (i: number, locus: Locus): Variant => ({
      source: all[i].sentence.source,
      sentence: all[i].sentence.id,
      text: all[i].sentence.text,
      changed: phrase(side(i), locus.start, locus.end),
      value: locus.value,
      phrase: phrase(side(i), locus.start, locus.show),
      at: all[i].source,
    });

    const spots = new Map<string, typeof found>();
    for (const f of found) {
      const key = `${kindOrder.indexOf(f.kind)}:${String(f.key).padStart(6, '0')}`;
      const list = spots.get(key) ?? [];
      if (!list.some((x) => x.who === f.who)) list.push(f);
      spots.set(key, list);
    }
    const results: { order: string; kind: DiscrepancyKind; variants: Variant[] }[] = [];
    for (const [order, fs] of spots) {
      const { kind, pivot: at } = fs[0];
      const variants = [variant(pivot, at)];
      for (const m of group) {
        if (m === pivot) continue;
        const own = fs.find((f) => f.who === m);
        if (own) {
          variants.push(variant(m, own.member));
          continue;
        }
        // Agrees with the pivot at this spot: same value, the same stretch shown.
        const span = agreesAt(maps.get(m)!, at.start, at.end, all[m].tokens.keys.length);
        if (span) variants.push(variant(m, { start: span[0], end: span[1], value: at.value, show: span[0] + (at.show - at.start) }));
      }
      results.push({ order, kind, variants });
    }

    // Attribution, per sentence.
    const cited = group
      .map((i) => ({ i, a: findAttribution(all[i].sentence.text) }))
      .filter((x): x is { i: number; a: NonNullable<typeof x.a> } => !!x.a);
    if (new Set(cited.map((c) => c.a.cls)).size >= 2) {
      results.push({
        order: `${kindOrder.indexOf('attribution')}:`,
        kind: 'attribution',
        variants: cited.map(({ i, a }) => ({
          source: all[i].sentence.source,
          sentence: all[i].sentence.id,
          text: all[i].sentence.text,
          changed: a.phrase,
          value: a.cls,
          phrase: a.phrase,
          at: all[i].source,
        })),
      });
    }

    results.sort((x, y) => (x.order < y.order ? -1 : x.order > y.order ? 1 : 0));
    for (const r of results) {
      const withIndex = r.variants.map((v) => ({ v, at: v.at })).sort((x, y) => x.at - y.at);
      const groups: { value: string; phrase: string; names: string[]; first: number }[] = [];
      for (const { v, at } of withIndex) {
        const gr = groups.find((x) => x.value === v.value);
        if (gr) gr.names.push(shortNames[at]);
        else groups.push({ value: v.value, phrase: v.phrase, names: [shortNames[at]], first: at });
      }
      if (groups.length < 2) continue;
      // The variant that has the clause first; otherwise the most common reading first.
      groups.sort((x, y) => Number(y.value === 'included') - Number(x.value === 'included') || y.names.length - x.names.length || x.first - y.first);
      out.push({
        id: '',
        kind: r.kind,
        summary: summarize(r.kind, groups),
        alignment,
        variants: withIndex.map(({ v }) => ({ source: v.source, sentence: v.sentence, text: v.text, changed: v.changed })),
      });
    }
  });
  out.forEach((d, k) => (d.id = `disc:${k + 1}`));
  return out;
}
