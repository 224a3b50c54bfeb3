import type { FoundCounts } from '../../contracts/messages';
import type { SourceRelation } from '../../contracts/schema';

export function totalMentions(counts: FoundCounts): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/** "1 source", "3 sources". */
export function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}

const READ_AT = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** When a version was read, in the reader's own format ("6 Dec 2026, 07:30"); the text as given when it is no time. */
export function readAtLabel(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : READ_AT.format(at);
}

/** How the sources that disagree stand to each other, in plain words. */
export function relationText(relation: SourceRelation): string {
  switch (relation) {
    case 'versions':
      return 'versions of one article';
    case 'rewrite':
      return 'a rewrite and its source';
    case 'independent':
      return 'independent reports';
  }
}
