import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Library } from '../../src/library/service';
import { MAX_FORMED_BEHIND, openLibraryDb, readFormedStories, readStoryListing, writeStoryListing } from '../../src/library/store';
import { newStory, seedAsInput, seedIndexes } from './fixtures';

let dbCount = 0;
const freshName = () => `test-listing-${++dbCount}`;
const open = (name: string, build = '1.0.0') => Library.open(seedIndexes().full, seedIndexes().spot, name, build);
/** Waits for the queue of changes (where the listing is stored) to run dry. */
const settled = (lib: Library) => lib.remove([]);
const stored = async (name: string) => {
  const db = await openLibraryDb(name);
  const listing = await readStoryListing(db);
  db.close();
  return listing;
};

afterEach(() => vi.restoreAllMocks());

/** A library of one article whose stories are formed and kept, and its database opened to read them. */
async function withStoriesKept() {
  const name = freshName();
  const lib = await open(name);
  await lib.add([seedAsInput('pd')]);
  await lib.storyListing();
  await settled(lib);
  return { name, lib, db: await openLibraryDb(name) };
}

describe('the stories as the library page lists them, kept between worker lives', () => {
  it('a worker started afresh lists the stories it stored without making them again', async () => {
    const name = freshName();
    const lib = await open(name);
    await lib.add([newStory(), seedAsInput('pd')]);
    const made = await lib.storyListing();
    await settled(lib);
    expect((await stored(name))?.stories).toEqual(made);
    const forming = vi.spyOn(Library.prototype as unknown as { formStories(): Promise<unknown> }, 'formStories');
    const cold = await open(name);
    expect(await cold.storyListing()).toEqual(made);
    expect(forming).not.toHaveBeenCalled();
  });

  it('stories formed for a card are kept too: the next worker lists them without forming them', async () => {
    const name = freshName();
    const lib = await open(name);
    await lib.add([newStory(), seedAsInput('pd')]);
    const full = await lib.fullIndex();
    await settled(lib);
    const listed = full.stories.map((s) => s.id);
    expect((await stored(name))?.stories.map((s) => s.id)).toEqual(listed);
    const forming = vi.spyOn(Library.prototype as unknown as { formStories(): Promise<unknown> }, 'formStories');
    expect((await (await open(name)).storyListing()).map((s) => s.id)).toEqual(listed);
    expect(forming).not.toHaveBeenCalled();
  });

  it("a worker started afresh takes the stories formed for a card: the same cards' index, no article clustered again", async () => {
    const name = freshName();
    const lib = await open(name);
    await lib.add([newStory('a.txt'), seedAsInput('pd'), newStory('b.txt', 'Ingrid Solberg-Haugen'), seedAsInput('nyt')]);
    const full = await lib.fullIndex();
    await settled(lib);
    const db = await openLibraryDb(name);
    expect((await readFormedStories(db))?.stories).toEqual(full.stories);
    db.close();
    const clustering = vi.spyOn(Library.prototype as unknown as { clusterLibrary(): unknown }, 'clusterLibrary');
    expect(await (await open(name)).fullIndex()).toEqual(full);
    expect(clustering).not.toHaveBeenCalled();
  });

  it('stored stories that do not assign every article of the library are formed again', async () => {
    const name = freshName();
    const lib = await open(name);
    await lib.add([newStory('a.txt'), seedAsInput('pd'), newStory('b.txt', 'Ingrid Solberg-Haugen')]);
    const full = await lib.fullIndex();
    await settled(lib);
    const db = await openLibraryDb(name);
    const listing = (await readStoryListing(db))!;
    const formed = (await readFormedStories(db))!;
    const [first, ...rest] = formed.assignment.stories;
    // As if written by another hand: one article left out of every story.
    await writeStoryListing(db, listing, { ...formed, assignment: { stories: [{ ...first, sources: first.sources.slice(1) }, ...rest] } });
    db.close();
    const clustering = vi.spyOn(Library.prototype as unknown as { clusterLibrary(): unknown }, 'clusterLibrary');
    expect(await (await open(name)).fullIndex()).toEqual(full);
    expect(clustering).toHaveBeenCalledOnce();
  });

  it('a change deletes the list and notes its articles beside the stories as formed: the next start makes the stories again, the new article in one', async () => {
    const { name, lib, db } = await withStoriesKept();
    expect((await readFormedStories(db))?.changedSince).toBeUndefined();
    const { added } = await lib.add([newStory()]);
    expect(await stored(name)).toBeUndefined();
    expect((await readFormedStories(db))?.changedSince).toEqual([added[0].id]);
    const cold = await open(name);
    const clustering = vi.spyOn(Library.prototype as unknown as { clusterLibrary(): unknown }, 'clusterLibrary');
    const stories = await cold.storyListing();
    expect(clustering).toHaveBeenCalledOnce();
    clustering.mockRestore();
    expect(stories.some((s) => s.sources.includes(added[0].id))).toBe(true);
    // Formed again and kept: nothing noted any more.
    await settled(cold);
    expect((await readFormedStories(db))?.changedSince).toBeUndefined();
    expect(await stored(name)).toBeDefined();
    db.close();
  });

  it('the stories as formed go with a change of the sample shown, or of more articles than a card reads apart', async () => {
    const { lib, db } = await withStoriesKept();
    await lib.setShowSeeds(false);
    expect(await readFormedStories(db)).toBeUndefined();
    await lib.storyListing();
    await settled(lib);
    const many = Array.from({ length: MAX_FORMED_BEHIND + 1 }, (_, i) => newStory(`many-${i}.txt`, `Envoy Number${String.fromCharCode(65 + (i % 26))}${i}`));
    await lib.add(many.slice(0, MAX_FORMED_BEHIND));
    expect((await readFormedStories(db))?.changedSince).toHaveLength(MAX_FORMED_BEHIND);
    await lib.add(many.slice(MAX_FORMED_BEHIND));
    expect(await readFormedStories(db)).toBeUndefined();
    db.close();
  });

  it('a correction deletes it too: a renamed story shows its new title after a restart', async () => {
    const name = freshName();
    const lib = await open(name);
    await lib.add([newStory()]);
    const [quantum] = (await lib.storyListing()).filter((s) => s.sources.some((id) => id.startsWith('src-lib-')));
    await settled(lib);
    expect(await lib.correctStories({ op: 'rename', story: quantum.id, title: 'Quantum talks' })).toEqual({ problems: [] });
    const cold = await open(name);
    expect((await cold.storyListing()).find((s) => s.sources.join() === quantum.sources.join())?.title).toBe('Quantum talks');
  });

  it('the stories asked for by several at once are made once', async () => {
    const lib = await open(freshName());
    await lib.add([newStory(), seedAsInput('pd')]);
    const [a, b, listing] = await Promise.all([lib.fullIndex(), lib.fullIndex(), lib.storyListing()]);
    expect(a).toBe(b);
    expect(listing.map((s) => s.id)).toEqual(a.stories.map((s) => s.id));
  });

  it('a listing stored by another build is not used', async () => {
    const name = freshName();
    const lib = await open(name, '1.0.0');
    await lib.add([newStory()]);
    await lib.storyListing();
    await settled(lib);
    // Private: the stories formed again, not read as stored.
    const forming = vi.spyOn(Library.prototype as unknown as { formStories(): Promise<unknown> }, 'formStories');
    await (await open(name, '1.0.1')).storyListing();
    expect(forming).toHaveBeenCalled();
  });

  it.each([3, 40])('the newest %i rows are the last of the whole list, read without it; the sample fills a short library', async (n) => {
    const lib = await open(freshName());
    await lib.add([newStory('a.txt'), newStory('b.txt', 'Ottoline Brackenridge')]);
    await lib.add([newStory('c.txt', 'Perpetua Quackenbush'), seedAsInput('pd')]);
    const all = await lib.rows();
    const { rows, total } = await lib.newestRows(n);
    const saved = all.filter((r) => !r.sample);
    expect(total).toBe(saved.length);
    const sample = all.filter((r) => r.sample);
    expect(rows).toEqual([...sample.slice(0, Math.max(0, n - saved.length)), ...saved.slice(-n)]);
  });
});
