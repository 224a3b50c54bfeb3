/** Quick lookups over a FullIndex, built once per index. */
import type { Alignment, Discrepancy, Entity, FullIndex, Lineage, Quote, Sentence, Source, Story } from '../contracts/schema';

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
  /** Source id → the story holding it. */
  readonly storyOf = new Map<string, Story>();
  readonly storiesById = new Map<string, Story>();
  // Made on first use: a lookup made for one card needs few of them.
  private bySource?: Map<string, Sentence[]>;
  private rank?: Map<string, number>;
  private mentionsBySource?: Map<string, Map<Entity, number>>;
  private storyDiscrepancies?: Map<string, Discrepancy[]>;
  private lineageBySource?: Map<string, Lineage['derivedFrom']>;
  private entityAt?: Map<Entity, number>;
  private discrepancyAt?: Map<Discrepancy, number>;

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
    for (const story of index.stories ?? []) {
      this.storiesById.set(story.id, story);
      for (const id of story.sources) this.storyOf.set(id, story);
    }
    for (const d of index.discrepancies) {
      const list = this.discrepanciesOf.get(d.alignment) ?? [];
      list.push(d);
      this.discrepanciesOf.set(d.alignment, list);
    }
  }

  /**
   * The sources of the stories holding `sourceIds`, earliest first: what a card
   * or a comparison about an item these sources hold speaks of. In a library
   * of thousands, the articles of other stories neither carry nor miss it.
   * An index without stories: every source.
   */
  sourcesAround(sourceIds: Iterable<string>): Source[] {
    if (this.storyOf.size === 0) return this.sourcesByDate;
    const around = new Set<string>();
    for (const id of sourceIds) for (const member of this.storyOf.get(id)?.sources ?? [id]) around.add(member);
    return this.sourcesByDate.filter((s) => around.has(s.id));
  }

  /** A source's place in `sourcesByDate` (-1: not in the index). */
  dateRank(sourceId: string): number {
    this.rank ??= new Map(this.sourcesByDate.map((s, i) => [s.id, i]));
    return this.rank.get(sourceId) ?? -1;
  }

  /** An entity's place in the index. */
  entityRank(entity: Entity): number {
    this.entityAt ??= new Map(this.index.entities.map((e, i) => [e, i]));
    return this.entityAt.get(entity) ?? -1;
  }

  /** How often each entity is named in a source, in index order of the entities (one pass over every mention, on first use). */
  mentionCounts(sourceId: string): ReadonlyMap<Entity, number> {
    if (!this.mentionsBySource) {
      this.mentionsBySource = new Map();
      for (const entity of this.index.entities) {
        for (const m of entity.mentions) {
          let counts = this.mentionsBySource.get(m.source);
          if (!counts) this.mentionsBySource.set(m.source, (counts = new Map()));
          counts.set(entity, (counts.get(entity) ?? 0) + 1);
        }
      }
    }
    return this.mentionsBySource.get(sourceId) ?? new Map();
  }

  /** The discrepancies all of whose versions are of one story's sources, in index order. */
  discrepanciesOfStory(storyId: string): Discrepancy[] {
    if (!this.storyDiscrepancies) {
      this.storyDiscrepancies = new Map();
      for (const d of this.index.discrepancies) {
        const story = this.storyOf.get(d.variants[0]?.source ?? '');
        if (!story || !d.variants.every((v) => this.storyOf.get(v.source) === story)) continue;
        const list = this.storyDiscrepancies.get(story.id);
        if (list) list.push(d);
        else this.storyDiscrepancies.set(story.id, [d]);
      }
    }
    return this.storyDiscrepancies.get(storyId) ?? [];
  }

  /** The sources a source derives from (its lineage), if the index traced it. */
  derivedFrom(sourceId: string): Lineage['derivedFrom'] | undefined {
    this.lineageBySource ??= new Map(this.index.lineage.map((l) => [l.source, l.derivedFrom]));
    return this.lineageBySource.get(sourceId);
  }

  /** A source's sentences in reading order (paragraph, then place in it). */
  sentencesOf(sourceId: string): Sentence[] {
    if (!this.bySource) {
      this.bySource = new Map();
      for (const s of this.index.sentences) {
        const list = this.bySource.get(s.source);
        if (list) list.push(s);
        else this.bySource.set(s.source, [s]);
      }
      for (const list of this.bySource.values()) list.sort((a, b) => a.paragraph - b.paragraph || a.index - b.index);
    }
    return this.bySource.get(sourceId) ?? [];
  }

  /** Discrepancies that touch any of these sentences, each once, in index order. */
  discrepanciesFor(sentenceIds: Iterable<string>): Discrepancy[] {
    const seen = new Set<Discrepancy>();
    for (const id of sentenceIds) {
      const alignment = this.alignmentOf.get(id);
      for (const d of (alignment && this.discrepanciesOf.get(alignment.id)) ?? []) seen.add(d);
    }
    // Ordered by their place in the index, not by reading the whole list: a comparison asks this for every statement.
    this.discrepancyAt ??= new Map(this.index.discrepancies.map((d, i) => [d, i]));
    return [...seen].sort((a, b) => this.discrepancyAt!.get(a)! - this.discrepancyAt!.get(b)!);
  }
}
