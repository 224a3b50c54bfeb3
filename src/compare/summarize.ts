/**
 * One plain sentence per discrepancy: each reading with the sources that hold
 * it ("Thursday in NYT and Wire; Tuesday in People's Daily."), the reading
 * that has a clause first, otherwise the most common reading first.
 */
import { isFunctionWord } from '../text/lexicon';
import type { DiscrepancyKind } from '../contracts/schema';

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

/** "Another source within …" told mid-sentence: a capital that only opened the source's sentence goes. */
function lowerFirstWord(text: string): string {
  const first = text.split(' ')[0];
  return isFunctionWord(first) ? first.toLowerCase() + text.slice(first.length) : text;
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

const QUOTE_LABEL: Record<string, string> = {
  quoted: 'in quotation marks',
  unquoted: 'without quotation marks',
  'own words': 'in its own words',
};

/** Readings grouped by value, in the order a summary tells them. */
export function groupReadings(readings: { value: string; phrase: string; source: number }[], shortNames: readonly string[]): ReadingGroup[] {
  const groups: ReadingGroup[] = [];
  for (const r of [...readings].sort((x, y) => x.source - y.source)) {
    const same = groups.find((g) => g.value === r.value);
    if (same) same.names.push(shortNames[r.source]);
    else groups.push({ value: r.value, phrase: r.phrase, names: [shortNames[r.source]], first: r.source });
  }
  return groups.sort((x, y) => Number(y.value === 'included') - Number(x.value === 'included') || y.names.length - x.names.length || x.first - y.first);
}

function describeGroup(kind: DiscrepancyKind, group: ReadingGroup): string {
  const where = listNames(group.names);
  switch (kind) {
    case 'date':
    case 'number':
      return `${group.phrase} in ${where}`;
    case 'attribution':
      return `${lowerFirstWord(group.phrase) || ATTRIBUTION_LABEL[group.value] || group.value} in ${where}`;
    case 'quote':
      return `${QUOTE_LABEL[group.value] ?? group.value} in ${where}`;
    case 'omission':
      return group.value === 'included' ? `"${clip(group.phrase)}" in ${where}` : `left out in ${where}`;
    default:
      return group.phrase ? `"${group.phrase}" in ${where}` : `nothing in ${where}`;
  }
}

export function summarize(kind: DiscrepancyKind, groups: readonly ReadingGroup[]): string {
  const text = groups.map((g) => describeGroup(kind, g)).join('; ') + '.';
  if (kind === 'quote') {
    const quoted = groups.find((g) => g.value === 'quoted');
    return `"${clip(quoted?.phrase ?? '')}": ${text}`;
  }
  return kind === 'attribution' ? 'Attributed to ' + text.replace(/; /g, '; to ') : text[0].toUpperCase() + text.slice(1);
}

const KIND_LABEL: Record<DiscrepancyKind, string> = {
  negation: 'negation changed',
  date: 'day changed',
  number: 'number changed',
  modal: 'certainty changed',
  attribution: 'attribution changed',
  role: 'role changed',
  quote: 'quote changed',
  wording: 'word changed',
  omission: 'clause left out',
};

/** The values of the date kind's timing reading ("before" / "when"), which is no change of day. */
const TIMING_VALUES = new Set(['before', 'when', 'after', 'until', 'during']);

/** The direction of a change, told from the origin's reading when there is one. */
const FROM_ORIGIN: Partial<Record<DiscrepancyKind, Record<string, string>>> = {
  negation: { negated: 'negation dropped', affirmed: 'negation added' },
  quote: { quoted: 'quote paraphrased', unquoted: 'words put in quotation marks', 'own words': 'words put in quotation marks' },
  omission: { included: 'clause left out', 'left out': 'clause added' },
};

/** The kind in plain words; `originValue` is the origin's reading, `values` every reading's. */
export function labelOf(kind: DiscrepancyKind, values: readonly string[], originValue?: string): string {
  if (kind === 'date' && values.every((v) => TIMING_VALUES.has(v))) return 'timing changed';
  if (kind === 'quote' && originValue === 'quoted' && values.includes('unquoted') && !values.includes('own words')) return 'quotation marks dropped';
  return (originValue && FROM_ORIGIN[kind]?.[originValue]) || KIND_LABEL[kind];
}
