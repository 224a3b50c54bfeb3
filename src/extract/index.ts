/**
 * LOCAL STAND-IN for the extraction step (entities, topics, quotes), which is
 * being written in branch `extract`. It keeps the agreed signature so the
 * builder can call it; the integrator replaces this file with the real one.
 * It finds nothing: `{ entities: [], quotes: [] }`.
 */
import type { ParsedSource } from '../corpus/types';
import type { Entity, Quote } from '../index/schema';

/** The editorial file's `entities` value, as written; the real step validates it. */
export type EditorialEntities = unknown;

export interface ExtractOptions {
  overrides: boolean;
  editorial?: EditorialEntities;
}

export function extractAll(_sources: ParsedSource[], _options: ExtractOptions): { entities: Entity[]; quotes: Quote[] } {
  return { entities: [], quotes: [] };
}
