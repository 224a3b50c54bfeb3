/**
 * Which names are worth a highlight on a page. A page belongs to a story when
 * it repeats one of the story's passages or quotations, or names at least
 * `STORY_NAMES_ON_PAGE` distinct people, organisations or places specific to
 * a story (Xi Jinping, Susan Rice; not US, China or Washington). On a page of
 * no story the generic names (`SpotEntity.generic`) are not painted, unless the
 * reader asks for every name. Pure: the page's spotter keeps the counts.
 */

/** Distinct specific names that make a page one of a story's (one could be a namesake). */
export const STORY_NAMES_ON_PAGE = 2;

export interface PageEvidence {
  /** Distinct non-generic people, organisations and places the page names by a strong alias. */
  specificNames: number;
  /** Passages and quotations of the index found on the page. */
  storyPassages: number;
}

export function isStoryPage(evidence: PageEvidence): boolean {
  return evidence.storyPassages > 0 || evidence.specificNames >= STORY_NAMES_ON_PAGE;
}

/** `everyName`: the reader asked for generic names on every page. */
export function isWorthPainting(generic: boolean, storyPage: boolean, everyName: boolean): boolean {
  return !generic || storyPage || everyName;
}

/**
 * A saved article's own sentences are not reuse on its own page: passages of
 * `ownSource` alone (their ids start with its id) are left out there, or every
 * sentence of the page would be marked as found in itself.
 */
export function withoutOwnPassages<T extends { kind: string; id: string }>(found: readonly T[], ownSource: string | undefined): T[] {
  if (!ownSource) return [...found];
  const prefix = ownSource + ':';
  return found.filter((c) => c.kind !== 'passage' || !c.id.startsWith(prefix));
}
