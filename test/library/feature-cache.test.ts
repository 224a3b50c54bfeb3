import 'fake-indexeddb/auto';
/**
 * The clustering features a library keeps between two formings of its
 * stories: an article of a site with standing text is kept too (by the
 * boilerplate it leaves out), and forming with kept features gives the
 * stories a fresh forming gives.
 */
import { describe, expect, it } from 'vitest';
import type { FullIndex } from '../../src/contracts/schema';
import { readArticle, type ArticleInput, type LibraryArticle } from '../../src/library/article';
import { mergeLibrary } from '../../src/library/merge';
import { formLibraryStories, formLibraryStoriesSliced, formLibraryStoriesSteps, type FeatureCache } from '../../src/library/stories';
import { finishStepsSliced } from '../../src/stories/steps';
import { Library } from '../../src/library/service';
import { damParagraphs, newStory, seedIndexes } from './fixtures';

const PROMO = 'Sign up for the Harbor Gazette morning newsletter, delivered free to your inbox every weekday.';
const TOPICS = [
  [
    'Port Authority Raises Harbor Fees',
    'The port authority voted to raise harbor fees by nine percent on Tuesday.',
    'Shipping firms said the rise would be passed on to importers.',
  ],
  [
    'City Council Delays Ferry Contract',
    'The city council delayed a vote on the new ferry contract for a second time.',
    'Council members asked for an audit of the bidding process.',
  ],
  [
    'Storm Closes Coastal Highway',
    'A winter storm closed the coastal highway north of the harbor overnight.',
    'Road crews expected to reopen both lanes by the weekend.',
  ],
  [
    'Fishing Fleet Returns Early',
    'The local fishing fleet returned early after a week of rough seas.',
    'Catch numbers were the lowest for the month in a decade.',
  ],
];

function gazette(k: number, day: number): LibraryArticle {
  const [title, lead, more] = TOPICS[k % TOPICS.length];
  const date = `2024-03-${String(day).padStart(2, '0')}`;
  const input: ArticleInput = {
    name: `gazette-${k}.txt`,
    url: `https://www.harborgazette.example/news/${k}`,
    format: 'txt',
    text: [title, 'By Lena Ortiz', 'Harbor Gazette', date, '', lead, more, 'Officials did not say when a final decision would come.', PROMO].join('\n'),
  };
  const read = readArticle(input);
  if (!('article' in read)) throw new Error(read.problem);
  return read.article;
}

const indexOf = (articles: readonly LibraryArticle[]): FullIndex => mergeLibrary(seedIndexes().full, articles);

describe("the library's kept clustering features", () => {
  it("keeps an article's features while the boilerplate it leaves out stays the same, and forms the stories a fresh forming does", () => {
    const articles = [gazette(0, 1), gazette(1, 6), gazette(2, 12), gazette(3, 20)];
    const cache: FeatureCache = new Map();
    formLibraryStories(indexOf(articles), cache);
    // The site's promotion is its boilerplate: each of its articles' features leave it out.
    const kept = new Map([...cache].filter(([id]) => id.startsWith('src-lib-')));
    expect(kept.size).toBe(4);
    for (const { skipped } of kept.values()) expect(skipped).not.toBe('');
    const more = [...articles, gazette(4, 26)];
    const again = formLibraryStories(indexOf(more), cache);
    // The same features, not worked out again; the new article's worked out once.
    for (const [id, entry] of kept) expect(cache.get(id)?.features).toBe(entry.features);
    expect(cache.get(more[4].id)?.skipped).not.toBe('');
    const fresh = formLibraryStories(indexOf(more), new Map());
    expect(again.assignment).toEqual(fresh.assignment);
    expect(again.stories).toEqual(fresh.stories);
  });

  it('works an article out again when the boilerplate it leaves out changes', () => {
    // Two articles of the site: not yet standing text.
    const cache: FeatureCache = new Map();
    const two = [gazette(0, 1), gazette(1, 9)];
    formLibraryStories(indexOf(two), cache);
    const before = cache.get(two[0].id)!;
    expect(before.skipped).toBe('');
    // A third, days later: the promotion is standing text now, left out of the first article too.
    const three = [...two, gazette(2, 20)];
    const formed = formLibraryStories(indexOf(three), cache);
    const after = cache.get(two[0].id)!;
    expect(after.skipped).not.toBe('');
    expect(after.features).not.toBe(before.features);
    expect(formed.assignment).toEqual(formLibraryStories(indexOf(three), new Map()).assignment);
  });
});

describe('features kept by a library through its changes', () => {
  const dam = (name: string, day: number): ArticleInput => ({
    name,
    format: 'txt',
    text: ['Kessel Dam Fails Safety Inspection', 'By Tom Berg', 'Valley Courier', `2024-06-${String(day).padStart(2, '0')}`, '', ...damParagraphs()].join('\n'),
  });

  it('an article read again with another text is clustered by its new text, as a worker started afresh clusters it', async () => {
    const name = `test-features-${Date.now()}`;
    const open = () => Library.open(seedIndexes().full, seedIndexes().spot, name, '1.0.0');
    const lib = await open();
    // "moving.txt" first tells of the quantum talks, beside two reports of the dam.
    await lib.add([newStory('moving.txt'), dam('dam-a.txt', 3), dam('dam-b.txt', 4)]);
    const before = await lib.fullIndex();
    const moving = before.sources.find((s) => s.file.includes('moving'))!.id;
    const storyOf = (full: FullIndex, id: string) => full.stories.find((s) => s.sources.includes(id))!.sources.length;
    expect(storyOf(before, moving)).toBe(1);
    // Read again, it is a third report of the dam: the same id, another text.
    const { added } = await lib.add([{ ...dam('moving.txt', 5) }]);
    expect(added.map((a) => a.id)).toEqual([moving]);
    const after = await lib.fullIndex();
    expect(storyOf(after, moving)).toBe(3);
    expect(after.stories).toEqual((await (await open()).fullIndex()).stories);
  });
});

describe('the stories formed in slices (the background pauses between them to answer pages)', () => {
  it('are the stories formed at once, with a pause between slices of the work', async () => {
    // Gazette articles over a month (the site's standing text recognised), and the seeds: several stories.
    const articles = Array.from({ length: 60 }, (_, k) => gazette(k, 1 + (k % 28)));
    const index = indexOf(articles);
    const whole = formLibraryStories(index, new Map());
    expect(whole.stories.length).toBeGreaterThan(2);
    let pauses = 0;
    // A slice of no time: a pause at every step (boilerplate, features, placing, describing).
    const pause = () => ((pauses += 1), Promise.resolve());
    const sliced = await finishStepsSliced(formLibraryStoriesSteps(index, new Map(), []), pause, 0);
    expect(sliced.assignment).toEqual(whole.assignment);
    expect(sliced.stories).toEqual(whole.stories);
    // Features every 20 articles, placing every 50, the stream's vectors, the description: more than one pause per phase.
    expect(pauses).toBeGreaterThanOrEqual(6);
    expect(await formLibraryStoriesSliced(index, new Map(), [], pause)).toEqual(whole);
  });
});
