/**
 * One plain sentence per discrepancy: each reading with the sources that hold
 * it ("Thursday in NYT and Wire; Tuesday in People's Daily."), the reading
 * that has a clause first, otherwise the most common reading first.
 */
import type { DiscrepancyKind } from '../shared/schema';

/** Sources holding one reading of a spot. */
export interface ReadingGroup {
  value: string;
  phrase: string;
  names: string[];
  /** Source order of its first source, for a stable order. */
  first: number;
}

function listNames(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : names.slice(0, -1).join(', ') + ' and ' + names[names.length - 1];
}

function clip(text: string): string {
  const words = text.split(' ');
  return words.length <= 14 ? text : words.slice(0, 14).join(' ') + ' …';
}

const ATTRIBUTION_LABEL: Record<string, string> = {
  officials: 'officials',
  media: 'a media report',
  'officials via media': 'officials, via a media report',
};

/** Readings grouped by value, in the order a summary tells them. */
export function groupReadings(readings: { value: string; phrase: string; source: number }[], shortNames: readonly string[]): ReadingGroup[] {
  const groups: ReadingGroup[] = [];
  for (const r of [...readings].sort((x, y) => x.source - y.source)) {
    const same = groups.find((g) => g.value === r.value);
    if (same) same.names.push(shortNames[r.source]);
    else groups.push({ value: r.value, phrase: r.phrase, names: [shortNames[r.source]], first: r.source });
  }
  return groups.sort(
    (x, y) => Number(y.value === 'included') - Number(x.value === 'included') || y.names.length - x.names.length || x.first - y.first,
  );
}

function describeGroup(kind: DiscrepancyKind, group: ReadingGroup): string {
  const where = listNames(group.names);
  switch (kind) {
    case 'date':
    case 'number':
      return `${group.phrase} in ${where}`;
    case 'attribution':
      return `${ATTRIBUTION_LABEL[group.value] ?? group.value} in ${where}`;
    case 'omission':
      return group.value === 'included' ? `"${clip(group.phrase)}" in ${where}` : `left out in ${where}`;
    default:
      return group.phrase ? `"${group.phrase}" in ${where}` : `nothing in ${where}`;
  }
}

export function summarize(kind: DiscrepancyKind, groups: readonly ReadingGroup[]): string {
  const text = groups.map((g) => describeGroup(kind, g)).join('; ') + '.';
  return kind === 'attribution' ? 'Attributed to ' + text.replace(/; /g, '; to ') : text[0].toUpperCase() + text.slice(1);
}
