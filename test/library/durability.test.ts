import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Library, staleBatch } from '../../src/library/service';
import { articleId, READER_VERSION, readArticle } from '../../src/library/article';
import {
  DB_VERSION,
  migrate,
  openLibraryDb,
  readArticles,
  readIdAtUrl,
  readOriginal,
  readStagedImport,
  readStaleIds,
  readStoryCorrections,
} from '../../src/library/store';
import { MAX_STORED_CORRECTIONS, parseExportCorrections } from '../../src/library/exchange';
import { newStory, seedIndexes } from './fixtures';

let dbCount = 0;
const freshName = () => `test-durability-${++dbCount}`;
const open = (name = freshName()) => Library.open(seedIndexes().full, seedIndexes().spot, name);
const ownRows = async (lib: Library) => (await lib.rows()).filter((r) => !r.sample);

afterEach(() => vi.restoreAllMocks());

describe('hostile and unlucky input', () => {
  it('one input that throws while read is named and skipped; the others are added', async () => {
    const lib = await open();
    const broken = { name: 'broken.html', text: 12345 as unknown as string, format: 'html' as const };
    const { added, problems } = await lib.add([newStory('a.txt', 'Margarethe Vollenweider'), broken, newStory('b.txt', 'Hildegard Brauchli')]);
    expect(added.map((r) => r.name)).toEqual(['a.txt', 'b.txt']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^broken\.html: could not be read/);
  });

  it('the same article twice in one import is kept once', async () => {
    const lib = await open();
    const { added, problems } = await lib.importEntries([newStory(), newStory(), newStory('other.txt', 'Hildegard Brauchli')], []);
    expect(added.map((r) => r.name).sort()).toEqual(['other.txt', 'quantum.txt']);
    expect(problems).toEqual(['quantum.txt: the same article as another in this batch; kept once']);
    const full = await lib.fullIndex();
    expect(full.sources.filter((s) => s.file === 'quantum.txt')).toHaveLength(1);
    expect(new Set(lib.spotIndex.passages.map((p) => p.id)).size).toBe(lib.spotIndex.passages.length);
  });

  it('an imported address never takes the id of a file of the same name', () => {
    expect(articleId({ name: 'x', url: 'file:x' })).not.toBe(articleId({ name: 'x' }));
    expect(articleId({ name: '///x', url: undefined })).not.toBe(articleId({ name: 'y', url: 'file:///x' }));
  });

  it('a file named like an address and that address are two articles', async () => {
    const lib = await open();
    await lib.add([{ ...newStory('x'), name: 'x' }]);
    await lib.add([{ ...newStory('x', 'Hildegard Brauchli'), url: 'file:x' }]);
    expect((await ownRows(lib)).length).toBe(2);
  });

  it('an import is all or nothing: a failed write of its corrections leaves no article either, and says so', async () => {
    const lib = await open();
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (key === 'corrections') throw new DOMException('full', 'QuotaExceededError');
      return put.call(this, value, key);
    });
    await expect(lib.importEntries([newStory()], [{ op: 'rename', story: 'x', title: 'T' }])).rejects.toThrow(/no more room/);
    vi.restoreAllMocks();
    expect(await ownRows(lib)).toEqual([]);
    expect(await readStoryCorrections((lib as unknown as { db: never }).db)).toEqual([]);
    const again = await open((lib as unknown as { db: { name: string } }).db.name);
    expect(await ownRows(again)).toEqual([]);
  });

  it('says when what it made could not be kept (a full disk), until the next change', async () => {
    const lib = await open();
    await lib.add([newStory()]);
    const put = IDBObjectStore.prototype.put;
    const full = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (key === 'stories' || key === 'search') throw new DOMException('full', 'QuotaExceededError');
      return put.call(this, value, key);
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await lib.fullIndex();
    expect(await lib.madeKept()).toBe(false);
    full.mockRestore();
    await lib.add([newStory('b.txt', 'Hildegard Brauchli')]);
    expect(await lib.madeKept()).toBe(true);
    await lib.fullIndex();
    await lib.keepSearchIndex();
    expect(await lib.madeKept()).toBe(true);
    // The search index alone refused (a library that has none stored).
    const other = await open();
    await other.add([newStory('c.txt', 'Leopold Wintergreen')]);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (key === 'search') throw new DOMException('full', 'QuotaExceededError');
      return put.call(this, value, key);
    });
    await other.keepSearchIndex();
    expect(await other.madeKept()).toBe(false);
    expect(warn).toHaveBeenCalled();
  });

  it('Read again cannot bring back an article removed at the same moment', async () => {
    const lib = await open();
    const [row] = (await lib.add([newStory()])).added;
    const [reread] = await Promise.all([lib.reread(row.id), lib.remove([row.id])]);
    expect(await ownRows(lib)).toEqual([]);
    expect(reread.problems).toEqual([]);
    // Removed first, read again after: nothing to read.
    const second = await open();
    const [r2] = (await second.add([newStory()])).added;
    const [, again] = await Promise.all([second.remove([r2.id]), second.reread(r2.id)]);
    expect(again.problems).toEqual([`${r2.id}: no such article`]);
    expect(await ownRows(second)).toEqual([]);
  });

  it('imported corrections are capped in count and length, their problems listed once and briefly', () => {
    const many = Array.from({ length: MAX_STORED_CORRECTIONS + 10 }, (_, i) => ({ op: 'rename', story: `s${i}`, title: 'T' }));
    const capped = parseExportCorrections(many);
    expect(capped.corrections).toHaveLength(MAX_STORED_CORRECTIONS);
    expect(capped.problems).toEqual([`story corrections: 10 beyond the ${MAX_STORED_CORRECTIONS} the library keeps; skipped`]);
    const long = parseExportCorrections([
      { op: 'rename', story: 's', title: 'x'.repeat(10_000) },
      { op: 'move', source: 'a', to: 'b' },
    ]);
    expect(long.corrections).toEqual([{ op: 'move', source: 'a', to: 'b' }]);
    const bad = parseExportCorrections(Array.from({ length: 100 }, () => ({ op: 'explode' })));
    expect(bad.problems.length).toBeLessThanOrEqual(6);
    expect(bad.problems.at(-1)).toMatch(/95 more/);
  });

  it('the library keeps at most so many corrections: more are refused in one line', async () => {
    const lib = await open();
    const many = Array.from({ length: MAX_STORED_CORRECTIONS + 3 }, (_, i) => ({ op: 'rename' as const, story: `s${i}`, title: 'T' }));
    const { problems } = await lib.addStoryCorrections(many);
    expect(problems).toEqual([`story corrections: 3 beyond the ${MAX_STORED_CORRECTIONS} the library keeps; skipped`]);
    expect(await lib.storyCorrections()).toHaveLength(MAX_STORED_CORRECTIONS);
  });
});

describe('how each article came in, and which reader wrote it', () => {
  it('records saved, imported or captured, kept across an update, listed on its row', async () => {
    const lib = await open();
    await lib.add([
      newStory('a.txt'),
      { ...newStory('b.txt', 'Hildegard Brauchli'), url: 'https://news.example/b' },
      { ...newStory('c.txt', 'Ottilie Kunz'), origin: 'captured' },
    ]);
    const origins = async () => Object.fromEntries((await ownRows(lib)).map((r) => [r.name, r.origin]));
    expect(await origins()).toEqual({ 'a.txt': 'imported', 'b.txt': 'saved', 'c.txt': 'captured' });
    await lib.add([{ ...newStory('c.txt', 'Ottilie Kunz'), origin: 'saved' }]);
    expect((await origins())['c.txt']).toBe('captured');
    expect((await lib.allArticles()).every((a) => a.readerVersion === READER_VERSION)).toBe(true);
  });

  it.each([1, 2, 3])('version 4 marks how each stored article came in and that an older reader wrote it (from version %i, step by step)', async (from) => {
    const name = freshName();
    const old = await openDB(name, from, { upgrade: (db, was, _to, tx) => migrate(db as never, tx as never, was, from) });
    const read = readArticle({ ...newStory(), url: 'https://news.example/q' });
    if (!('article' in read)) throw new Error(read.problem);
    const { origin: _o, readerVersion: _v, ...before } = read.article;
    // Version 1 kept the text in the article's record; 2 and 3 in `originals`.
    if (from === 1) await old.put('articles', { ...before, text: read.original.text } as never);
    else {
      await old.put('articles', before);
      await old.put('originals', read.original);
    }
    old.close();
    const db = await openLibraryDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(8);
    expect((await readArticles(db)).map((a) => [a.origin, a.readerVersion])).toEqual([['saved', 1]]);
    expect(await readArticles(db)).toEqual([{ ...before, origin: 'saved', readerVersion: 1 }]);
    expect(await readOriginal(db, read.article.id)).toEqual(read.original);
    expect(await readIdAtUrl(db, 'https://news.example/q')).toBe(read.article.id);
    // Version 7: found stale by its reader version, from the index.
    expect(db.transaction('articles').store.indexNames.contains('readerVersion')).toBe(true);
    expect(await readStaleIds(db, READER_VERSION)).toEqual([read.article.id]);
    db.close();
  });

  it('records of an older reader are read again from their originals, a few at a time, and an article the reader now refuses keeps its record', async () => {
    const name = freshName();
    const lib = await open(name);
    await lib.add([newStory('a.txt'), newStory('b.txt', 'Hildegard Brauchli'), newStory('c.txt', 'Ottilie Kunz')]);
    const db = (lib as unknown as { db: Awaited<ReturnType<typeof openLibraryDb>> }).db;
    for (const a of await readArticles(db))
      await db.put('articles', { ...a, readerVersion: 1, parsed: { ...a.parsed, source: { ...a.parsed.source, title: 'Stale title' } } });
    const cold = await open(name);
    expect((await cold.staleIds()).length).toBe(3);
    expect(await cold.rereadStale(2)).toMatchObject({ read: 2, left: 1 });
    expect(await cold.rereadStale(2)).toMatchObject({ read: 1, left: 0 });
    expect(await cold.rereadStale(2)).toMatchObject({ read: 0, left: 0 });
    expect((await ownRows(cold)).map((r) => r.title)).toEqual(Array(3).fill('Quantum Accord Talks Stall in Geneva'));
    expect((await readArticles(db)).every((a) => a.readerVersion === READER_VERSION)).toBe(true);
  });

  it('a worker started afresh finds which records are stale from an index, reading and folding none', async () => {
    const name = freshName();
    const lib = await open(name);
    const { added } = await lib.add([newStory('a.txt'), newStory('b.txt', 'Hildegard Brauchli')]);
    const db = (lib as unknown as { db: Awaited<ReturnType<typeof openLibraryDb>> }).db;
    await db.put('articles', { ...(await db.get('articles', added[1].id))!, readerVersion: READER_VERSION + 1 });
    // Private: reading and folding every record, what a start must not do to learn there is nothing to read again.
    const folding = vi.spyOn(Library.prototype as unknown as { readFolded(): Promise<unknown> }, 'readFolded');
    const cold = await open(name);
    expect(await cold.staleIds()).toEqual([added[1].id]);
    expect(folding).not.toHaveBeenCalled();
  });
});

it.each([
  [0, 25],
  [25, 25],
  [1000, 25],
  [1001, 26],
  [10_000, 250],
])('%i stale records are read again %i a change: at most 40 changes, each folding every record again', (stale, batch) => {
  expect(staleBatch(stale)).toBe(batch);
  expect(Math.ceil(stale / staleBatch(stale))).toBeLessThanOrEqual(40);
});

describe('an import in parts', () => {
  it('is staged batch by batch and joins the library in one change at its end', async () => {
    const lib = await open();
    expect(await lib.beginImport('file-1', 'export.ndjson.gz', 3)).toEqual({ resumeFrom: 0 });
    expect(await lib.importBatch('file-1', 0, [{ input: newStory('a.txt') }])).toMatchObject({ done: 1 });
    expect(await lib.importBatch('file-1', 1, [{ input: newStory('b.txt', 'Hildegard Brauchli') }, { input: newStory('a.txt') }])).toMatchObject({ done: 3 });
    expect(await ownRows(lib)).toEqual([]);
    const { added } = await lib.finishImport('file-1', [{ op: 'rename', story: 'src-x', title: 'T' }]);
    expect(added.map((r) => r.name).sort()).toEqual(['a.txt', 'b.txt']);
    expect((await ownRows(lib)).length).toBe(2);
    expect(await lib.storyCorrections()).toHaveLength(1);
    expect(await lib.stagedImport()).toBeUndefined();
    const db = (lib as unknown as { db: Awaited<ReturnType<typeof openLibraryDb>> }).db;
    for (const r of await ownRows(lib)) expect((await readOriginal(db, r.id))?.text).toContain('GENEVA');
  });

  it('cut short, is resumed from where it stopped when the same file is chosen again, or rolled back for another', async () => {
    const name = freshName();
    const lib = await open(name);
    await lib.beginImport('file-1', 'export.ndjson.gz');
    await lib.importBatch('file-1', 0, [{ input: newStory('a.txt') }]);
    // The browser is killed here: a new background opens the same library.
    const cold = await open(name);
    expect(await ownRows(cold)).toEqual([]);
    expect(await cold.stagedImport()).toMatchObject({ name: 'export.ndjson.gz', done: 1 });
    expect(await cold.beginImport('file-1', 'export.ndjson.gz')).toEqual({ resumeFrom: 1 });
    // A batch sent again (the page did not hear the reply) is not read twice.
    expect(await cold.importBatch('file-1', 0, [{ input: newStory('a.txt') }])).toMatchObject({ done: 1 });
    await expect(cold.importBatch('file-1', 2, [{ input: newStory('c.txt') }])).rejects.toThrow(/missing \(entries 2 to 2\)/);
    await cold.importBatch('file-1', 1, [{ input: newStory('b.txt', 'Hildegard Brauchli') }]);
    expect(await cold.beginImport('file-2', 'other.ndjson.gz')).toEqual({ resumeFrom: 0, rolledBack: 'export.ndjson.gz' });
    await cold.finishImport('file-2', []);
    expect(await ownRows(cold)).toEqual([]);
    const db = (cold as unknown as { db: Awaited<ReturnType<typeof openLibraryDb>> }).db;
    expect(await readStagedImport(db)).toBeUndefined();
    expect(await db.count('stagedOriginals')).toBe(0);
  });

  it('cancelled, leaves the library as it was', async () => {
    const lib = await open();
    await lib.add([newStory('kept.txt')]);
    await lib.beginImport('file-1', 'x');
    await lib.importBatch('file-1', 0, [{ input: newStory('kept.txt', 'Hildegard Brauchli') }]);
    await lib.abortImport();
    expect((await lib.fullIndex()).entities.some((e) => e.name === 'Hildegard Brauchli')).toBe(false);
    await expect(lib.finishImport('file-1', [])).rejects.toThrow(/no longer in progress/);
  });
});
