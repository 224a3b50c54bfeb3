/** Test helpers: one-paragraph sources made from sentences, and sentences on other subjects. */
import type { ParsedSource } from '../../src/intake/types';

/** One-paragraph sources from sentences, enough for the compare step. */
export function sources(...texts: string[][]): ParsedSource[] {
  return texts.map((sentences, s) => ({
    source: { id: `src-${s}`, shortName: `S${s}`, outlet: `Outlet ${s}`, title: '' },
    body: sentences.join(' '),
    sentences: sentences.map((text, k) => ({ id: `src-${s}:${k}`, source: `src-${s}`, text })),
  })) as unknown as ParsedSource[];
}

/** Sentences on other subjects, so that word rarity means something. */
export const OTHER_SUBJECTS = [
  'The weather in the capital stayed mild for most of the week.',
  'Shares of technology companies rose sharply on Monday after strong earnings.',
  'The football club announced a new coach for the coming season.',
  'A new bridge over the river opened to traffic after years of delays.',
];
