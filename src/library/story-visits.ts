/**
 * When the reader last looked at each story, so the Story view can mark what
 * joined it since. Stories are formed again at every change and their ids may
 * change, so a visit is kept by the articles the story held then: a story now
 * is the one visited that shares the most of them (the same idea as the
 * corrections of the stories, kept by a source each story holds). Pure; the
 * library stores the list (`state`, key `visits`).
 */

/** One visit: the story's articles (source ids) when the reader looked, and when. */
export interface StoryVisit {
  sources: string[];
  at: string;
}

/** Most visits kept: the oldest go first. */
export const MAX_STORY_VISITS = 500;

/** The last visit of the story that holds `sources` now, if the reader has looked at it. */
export function visitOf(visits: readonly StoryVisit[], sources: readonly string[]): StoryVisit | undefined {
  const now = new Set(sources);
  let best: StoryVisit | undefined;
  let shared = 0;
  for (const visit of visits) {
    const n = visit.sources.filter((id) => now.has(id)).length;
    if (n > shared || (n === shared && n > 0 && best && visit.at > best.at)) {
      best = visit;
      shared = n;
    }
  }
  return best;
}

/** The visits with one more, of the story holding `sources`: those it shares an article with are that story's older visits, replaced. */
export function withVisit(visits: readonly StoryVisit[], sources: readonly string[], at: string, max = MAX_STORY_VISITS): StoryVisit[] {
  const now = new Set(sources);
  const others = visits.filter((v) => !v.sources.some((id) => now.has(id)));
  return [...others, { sources: [...sources], at }].slice(-max);
}

/**
 * The story's articles added after the visit at `since` (`addedAt`: when
 * each joined the library; the built-in sample has none, so is never new).
 */
export function addedSince(sources: readonly string[], addedAt: (id: string) => string | undefined, since: string): string[] {
  return sources.filter((id) => {
    const added = addedAt(id);
    return added !== undefined && added > since;
  });
}

/** The stored list, each visit checked (a list written by an older or broken version is read as far as it fits). */
export function checkedVisits(stored: unknown): StoryVisit[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter(
    (v): v is StoryVisit =>
      typeof v === 'object' &&
      v !== null &&
      typeof (v as StoryVisit).at === 'string' &&
      Array.isArray((v as StoryVisit).sources) &&
      (v as StoryVisit).sources.every((s) => typeof s === 'string'),
  );
}
