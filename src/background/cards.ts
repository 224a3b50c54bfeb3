/**
 * Builds the cards the popover shows, from the full index. Pure: no browser API,
 * so every rule here is unit-tested in Node.
 */
import { keySet, markMissingWords } from '../compare/mark-differences';
import type { Entity, Sentence, Source } from '../contracts/schema';
import type { Card, Disagreement, EntityCard, PassageCard, QuoteCard, SentenceExcerpt, SourceLabel, Span } from '../contracts/cards';
import { hostOf } from '../intake/outlets';
import { UNKNOWN_OUTLET } from '../intake/parse-source';
import { keyWords } from '../text/normalize';
import { byConfidence, disagreementOf } from './disagreements';
import type { IndexLookup } from './index-lookup';
import { entityChanges, passageChanges, quoteChanges, type ItemChanges } from './item-changes';
import { quoteAcrossStory } from './story-quotes';

/** A row's article: an outlet unknown to the text is named by the site of its address. */
export function sourceLabel(source: Source): SourceLabel {
  const site = source.outlet === UNKNOWN_OUTLET ? hostOf(source.url) : undefined;
  return {
    id: source.id,
    outlet: site ?? source.outlet,
    shortName: site ?? source.shortName,
    title: source.title,
    ...(source.published ? { published: source.published } : {}),
    ...(source.url ? { url: source.url } : {}),
    ...(source.originalOutlet && source.originalOutlet !== (site ?? source.outlet) ? { repostOf: source.originalOutlet } : {}),
  };
}

/** Every article a card names. */
export function labelsOf(card: Card): SourceLabel[] {
  if (card.type === 'quote') return card.carriers.map((c) => c.source);
  if (card.type === 'passage') return card.versions.map((v) => v.source);
  return [...card.rows.map((r) => r.source), ...(card.description ? [card.description.source] : []), ...(card.articles ?? []).map((a) => a.source)];
}

/** Marks the labels of the reader's page "this page", wherever the card names a source. In place. */
export function markThisPage(card: Card, pageSource: string | undefined): Card {
  if (pageSource) for (const label of labelsOf(card)) if (label.id === pageSource) label.thisPage = true;
  return card;
}

/** The card's disagreements: the changes about the item, and a count of the others in its sentences. */
function disagreementsOf(lookup: IndexLookup, changes: ItemChanges): { disagreements: Disagreement[]; otherChanges: number } {
  const shortName = (id: string) => lookup.sources.get(id)?.shortName ?? id;
  return { disagreements: byConfidence(changes.about).map((d) => disagreementOf(d, shortName, true)), otherChanges: changes.others };
}

/**
 * How much a sentence tells a reader: distinct content words, with a bonus for
 * the one that carries the entity's description (it says who they are).
 */
function informativeness(sentence: Sentence, entity: Entity): number {
  const words = new Set(keyWords(sentence.text).filter((w) => w.length > 3));
  const describes = entity.description && sentence.text.includes(entity.description.text) ? 100 : 0;
  return words.size + describes;
}

/** `pageStory`: the story of the page the card opens on, whose rows come first. */
export function entityCard(lookup: IndexLookup, id: string, pageStory?: string): EntityCard | undefined {
  const entity = lookup.entities.get(id);
  if (!entity) return undefined;
  const bySource = new Map<string, Map<string, Span[]>>();
  for (const m of entity.mentions) {
    const sentences = bySource.get(m.source) ?? new Map<string, Span[]>();
    const marks = sentences.get(m.sentence) ?? [];
    marks.push([m.start, m.end]);
    sentences.set(m.sentence, marks);
    bySource.set(m.source, sentences);
  }
  const rows: EntityCard['rows'] = [];
  for (const source of lookup.sourcesByDate) {
    const sentences = bySource.get(source.id);
    if (!sentences) continue;
    const excerpts: SentenceExcerpt[] = [];
    for (const [sentenceId, marks] of sentences) {
      const sentence = lookup.sentences.get(sentenceId);
      if (sentence) excerpts.push({ id: sentenceId, text: sentence.text, marks: marks.sort((a, b) => a[0] - b[0]) });
    }
    const score = new Map(excerpts.map((e) => [e.id, informativeness(lookup.sentences.get(e.id)!, entity)]));
    excerpts.sort((a, b) => score.get(b.id)! - score.get(a.id)! || a.id.localeCompare(b.id));
    rows.push({ source: sourceLabel(source), sentences: excerpts });
  }
  groupRowsByStory(lookup, rows, pageStory);
  const describedBy = entity.description && lookup.sources.get(entity.description.source);
  return {
    type: 'entity',
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    description: entity.description && describedBy ? { text: entity.description.text, source: sourceLabel(describedBy) } : undefined,
    sourceCount: rows.length,
    totalSources: lookup.sourcesAround(bySource.keys()).length,
    rows,
    ...disagreementsOf(lookup, entityChanges(lookup, entity)),
    articles: entity.sources && articlesOf(lookup, entity.sources),
  };
}

/**
 * Tags each row with its source's story and orders the rows story by story:
 * the page's story first, then the story with the most rows (ties in index
 * order), dates kept inside each. In place.
 */
export function groupRowsByStory(lookup: IndexLookup, rows: EntityCard['rows'], pageStory?: string): void {
  const stories = lookup.index.stories ?? [];
  const storyOf = new Map(stories.flatMap((s, i) => s.sources.map((src) => [src, { story: s, at: i }] as const)));
  const size = new Map<string, number>();
  for (const row of rows) {
    const found = storyOf.get(row.source.id);
    if (!found) continue;
    row.story = { id: found.story.id, title: found.story.title };
    size.set(found.story.id, (size.get(found.story.id) ?? 0) + 1);
  }
  const rank = (row: EntityCard['rows'][number]) => {
    const found = storyOf.get(row.source.id);
    if (!found) return 0;
    const first = found.story.id === pageStory ? -1e12 : 0;
    return first - (size.get(found.story.id) ?? 0) * 1e6 + found.at;
  };
  const order = new Map(rows.map((r, i) => [r, i]));
  rows.sort((a, b) => rank(a) - rank(b) || order.get(a)! - order.get(b)!);
}

/** An outlet's or author's sources, each with the sources whose lineage says they reuse it. */
function articlesOf(lookup: IndexLookup, links: NonNullable<Entity['sources']>): EntityCard['articles'] {
  const out: NonNullable<EntityCard['articles']> = [];
  for (const { role, source: id } of links) {
    const source = lookup.sources.get(id);
    if (!source) continue;
    const reusedBy = lookup.index.lineage
      .filter((l) => l.derivedFrom.some((d) => d.from === id))
      .map((l) => lookup.sources.get(l.source))
      .filter((s): s is Source => s !== undefined)
      .map(sourceLabel);
    out.push({ role, source: sourceLabel(source), reusedBy });
  }
  return out;
}

export function quoteCard(lookup: IndexLookup, id: string): QuoteCard | undefined {
  const found = lookup.quotes.get(id);
  if (!found) return undefined;
  const quote = quoteAcrossStory(lookup, found);
  const original = [keySet(quote.text)];
  const carriers: QuoteCard['carriers'] = [];
  for (const c of quote.carriers) {
    const source = lookup.sources.get(c.source);
    if (!source) continue;
    carriers.push({
      source: sourceLabel(source),
      status: c.status,
      text: c.text,
      marks: c.status === 'verbatim' ? [] : markMissingWords(c.text, original),
    });
  }
  const carrying = new Set(carriers.map((c) => c.source.id));
  const speaker = quote.speaker ? lookup.entities.get(quote.speaker)?.name : quote.speakerName;
  return {
    type: 'quote',
    id: quote.id,
    text: quote.text,
    speaker,
    carriers,
    missing: lookup
      .sourcesAround(carrying)
      .filter((s) => !carrying.has(s.id))
      .map(sourceLabel),
    ...disagreementsOf(lookup, quoteChanges(lookup, quote)),
  };
}

/** The sentences of passage `id`: an alignment's, a sentence's alignment in its story (a saved article's sentence is found by its own id), or the lone sentence. */
export function passageSentences(lookup: IndexLookup, id: string): string[] {
  const alignment = lookup.alignments.get(id) ?? lookup.alignmentOf.get(id);
  return alignment ? alignment.sentences : lookup.sentences.has(id) ? [id] : [];
}

/**
 * A passage: the aligned sentences of every source (or one lone sentence), each
 * marked where it differs from the page's sentence when the page sent it.
 */
export function passageCard(lookup: IndexLookup, id: string, pageText?: string): PassageCard | undefined {
  const sentenceIds = passageSentences(lookup, id);
  if (sentenceIds.length === 0) return undefined;
  const sentences = sentenceIds.map((s) => lookup.sentences.get(s)!).filter(Boolean);
  const pageWords = pageText ? [keySet(pageText)] : undefined;
  const versionWords = sentences.map((s) => keySet(s.text));
  const versions: PassageCard['versions'] = sentences.map((s, i) => ({
    source: sourceLabel(lookup.sources.get(s.source)!),
    text: s.text,
    // Without the page's words, each version is marked against the others.
    marks: markMissingWords(s.text, pageWords ?? versionWords.filter((_, j) => j !== i), 1),
  }));
  return {
    type: 'passage',
    id,
    versions,
    page: pageText ? { text: pageText, marks: markMissingWords(pageText, versionWords, Math.ceil(versionWords.length / 2)) } : undefined,
    ...disagreementsOf(lookup, passageChanges(lookup, sentenceIds, pageText)),
  };
}

/** `pageSource`: the article the reader's page is, whose rows say so. */
export function cardFor(lookup: IndexLookup, id: string, pageText?: string, pageStory?: string, pageSource?: string): Card | undefined {
  const card = lookup.entities.has(id) ? entityCard(lookup, id, pageStory) : lookup.quotes.has(id) ? quoteCard(lookup, id) : passageCard(lookup, id, pageText);
  return card && markThisPage(card, pageSource);
}
