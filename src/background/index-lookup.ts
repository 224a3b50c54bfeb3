/** Quick lookups over a FullIndex, built once per index. */
import type { Alignment, Discrepancy, Entity, FullIndex, Quote, Sentence, Source } from '../contracts/schema';

export class IndexLookup {
  readonly sources = new Map<string, Source>();
  /** Sources in the order a reader meets the story: earliest first, undated last. */
  readonly sourcesByDate: Source[];
  readonly sentences = new Map<string, Sentence>();
  readonly entities = new Map<string, Entity>();
  readonly quotes = new Map<string, Quote>();
  readonly alignments = new Map<string, Alignment>();
  /** Sentence id → the alignment holding it. */
  readonly alignmentOf = new Map<string, Alignment>();
  /** Alignment id → its discrepancies. */
  readonly discrepanciesOf = new Map<string, Discrepancy[]>();

  constructor(readonly index: FullIndex) {
    for (const s of index.sources) this.sources.set(s.id, s);
    this.sourcesByDate = [...index.sources].sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.id.localeCompare(b.id));
    for (const s of index.sentences) this.sentences.set(s.id, s);
    for (const e of index.entities) this.entities.set(e.id, e);
    for (const q of index.quotes) this.quotes.set(q.id, q);
    for (const a of index.alignments) {
      this.alignments.set(a.id, a);
      for (const id of a.sentences) this.alignmentOf.set(id, a);
    }
    for (const d of index.discrepancies) {
      const list = this.discrepanciesOf.get(d.alignment) ?? [];
      list.push(d);
      this.discrepanciesOf.set(d.alignment, list);
    }
  }

  /** Discrepancies that touch any of these sentences, each once, in index order. */
  discrepanciesFor(sentenceIds: Iterable<string>): Discrepancy[] {
    const seen = new Set<Discrepancy>();
    for (const id of sentenceIds) {
      const alignment = this.alignmentOf.get(id);
      for (const d of (alignment && this.discrepanciesOf.get(alignment.id)) ?? []) seen.add(d);
    }
    return this.index.discrepancies.filter((d) => seen.has(d));
  }
}
