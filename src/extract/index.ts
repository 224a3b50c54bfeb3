/**
 * The extract step: parsed sources → entities (people, organisations, places,
 * topics) and quotations, by rules alone; the editorial file may then correct
 * the named entities.
 */
import type { Entity, Quote } from '../contracts/schema';
import type { ParsedSource } from '../intake/types';
import { applyEditorial } from './apply-editorial';
import { collectNames } from './collect-names';
import { parseEditorialEntities, type EditorialEntities } from './editorial';
import { mergeEntities } from './merge-entities';
import { linkSourceEntities } from './source-entities';
import { extractQuotes } from './quotes';
import { extractTopics } from './topics';

export { parseEditorialEntities, type EditorialEntities, type EditorialEntity } from './editorial';

export interface ExtractOptions {
  /** Apply `editorial` (false: the automatic result alone, as `--no-overrides`). */
  overrides: boolean;
  editorial?: EditorialEntities;
}

export interface ExtractResult {
  /** Named entities first (by first mention), then topics (by first mention). */
  entities: Entity[];
  /** `quote:1`, `quote:2`... by first appearance in source order. */
  quotes: Quote[];
  /** One line per editorial entry that could not be applied. */
  problems: string[];
}

/**
 * Extract everything from the sources, in the order given (which fixes every
 * id's number and every list's order: same input, same output). No sources →
 * empty lists.
 */
export function extractAll(sources: ParsedSource[], options: ExtractOptions): ExtractResult {
  return extractWith(sources, namedEntities(sources), extractTopics(sources), options);
}

/** The people, organisations and places of the sources, merged across them and linked to each source. */
export function namedEntities(sources: ParsedSource[]): Entity[] {
  return linkSourceEntities(mergeEntities(collectNames(sources), sources), sources);
}

/**
 * The rest of `extractAll` once its two independent parts are made (on one
 * thread or two): `named` from `namedEntities`, `topics` from `extractTopics`.
 */
export function extractWith(sources: ParsedSource[], named: Entity[], topics: Entity[], options: ExtractOptions): ExtractResult {
  let entities = [...named, ...topics];
  let problems: string[] = [];
  if (options.overrides && options.editorial !== undefined) {
    // Validated here too: a caller may hand over the file's value as read.
    const parsed = parseEditorialEntities(options.editorial);
    const applied = applyEditorial(entities, parsed.entities, sources);
    entities = applied.entities;
    problems = [...parsed.problems, ...applied.problems];
    named = entities.filter((e) => e.kind !== 'topic');
  }
  const quotes = extractQuotes(sources, named);
  return { entities, quotes, problems };
}
