/**
 * Single-pass clustering of a news stream (after Yang, Pierce and Carbonell,
 * 1998, and Miranda et al., 2018): each article, as it arrives, joins the
 * closest story or starts one. Closeness is TF-IDF cosine over content words
 * and over names, against each story's summed profile; time decides how far
 * a story stretches.
 *
 * The rules, in order:
 *  1. reuse: an article that repeats enough of a story's passages
 *     (`REUSE_SHARE` of its shingles) joins it, whatever its date: it is
 *     another version of the same reporting;
 *  2. similar: an article whose similarity to a story reaches `JOIN_SCORE`
 *     joins the best such story, if its date lies within `WINDOW_DAYS` of the
 *     story's span (or either has no date);
 *  3. related: a similar article beyond the window (a follow-up months later)
 *     starts a story of its own that names the old one as related;
 *  4. otherwise the article starts a new story.
 *
 * Pure: `assignArticle` reads the stories and the article and says where it
 * goes; `withArticle` returns the story grown by it. The same articles in the
 * same order give the same stories.
 */
import type { ArticleFeatures } from './features';
import { StoryShingles } from './story-shingles';
import { StoryVectors } from './story-vectors';

export interface StoryProfile {
  /** `story:` + the id of the article that started it: stable while that article stays. */
  id: string;
  /** Member source ids, in the order they joined. */
  sources: string[];
  /** Summed term counts of the members, and how many members use each term. */
  terms: Map<string, number>;
  termDocs: Map<string, number>;
  names: Map<string, number>;
  nameDocs: Map<string, number>;
  shingles: Set<number>;
  /** The earliest and latest member dates. */
  first?: string;
  last?: string;
  /** Older stories this one follows up. */
  related: string[];
}

export type AssignmentRule = 'reuse' | 'similar' | 'related' | 'new';

export interface Assignment {
  /** The story the article joins; undefined when it starts one. */
  story?: string;
  rule: AssignmentRule;
  /** Similarity to the closest story, 0..1. */
  score: number;
  /** Share of the article's shingles found in the closest story by reuse, 0..1. */
  reuse: number;
  /** For a new story: the older story it follows up. */
  related?: string;
}

export const REUSE_SHARE = 0.2;
export const JOIN_SCORE = 0.24;
export const WINDOW_DAYS = 30;
/** Weight of names against content words in the similarity. */
const NAME_WEIGHT = 0.5;

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.floor(Date.parse(iso.slice(0, 10) + 'T00:00:00Z') / DAY_MS);

/** Days from `date` to the span [first, last]; 0 inside it or when a date is missing. */
export function daysOutside(date: string | undefined, first: string | undefined, last: string | undefined): number {
  if (!date || !first || !last) return 0;
  const d = dayNumber(date);
  const [a, b] = [dayNumber(first), dayNumber(last)];
  if (Number.isNaN(d) || Number.isNaN(a) || Number.isNaN(b)) return 0;
  return d < a ? a - d : d > b ? d - b : 0;
}

/** How many articles the stories hold and in how many of them each term and name occurs. */
export interface CorpusCounts {
  docs: number;
  termDocs: Map<string, number>;
  nameDocs: Map<string, number>;
}

export function corpusCounts(stories: readonly StoryProfile[]): CorpusCounts {
  const counts: CorpusCounts = { docs: 0, termDocs: new Map(), nameDocs: new Map() };
  for (const s of stories) {
    counts.docs += s.sources.length;
    for (const [k, n] of s.termDocs) counts.termDocs.set(k, (counts.termDocs.get(k) ?? 0) + n);
    for (const [k, n] of s.nameDocs) counts.nameDocs.set(k, (counts.nameDocs.get(k) ?? 0) + n);
  }
  return counts;
}

/**
 * The IDF of each word, the new article counted in. It counts `BACKGROUND_DOCS`
 * imagined articles that hold none of the words: with only a handful of
 * articles, a plain IDF makes every shared word worthless and every unshared
 * one decisive.
 */
export const BACKGROUND_DOCS = 50;

function idfOf(docDf: Map<string, number>, own: Map<string, number>, docs: number): (k: string) => number {
  const cache = new Map<string, number>();
  return (k) => {
    let v = cache.get(k);
    if (v === undefined) {
      v = Math.log((docs + 1 + BACKGROUND_DOCS) / ((docDf.get(k) ?? 0) + (own.has(k) ? 1 : 0) || 1));
      cache.set(k, v);
    }
    return v;
  };
}

const tfWeight = (tf: number) => 1 + Math.log(tf);

/** Cosine of the sublinear TF-IDF vectors of `a` and `b`. */
function cosine(a: Map<string, number>, b: Map<string, number>, idf: (k: string) => number): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, tf] of a) {
    const wa = tfWeight(tf) * idf(k);
    na += wa * wa;
    const tb = b.get(k);
    if (tb) dot += wa * tfWeight(tb) * idf(k);
  }
  for (const [k, tf] of b) {
    const wb = tfWeight(tf) * idf(k);
    nb += wb * wb;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

function reuseShare(article: ArticleFeatures, story: StoryProfile): number {
  let shared = 0;
  for (const h of article.shingles) if (story.shingles.has(h)) shared++;
  return shareOfShingles(article, shared);
}

/** `shared` of the article's shingles as a share of them all; 0 for an article without any. */
const shareOfShingles = (article: ArticleFeatures, shared: number) => (article.shingles.length ? shared / article.shingles.length : 0);

/** Where a new article goes among the existing stories (see the rules above). */
export function assignArticle(stories: readonly StoryProfile[], article: ArticleFeatures, counts = corpusCounts(stories)): Assignment {
  const termIdf = idfOf(counts.termDocs, article.terms, counts.docs);
  const nameIdf = idfOf(counts.nameDocs, article.names, counts.docs);
  return chooseStory(
    stories,
    article,
    (story) => (1 - NAME_WEIGHT) * cosine(article.terms, story.terms, termIdf) + NAME_WEIGHT * cosine(article.names, story.names, nameIdf),
    (story) => reuseShare(article, story),
  );
}

/**
 * The rules applied to an article, given its similarity to each story and the
 * share of its shingles each story holds (`similarity(story, its index)`, `reuse(…)`).
 */
function chooseStory(
  stories: readonly StoryProfile[],
  article: ArticleFeatures,
  similarity: (story: StoryProfile, index: number) => number,
  reuse: (story: StoryProfile, index: number) => number,
): Assignment {
  let best: { story: StoryProfile; score: number; reuse: number } | undefined;
  let bestReuse: { story: StoryProfile; reuse: number } | undefined;
  let bestInWindow: { story: StoryProfile; score: number } | undefined;
  stories.forEach((story, index) => {
    const reused = reuse(story, index);
    const score = similarity(story, index);
    if (!best || score > best.score) best = { story, score, reuse: reused };
    if (reused >= REUSE_SHARE && (!bestReuse || reused > bestReuse.reuse)) bestReuse = { story, reuse: reused };
    const inWindow = daysOutside(article.date, story.first, story.last) <= WINDOW_DAYS;
    if (inWindow && score >= JOIN_SCORE && (!bestInWindow || score > bestInWindow.score)) bestInWindow = { story, score };
  });
  return decide(best, bestReuse, bestInWindow);
}

function decide(
  best: { story: StoryProfile; score: number; reuse: number } | undefined,
  bestReuse: { story: StoryProfile; reuse: number } | undefined,
  bestInWindow: { story: StoryProfile; score: number } | undefined,
): Assignment {
  const score = round(best?.score ?? 0);
  const reuse = round(best?.reuse ?? 0);
  if (bestReuse) return { story: bestReuse.story.id, rule: 'reuse', score, reuse: round(bestReuse.reuse) };
  if (bestInWindow) return { story: bestInWindow.story.id, rule: 'similar', score: round(bestInWindow.score), reuse };
  if (best && best.score >= JOIN_SCORE) return { rule: 'related', score, reuse, related: best.story.id };
  return { rule: 'new', score, reuse };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function addCounts(total: Map<string, number>, docs: Map<string, number>, own: Map<string, number>) {
  for (const [k, n] of own) {
    total.set(k, (total.get(k) ?? 0) + n);
    docs.set(k, (docs.get(k) ?? 0) + 1);
  }
}

/** A story of one article. */
export function newStory(article: ArticleFeatures, related?: string): StoryProfile {
  return withArticle(
    {
      id: `story:${article.id}`,
      sources: [],
      terms: new Map(),
      termDocs: new Map(),
      names: new Map(),
      nameDocs: new Map(),
      shingles: new Set(),
      related: related ? [related] : [],
    },
    article,
  );
}

/** The story grown by one article (a new value; `story` is left as it was). */
export function withArticle(story: StoryProfile, article: ArticleFeatures): StoryProfile {
  const copy: StoryProfile = {
    ...story,
    sources: [...story.sources],
    terms: new Map(story.terms),
    termDocs: new Map(story.termDocs),
    names: new Map(story.names),
    nameDocs: new Map(story.nameDocs),
    shingles: new Set(story.shingles),
    related: [...story.related],
  };
  growInPlace(copy, article);
  return copy;
}

function growInPlace(story: StoryProfile, article: ArticleFeatures): void {
  story.sources.push(article.id);
  addCounts(story.terms, story.termDocs, article.terms);
  addCounts(story.names, story.nameDocs, article.names);
  for (const h of article.shingles) story.shingles.add(h);
  if (article.date) {
    if (!story.first || article.date < story.first) story.first = article.date;
    if (!story.last || article.date > story.last) story.last = article.date;
  }
}

/** The stories after one more article: it joins its story, or starts one. */
export function placeArticle(stories: readonly StoryProfile[], article: ArticleFeatures): { stories: StoryProfile[]; assignment: Assignment } {
  const assignment = assignArticle(stories, article);
  const next = assignment.story
    ? stories.map((s) => (s.id === assignment.story ? withArticle(s, article) : s))
    : [...stories, newStory(article, assignment.related)];
  return { stories: next, assignment };
}

/** Articles in date order, then in the order given (undated ones after the dated). */
export function arrivalOrder(articles: readonly ArticleFeatures[]): ArticleFeatures[] {
  return articles
    .map((a, i) => ({ a, i }))
    .sort((x, y) => {
      if (x.a.date !== y.a.date) {
        if (!x.a.date) return 1;
        if (!y.a.date) return -1;
        return x.a.date < y.a.date ? -1 : 1;
      }
      return x.i - y.i;
    })
    .map(({ a }) => a);
}

/**
 * Every article placed one by one in arrival order: the same steps as
 * `placeArticle`, growing this call's own profiles in place, and scoring on
 * flat vectors (`StoryVectors`) that give the same similarities.
 */
export function clusterArticles(articles: readonly ArticleFeatures[]): { stories: StoryProfile[]; assignments: Map<string, Assignment> } {
  const stories: StoryProfile[] = [];
  const index = new Map<string, number>();
  const terms = new StoryVectors(BACKGROUND_DOCS);
  const names = new StoryVectors(BACKGROUND_DOCS);
  const shingles = new StoryShingles();
  const assignments = new Map<string, Assignment>();
  let placed = 0;
  for (const article of arrivalOrder(articles)) {
    terms.prepare(article.terms, placed);
    names.prepare(article.names, placed);
    const termScores = terms.cosines();
    const nameScores = names.cosines();
    const shared = shingles.sharedCounts(article.shingles, stories.length);
    const assignment = chooseStory(
      stories,
      article,
      (_, i) => (1 - NAME_WEIGHT) * termScores[i] + NAME_WEIGHT * nameScores[i],
      (_, i) => shareOfShingles(article, shared[i]),
    );
    let joined = assignment.story === undefined ? undefined : index.get(assignment.story);
    if (joined === undefined) {
      joined = stories.length;
      stories.push(newStory(article, assignment.related));
      index.set(stories[joined].id, joined);
      terms.addStory();
      names.addStory();
      for (const h of stories[joined].shingles) shingles.add(joined, h);
    } else {
      for (const h of article.shingles) if (!stories[joined].shingles.has(h)) shingles.add(joined, h);
      growInPlace(stories[joined], article);
    }
    terms.grow(joined, article.terms, stories[joined].terms);
    names.grow(joined, article.names, stories[joined].names);
    terms.count(article.terms);
    names.count(article.names);
    placed++;
    assignments.set(article.id, assignment);
  }
  return { stories, assignments };
}
