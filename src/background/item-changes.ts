/**
 * Which discrepancies a card shows for the item hovered: for a name, the
 * changes whose changed words are its mention, its description or the clause
 * it is the subject or object of; for a quotation, changes to that quotation;
 * for a passage, changes inside it. The other discrepancies of the same
 * sentences are only counted (the card points to the side panel for them).
 * Pure: unit-tested in Node.
 */
import { keySet } from '../compare/mark-differences';
import type { Span } from '../contracts/cards';
import type { Discrepancy, DiscrepancyVariant, Entity, Quote } from '../contracts/schema';
import type { IndexLookup } from './index-lookup';
import { entityScope, isAboutEntity } from './item-scope';

/** The discrepancies about the item, in index order, and how many others its sentences hold. */
export interface ItemChanges {
  about: Discrepancy[];
  others: number;
}

/** Where each part of a variant's changed words stands in its sentence ("a … b" has two parts). */
export function changedParts(v: Pick<DiscrepancyVariant, 'text' | 'changed'>): Span[] {
  if (!v.changed) return [];
  const spans: Span[] = [];
  let from = 0;
  for (const part of v.changed.split(' … ')) {
    const at = v.text.indexOf(part, from);
    if (at < 0) continue;
    spans.push([at, at + part.length]);
    from = at + part.length;
  }
  return spans;
}

function split(candidates: Discrepancy[], isAbout: (d: Discrepancy) => boolean): ItemChanges {
  const about = candidates.filter(isAbout);
  return { about, others: candidates.length - about.length };
}

const mentionCache = new WeakMap<IndexLookup, Map<string, { entity: string; span: Span }[]>>();

/** Every name's mentions, by sentence. */
function mentionsBySentence(lookup: IndexLookup): Map<string, { entity: string; span: Span }[]> {
  let bySentence = mentionCache.get(lookup);
  if (bySentence) return bySentence;
  bySentence = new Map();
  for (const entity of lookup.entities.values()) {
    if (entity.kind === 'topic') continue;
    for (const m of entity.mentions) {
      const list = bySentence.get(m.sentence) ?? [];
      list.push({ entity: entity.id, span: [m.start, m.end] });
      bySentence.set(m.sentence, list);
    }
  }
  mentionCache.set(lookup, bySentence);
  return bySentence;
}

/** The changes about a person, organisation, place or topic, among those of the sentences naming it. */
export function entityChanges(lookup: IndexLookup, entity: Entity): ItemChanges {
  const mine = new Map<string, Span[]>();
  for (const m of entity.mentions) mine.set(m.sentence, [...(mine.get(m.sentence) ?? []), [m.start, m.end]]);
  const names = mentionsBySentence(lookup);
  const scopes = new Map<string, ReturnType<typeof entityScope>>();
  const scopeOf = (sentence: string, text: string) => {
    let scope = scopes.get(sentence);
    if (!scope) {
      const others = (names.get(sentence) ?? []).filter((n) => n.entity !== entity.id).map((n) => n.span);
      scope = entityScope(text, mine.get(sentence)!, others);
      scopes.set(sentence, scope);
    }
    return scope;
  };
  return split(lookup.discrepanciesFor(mine.keys()), (d) =>
    d.variants.some((v) => mine.has(v.sentence) && changedParts(v).some((span) => isAboutEntity(scopeOf(v.sentence, v.text), span))),
  );
}

/** The changes to a quotation's own words, among those of the sentences carrying it. */
export function quoteChanges(lookup: IndexLookup, quote: Quote): ItemChanges {
  const carried = new Map(quote.carriers.map((c) => [c.sentence, c.text]));
  return split(lookup.discrepanciesFor(carried.keys()), (d) =>
    d.variants.some((v) => {
      const words = carried.get(v.sentence);
      const at = words ? v.text.indexOf(words) : -1;
      if (at < 0) return false;
      return changedParts(v).some(([s, e]) => s < at + words!.length && at < e);
    }),
  );
}

/**
 * The changes inside a passage: where the page sent its passage, those whose
 * changed words (in some version) stand in it; without it, all of them.
 */
export function passageChanges(lookup: IndexLookup, sentenceIds: string[], pageText?: string): ItemChanges {
  const candidates = lookup.discrepanciesFor(sentenceIds);
  if (!pageText) return { about: candidates, others: 0 };
  const page = keySet(pageText);
  return split(candidates, (d) =>
    d.variants.some((v) => {
      const words = [...keySet(v.changed)];
      return words.length > 0 && words.filter((w) => page.has(w)).length >= Math.max(1, Math.ceil(words.length * 0.8));
    }),
  );
}
