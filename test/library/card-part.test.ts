/**
 * A card after a worker start, made from the articles of its item's stories
 * alone (`Library.cardIndex`): for every name, quote and passage, the card
 * the whole library's index gives (a reference oracle), with no other article
 * read; and the whole index again whenever the stories stored are not the
 * library's as it is.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
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

let whole: IndexLookup;
let cold: Library;

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
    const ids = [
      ...whole.index.entities.map((e) => e.id),
      ...whole.index.quotes.map((q) => q.id),
      ...whole.index.sentences.filter((s) => s.source.startsWith('src-lib-')).map((s) => s.id),
      ...seedIndexes().full.alignments.map((a) => a.id),
    ];
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

  it('gives way to the whole index after a change, until the stories are formed and kept again', async () => {
    const lib = await open('card-part-change');
    await lib.add(INPUTS.slice(0, 3));
    await lib.fullIndex();
    await settled(lib);
    const restarted = await open('card-part-change');
    expect(await restarted.storiesKept()).toBe(true);
    expect(await restarted.cardIndex(['person:xi-jinping'])).toBeDefined();
    await restarted.add([newStory('later.txt', 'Ingrid Solberg-Haugen')]);
    // What the background asks to know it should make the stories again (src/background/library.ts).
    expect(await restarted.storiesKept()).toBe(false);
    expect(await restarted.cardIndex(['person:xi-jinping'])).toBeUndefined();
    const afresh = await open('card-part-change');
    expect(await afresh.storiesKept()).toBe(false);
    expect(await afresh.cardIndex(['person:xi-jinping'])).toBeUndefined();
    await afresh.fullIndex();
    await settled(afresh);
    const kept = await open('card-part-change');
    expect(await kept.storiesKept()).toBe(true);
    expect(await kept.cardIndex(['person:xi-jinping'])).toBeDefined();
  });
});

describe('stories kept by a build before each entity’s stories were', () => {
  it('are taken as they are, and kept again with them: the next start reads a card’s stories alone', async () => {
    const name = 'card-part-older';
    const lib = await open(name);
    await lib.add(INPUTS.slice(0, 3));
    await lib.fullIndex();
    await settled(lib);
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
