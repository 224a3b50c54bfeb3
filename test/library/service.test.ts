import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/library/service';
import { openLibraryDb, type IndexStamp, type LibraryDb } from '../../src/library/store';
import { FLAT_SPOT_FORMAT, flattenSpotIndex, packSpotIndex } from '../../src/contracts/spot-pack';
import type { SpotIndex } from '../../src/contracts/schema';
import { createMatcher } from '../../src/spot/matcher';
import { withoutOwnPassages } from '../../src/spot/relevance';
import { savedPageSourceId } from '../../src/library/article';
import { seedFiles } from '../seeds';
import { newStory, plainSpot, seedAsInput, seedIndexes } from './fixtures';

let dbCount = 0;
const open = (name = `test-service-${++dbCount}`) => Library.open(seedIndexes().full, seedIndexes().spot, name);
const aliasTexts = (lib: Library) => lib.spotIndex.aliases.map((a) => a.text);

describe('library service', () => {
  it('an empty library answers with the seeds alone, and lists the sample story', async () => {
    const lib = await open();
    expect(lib.spotIndex).toBe(seedIndexes().spot);
    const rows = await lib.rows();
    expect(rows.length).toBe(seedIndexes().full.sources.length);
    expect(rows.every((r) => r.sample)).toBe(true);
  });

  it('adding an article puts its names in the spot index and its source in the full index', async () => {
    const lib = await open();
    const { added, problems } = await lib.add([newStory()]);
    expect(problems).toEqual([]);
    expect(added.map((r) => r.title)).toEqual(['Quantum Accord Talks Stall in Geneva']);
    expect(aliasTexts(lib)).toContain('Margarethe Vollenweider');
    const full = await lib.fullIndex();
    expect(full.sources.length).toBe(seedIndexes().full.sources.length + 1);
    expect(full.entities.find((e) => e.name === 'Margarethe Vollenweider')?.mentions.length).toBeGreaterThan(1);
  });

  it('a saved web page is read with Readability: its headline, outlet and author, not its menus', async () => {
    const lib = await open();
    const story = newStory().text.split('\n').slice(4).filter(Boolean);
    const html = `<!doctype html><html lang="en"><head><title>Quantum Accord Talks Stall | Example News</title>
      <meta property="og:site_name" content="Example News"><meta name="author" content="Ana Ruiz"></head>
      <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Quantum Accord Talks Stall</h1>
      ${story.map((p) => `<p>${p}</p>`).join('')}</article><footer>Subscribe to our newsletter</footer></body></html>`;
    const { added, problems } = await lib.add([{ name: 'Quantum Accord Talks Stall', text: html, format: 'html', url: 'https://news.example.com/quantum' }]);
    expect(problems).toEqual([]);
    expect(added.map((r) => [r.title, r.outlet])).toEqual([['Quantum Accord Talks Stall', 'Example News']]);
    const source = (await lib.fullIndex()).sources.find((s) => s.url === 'https://news.example.com/quantum');
    expect(source?.authors).toEqual(['Ana Ruiz']);
    expect(aliasTexts(lib)).toContain('Margarethe Vollenweider');
  });

  it('a saved page that names no outlet and gives no address of its own takes its outlet from where it was saved', async () => {
    const lib = await open();
    const story = newStory().text.split('\n').slice(4).filter(Boolean);
    const html = `<!doctype html><html lang="en"><head><title>Quantum Accord Talks Stall</title></head>
      <body><article><h1>Quantum Accord Talks Stall</h1>${story.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const saved = await lib.add([{ name: 'Quantum Accord Talks Stall', text: html, format: 'html', url: 'https://www.harbour-ledger.example/quantum' }]);
    expect(saved.added.map((r) => r.outlet)).toEqual(['harbour-ledger.example']);
    const file = await lib.add([{ name: 'quantum.html', text: html, format: 'html' }]);
    expect(file.added.map((r) => r.outlet)).toEqual(['Unknown outlet']);
  });

  it('saved articles join the stories: a copy of a seed joins the seed story and is compared within it, a new story stands alone', async () => {
    const lib = await open();
    await lib.add([seedAsInput('nyt', 'https://example.com/nyt-copy'), newStory()]);
    const full = await lib.fullIndex();
    const copy = full.sources.find((s) => s.url === 'https://example.com/nyt-copy')!;
    const quantum = full.sources.find((s) => s.title === 'Quantum Accord Talks Stall in Geneva')!;
    const storyOf = (id: string) => full.stories.filter((st) => st.sources.includes(id));
    expect(storyOf(copy.id)).toHaveLength(1);
    expect(storyOf(copy.id)[0].sources).toEqual(expect.arrayContaining(seedIndexes().full.sources.map((s) => s.id)));
    expect(storyOf(quantum.id)[0].sources).toEqual([quantum.id]);
    // No alignment pairs sources of two stories.
    const story = new Map(full.stories.flatMap((st) => st.sources.map((id) => [id, st.id] as const)));
    const sourceOf = new Map(full.sentences.map((s) => [s.id, s.source]));
    for (const a of full.alignments) expect(new Set(a.sentences.map((id) => story.get(sourceOf.get(id)!))).size).toBe(1);
    expect(full.alignments.some((a) => a.sentences.some((id) => sourceOf.get(id) === copy.id))).toBe(true);
  });

  it('merges a name the seeds know: mentions from both, one entity', async () => {
    const lib = await open();
    await lib.add([seedAsInput('nyt', 'https://example.com/nyt')]);
    const full = await lib.fullIndex();
    const seedXi = seedIndexes().full.entities.find((e) => e.id === 'person:xi-jinping')!;
    const xi = full.entities.filter((e) => e.id === 'person:xi-jinping');
    expect(xi.length).toBe(1);
    expect(xi[0].mentions.length).toBeGreaterThan(seedXi.mentions.length);
  });

  it('saving the same URL again updates the article, never duplicates it', async () => {
    const lib = await open();
    const first = { ...newStory('page one'), url: 'https://news.example/a' };
    await lib.add([first]);
    const again = { ...newStory('page one, edited', 'Ingrid Solberg'), url: 'https://news.example/a' };
    await lib.add([again]);
    const saved = (await lib.rows()).filter((r) => !r.sample);
    expect(saved.length).toBe(1);
    expect(aliasTexts(lib)).toContain('Ingrid Solberg');
    expect(aliasTexts(lib)).not.toContain('Margarethe Vollenweider');
  });

  it('a page that is not an article is named and not saved', async () => {
    const lib = await open();
    const { added, problems } = await lib.add([{ name: 'Home', text: 'Home\nNews\nSport\nWeather', format: 'txt' }, newStory()]);
    expect(added.length).toBe(1);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Home: /);
  });

  it('a cold start reads the stored index instead of rebuilding it', async () => {
    const name = `test-service-cold-${++dbCount}`;
    const lib = await open(name);
    await lib.add([newStory()]);
    const again = await open(name);
    expect(plainSpot(again.spotIndex)).toEqual(plainSpot(lib.spotIndex));
    expect(aliasTexts(again)).toContain('Margarethe Vollenweider');
  });

  it('opened before its spot index, a library lists its newest rows at once; a change waits for the spot index and builds on it', async () => {
    const name = `test-service-before-spot-${++dbCount}`;
    const lib = await open(name);
    await lib.add([newStory()]);
    const cold = await Library.openBeforeSpot(seedIndexes().full, seedIndexes().spot, name);
    // Nothing of the stored index read yet: the seeds' stand in, and the list does not wait for it.
    expect(cold.spotIndex).toBe(seedIndexes().spot);
    expect((await cold.newestRows(5)).rows.map((r) => r.title)).toContain('Quantum Accord Talks Stall in Geneva');
    const adding = cold.add([seedAsInput('pd', 'https://en.people.cn/x')]);
    await cold.spotLoaded();
    expect(aliasTexts(cold)).toContain('Margarethe Vollenweider');
    await adding;
    // The change was queued behind the read: the first article's names are still there with the second's.
    expect(aliasTexts(cold)).toContain('Margarethe Vollenweider');
    expect(plainSpot((await open(name)).spotIndex)).toEqual(plainSpot(cold.spotIndex));
  });

  it('the matcher finds the same on the same texts with the cold-loaded index as with the fresh one', async () => {
    const name = `test-service-cold-match-${++dbCount}`;
    const lib = await open(name);
    await lib.add([newStory(), seedAsInput('pd', 'https://en.people.cn/x')]);
    const cold = await open(name);
    const texts = [newStory().text, ...seedFiles().map((f) => f.text)];
    const fresh = createMatcher(lib.spotIndex);
    const loaded = createMatcher(cold.spotIndex);
    const found = texts.map((t) => fresh.match(t));
    expect(texts.map((t) => loaded.match(t))).toEqual(found);
    expect(found.flat().map((m) => m.kind)).toEqual(expect.arrayContaining(['person', 'quote', 'passage']));
    expect(cold.spotIndex.passages[0].shingles).toBeInstanceOf(Int32Array);
  });

  it("on a saved article's own page its sentences are no reuse; on any other page they are", async () => {
    const url = 'https://news.example.com/quantum#top';
    const lib = await open();
    await lib.add([{ ...newStory(), url: 'https://news.example.com/quantum' }]);
    const matcher = createMatcher(lib.spotIndex);
    const found = matcher.match(newStory().text);
    const passages = (own: string | undefined) => withoutOwnPassages(found, own).filter((m) => m.kind === 'passage');
    expect(passages(savedPageSourceId('https://elsewhere.example/copy')).length).toBeGreaterThan(0);
    expect(passages(savedPageSourceId(url))).toEqual([]);
    expect(withoutOwnPassages(found, savedPageSourceId(url)).some((m) => m.kind === 'person')).toBe(true);
    expect(savedPageSourceId('about:blank')).toBeUndefined();
  });

  /** The first flat form: the passage ids and sizes inside the JSON head. */
  const firstFlatForm = (spot: SpotIndex) => {
    const flat = flattenSpotIndex(spot);
    const head = { ...JSON.parse(flat.head), passageIds: spot.passages.map((p) => p.id), passageSizes: spot.passages.map((p) => p.size) };
    return { stamp: 'flat-1', spot: { format: 'flat-1', head: JSON.stringify(head), ends: flat.ends, shingles: flat.shingles } };
  };

  it.each([
    ['the older packed form', (spot: SpotIndex) => ({ stamp: undefined, spot: packSpotIndex(spot) })],
    ['the first flat form', firstFlatForm],
  ])('a stored index in %s is rebuilt once, then stored in this form', async (_form, older) => {
    const name = `test-service-old-form-${++dbCount}`;
    const lib = await open(name);
    await lib.add([newStory()]);
    const db = await openLibraryDb(name);
    const { spotFormat: _, ...stamp } = (await db.get('state', 'stamp')) as { spotFormat?: string };
    const old = older(lib.spotIndex);
    await db.put('state', (old.stamp ? { ...stamp, spotFormat: old.stamp } : stamp) as never, 'stamp');
    await db.put('state', old.spot as never, 'spot');
    const again = await open(name);
    expect(plainSpot(again.spotIndex)).toEqual(plainSpot(lib.spotIndex));
    expect(((await db.get('state', 'spot')) as { format?: string }).format).toBe(FLAT_SPOT_FORMAT);
    expect(((await db.get('state', 'stamp')) as { spotFormat?: string }).spotFormat).toBe(FLAT_SPOT_FORMAT);
    db.close();
  });

  it('a cold start checks the stamp against the store after opening: agreeing, nothing is rebuilt', async () => {
    const name = `test-service-check-${++dbCount}`;
    const lib = await open(name);
    await lib.add([newStory()]);
    const again = await open(name);
    const loaded = again.spotIndex;
    expect(await again.checkStoredIndex()).toBe(false);
    expect(again.spotIndex).toBe(loaded);
  });

  it.each([
    [
      'an article the stamp does not name (written by something else)',
      async (db: LibraryDb) => {
        const stamp = (await db.get('state', 'stamp')) as IndexStamp;
        await db.put('state', { ...stamp, articleIds: [] }, 'stamp');
      },
      true,
    ],
    [
      'a stamp naming an article the store no longer holds',
      async (db: LibraryDb) => {
        for (const id of await db.getAllKeys('articles')) await db.delete('articles', id);
      },
      false,
    ],
  ])('a cold start with %s answers from the stored index, then rebuilds it', async (_case, spoil, vollenweiderAfter) => {
    const name = `test-service-check-${++dbCount}`;
    const lib = await open(name);
    await lib.add([newStory()]);
    const db = await openLibraryDb(name);
    await spoil(db);
    const again = await open(name);
    expect(aliasTexts(again).includes('Margarethe Vollenweider')).toBe(!vollenweiderAfter);
    expect(await again.checkStoredIndex()).toBe(true);
    expect(aliasTexts(again).includes('Margarethe Vollenweider')).toBe(vollenweiderAfter);
    expect((await again.rows()).some((r) => r.name === 'quantum.txt')).toBe(vollenweiderAfter);
    expect(await again.checkStoredIndex()).toBe(false);
    db.close();
  });

  it('a stored index that cannot be read is rebuilt, not trusted', async () => {
    const name = `test-service-spoilt-${++dbCount}`;
    const lib = await open(name);
    await lib.add([newStory()]);
    const db = await openLibraryDb(name);
    const spot = (await db.get('state', 'spot')) as { head: string };
    await db.put('state', { ...spot, head: '{' } as never, 'spot');
    const again = await open(name);
    expect(aliasTexts(again)).toContain('Margarethe Vollenweider');
    db.close();
  });

  it('after a cold start, adding an article keeps what the stored index held and adds the new one', async () => {
    const name = `test-service-cold-add-${++dbCount}`;
    const lib = await open(name);
    await lib.add([newStory()]);
    const again = await open(name);
    await again.add([{ ...newStory('b.txt', 'Ingrid Solberg'), url: 'https://b.example/2' }]);
    const everything = await open(`test-service-cold-add-${++dbCount}`);
    await everything.add([newStory(), { ...newStory('b.txt', 'Ingrid Solberg'), url: 'https://b.example/2' }]);
    expect(plainSpot(again.spotIndex)).toEqual(plainSpot(everything.spotIndex));
    expect((await again.rows()).filter((r) => !r.sample).map((r) => r.name)).toEqual(['quantum.txt', 'b.txt']);
  });

  it('reads an article again from its stored original', async () => {
    const lib = await open();
    const { added } = await lib.add([{ ...newStory(), url: 'https://q.example/1' }]);
    expect(await lib.reread(added[0].id)).toEqual({ problems: [] });
    expect((await lib.rows()).filter((r) => !r.sample)).toEqual(added);
    expect(await lib.reread('src-lib-0000000000000000')).toEqual({ problems: ['src-lib-0000000000000000: no such article'] });
  });

  it('removing an article takes its names out; hiding the sample story takes the seeds out', async () => {
    const lib = await open();
    const { added } = await lib.add([newStory()]);
    await lib.setShowSeeds(false);
    expect(aliasTexts(lib)).not.toContain('Xi Jinping');
    expect(aliasTexts(lib)).toContain('Margarethe Vollenweider');
    await lib.remove([added[0].id]);
    expect(aliasTexts(lib)).not.toContain('Margarethe Vollenweider');
    await lib.setShowSeeds(true);
    expect(aliasTexts(lib)).toContain('Xi Jinping');
  });

  it.each([
    ['quantum', 1],
    ['vollenweider', 1],
    ['cyberweapons', 0],
  ])('searches saved articles: "%s" finds %i', async (query, count) => {
    const lib = await open();
    await lib.add([newStory()]);
    expect((await lib.search(query)).length).toBe(count);
  });
});

describe('library service, changes at once', () => {
  it('two saves at once both land, in the store and in the index', async () => {
    const name = `test-service-race-${++dbCount}`;
    const lib = await open(name);
    await Promise.all([
      lib.add([{ ...newStory('a'), url: 'https://a.example/1' }]),
      lib.add([{ ...newStory('b', 'Ingrid Solberg'), url: 'https://b.example/2' }]),
    ]);
    expect(aliasTexts(lib)).toEqual(expect.arrayContaining(['Margarethe Vollenweider', 'Ingrid Solberg']));
    const again = await open(name);
    expect((await again.rows()).filter((r) => !r.sample).length).toBe(2);
    expect(aliasTexts(again)).toEqual(expect.arrayContaining(['Margarethe Vollenweider', 'Ingrid Solberg']));
  });
});

describe('library spot index, cut piece by piece', () => {
  it('holds what cutting the whole merged index at once holds', async () => {
    const { toSpotIndex } = await import('../../src/index/spot-index');
    const lib = await open();
    await lib.add([newStory(), seedAsInput('pd', 'https://en.people.cn/x')]);
    // Before stories: the library's passages are its sentences, each found alone.
    const full = await lib.fullIndex();
    const seeds = seedIndexes().full;
    const whole = toSpotIndex({ ...full, alignments: seeds.alignments, discrepancies: seeds.discrepancies, lineage: seeds.lineage, stories: seeds.stories });
    const pieces = lib.spotIndex;
    const key = (s: typeof whole) => ({
      aliases: s.aliases.map((a) => `${a.text}|${a.case}|${a.weak}|${s.entities[a.entity].id}`).sort(),
      quotes: s.quotes.map((q) => `${q.id}|${q.key}`).sort(),
      passages: s.passages.map((p) => `${p.id}|${p.size}|${p.shingles.join(',')}`).sort(),
    });
    expect(key(pieces)).toEqual(key(whole));
    expect(pieces.passages.length).toBeGreaterThan(seedIndexes().full.alignments.length);
  });
});
