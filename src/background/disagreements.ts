/**
 * A discrepancy as a card or the side panel shows it: its label in plain
 * words, and each source's wording with the changed words marked and the
 * origin flagged, and whether it clears the precision bar (the others are
 * "minor differences"). Cards show a short stretch round the change; the
 * Story view the whole sentence. Pure: unit-tested in Node.
 */

/** The discrepancies that clear the precision bar first, then the minor ones, each group in index order. */
export function byConfidence<T extends { confidence: number }>(list: readonly T[]): T[] {
  return [...list.filter(clearsBar), ...list.filter((d) => !clearsBar(d))];
}
import type { Disagreement, Span, Wording } from '../contracts/cards';
import { clearsBar, type Discrepancy } from '../contracts/schema';

/** Where `changed` stands in `text` (no span when it is empty or not found). */
export function changedSpans(text: string, changed: string): Span[] {
  if (!changed) return [];
  const first = changed.split(' … ')[0];
  const at = text.indexOf(first);
  return at >= 0 ? [[at, at + first.length]] : [];
}

const AROUND = 60;

/** `text` clipped to about AROUND characters either side of the change, at word edges, with the spans moved along. */
export function excerptAround(text: string, spans: Span[]): { text: string; changed: Span[] } {
  const [start, end] = spans.length ? spans[0] : [0, 0];
  let from = Math.max(0, start - AROUND);
  let to = Math.min(text.length, end + AROUND);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = Math.max(text.lastIndexOf(' ', to), end);
  const head = from > 0 ? '… ' : '';
  const tail = to < text.length ? ' …' : '';
  const shift = head.length - from;
  return { text: head + text.slice(from, to) + tail, changed: spans.map(([s, e]) => [s + shift, e + shift] as Span) };
}

export function disagreementOf(d: Discrepancy, shortName: (sourceId: string) => string, clip: boolean): Disagreement {
  const wordings: Wording[] = d.variants.map((v) => {
    const spans = changedSpans(v.text, v.changed);
    const shown = clip ? excerptAround(v.text, spans) : { text: v.text, changed: spans };
    return { source: shortName(v.source), ...shown, origin: v.source === d.origin };
  });
  return { kind: d.kind, summary: d.summary, label: d.label, relation: d.relation, minor: !clearsBar(d), wordings };
}
