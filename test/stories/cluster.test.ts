import { describe, expect, it } from 'vitest';
import { articleFeatures, type ArticleFeatures } from '../../src/stories/features';
import {
  arrivalOrder,
  assignArticle,
  clusterArticles,
  daysOutside,
  newStory,
  placeArticle,
  REUSE_SHARE,
  withArticle,
  WINDOW_DAYS,
} from '../../src/stories/cluster';
import { seedId, SEED } from '../seeds';
import { FOLLOW_UP, mixedArticles, OTHER_STORIES } from './corpus';

const SEED_IDS = Object.values(SEED).map(seedId);
const features = () => mixedArticles().map(articleFeatures);

/** A made-up article: words and names as given, each used once. */
function article(id: string, terms: string, names: string, date?: string, shingles: number[] = []): ArticleFeatures {
  const counts = (list: string) =>
    new Map(
      list
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => [w, 1] as [string, number]),
    );
  return { id, date, terms: counts(terms), names: counts(names), shingles };
}

describe('daysOutside', () => {
  it.each([
    ['2015-09-20', '2015-09-19', '2015-09-22', 0],
    ['2015-09-25', '2015-09-19', '2015-09-22', 3],
    ['2015-09-01', '2015-09-19', '2015-09-22', 18],
    [undefined, '2015-09-19', '2015-09-22', 0],
    ['2016-09-24', undefined, undefined, 0],
    ['not a date', '2015-09-19', '2015-09-22', 0],
  ])('%s against %s..%s is %s days', (date, first, last, days) => {
    expect(daysOutside(date, first, last)).toBe(days);
  });
});

describe('assignArticle', () => {
  const cyber = article('a', 'cyber accord arms control infrastructure', 'xi-jinping obama', '2015-09-19');
  const stories = [newStory(cyber), newStory(article('b', 'recipe flour oven sugar', 'paul-hollywood', '2015-09-19'))];

  it('no stories: the article starts one', () => {
    expect(assignArticle([], cyber).rule).toBe('new');
  });

  it('an article on the same words and names, days later, joins that story', () => {
    const next = article('c', 'cyber accord arms control talks', 'xi-jinping obama', '2015-09-21');
    expect(assignArticle(stories, next)).toMatchObject({ story: 'story:a', rule: 'similar' });
  });

  it('the same article months later starts a story related to the old one', () => {
    const later = article('c', 'cyber accord arms control talks', 'xi-jinping obama', '2016-09-21');
    const assignment = assignArticle(stories, later);
    expect(assignment).toMatchObject({ rule: 'related', related: 'story:a' });
    expect(assignment.story).toBeUndefined();
  });

  it('an article reusing the passages of a story joins it whatever its date', () => {
    const reused = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const base = newStory(article('a', 'cyber', 'obama', '2015-09-19', reused));
    const copy = article('c', 'unrelated words entirely', 'someone-else', '2017-01-01', reused.slice(0, Math.ceil(REUSE_SHARE * 10) + 1));
    expect(assignArticle([base], copy)).toMatchObject({ story: 'story:a', rule: 'reuse' });
  });

  it('an article sharing nothing starts a new story', () => {
    const assignment = assignArticle(stories, article('d', 'football league goal', 'arsenal', '2015-09-19'));
    expect(assignment.rule).toBe('new');
    expect(assignment.story).toBeUndefined();
  });
});

describe('placeArticle and withArticle', () => {
  it('do not change the stories they are given', () => {
    const first = newStory(article('a', 'cyber accord', 'obama', '2015-09-19'));
    const grown = withArticle(first, article('b', 'cyber talks', 'xi-jinping', '2015-09-25'));
    expect(first.sources).toEqual(['a']);
    expect(grown).toMatchObject({ sources: ['a', 'b'], first: '2015-09-19', last: '2015-09-25' });
    const placed = placeArticle([first], article('c', 'cyber accord', 'obama', '2015-09-20'));
    expect(first.sources).toEqual(['a']);
    expect(placed.stories[0].sources).toEqual(['a', 'c']);
  });
});

describe('arrivalOrder', () => {
  it('takes dated articles by date, then the undated, each in the order given', () => {
    const list = [
      article('x', '', ''),
      article('b', '', '', '2016-01-01'),
      article('a', '', '', '2015-01-01'),
      article('y', '', ''),
      article('c', '', '', '2015-01-01'),
    ];
    expect(arrivalOrder(list).map((a) => a.id)).toEqual(['a', 'c', 'b', 'x', 'y']);
  });
});

describe('clusterArticles on the seeds, 35 pages of other stories and a 2016 follow-up', () => {
  const { stories, assignments } = clusterArticles(features());
  const storyOf = (id: string) => stories.find((s) => s.sources.includes(id))!;

  it('the five seeds form one story', () => {
    expect(new Set(SEED_IDS.map((id) => storyOf(id).id)).size).toBe(1);
  });

  it('no page of another story joins the seeds', () => {
    const seedStory = storyOf(SEED_IDS[0]);
    expect(seedStory.sources.filter((id) => !SEED_IDS.includes(id))).toEqual([]);
    expect(OTHER_STORIES.length).toBe(35);
  });

  it(`the follow-up, a year later, starts a story related to the seeds' (beyond ${WINDOW_DAYS} days, no reused passage)`, () => {
    const followUp = seedId(FOLLOW_UP);
    expect(assignments.get(followUp)).toMatchObject({ rule: 'related', related: storyOf(SEED_IDS[0]).id });
    expect(storyOf(followUp).related).toEqual([storyOf(SEED_IDS[0]).id]);
  });

  it('is deterministic: the same articles give the same stories', () => {
    const again = clusterArticles(features()).stories.map((s) => s.sources);
    expect(again).toEqual(stories.map((s) => s.sources));
  });

  it('gives the same stories and the same scores as placing each article with placeArticle, one by one', () => {
    let placed: ReturnType<typeof placeArticle>['stories'] = [];
    const expected = new Map<string, ReturnType<typeof placeArticle>['assignment']>();
    for (const f of arrivalOrder(features())) {
      const step = placeArticle(placed, f);
      placed = step.stories;
      expected.set(f.id, step.assignment);
    }
    expect(assignments).toEqual(expected);
    expect(stories.map((s) => [s.id, s.sources, s.related])).toEqual(placed.map((s) => [s.id, s.sources, s.related]));
    expect(new Set([...assignments.values()].map((a) => a.rule)).size).toBeGreaterThan(1);
  });
}, 120_000);

describe('clusterArticles on 160 generated articles that share words, names and passages', () => {
  /** Articles drawn from a few themes, with shared shingles: every rule comes into play. */
  function generated(): ArticleFeatures[] {
    let x = 11;
    const rand = () => (x = (x * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const pick = (n: number) => Math.floor(rand() * n);
    return Array.from({ length: 160 }, (_, i) => {
      const theme = pick(12);
      const words = Array.from({ length: 6 + pick(10) }, () => `w${theme * 7 + pick(12)}`).join(' ');
      const names = Array.from({ length: 1 + pick(3) }, () => `n${theme * 3 + pick(5)}`).join(' ');
      const shingles = [...new Set(Array.from({ length: 20 + pick(30) }, () => theme * 100 + pick(rand() < 0.5 ? 60 : 400)))].sort((a, b) => a - b);
      const date = rand() < 0.15 ? undefined : `201${5 + pick(2)}-0${1 + pick(9)}-1${pick(10)}`;
      return article(`g${i}`, words, names, date, shingles);
    });
  }

  it('gives the same stories and the same scores as placing each article with placeArticle, one by one', () => {
    const articles = generated();
    const { stories, assignments } = clusterArticles(articles);
    let placed: ReturnType<typeof placeArticle>['stories'] = [];
    const expected = new Map<string, ReturnType<typeof placeArticle>['assignment']>();
    for (const f of arrivalOrder(articles)) {
      const step = placeArticle(placed, f);
      placed = step.stories;
      expected.set(f.id, step.assignment);
    }
    expect(assignments).toEqual(expected);
    expect(stories.map((s) => [s.id, s.sources, s.related])).toEqual(placed.map((s) => [s.id, s.sources, s.related]));
    expect(new Set([...assignments.values()].map((a) => a.rule))).toEqual(new Set(['new', 'reuse', 'similar', 'related']));
  });
});
