import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readArticle, type ArticleInput } from '../../src/library/article';
import { mergeLibrary } from '../../src/library/merge';
import { Library } from '../../src/library/service';
import { shareStrings } from '../../src/library/share-strings';
import { articleChunks, openLibraryDb, readArticles } from '../../src/library/store';
import { newStory, seedAsInput, seedIndexes } from './fixtures';

let dbCount = 0;
const freshName = () => `test-chunks-${++dbCount}`;
const stories = (n: number): ArticleInput[] =>
  Array.from({ length: n }, (_, i) => ({
    ...newStory(`story-${i}.txt`, i % 2 ? 'Margarethe Vollenweider' : 'Ingrid Solberg-Haugen'),
    addedAt: `2026-01-${String(10 + i).padStart(2, '0')}T00:00:00.000Z`,
  }));

describe('shareStrings', () => {
  it('leaves every value as it was: strings, numbers, nesting, typed arrays', () => {
    const value = { id: 'src-a', list: ['src-a', 'x', { id: 'src-a', n: 3, ok: true, none: null }], bytes: new Uint32Array([1, 2]), when: new Date(0) };
    const copy = structuredClone(value);
    const pool = new Map<string, string>();
    expect(shareStrings(value, pool)).toEqual(copy);
    expect(value.bytes).toBeInstanceOf(Uint32Array);
    expect(value.when).toBeInstanceOf(Date);
  });

  it('one pool serves several records: each distinct string is met once', () => {
    const pool = new Map<string, string>();
    shareStrings([{ source: 'src-a', name: 'Rice' }], pool);
    shareStrings([{ source: 'src-a', name: 'Xi' }], pool);
    expect([...pool.keys()].sort()).toEqual(['Rice', 'Xi', 'src-a']);
  });

  it('a stored article shared is still the same article', () => {
    const read = readArticle(seedAsInput('pd'));
    if (!('article' in read)) throw new Error(read.problem);
    const copy = structuredClone(read.article);
    expect(shareStrings(read.article, new Map())).toEqual(copy);
  });
});

describe('articles read a chunk at a time', () => {
  it('gives every article once, in the order added, in chunks of the size asked', async () => {
    const lib = await Library.open(seedIndexes().full, seedIndexes().spot, freshName());
    const name = `test-chunks-${dbCount}`;
    expect((await lib.add(stories(7))).problems).toEqual([]);
    const db = await openLibraryDb(name);
    const sizes: number[] = [];
    const ids: string[] = [];
    for await (const chunk of articleChunks(db, 3)) {
      sizes.push(chunk.length);
      ids.push(...chunk.map((a) => a.id));
    }
    expect(sizes).toEqual([3, 3, 1]);
    expect(ids).toEqual((await readArticles(db)).map((a) => a.id));
    db.close();
  });

  it('an article removed while the chunks are read is left out, not given as missing', async () => {
    const lib = await Library.open(seedIndexes().full, seedIndexes().spot, freshName());
    const name = `test-chunks-${dbCount}`;
    await lib.add(stories(4));
    const db = await openLibraryDb(name);
    const all = (await readArticles(db)).map((a) => a.id);
    const ids: string[] = [];
    // Chunks of one: the second is read (one ahead) while the first is in hand, the fourth is not yet.
    for await (const chunk of articleChunks(db, 1)) {
      ids.push(...chunk.map((a) => a.id));
      if (ids.length === 1) await lib.remove([all[3]]);
    }
    expect(ids).toEqual(all.slice(0, 3));
    db.close();
  });

  it('reads the ids it is given, in their order, leaving out one the store no longer holds', async () => {
    const lib = await Library.open(seedIndexes().full, seedIndexes().spot, freshName());
    const name = `test-chunks-${dbCount}`;
    await lib.add(stories(5));
    const db = await openLibraryDb(name);
    const all = (await readArticles(db)).map((a) => a.id);
    const given = [all[4], all[0], 'src-lib-gone', all[2]];
    const read: string[] = [];
    for await (const chunk of articleChunks(db, 2, given)) read.push(...chunk.map((a) => a.id));
    expect(read).toEqual([all[4], all[0], all[2]]);
    db.close();
  });

  it('a cold start folds the same index from chunks as from all the articles at once', async () => {
    const name = freshName();
    const first = await Library.open(seedIndexes().full, seedIndexes().spot, name);
    await first.add([...stories(5), seedAsInput('pd')]);
    const cold = await Library.open(seedIndexes().full, seedIndexes().spot, name);
    const db = await openLibraryDb(name);
    const whole = mergeLibrary(seedIndexes().full, await readArticles(db), true);
    db.close();
    const rows = await cold.rows();
    expect(rows.filter((r) => !r.sample).map((r) => r.id)).toEqual(whole.sources.slice(seedIndexes().full.sources.length).map((s) => s.id));
    const entities = (await cold.fullIndex()).entities.map((e) => [e.id, e.mentions.length]);
    expect(entities).toEqual(expect.arrayContaining(whole.entities.map((e) => [e.id, e.mentions.length])));
  });
});
