/**
 * The compare step: parsed sources → alignments, discrepancies, lineage.
 * Sources are taken in the order given (the builder sorts them by file name).
 */
import type { ParsedSource } from '../intake/types';
import type { Alignment, Discrepancy, Lineage } from '../contracts/schema';
import { alignSentences, type AlignOptions } from './align';
import { findDiscrepancies } from './discrepancies';
import { findLineage, measureReuse, relationBetween } from './lineage';
import { prepare } from './prepare';

export interface Comparison {
  alignments: Alignment[];
  discrepancies: Discrepancy[];
  lineage: Lineage[];
}

export function compareSources(sources: ParsedSource[], options: AlignOptions = {}): Comparison {
  const prepared = prepare(sources);
  const aligned = alignSentences(prepared, options);
  const measure = measureReuse(
    prepared,
    aligned,
    sources.map((p) => p.source),
    sources.map((p) => p.body),
  );
  const lineage = findLineage(
    prepared,
    aligned,
    sources.map((p) => p.source),
    sources.map((p) => p.body),
    {},
    measure,
  );
  const discrepancies = findDiscrepancies(
    prepared,
    aligned,
    sources.map((p) => p.source.shortName),
    sources.map((p) => p.source.title),
    lineage,
    (a, b) => relationBetween(measure, a, b),
  );
  return { alignments: aligned.alignments, discrepancies, lineage };
}
