import type { FoundCounts } from '../../contracts/messages';

export function totalMentions(counts: FoundCounts): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/** "1 source", "3 sources". */
export function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}
