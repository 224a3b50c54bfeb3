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
import { finishSteps, type Steps } from './steps';
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

/** Unit-length sparse TF-IDF vectors over one numbered vocabulary, ids ascending. */
interface Sparse {
  ids: Int32Array;
  weights: Float64Array;
}

function vectors(maps: readonly ReadonlyMap<string, number>[], docs: number): { vectors: Sparse[]; df: Int32Array } {
  const vocabulary = new Map<string, number>();
  const counts: number[] = [];
  for (const m of maps) {
    for (const k of m.keys()) {
      let id = vocabulary.get(k);
      if (id === undefined) (vocabulary.set(k, (id = counts.length)), counts.push(0));
      counts[id]++;
    }
  }
  const out = maps.map((m) => {
    const entries = [...m].map(([k, tf]) => {
      const id = vocabulary.get(k)!;
      return { id, w: tfWeight(tf) * Math.log((docs + BACKGROUND_DOCS) / counts[id]) };
    });
    entries.sort((x, y) => x.id - y.id);
    const norm = Math.sqrt(entries.reduce((sum, e) => sum + e.w * e.w, 0)) || 1;
    return { ids: Int32Array.from(entries, (e) => e.id), weights: Float64Array.from(entries, (e) => e.w / norm) };
  });
  return { vectors: out, df: Int32Array.from(counts) };
}

/** The dot product of two sparse vectors (ids ascending). */
function dot(a: Sparse, b: Sparse): number {
  let sum = 0;
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length;) {
    if (a.ids[i] === b.ids[j]) sum += a.weights[i++] * b.weights[j++];
    else if (a.ids[i] < b.ids[j]) i++;
    else j++;
  }
  return sum;
}

/**
 * The articles placed so far, by the rarer words they hold: an article is
 * compared only with articles sharing one of its words found in at most
 * `maxDf` articles of the stream. Two reports of one event share names and
 * rare words; two articles sharing only "police" or "said" never join, and
 * looking at every pair of them is most of a large stream's clustering.
 */
class CandidateIndex {
  private readonly lists = new Map<number, number[]>();

  constructor(
    private readonly df: Int32Array,
    private readonly maxDf: number,
  ) {}

  add(article: number, v: Sparse): void {
    for (const id of v.ids) {
      if (this.df[id] > this.maxDf) continue;
      const list = this.lists.get(id);
      if (list) list.push(article);
      else this.lists.set(id, [article]);
    }
  }

  /**
   * Each placed article sharing a rare word with `v`, once, into `out`
   * (`stamp` marks the ones already in); with `from`, only the articles placed
   * at or after that place (the lists are in placing order).
   */
  collect(v: Sparse, out: number[], stamp: Int32Array, mark: number, from = 0): void {
    for (const id of v.ids) {
      const list = this.lists.get(id);
      if (!list) continue;
      for (let k = from > 0 ? firstAtOrAfter(list, from) : 0; k < list.length; k++) {
        const p = list[k];
        if (stamp[p] !== mark) ((stamp[p] = mark), out.push(p));
      }
    }
  }
}

/** The index of the first value at or after `value` in an ascending list. */
function firstAtOrAfter(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words in more articles than this share (and at least `MIN_CANDIDATE_DF`) find no candidates. */
const CANDIDATE_SHARE = 0.02;
const MIN_CANDIDATE_DF = 40;

/** Name words that mark no one story: countries, capitals, nationalities, well-known organisations. */
const isCommonName = (word: string) =>
  isKnownPlaceWord(word) || isKnownOrgWord(word) || isDemonym(word[0].toUpperCase() + word.slice(1)) || /^\p{L}\.\p{L}$/u.test(word);

/** Do both headlines name something of their own, and nothing the same ("Kessa" / "Port Harlow")? */
const headlinesDiffer = (a: readonly string[], b: readonly string[]) => a.length > 0 && b.length > 0 && !a.some((w) => b.includes(w));

/** Do the leads of a and b name different subjects (each names something, and neither names what the other's lead names)? */
function leadsDiffer(a: ArticleFeatures, b: ArticleFeatures): boolean {
  return a.lead.length > 0 && b.lead.length > 0 && !a.lead.some((w) => b.names.has(w)) && !b.lead.some((w) => a.names.has(w));
}

/** Articles placed between two steps of `clusterSteps`. */
const PLACED_PER_STEP = 50;

/**
 * Which story each article joins. Articles are placed in `arrivalOrder`;
 * stories are listed in the order they started.
 */
export function clusterArticles(articles: readonly ArticleFeatures[]): Clustered {
  return finishSteps(clusterSteps(articles));
}

export interface Clustered {
  stories: StoryCluster[];
  assignments: Map<string, Assignment>;
}

/** `clusterArticles` in steps (a pause may come between two: see `finishStepsSliced`), the same stories. */
export function* clusterSteps(articles: readonly ArticleFeatures[]): Steps<Clustered> {
  const order = arrivalOrder(articles);
  const n = order.length;
  const terms = vectors(
    order.map((a) => a.terms),
    n,
  );
  yield;
  const names = vectors(
    order.map((a) => a.names),
    n,
  );
  yield;
  const maxDf = Math.max(MIN_CANDIDATE_DF, Math.ceil(CANDIDATE_SHARE * n));
  const termCandidates = new CandidateIndex(terms.df, maxDf);
  const nameCandidates = new CandidateIndex(names.df, maxDf);
  const closenessOf = (i: number, p: number) => 0.5 * dot(terms.vectors[i], terms.vectors[p]) + 0.5 * dot(names.vectors[i], names.vectors[p]);
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
  const stamp = new Int32Array(n).fill(-1);
  const touched: number[] = [];
  /** The first article placed within MAX_GAP_DAYS of the one being placed. */
  let windowStart = 0;

  for (let i = 0; i < n; i++) {
    if (i > 0 && i % PLACED_PER_STEP === 0) yield;
    const article = order[i];
    const reuse = reuseShares(article, shingles);
    // Two events written from one template (two banks' results) share passages but not their leads' subject.
    for (const s of [...reuse.keys()]) if (members[s].every((p) => leadsDiffer(article, order[p]))) reuse.delete(s);
    const reused = bestShare(reuse);
    // Words find the articles of the last MAX_GAP_DAYS days; names, any earlier article (a story this one may follow up).
    while (!Number.isNaN(days[i]) && !(days[i] - days[windowStart] <= MAX_GAP_DAYS)) windowStart++;
    termCandidates.collect(terms.vectors[i], touched, stamp, i, windowStart);
    nameCandidates.collect(names.vectors[i], touched, stamp, i);
    for (const p of touched) closeness[p] = closenessOf(i, p);

    let best = -1;
    let bestScore = 0;
    let rule: AssignmentRule = 'new';
    let closest = -1;
    for (const p of touched) {
      const score = closeness[p];
      if (closest < 0 || score > closeness[closest] || (score === closeness[closest] && p < closest)) closest = p;
      if (score < NAMED_SCORE) continue;
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
    const assignment: Assignment = { rule, score: round(closestScore), reuse: round(reused >= 0 ? reuse.get(reused)! : 0) };
    if (reused >= 0 && reuse.get(reused)! >= REUSE_SHARE) {
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
    // Only sentences long enough to be a passage are looked up; only theirs need be held.
    for (const sentence of article.sentenceShingles) if (sentence.length >= MIN_PASSAGE_SHINGLES) for (const h of sentence) shingles.add(joined, h);
    for (const w of new Set(specificHeadline[i])) {
      headlineCount.set(w, (headlineCount.get(w) ?? 0) + 1);
      headlineByStory[joined].set(w, (headlineByStory[joined].get(w) ?? 0) + 1);
    }
    termCandidates.add(i, terms.vectors[i]);
    nameCandidates.add(i, names.vectors[i]);
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

/** Each story's share of the article's shingles that stand in sentences holding one of its passages (stories with none left out). */
function reuseShares(article: ArticleFeatures, shingles: StoryShingles): Map<number, number> {
  const shares = new Map<number, number>();
  let total = 0;
  for (const sentence of article.sentenceShingles) total += sentence.length;
  if (!total) return shares;
  for (const sentence of article.sentenceShingles) {
    if (sentence.length < MIN_PASSAGE_SHINGLES) continue;
    // The smallest whole count at or past the share (the float product's ceiling), so the same stories pass.
    for (const story of shingles.holdersOfAtLeast(sentence, Math.ceil(PASSAGE_SHARE * sentence.length)).keys()) {
      shares.set(story, (shares.get(story) ?? 0) + sentence.length / total);
    }
  }
  return shares;
}

/** The story with the largest share (the first placed on a tie), or -1 for none. */
function bestShare(shares: ReadonlyMap<number, number>): number {
  let best = -1;
  for (const [story, share] of shares) if (share > 0 && (best < 0 || share > shares.get(best)! || (share === shares.get(best)! && story < best))) best = story;
  return best;
}
