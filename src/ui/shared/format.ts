import type { FoundCounts } from '../../contracts/messages';
import type { SourceRelation } from '../../contracts/schema';

export function totalMentions(counts: FoundCounts): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/** "1 source", "3 sources". */
export function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
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
