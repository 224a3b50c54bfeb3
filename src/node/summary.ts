/**
 * A readable summary of a built index, for the CLI: counts, lineage with shares
 * as percentages, and the discrepancies in plain words. Pure: index in, lines out.
 */
import { clearsBar, PRECISION_BAR, type FullIndex } from '../contracts/schema';

const pct = (share: number) => `${Math.round(share * 100)}%`;

export function summarizeIndex(index: FullIndex): string[] {
  const lines: string[] = [];
  const byKind = new Map<string, number>();
  for (const e of index.entities) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
  const kinds = ['person', 'organization', 'place', 'topic'].map((k) => `${byKind.get(k) ?? 0} ${k}`).join(', ');
  lines.push(`${index.sources.length} sources, ${index.sentences.length} sentences`);
  lines.push(`${index.entities.length} entities (${kinds})`);
  const shown = index.discrepancies.filter(clearsBar);
  lines.push(`${index.quotes.length} quotes, ${index.alignments.length} alignments, ${index.discrepancies.length} discrepancies`);
  lines.push(`${shown.length} discrepancies shown (confidence at least ${PRECISION_BAR}), ${index.discrepancies.length - shown.length} minor differences`);

  const name = new Map(index.sources.map((s) => [s.id, s.shortName]));
  lines.push('', `Stories (${index.stories.length}):`);
  for (const story of index.stories) {
    const dates = story.start && story.end ? (story.start === story.end ? story.start : `${story.start} to ${story.end}`) : 'undated';
    const related = story.related.length ? `; follows up ${story.related.join(', ')}` : '';
    lines.push(`  ${story.title} [${story.id}]: ${story.sources.length} sources, ${dates}${related}`);
    if (story.sources.length > 1) lines.push(`    ${story.sources.map((id) => name.get(id) ?? id).join(', ')}`);
  }
  lines.push('', 'Sources and lineage:');
  for (const s of index.sources) {
    const links = index.lineage.find((l) => l.source === s.id)?.derivedFrom ?? [];
    const from = links.length ? 'derives from ' + links.map((l) => `${name.get(l.from) ?? l.from} (${pct(l.share)})`).join(', ') : 'original';
    const meta = [s.outlet, s.published, s.byline].filter(Boolean).join(', ');
    lines.push(`  ${s.shortName} [${s.file}]: ${meta}; ${s.words} words; ${from}`);
  }
  const minor = index.discrepancies.filter((d) => !clearsBar(d));
  const tell = (d: FullIndex['discrepancies'][number]) => `  ${d.kind}: ${d.summary} [${d.relation}, ${d.confidence}]`;
  if (shown.length) lines.push('', 'Discrepancies:', ...shown.map(tell));
  if (minor.length) lines.push('', 'Minor differences (under the precision bar):', ...minor.map(tell));
  return lines;
}
