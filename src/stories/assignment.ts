/**
 * Which story each source belongs to, as plain values a library can store, and
 * the reader's corrections of it: move a source, merge stories, split one,
 * rename one. Corrections name stories by story id or by the id of any source
 * they hold, so they still mean the same after the stories are formed again.
 */

export interface AssignedStory {
  id: string;
  /** Member source ids. */
  sources: string[];
  /** The reader's name for it, if renamed. */
  title?: string;
  related: string[];
}

export interface StoryAssignment {
  stories: AssignedStory[];
  /** Ids of the sentences recognised as their site's boilerplate: left out when stories are formed and compared. */
  boilerplate?: string[];
}

export type StoryCorrection =
  /** `to`: a story (or a source of it) to join, or "new" for a story of its own. */
  | { op: 'move'; source: string; to: string }
  | { op: 'merge'; stories: string[] }
  /** The listed sources leave their story together, into a new one. */
  | { op: 'split'; story: string; sources: string[] }
  | { op: 'rename'; story: string; title: string };

export interface Corrected {
  assignment: StoryAssignment;
  /** One line per correction that could not be applied, naming it. */
  problems: string[];
}

const clone = (a: StoryAssignment): AssignedStory[] => a.stories.map((s) => ({ ...s, sources: [...s.sources], related: [...s.related] }));

/** The story a reference names: a story id, or a source id it holds. */
function find(stories: AssignedStory[], ref: string): AssignedStory | undefined {
  return stories.find((s) => s.id === ref) ?? stories.find((s) => s.sources.includes(ref));
}

/** A story id not yet taken, from the id of its first source. */
function freshId(stories: AssignedStory[], source: string): string {
  let id = `story:${source}`;
  for (let n = 2; stories.some((s) => s.id === id); n++) id = `story:${source}~${n}`;
  return id;
}

function takeOut(stories: AssignedStory[], source: string): void {
  for (const s of stories) s.sources = s.sources.filter((x) => x !== source);
}

/** Applies each correction in order; one that names nothing known is a problem line and is skipped. */
export function applyStoryCorrections(assignment: StoryAssignment, corrections: readonly StoryCorrection[]): Corrected {
  let stories = clone(assignment);
  const problems: string[] = [];
  corrections.forEach((c, i) => {
    const problem = applyOne(stories, c);
    if (problem) problems.push(`stories.json: correction ${i + 1} (${c.op}): ${problem}; skipped`);
    stories = stories.filter((s) => s.sources.length > 0);
  });
  return { assignment: { stories }, problems };
}

/** Why `correction` cannot apply to `assignment`, or undefined when it can; `assignment` is left as it is. */
export function correctionProblem(assignment: StoryAssignment, correction: StoryCorrection): string | undefined {
  return applyOne(clone(assignment), correction);
}

function applyOne(stories: AssignedStory[], c: StoryCorrection): string | undefined {
  switch (c.op) {
    case 'move': {
      if (!find(stories, c.source)?.sources.includes(c.source)) return `no source ${c.source}`;
      if (c.to === 'new') {
        takeOut(stories, c.source);
        stories.push({ id: freshId(stories, c.source), sources: [c.source], related: [] });
        return undefined;
      }
      const target = find(stories, c.to);
      if (!target) return `no story ${c.to}`;
      takeOut(stories, c.source);
      target.sources.push(c.source);
      return undefined;
    }
    case 'merge': {
      const found = c.stories.map((ref) => find(stories, ref));
      const missing = c.stories.filter((_, k) => !found[k]);
      if (missing.length) return `no story ${missing.join(', ')}`;
      const [into, ...rest] = found as AssignedStory[];
      for (const s of rest) {
        if (s === into) continue;
        into.sources.push(...s.sources.filter((x) => !into.sources.includes(x)));
        into.title ??= s.title;
        s.sources = [];
      }
      return undefined;
    }
    case 'split': {
      const story = find(stories, c.story);
      if (!story) return `no story ${c.story}`;
      const leaving = c.sources.filter((x) => story.sources.includes(x));
      if (!leaving.length || leaving.length === story.sources.length) return 'the sources to split off must be some, not all, of the story';
      story.sources = story.sources.filter((x) => !leaving.includes(x));
      stories.push({ id: freshId(stories, leaving[0]), sources: leaving, related: [story.id] });
      return undefined;
    }
    case 'rename': {
      const story = find(stories, c.story);
      if (!story) return `no story ${c.story}`;
      story.title = c.title;
      return undefined;
    }
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every(isString);

/** Why a value is not a correction, or undefined when it is one. */
function checkCorrection(v: unknown): string | undefined {
  if (!isObject(v)) return 'is not an object';
  if (v.op === 'move') return isString(v.source) && isString(v.to) ? undefined : 'a move needs "source" and "to"';
  if (v.op === 'merge') return isStrings(v.stories) && v.stories.length >= 2 ? undefined : 'a merge needs "stories", two or more';
  if (v.op === 'split') return isString(v.story) && isStrings(v.sources) ? undefined : 'a split needs "story" and "sources"';
  if (v.op === 'rename') return isString(v.story) && isString(v.title) ? undefined : 'a rename needs "story" and "title"';
  return `unknown op ${JSON.stringify(v.op)} (move, merge, split or rename)`;
}

/** A checked correction rebuilt from its known fields only. */
function rebuilt(c: Record<string, unknown>): StoryCorrection {
  const str = (v: unknown) => (v as string).trim();
  const strs = (v: unknown) => (v as string[]).map(str);
  if (c.op === 'move') return { op: 'move', source: str(c.source), to: str(c.to) };
  if (c.op === 'merge') return { op: 'merge', stories: strs(c.stories) };
  if (c.op === 'split') return { op: 'split', story: str(c.story), sources: strs(c.sources) };
  return { op: 'rename', story: str(c.story), title: str(c.title) };
}

/** Each entry checked and rebuilt; a bad one is one line naming `where` and its place, and the others stay. */
export function checkedCorrections(list: readonly unknown[], where: string): { corrections: StoryCorrection[]; problems: string[] } {
  const corrections: StoryCorrection[] = [];
  const problems: string[] = [];
  list.forEach((c, i) => {
    const problem = checkCorrection(c);
    if (problem) problems.push(`${where}: correction ${i + 1} ${problem}; skipped`);
    else corrections.push(rebuilt(c as Record<string, unknown>));
  });
  return { corrections, problems };
}

/** The stories file beside the articles. */
export const STORIES_FILE = 'stories.json';

/**
 * Reads `{ "corrections": [ ... ] }`. A file that is not JSON or not that shape
 * is one problem line and gives no corrections; a bad entry is one line and
 * the others still apply.
 */
export function parseStoryCorrections(text: string | undefined): { corrections: StoryCorrection[]; problems: string[] } {
  if (text === undefined) return { corrections: [], problems: [] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { corrections: [], problems: [`${STORIES_FILE}: not valid JSON (${(error as Error).message}); using no corrections`] };
  }
  if (!isObject(value) || !Array.isArray(value.corrections)) {
    return { corrections: [], problems: [`${STORIES_FILE}: expected { "corrections": [...] }; using no corrections`] };
  }
  return checkedCorrections(value.corrections, STORIES_FILE);
}
