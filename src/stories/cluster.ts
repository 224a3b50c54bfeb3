/**
 * Articles into stories, a story being one event or one continuing dispute.
 * Single-pass clustering of a news stream (after Yang, Pierce and Carbonell,
 * 1998): articles are placed one by one in date order, each joining the story
 * of an article it is close to, or starting one. An article is compared with
 * each article already placed, never with a story's summed words: a summed
 * profile grows with every member until it resembles a whole topic (a
 * country, a beat), and then swallows the topic's other events.
 *
 * Two articles are close by the mean of two TF-IDF cosines (sublinear counts,
 * IDF over the whole stream): over content words and over name words. The
 * rules, in order:
 *
 *  1. reuse: an article whose sentences repeat a story's passages (at least
 *     `REUSE_SHARE` of its shingles in sentences the story holds almost word
 *     for word) joins it, whatever its date: it is another version of the
 *     same reporting (unless its lead names another subject than every
 *     article of the story: two banks' results written from one template);
 *  2. event: an article at least `EVENT_SCORE` close to an article of the
 *     story, plus `SCORE_PER_DAY` for each day between them (up to
 *     `MAX_GAP_DAYS`), joins the closest such story. The more days apart, the
 *     more alike two articles must be to report one event: a follow-up the
 *     next day shares less than an agency's rewrite, and a month later only a
 *     continuing dispute is that alike;
 *  3. named: a headline naming what an earlier headline of the story names,
 *     a name found mostly in this story's headlines and not a country, a
 *     capital or a well-known organisation ("EgyptAir", "Corvid"), ties a
 *     follow-up to its story within `NAMED_GAP_DAYS` days if the two articles
 *     are at least `NAMED_SCORE` close: the search for a plane's black boxes
 *     shares few words with its crash;
 *  4. otherwise the article starts a story, related to the story of the
 *     closest article if that one is at least `RELATED_SCORE` close.
 *
 * Rules 2 and 3 never join two articles whose leads (headline and first
 * sentence) name different subjects, neither naming what the other's lead
 * names (two banks' results on one day share nearly every word but the
 * bank's name), nor two whose headlines each name a place, a person or a
 * company of their own and none the same ("Suicide bomber kills 9 at Kessa
 * police station" under a story of "Truck bomb kills 31 at Port Harlow
 * market", whose lead recalls Port Harlow).
 *
 * Pure and deterministic: the same articles in the same order give the same
 * stories.
 */
import { isDemonym, isKnownPlaceWord } from '../extract/gazetteer';
import { isKnownOrgWord } from '../extract/org-heads';
import type { ArticleFeatures } from './features';
import { StoryShingles } from './story-shingles';

export const REUSE_SHARE = 0.3;
/** A sentence holds a passage of a story when the story has this share of its shingles. */
export const PASSAGE_SHARE = 0.8;
/** Sentences of fewer shingles are too short to be a passage ("He declined to comment."). */
const MIN_PASSAGE_SHINGLES = 4;
export const EVENT_SCORE = 0.3;
export const SCORE_PER_DAY = 0.005;
export const MAX_GAP_DAYS = 45;
export const NAMED_SCORE = 0.1;
export const NAMED_GAP_DAYS = 30;
/** A headline name ties articles only when at least this share of the headlines naming it so far are the story's. */
const NAMED_CONCENTRATION = 0.5;
export const RELATED_SCORE = 0.2;
/**
 * The IDF counts this many imagined articles that hold none of the words, so
 * that in a small stream a word two articles share still counts for little
 * when it is common, and one they do not share does not decide alone.
 */
export const BACKGROUND_DOCS = 50;

export interface StoryCluster {
  /** `story:` + the id of the article that started it: stable while that article stays. */
  id: string;
  /** Member source ids, in the order they joined. */
  sources: string[];
  /** Older stories this one follows up or neighbours. */
  related: string[];
  /** The earliest and latest member dates. */
  first?: string;
  last?: string;
}

export type AssignmentRule = 'reuse' | 'event' | 'named' | 'new';

export interface Assignment {
  /** The story the article joins; undefined when it starts one. */
  story?: string;
  rule: AssignmentRule;
  /** Closeness to the closest article placed before it, 0..1. */
  score: number;
  /** Share of the article's shingles in passages of the story it reuses most, 0..1. */
  reuse: number;
  /** For a new story: the older story it is related to. */
  related?: string;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string | undefined) => (iso ? Math.floor(Date.parse(iso.slice(0, 10) + 'T00:00:00Z') / DAY_MS) : NaN);

/** Days from `date` to the span [first, last]; 0 inside it or when a date is missing. */
export function daysOutside(date: string | undefined, first: string | undefined, last: string | undefined): number {
  const [d, a, b] = [dayNumber(date), dayNumber(first), dayNumber(last)];
  if (Number.isNaN(d) || Number.isNaN(a) || Number.isNaN(b)) return 0;
  return d < a ? a - d : d > b ? d - b : 0;
}

/** Articles in date order, then in the order given (undated ones after the dated). */
export function arrivalOrder<T extends { date?: string }>(articles: readonly T[]): T[] {
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

const tfWeight = (tf: number) => 1 + Math.log(tf);

/** Unit-length sparse TF-IDF vectors over one numbered vocabulary. */
interface Sparse {
  ids: Int32Array;
  weights: Float64Array;
}

function vectors(maps: readonly ReadonlyMap<string, number>[], docs: number): { vectors: Sparse[]; size: number } {
  const vocabulary = new Map<string, number>();
  const df: number[] = [];
  for (const m of maps) {
    for (const k of m.keys()) {
      let id = vocabulary.get(k);
      if (id === undefined) (vocabulary.set(k, (id = df.length)), df.push(0));
      df[id]++;
    }
  }
  const out = maps.map((m) => {
    const ids = new Int32Array(m.size);
    const weights = new Float64Array(m.size);
    let norm = 0;
    let n = 0;
    for (const [k, tf] of m) {
      const id = vocabulary.get(k)!;
      const w = tfWeight(tf) * Math.log((docs + BACKGROUND_DOCS) / df[id]);
      ids[n] = id;
      weights[n++] = w;
      norm += w * w;
    }
    if (norm > 0) for (let i = 0; i < n; i++) weights[i] /= Math.sqrt(norm);
    return { ids, weights };
  });
  return { vectors: out, size: df.length };
}

/** Placed articles' weights by vocabulary id, so that an article's dot products with all of them are summed term by term. */
class Postings {
  private readonly articles: number[][];
  private readonly weights: number[][];

  constructor(size: number) {
    this.articles = Array.from({ length: size }, () => []);
    this.weights = Array.from({ length: size }, () => []);
  }

  add(article: number, v: Sparse): void {
    for (let k = 0; k < v.ids.length; k++) {
      this.articles[v.ids[k]].push(article);
      this.weights[v.ids[k]].push(v.weights[k]);
    }
  }

  /** Adds `share` × the dot product of `v` with each placed article into `into`, by article. */
  accumulate(v: Sparse, share: number, into: Float64Array, touched: number[]): void {
    for (let k = 0; k < v.ids.length; k++) {
      const list = this.articles[v.ids[k]];
      const ws = this.weights[v.ids[k]];
      const w = v.weights[k] * share;
      for (let p = 0; p < list.length; p++) {
        if (into[list[p]] === 0) touched.push(list[p]);
        into[list[p]] += w * ws[p];
      }
    }
  }
}

/** Name words that mark no one story: countries, capitals, nationalities, well-known organisations. */
const isCommonName = (word: string) =>
  isKnownPlaceWord(word) || isKnownOrgWord(word) || isDemonym(word[0].toUpperCase() + word.slice(1)) || /^\p{L}\.\p{L}$/u.test(word);

/** Do both headlines name something of their own, and nothing the same ("Kessa" / "Port Harlow")? */
const headlinesDiffer = (a: readonly string[], b: readonly string[]) => a.length > 0 && b.length > 0 && !a.some((w) => b.includes(w));

/** Do the leads of a and b name different subjects (each names something, and neither names what the other's lead names)? */
function leadsDiffer(a: ArticleFeatures, b: ArticleFeatures): boolean {
  return a.lead.length > 0 && b.lead.length > 0 && !a.lead.some((w) => b.names.has(w)) && !b.lead.some((w) => a.names.has(w));
}

/**
 * Which story each article joins. Articles are placed in `arrivalOrder`;
 * stories are listed in the order they started.
 */
export function clusterArticles(articles: readonly ArticleFeatures[]): { stories: StoryCluster[]; assignments: Map<string, Assignment> } {
  const order = arrivalOrder(articles);
  const n = order.length;
  const terms = vectors(
    order.map((a) => a.terms),
    n,
  );
  const names = vectors(
    order.map((a) => a.names),
    n,
  );
  const termPostings = new Postings(terms.size);
  const namePostings = new Postings(names.size);
  const days = order.map((a) => dayNumber(a.date));
  const specificHeadline = order.map((a) => a.headline.filter((w) => !isCommonName(w)));

  const stories: StoryCluster[] = [];
  /** Each story's articles, by place in `order`. */
  const members: number[][] = [];
  const storyOf = new Int32Array(n).fill(-1);
  const shingles = new StoryShingles();
  /** Headline name → articles placed so far naming it, overall and by story. */
  const headlineCount = new Map<string, number>();
  const headlineByStory: Map<string, number>[] = [];
  const assignments = new Map<string, Assignment>();
  const closeness = new Float64Array(n);
  const touched: number[] = [];

  for (let i = 0; i < n; i++) {
    const article = order[i];
    const reuse = reuseShares(article, shingles, stories.length);
    // Two events written from one template (two banks' results) share passages but not their leads' subject.
    for (let s = 0; s < reuse.length; s++) if (reuse[s] > 0 && members[s].every((p) => leadsDiffer(article, order[p]))) reuse[s] = 0;
    const reused = bestIndex(reuse);
    termPostings.accumulate(terms.vectors[i], 0.5, closeness, touched);
    namePostings.accumulate(names.vectors[i], 0.5, closeness, touched);

    let best = -1;
    let bestScore = 0;
    let rule: AssignmentRule = 'new';
    let closest = -1;
    for (const p of touched) {
      const score = closeness[p];
      if (closest < 0 || score > closeness[closest] || (score === closeness[closest] && p < closest)) closest = p;
      const gap = Number.isNaN(days[i]) || Number.isNaN(days[p]) ? 0 : Math.abs(days[i] - days[p]);
      if (leadsDiffer(article, order[p]) || headlinesDiffer(specificHeadline[i], specificHeadline[p])) continue;
      const s = storyOf[p];
      const event = gap <= MAX_GAP_DAYS && score >= EVENT_SCORE + SCORE_PER_DAY * gap;
      const named =
        !event && gap <= NAMED_GAP_DAYS && score >= NAMED_SCORE && sharesStoryName(specificHeadline[i], specificHeadline[p], headlineByStory[s], headlineCount);
      if ((event || named) && score > bestScore) {
        best = p;
        bestScore = score;
        rule = event ? 'event' : 'named';
      }
    }
    const closestScore = closest >= 0 ? closeness[closest] : 0;
    for (const p of touched) closeness[p] = 0;
    touched.length = 0;

    let joined: number;
    const assignment: Assignment = { rule, score: round(closestScore), reuse: round(reused >= 0 ? reuse[reused] : 0) };
    if (reused >= 0 && reuse[reused] >= REUSE_SHARE) {
      joined = reused;
      assignment.rule = 'reuse';
    } else if (best >= 0) joined = storyOf[best];
    else {
      joined = stories.length;
      const related = closestScore >= RELATED_SCORE ? stories[storyOf[closest]].id : undefined;
      stories.push({ id: `story:${article.id}`, sources: [], related: related ? [related] : [] });
      members.push([]);
      headlineByStory.push(new Map());
      if (related) assignment.related = related;
    }
    if (assignment.rule !== 'new') assignment.story = stories[joined].id;
    const story = stories[joined];
    story.sources.push(article.id);
    if (article.date) {
      if (!story.first || article.date < story.first) story.first = article.date;
      if (!story.last || article.date > story.last) story.last = article.date;
    }
    storyOf[i] = joined;
    members[joined].push(i);
    for (const sentence of article.sentenceShingles) for (const h of sentence) shingles.add(joined, h);
    for (const w of new Set(specificHeadline[i])) {
      headlineCount.set(w, (headlineCount.get(w) ?? 0) + 1);
      headlineByStory[joined].set(w, (headlineByStory[joined].get(w) ?? 0) + 1);
    }
    termPostings.add(i, terms.vectors[i]);
    namePostings.add(i, names.vectors[i]);
    assignments.set(article.id, assignment);
  }
  return { stories, assignments };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Does a name of both headlines stand mostly in this story's headlines so far? */
function sharesStoryName(
  mine: readonly string[],
  theirs: readonly string[],
  story: ReadonlyMap<string, number>,
  overall: ReadonlyMap<string, number>,
): boolean {
  return mine.some((w) => theirs.includes(w) && (story.get(w) ?? 0) >= NAMED_CONCENTRATION * (overall.get(w) ?? 0));
}

/** Each story's share of the article's shingles that stand in sentences holding one of its passages. */
function reuseShares(article: ArticleFeatures, shingles: StoryShingles, stories: number): Float64Array {
  const shares = new Float64Array(stories);
  let total = 0;
  for (const sentence of article.sentenceShingles) total += sentence.length;
  if (!total || !stories) return shares;
  for (const sentence of article.sentenceShingles) {
    if (sentence.length < MIN_PASSAGE_SHINGLES) continue;
    const counts = shingles.sharedCounts(sentence);
    for (const [story, count] of counts) if (count >= PASSAGE_SHARE * sentence.length) shares[story] += sentence.length / total;
  }
  return shares;
}

/** The index of the largest value (the first on a tie), or -1 for none above 0. */
function bestIndex(values: Float64Array): number {
  let best = -1;
  for (let k = 0; k < values.length; k++) if (values[k] > 0 && (best < 0 || values[k] > values[best])) best = k;
  return best;
}
