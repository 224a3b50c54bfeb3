/**
 * Cards and comparisons in a library of several stories speak of the item's
 * own stories: the same quotation in the story's other articles carries it,
 * the articles of other stories neither carry nor miss it, and a saved
 * article's sentence shows every version its story has of it.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { entityCard, passageCard, quoteCard } from '../../src/background/cards';
import { IndexLookup } from '../../src/background/index-lookup';
import { compareView } from '../../src/background/panel-views';
import { quoteAcrossStory } from '../../src/background/story-quotes';
import { Library } from '../../src/library/service';
import { SEED, seedId } from '../seeds';
import { newStory, seedAsInput, seedIndexes } from '../library/fixtures';

let library: IndexLookup;
let seedsAlone: IndexLookup;
/** The reader's copies of the wire report and the NYT article (they join the sample's story), and an article of a story of its own. */
let wireCopy: string;
let nytCopy: string;
let other: string;

beforeAll(async () => {
  seedsAlone = new IndexLookup(seedIndexes().full);
  const db = await Library.open(seedIndexes().full, seedIndexes().spot, 'item-stories');
  await db.add([seedAsInput('wire', 'https://wire.example/talks'), seedAsInput('nyt', 'https://news.example/nyt'), newStory()]);
  library = new IndexLookup(await db.fullIndex());
  const byFile = (name: string) => library.index.sources.find((s) => s.id.startsWith('src-lib-') && s.file === name)!.id;
  wireCopy = byFile(SEED.wire);
  nytCopy = byFile(SEED.nyt);
  other = byFile('quantum.txt');
});

describe('a quotation across its story', () => {
  it('is, for the sample alone, what the build found: the same carriers, sentences, words and ways (oracle)', () => {
    const partly = seedsAlone.index.quotes.filter((q) => q.carriers.length < seedsAlone.index.sources.length);
    expect(partly.length).toBeGreaterThan(3);
    for (const quote of seedsAlone.index.quotes) expect(quoteAcrossStory(seedsAlone, quote)).toEqual(quote);
  });

  it('a saved article’s quote is carried by the sample’s articles that have it, and its story’s other copy; the other story is not named', () => {
    const seedQuote = library.index.quotes.find((q) => !q.id.includes('src-lib-') && q.text.includes('probably be one of the biggest topics'))!;
    const own = library.index.quotes.find((q) => q.id.includes(wireCopy) && q.text === seedQuote.text)!;
    expect(own.carriers.map((c) => c.source)).toEqual([wireCopy]);
    const card = quoteCard(library, own.id)!;
    const carriers = card.carriers.map((c) => c.source.id);
    for (const c of seedQuote.carriers) expect(carriers).toContain(c.source);
    expect(carriers).toEqual(expect.arrayContaining([wireCopy, nytCopy]));
    expect(card.carriers.find((c) => c.source.id === wireCopy)?.status).toBe('verbatim');
    const named = [...carriers, ...card.missing.map((s) => s.id)];
    expect(named).not.toContain(other);
    expect(new Set(named).size).toBe(library.storyOf.get(wireCopy)!.sources.length);
  });

  it('the sample’s quote counts the reader’s copies among its carriers, and says which of its story lack it', () => {
    const seedQuote = library.index.quotes.find((q) => !q.id.includes('src-lib-') && q.text.includes('probably be one of the biggest topics'))!;
    const card = quoteCard(library, seedQuote.id)!;
    expect(card.carriers.map((c) => c.source.id)).toEqual(expect.arrayContaining([wireCopy, nytCopy, ...seedQuote.carriers.map((c) => c.source)]));
    expect(card.missing.map((s) => s.id)).not.toContain(other);
    const view = compareView(library, seedQuote.id)!;
    expect(view.sources.map((s) => s.id).sort()).toEqual([...library.storyOf.get(wireCopy)!.sources].sort());
    expect(view.notMentioned).not.toContain(other);
    for (const row of view.rows) expect(row.cells).toHaveLength(view.sources.length);
  });
});

describe('an entity and a passage in their stories', () => {
  it('a name of one story is named in 1 of 1 sources; one of the sample’s story, out of that story’s articles', () => {
    const envoy = library.index.entities.find((e) => e.name === 'Margarethe Vollenweider')!;
    const lone = entityCard(library, envoy.id)!;
    expect([lone.sourceCount, lone.totalSources]).toEqual([1, 1]);
    const xi = entityCard(library, 'person:xi-jinping')!;
    expect(xi.totalSources).toBe(library.storyOf.get(wireCopy)!.sources.length);
    expect(xi.rows.map((r) => r.source.id)).toEqual(expect.arrayContaining([wireCopy, nytCopy]));
    const view = compareView(library, 'person:xi-jinping')!;
    expect(view.sources.map((s) => s.id)).not.toContain(other);
    expect(view.notMentioned).not.toContain(other);
  });

  it('a saved article’s sentence (as its spot index names it) shows every version its story aligned with it', () => {
    const sentence = library.index.sentences.find((s) => s.source === wireCopy && library.alignmentOf.has(s.id))!;
    const aligned = library.alignmentOf.get(sentence.id)!.sentences;
    expect(aligned.length).toBeGreaterThan(2);
    const card = passageCard(library, sentence.id)!;
    expect(card.versions.map((v) => v.source.id)).toEqual(aligned.map((id) => library.sentences.get(id)!.source));
    expect(card.versions.map((v) => v.source.id)).toContain(seedId(SEED.wire));
    const view = compareView(library, sentence.id)!;
    expect(view.rows[0].cells.filter(Boolean).length).toBe(new Set(card.versions.map((v) => v.source.id)).size);
  });
});
