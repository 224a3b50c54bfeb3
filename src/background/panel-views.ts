/**
 * The side panel's Compare and Story views, built from the full index. Pure,
 * unit-tested in Node.
 */
import { keySet, markMissingWords } from '../compare/mark-differences';
import type { CompareRow, CompareView, Span, StoryView } from '../shared/cards';
import { passageCard, sourceLabel } from './cards';
import { changedSpans, disagreementOf } from './disagreements';
import type { IndexLookup } from './index-lookup';

function spansOf(text: string, needle: string): Span[] {
  if (!needle) return [];
  const i = text.indexOf(needle);
  return i >= 0 ? [[i, i + needle.length]] : [];
}

/** Rows of cells, one per source, with the words each cell does not share with the others marked. */
function rowsFromSentenceGroups(lookup: IndexLookup, groups: string[][], mentionsOf: (sentenceId: string) => Span[]): CompareRow[] {
  const order = lookup.sourcesByDate.map((s) => s.id);
  return groups.map((ids) => {
    const texts = ids.map((id) => lookup.sentences.get(id)!.text);
    const words = texts.map(keySet);
    const cells: CompareRow['cells'] = order.map(() => null);
    ids.forEach((id, i) => {
      const sentence = lookup.sentences.get(id)!;
      const others = words.filter((_, j) => j !== i);
      cells[order.indexOf(sentence.source)] = {
        id,
        text: sentence.text,
        mentions: mentionsOf(id),
        changed: others.length ? markMissingWords(sentence.text, others, Math.ceil(others.length / 2)) : [],
      };
    });
    const alignment = lookup.alignmentOf.get(ids[0]);
    return {
      alignment: ids.length > 1 ? alignment?.id : undefined,
      cells,
      disagreements: lookup.discrepanciesFor(ids).map((d) => disagreementOf(d, (id) => lookup.sources.get(id)?.shortName ?? id, true)),
    };
  });
}

/**
 * Groups sentences so that aligned ones share a row, and brings in the aligned
 * sentences of other sources even where they do not name the item (they make
 * the same statement).
 */
function groupByAlignment(lookup: IndexLookup, sentenceIds: string[]): string[][] {
  const groups: string[][] = [];
  const placed = new Set<string>();
  for (const id of sentenceIds) {
    if (placed.has(id)) continue;
    const alignment = lookup.alignmentOf.get(id);
    const group = alignment ? alignment.sentences : [id];
    for (const s of group) placed.add(s);
    groups.push(group);
  }
  return groups;
}

export function compareView(lookup: IndexLookup, id: string): CompareView | undefined {
  const sources = lookup.sourcesByDate.map(sourceLabel);
  const entity = lookup.entities.get(id);
  if (entity) {
    const mentionSpans = new Map<string, Span[]>();
    for (const m of entity.mentions) {
      const list = mentionSpans.get(m.sentence) ?? [];
      list.push([m.start, m.end]);
      mentionSpans.set(m.sentence, list);
    }
    const ordered = [...mentionSpans.keys()].sort((a, b) => sentenceOrder(lookup, a) - sentenceOrder(lookup, b));
    const named = new Set(entity.mentions.map((m) => m.source));
    return {
      id,
      name: entity.name,
      kind: entity.kind,
      sources,
      notMentioned: sources.filter((s) => !named.has(s.id)).map((s) => s.id),
      rows: rowsFromSentenceGroups(lookup, groupByAlignment(lookup, ordered), (s) => mentionSpans.get(s) ?? []),
    };
  }
  const quote = lookup.quotes.get(id);
  if (quote) {
    const ids = quote.carriers.map((c) => c.sentence);
    const carrying = new Set(quote.carriers.map((c) => c.source));
    const textOf = new Map(quote.carriers.map((c) => [c.sentence, c.text]));
    return {
      id,
      name: `“${quote.text}”`,
      kind: 'quote',
      sources,
      notMentioned: sources.filter((s) => !carrying.has(s.id)).map((s) => s.id),
      rows: rowsFromSentenceGroups(lookup, groupByAlignment(lookup, ids), (s) => spansOf(lookup.sentences.get(s)!.text, textOf.get(s) ?? '')),
    };
  }
  const passage = passageCard(lookup, id);
  if (!passage) return undefined;
  const ids = lookup.alignments.get(id)?.sentences ?? [id];
  const present = new Set(passage.versions.map((v) => v.source.id));
  return {
    id,
    name: passage.versions[0].text,
    kind: 'passage',
    sources,
    notMentioned: sources.filter((s) => !present.has(s.id)).map((s) => s.id),
    rows: rowsFromSentenceGroups(lookup, [ids], () => []),
  };
}

function sentenceOrder(lookup: IndexLookup, id: string): number {
  const s = lookup.sentences.get(id)!;
  return lookup.sourcesByDate.findIndex((src) => src.id === s.source) * 1e6 + s.start;
}

/** Entities and topics named by the most sources, most-named first. */
const COVERAGE_ROWS = 14;

export function storyView(lookup: IndexLookup): StoryView {
  const { index } = lookup;
  const labels = new Map(index.sources.map((s) => [s.id, sourceLabel(s)]));
  const lineage = new Map(index.lineage.map((l) => [l.source, l.derivedFrom]));
  const coverage = index.entities
    .map((e) => {
      const counts = lookup.sourcesByDate.map((s) => e.mentions.filter((m) => m.source === s.id).length);
      return { id: e.id, name: e.name, kind: e.kind, counts };
    })
    .sort((a, b) => {
      const spread = (c: number[]) => c.filter((n) => n > 0).length;
      const total = (c: number[]) => c.reduce((x, y) => x + y, 0);
      return spread(b.counts) - spread(a.counts) || total(b.counts) - total(a.counts) || a.name.localeCompare(b.name);
    })
    .slice(0, COVERAGE_ROWS);
  return {
    sources: lookup.sourcesByDate.map((s) => ({
      ...labels.get(s.id)!,
      title: s.title,
      byline: s.byline,
      words: s.words,
      derivedFrom: (lineage.get(s.id) ?? []).map((l) => ({ source: l.from, shortName: labels.get(l.from)?.shortName ?? l.from, share: l.share })),
    })),
    coverage,
    discrepancies: index.discrepancies.map((d) => ({
      id: d.id,
      kind: d.kind,
      summary: d.summary,
      label: d.label,
      compareId: d.alignment,
      variants: d.variants.map((v) => ({ source: labels.get(v.source)!, text: v.text, changed: changedSpans(v.text, v.changed), origin: v.source === d.origin })),
    })),
  };
}
