/**
 * A card after a worker start, made from the articles of its item's stories
 * alone (`Library.cardIndex`): for every name, quote and passage, the card
 * the whole library's index gives (a reference oracle), with no other article
 * read; and the whole index again whenever the stories stored are not the
 * library's as it is.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cardFor } from '../../src/background/cards';
import { IndexLookup } from '../../src/background/index-lookup';
import { sourceOfPage } from '../../src/background/page-source';
import { storyOfPage } from '../../src/background/panel-views';
import { entityStories, sourcesOfItem } from '../../src/library/card-part';
import { Library } from '../../src/library/service';
import { openLibraryDb, readFormedStories, readStoryListing, writeStoryListing } from '../../src/library/store';
import type { ArticleInput } from '../../src/library/article';
import { damReport, newStory, seedAsInput, seedIndexes } from './fixtures';

const BUILD = '1.0.0';
const open = (name: string) => Library.open(seedIndexes().full, seedIndexes().spot, name, BUILD);
/** Waits for the queue of changes (where the formed stories are stored) to run dry. */
const settled = (lib: Library) => lib.remove([]);

const WIRE_URL = 'https://wire.example/talks';
const INPUTS: ArticleInput[] = [
  seedAsInput('wire', WIRE_URL),
  seedAsInput('nyt', 'https://news.example/nyt'),
  newStory('quantum.txt'),
  newStory('quantum-2.txt', 'Ingrid Solberg-Haugen'),
  damReport('dam-a.txt', 'Valley Herald', { negated: true, cracks: 'twelve' }),
  damReport('dam-b.txt', 'River Post', { negated: false, cracks: 12 }, true),
];

/** An article of its own subject, naming no one the others name: a story of its own in the whole index too. */
const FINED: ArticleInput = {
  name: 'fined.txt',
  format: 'txt',
  text: [
    'Harborview Financial Fined Over Breach',
    'By Tomas Brandt',
    'Daily Ledger',
    'May 2, 2025',
    '',
    'QUETTA — Regulators fined Harborview Financial on Thursday after a breach exposed the records of 40,000 customers, officials said.',
    '"We failed our customers," said Odile Marchetti, the bank\'s chief executive, at a hearing in Quetta.',
    "The fine is the largest the regulator has imposed on a bank for a breach of its customers' data.",
  ].join('\n'),
};

/** Every name, quote and sentence of the library's articles, and the sample's passages. */
const everyItem = (lookup: IndexLookup) => [
  ...lookup.index.entities.map((e) => e.id),
  ...lookup.index.quotes.map((q) => q.id),
  ...lookup.index.sentences.filter((s) => s.source.startsWith('src-lib-')).map((s) => s.id),
  ...seedIndexes().full.alignments.map((a) => a.id),
];

let whole: IndexLookup;
let cold: Library;

afterEach(() => vi.restoreAllMocks());

/** A library of the first three inputs whose stories are formed and kept: as a worker started afresh finds it. */
async function keptLibrary(name: string): Promise<Library> {
  const lib = await open(name);
  await lib.add(INPUTS.slice(0, 3));
  await lib.fullIndex();
  await settled(lib);
  return open(name);
}

beforeAll(async () => {
  const lib = await open('card-part');
  await lib.add(INPUTS);
  whole = new IndexLookup(await lib.fullIndex());
  await settled(lib);
  // A worker started afresh: nothing folded, the stories as stored.
  cold = await open('card-part');
});

const libraryIds = () => new Set(whole.index.sources.filter((s) => s.id.startsWith('src-lib-')).map((s) => s.id));

describe("a card from its item's stories after a start", () => {
  it('is, for every name, quote and passage, the card the whole index gives (oracle), and no article is folded whole', async () => {
    const ids = everyItem(whole);
    expect(whole.index.stories.length).toBeGreaterThanOrEqual(3);
    for (const id of ids) {
      const part = await cold.cardIndex([id]);
      expect(part, id).toBeDefined();
      expect(cardFor(new IndexLookup(part!), id), id).toEqual(cardFor(whole, id));
    }
    expect((cold as unknown as { full?: unknown }).full).toBeUndefined();
  });

  it("reads the articles of the item's stories alone", async () => {
    const envoy = whole.index.entities.find((e) => e.name === 'Margarethe Vollenweider')!;
    const part = (await cold.cardIndex([envoy.id]))!;
    const read = part.sources.filter((s) => s.id.startsWith('src-lib-')).map((s) => s.id);
    const stories = new Set(envoy.mentions.map((m) => whole.storyOf.get(m.source)!));
    expect(read.sort()).toEqual([...stories].flatMap((s) => s.sources.filter((id) => id.startsWith('src-lib-'))).sort());
    expect(read.length).toBeLessThan(libraryIds().size);
  });

  it("on a saved article's page or a page of another story's passages, the card orders and marks its rows as the whole index does", async () => {
    const envoy = whole.index.entities.find((e) => e.name === 'Margarethe Vollenweider')!;
    expect(new Set(envoy.mentions.map((m) => whole.storyOf.get(m.source)!.id)).size).toBe(2);
    const dam = whole.index.sentences.find((s) => s.text.includes('spillway'))!.id;
    const wireCopy = [...libraryIds()].find((id) => whole.sources.get(id)!.url === WIRE_URL)!;
    const wireSentences = whole.sentencesOf(wireCopy).map((s) => s.id);
    const cases: { item: string; url: string; items: string[]; source?: string }[] = [
      { item: 'person:xi-jinping', url: WIRE_URL, items: [], source: wireCopy },
      { item: envoy.id, url: 'https://elsewhere.example/dam', items: [dam] },
      // Most of the page's passages are of the sample's story: no story of the envoy's comes first.
      { item: envoy.id, url: 'https://elsewhere.example/talks', items: [dam, wireSentences[0], wireSentences[2]] },
      { item: envoy.id, url: 'https://elsewhere.example/sample', items: [dam, seedIndexes().full.alignments[0].id, seedIndexes().full.alignments[1].id] },
    ];
    for (const { item, url, items, source } of cases) {
      const part = new IndexLookup((await cold.cardIndex([item], items, source))!);
      const card = (lookup: IndexLookup) => cardFor(lookup, item, undefined, storyOfPage(lookup, url, items), sourceOfPage(lookup, url));
      expect(card(part), url).toEqual(card(whole));
    }
  });

  it('after a change of articles, reads the stories as kept and the articles changed: the card the whole index gives once they are formed again (oracle)', async () => {
    const name = 'card-part-change';
    const change = async (lib: Library) => {
      await lib.add([FINED]);
      // One article of the sample's story, and the one article of its own story.
      const articles = await lib.allArticles();
      const nyt = articles.find((a) => a.url === 'https://news.example/nyt')!;
      const quantum = articles.find((a) => a.name === 'quantum.txt')!;
      await lib.remove([nyt.id, quantum.id]);
      return nyt.id;
    };
    const restarted = await keptLibrary(name);
    expect(await restarted.storiesKept()).toBe(true);
    // As a page's marks have it read ahead: through the change it is not read again, but noted in memory as in the store.
    restarted.prepareCards();
    await restarted.cardIndex(['person:xi-jinping']);
    const reading = vi.spyOn(Library.prototype as unknown as { readStoredStories(): unknown }, 'readStoredStories');
    const removed = await change(restarted);
    // What the background asks to know it should make the stories again (src/background/library.ts).
    expect(await restarted.storiesKept()).toBe(false);
    // The oracle: the same library, its whole index made.
    const same = await open('card-part-change-oracle');
    await same.add(INPUTS.slice(0, 3));
    expect(await change(same)).toBe(removed);
    const now = new IndexLookup(await same.fullIndex());
    const fined = now.index.sources.find((s) => s.title.startsWith('Harborview'))!;
    expect(now.storyOf.get(fined.id)!.sources).toEqual([fined.id]);
    expect(now.sources.has(removed)).toBe(false);
    const named = now.index.entities.filter((e) => e.mentions.some((m) => m.source === fined.id));
    expect(named.length).toBeGreaterThanOrEqual(2);
    const folding = vi.spyOn(Library.prototype as unknown as { readFolded(): unknown }, 'readFolded');
    for (const cold of [restarted, await open(name)]) {
      if (cold === restarted) {
        await cold.cardIndex(['person:xi-jinping']);
        expect(reading).not.toHaveBeenCalled();
      }
      for (const id of new Set([...everyItem(now), ...everyItem(whole)])) {
        const part = await cold.cardIndex([id]);
        const expected = cardFor(now, id);
        // An item that went with the removed article: the whole index says so.
        if (!expected) expect(part, id).toBeUndefined();
        else expect(cardFor(new IndexLookup(part!), id), id).toEqual(expected);
      }
    }
    expect(folding).not.toHaveBeenCalled();
  });

  it("an article written since, which the stories formed again place in a story, shows on its names' cards meanwhile as a story of its own", async () => {
    const restarted = await keptLibrary('card-part-joins');
    const { added } = await restarted.add([seedAsInput('pd', 'https://post.example/talks')]);
    const card = cardFor(new IndexLookup((await restarted.cardIndex(['person:xi-jinping']))!), 'person:xi-jinping');
    expect(card?.type).toBe('entity');
    const rows = card!.type === 'entity' ? card!.rows : [];
    const own = rows.find((r) => r.source.id === added[0].id);
    expect(own?.story?.id).toBe(`story:${added[0].id}`);
    // Formed again, it joins the sample's story.
    const now = new IndexLookup(await restarted.fullIndex());
    expect(now.storyOf.get(added[0].id)!.sources).toContain(seedIndexes().full.sources[0].id);
  });

  it('gives way to the whole index after a change of the corrections, until the stories are formed and kept again', async () => {
    const name = 'card-part-correction';
    const restarted = await keptLibrary(name);
    expect(await restarted.cardIndex(['person:xi-jinping'])).toBeDefined();
    const [story] = await restarted.storyListing();
    expect(await restarted.correctStories({ op: 'rename', story: story.id, title: 'Renamed' })).toEqual({ problems: [] });
    expect(await restarted.cardIndex(['person:xi-jinping'])).toBeUndefined();
    const afresh = await open(name);
    expect(await afresh.storiesKept()).toBe(false);
    expect(await afresh.cardIndex(['person:xi-jinping'])).toBeUndefined();
    await afresh.fullIndex();
    await settled(afresh);
    const kept = await open(name);
    expect(await kept.storiesKept()).toBe(true);
    expect(await kept.cardIndex(['person:xi-jinping'])).toBeDefined();
  });
});

describe('stories kept by a build before each entity’s stories were', () => {
  it('are taken as they are, and kept again with them: the next start reads a card’s stories alone', async () => {
    const name = 'card-part-older';
    await keptLibrary(name);
    const db = await openLibraryDb(name);
    const { entities: _, ...older } = (await readFormedStories(db))!;
    await writeStoryListing(db, (await readStoryListing(db))!, older);
    db.close();
    const restarted = await open(name);
    expect(await restarted.cardIndex(['person:xi-jinping'])).toBeUndefined();
    await restarted.fullIndex();
    await settled(restarted);
    expect(await (await open(name)).cardIndex(['person:xi-jinping'])).toBeDefined();
  });
});

describe('where an item stands, without the folded index', () => {
  it("an entity's stories are those whose articles name it or it wrote", () => {
    const assignment = {
      stories: [
        { id: 'story:a', sources: ['a1', 'a2'], related: [] },
        { id: 'story:b', sources: ['b1'], related: [] },
      ],
    };
    const mention = (source: string) => ({ source, sentence: `${source}:p0:s0`, start: 0, end: 1 });
    const map = entityStories(
      {
        entities: [
          { id: 'person:x', name: 'X', kind: 'person', aliases: [], mentions: [mention('a2'), mention('b1'), mention('a1')] },
          { id: 'person:author', name: 'A', kind: 'person', aliases: [], mentions: [], sources: [{ role: 'author', source: 'b1' }] },
          { id: 'place:nowhere', name: 'N', kind: 'place', aliases: [], mentions: [mention('elsewhere')] },
        ],
      },
      assignment,
    );
    expect(Object.fromEntries(map)).toEqual({ 'person:x': [0, 1], 'person:author': [1], 'place:nowhere': [] });
  });

  it("a saved article's quote and sentence name their article; the sample's quote and passage, the seeds that carry them", () => {
    const seeds = seedIndexes().full;
    const article = 'src-lib-0123456789abcdef';
    expect(sourcesOfItem(`quote:${article}:3`, seeds)).toEqual([article]);
    expect(sourcesOfItem(`${article}:p2:s1`, seeds)).toEqual([article]);
    const quote = seeds.quotes[0];
    expect(sourcesOfItem(quote.id, seeds)!.sort()).toEqual([...new Set(quote.carriers.map((c) => c.source))].sort());
    const alignment = seeds.alignments[0];
    expect(sourcesOfItem(alignment.id, seeds)!.sort()).toEqual(
      [...new Set(alignment.sentences.map((s) => seeds.sentences.find((x) => x.id === s)!.source))].sort(),
    );
    expect(sourcesOfItem('person:xi-jinping', seeds)).toBeUndefined();
    expect(sourcesOfItem('quote:src-lib-nothex:1', seeds)).toBeUndefined();
  });
});
