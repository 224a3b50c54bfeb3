/**
 * One statement of the side panel's Compare view: each source's sentences in
 * one cell (a version may merge two sentences into one), and each cell marked
 * against one chosen version, pairwise: the origin by lineage by default, any
 * other the reader picks. Two near-copies show only their real difference; a
 * paraphrase is not marked word by word but shown as a paraphrase, with its
 * meaning changes (the statement's discrepancies) labelled. Pure: unit-tested
 * in Node.
 */
import { diffWords } from '../compare/diff';
import { similarity } from '../compare/similarity';
import { comparisonTokens, type Tokens } from '../compare/tokens';
import type { CompareCell, CompareRow, Span, Versus } from '../contracts/cards';
import type { Discrepancy } from '../contracts/schema';
import { WORDS_NEVER_MARKED } from '../text/lexicon';
import type { IndexLookup } from './index-lookup';
import { changedParts } from './item-changes';

/** How a text is read into comparison words (`comparisonTokens`, or a cache of it). */
type TokensOf = (text: string) => Tokens;

/** Most versions of one statement shown side by side: the one marked against, then the earliest. */
export const MAX_VERSIONS = 20;

/** Below this similarity a version is a paraphrase of the other: word marks would cover it. */
export const PARAPHRASE_BELOW = 0.7;

/** The words of `text` that `reference` does not have in the same order, as spans (punctuation at the edges left out). */
export function marksAgainst(text: string, reference: string, tokens: TokensOf = comparisonTokens): Span[] {
  const a = tokens(text);
  const b = tokens(reference);
  const spans: Span[] = [];
  for (const h of diffWords(a.keys, b.keys).hunks) {
    if (h.aEnd <= h.aStart) continue;
    // A hunk of "the" or "and" alone tells a reader nothing.
    if (a.keys.slice(h.aStart, h.aEnd).every((k) => WORDS_NEVER_MARKED.has(k))) continue;
    let start = a.starts[h.aStart];
    let end = a.ends[h.aEnd - 1];
    while (start < end && /[^\p{L}\p{N}]/u.test(text[start])) start++;
    while (end > start && /[^\p{L}\p{N}]/u.test(text[end - 1])) end--;
    const last = spans[spans.length - 1];
    if (last && /^[\s\p{P}]*$/u.test(text.slice(last[1], start))) last[1] = end;
    else if (end > start) spans.push([start, end]);
  }
  return spans;
}

/** How alike two versions are, 0..1 (the aligner's own measure). */
export function likeness(text: string, reference: string, tokens: TokensOf = comparisonTokens): number {
  return similarity(tokens(text).keys, tokens(reference).keys);
}

/**
 * One cell against another: the differing words, or, for a paraphrase, only
 * the words of its meaning changes, with their labels.
 */
export function versusOf(
  cell: { text: string; sentences: string[] },
  reference: { text: string; sentences: string[] },
  discrepancies: Discrepancy[],
  tokens: TokensOf = comparisonTokens,
): Versus {
  if (cell.text === reference.text) return { paraphrase: false, changed: [], labels: [] };
  if (likeness(cell.text, reference.text, tokens) >= PARAPHRASE_BELOW)
    return { paraphrase: false, changed: marksAgainst(cell.text, reference.text, tokens), labels: [] };
  const changed: Span[] = [];
  const labels: string[] = [];
  for (const d of discrepancies) {
    const mine = d.variants.find((v) => cell.sentences.includes(v.sentence));
    const theirs = d.variants.find((v) => reference.sentences.includes(v.sentence));
    // A meaning change between these two: they read differently here, or one lacks it.
    if (!mine && !theirs) continue;
    if (mine && theirs && mine.changed === theirs.changed) continue;
    if (!labels.includes(d.label)) labels.push(d.label);
    // The variant is one sentence of the cell: its spans move to where it stands in the joined text.
    const at = mine ? cell.text.indexOf(mine.text) : -1;
    if (mine && at >= 0) for (const [s, e] of changedParts(mine)) changed.push([s + at, e + at]);
  }
  return { paraphrase: true, changed: changed.sort((x, y) => x[0] - y[0]), labels };
}

/**
 * The version a row is marked against by default: the origin its
 * discrepancies name (by lineage), else a source the others derive from,
 * else the earliest.
 */
export function referenceSource(lookup: IndexLookup, sources: string[], discrepancies: Discrepancy[]): string {
  const origin = discrepancies.find((d) => d.origin && sources.includes(d.origin))?.origin;
  if (origin) return origin;
  const derivedFrom = new Set(sources.flatMap((s) => (lookup.derivedFrom(s) ?? []).map((d) => d.from)));
  return sources.find((s) => derivedFrom.has(s)) ?? sources[0];
}

/**
 * A row for these sentences (of one alignment, or one alone): a cell per
 * source of `order` (null where it has none), each source's sentences joined
 * in reading order.
 */
export function compareRow(
  lookup: IndexLookup,
  order: string[],
  ids: string[],
  mentionsOf: (sentenceId: string) => Span[],
  discrepancies: Discrepancy[],
): CompareRow {
  const bySource = new Map<string, string[]>();
  for (const id of ids) {
    const s = lookup.sentences.get(id);
    if (s) bySource.set(s.source, [...(bySource.get(s.source) ?? []), id]);
  }
  const joined = new Map<string, { text: string; sentences: string[]; mentions: Span[] }>();
  for (const [source, sentenceIds] of bySource) {
    const sorted = sentenceIds.map((id) => lookup.sentences.get(id)!).sort((a, b) => a.start - b.start);
    let text = '';
    const mentions: Span[] = [];
    for (const s of sorted) {
      if (text) text += ' ';
      for (const [a, b] of mentionsOf(s.id)) mentions.push([a + text.length, b + text.length]);
      text += s.text;
    }
    joined.set(source, { text, sentences: sorted.map((s) => s.id), mentions });
  }
  const all = order.filter((s) => joined.has(s));
  const reference = referenceSource(lookup, all, discrepancies);
  // Each version is marked against every other (the reader may pick any): a statement a wire's hundreds of reprints make shows the first of them.
  const present = all.length > MAX_VERSIONS ? [reference, ...all.filter((s) => s !== reference).slice(0, MAX_VERSIONS - 1)] : all;
  const shown = new Set(present);
  // Each version is read into words once, not once per other version it is marked against.
  const read = new Map<string, Tokens>();
  const tokens: TokensOf = (text) => {
    let t = read.get(text);
    if (!t) read.set(text, (t = comparisonTokens(text)));
    return t;
  };
  const cells = order.map((source): CompareCell | null => {
    const cell = shown.has(source) ? joined.get(source) : undefined;
    if (!cell) return null;
    const versus: Record<string, Versus> = {};
    for (const other of present) if (other !== source) versus[other] = versusOf(cell, joined.get(other)!, discrepancies, tokens);
    return {
      id: cell.sentences[0],
      text: cell.text,
      sentences: cell.sentences.length,
      mentions: cell.mentions,
      changed: source === reference ? [] : versus[reference].changed,
      versus,
    };
  });
  return { reference, cells, disagreements: [], ...(all.length > present.length ? { moreVersions: all.length - present.length } : {}) };
}
