/** Where the welcome page and the sample page point: pure, so it is tested in Node. */
import type { FullIndex, Source } from '../../contracts/schema';

/** The extension page that shows one of the bundled articles. */
export const sampleHref = (sourceId: string): string => `sample.html?source=${encodeURIComponent(sourceId)}`;

/** The sources, the one every other reuses first (none derived from another), then by date. */
export function sourcesInReadingOrder(index: Pick<FullIndex, 'sources' | 'lineage'>): Source[] {
  const derived = new Set(index.lineage.filter((l) => l.derivedFrom.length > 0).map((l) => l.source));
  const byDate = (a: Source, b: Source) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.id.localeCompare(b.id);
  return [...index.sources].sort((a, b) => Number(derived.has(a.id)) - Number(derived.has(b.id)) || byDate(a, b));
}

export { paragraphsOf } from '../../contracts/paragraphs';
