/**
 * Versions in an export: every earlier version of an article goes out after
 * it, a part at a time, and comes back into a fresh library the same (count,
 * texts, dates); an export from before versions still reads; a version entry
 * that does not fit is named and skipped, and nothing else is lost. Version 5
 * of the store stages an import's versions.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { exportArticleLine, exportHeadLine, exportVersionLine, readExportLine } from '../../src/contracts/library-export';
import { readArticle, type ArticleInput } from '../../src/library/article';
import { parseExportVersion, parseImportItem } from '../../src/library/exchange';
import { Library } from '../../src/library/service';
import { DB_VERSION, migrate, openLibraryDb, readStagedImport, readVersions } from '../../src/library/store';
import { damParagraphs, newStory, seedIndexes } from './fixtures';

let dbCount = 0;
const freshName = () => `test-versions-export-${++dbCount}`;
const open = (name = freshName()) => Library.open(seedIndexes().full, seedIndexes().spot, name);

const URL = 'https://news.example.com/2024/06/dam-inspection';

function page(negated: boolean, cracks = 'twelve'): string {
  const paragraphs = damParagraphs({ negated, cracks });
  return `<!doctype html><html lang="en"><head><title>Dam Inspection Report Released | Example News</title></head>
    <body><article><h1>Dam Inspection Report Released</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
}
const input = (html: string): ArticleInput => ({ name: 'Dam Inspection Report Released', text: html, format: 'html', url: URL });

/** A library with one article read three times (two earlier versions) and one never changed. */
async function libraryWithVersions(): Promise<{ lib: Library; id: string; name: string }> {
  const name = freshName();
  const lib = await open(name);
  await lib.add([input(page(true))]);
  await lib.add([input(page(false))]);
  const { added } = await lib.add([input(page(false, 'fourteen'))]);
  await lib.add([newStory()]);
  return { lib, id: added[0].id, name };
}

/** The file's lines as the library page writes them (`exportLibraryFile`), versions asked for `chars` at a time. */
async function exportLines(lib: Library, chars?: number): Promise<string[]> {
  const ids = await lib.articleIds();
  const counts = await lib.versionCounts();
  const lines = [
    exportHeadLine(
      ids.length,
      [...counts.values()].reduce((a, b) => a + b, 0),
    ),
  ];
  for (const id of ids) {
    const [entry] = await lib.exportEntries(new Set([id]));
    lines.push(exportArticleLine(entry));
    for (let from = counts.get(id) ? 1 : undefined; from !== undefined;) {
      const part = await lib.exportVersions(id, from, chars);
      lines.push(...part.versions.map(exportVersionLine));
      from = part.next;
    }
  }
  return lines.map((l) => l.trimEnd());
}

/** The lines' entries as the page sends them, in batches of `size`, staged and joined. */
async function importLines(lib: Library, lines: readonly string[], size: number) {
  const entries = lines.slice(1).flatMap((line, i) => {
    const read = readExportLine(line, i + 2);
    return 'article' in read ? [read.article] : 'articleVersion' in read ? [{ articleVersion: read.articleVersion }] : [];
  });
  await lib.beginImport('file-1', 'library.ndjson.gz', entries.length);
  for (let i = 0; i < entries.length; i += size) {
    // Through JSON, as a message would carry them.
    const batch = JSON.parse(JSON.stringify(entries.slice(i, i + size))) as unknown[];
    await lib.importBatch(
      'file-1',
      i,
      batch.map((e, j) => parseImportItem(e, i + j)),
    );
  }
  // Its problems are every batch's.
  return lib.finishImport('file-1', []);
}

async function storedVersions(name: string, id: string) {
  const db = await openLibraryDb(name);
  const versions = await readVersions(db, id);
  db.close();
  return versions;
}

describe('versions in an export', () => {
  it.each([
    ['in one part, one batch', undefined, 50],
    ['a version a part, batches of two (versions cross a batch)', 1, 2],
  ])('export → import into a fresh library gives the same versions: %s', async (_, chars, size) => {
    const { lib, id, name } = await libraryWithVersions();
    const lines = await exportLines(lib, chars);
    expect(lines.filter((l) => l.startsWith('{"articleVersion"'))).toHaveLength(2);
    expect(JSON.parse(lines[0])).toMatchObject({ articles: 2, versions: 2 });

    const freshName_ = freshName();
    const fresh = await open(freshName_);
    const result = await importLines(fresh, lines, size);
    expect(result.problems).toEqual([]);
    expect(result.added).toHaveLength(2);
    expect(await fresh.versions(id)).toEqual(await lib.versions(id));
    expect((await fresh.versions(id)).map((v) => v.n)).toEqual([1, 2, 3]);
    expect(await fresh.versionChanges(id, 1, 3)).toEqual(await lib.versionChanges(id, 1, 3));
    const [before, after] = [await storedVersions(name, id), await storedVersions(freshName_, id)];
    expect(after.map((v) => [v.n, v.readAt, v.parsed.body, v.parsed.sentences, v.parsed.source.title])).toEqual(
      before.map((v) => [v.n, v.readAt, v.parsed.body, v.parsed.sentences, v.parsed.source.title]),
    );
    // And out again: the same lines, to the byte, but for the head's time.
    expect((await exportLines(fresh)).slice(1)).toEqual(lines.slice(1));
    expect((await fresh.rows()).find((r) => r.id === id)?.versions).toBe(3);
  });

  it('reads an export from before versions: the articles, no versions', async () => {
    const fresh = await open();
    const lines = [
      '{"format":"sourcelight-library","version":2,"exportedAt":"2024-01-01T00:00:00.000Z","articles":2}',
      exportArticleLine({ ...input(page(true)), addedAt: '2024-01-01T00:00:00.000Z', origin: 'saved' }).trimEnd(),
      exportArticleLine(newStory()).trimEnd(),
    ];
    const result = await importLines(fresh, lines, 50);
    expect(result.problems).toEqual([]);
    expect(result.added).toHaveLength(2);
    expect(result.added.every((r) => r.versions === undefined)).toBe(true);
  });

  it('refuses a version entry that does not fit, with a line naming it, and keeps the article and its other versions', async () => {
    const { lib, id } = await libraryWithVersions();
    const lines = await exportLines(lib);
    const at = lines.findIndex((l) => l.startsWith('{"articleVersion"'));
    const spoilt = JSON.parse(lines[at]) as { articleVersion: { parsed: { sentences: { end: number }[] } } };
    spoilt.articleVersion.parsed.sentences[0].end = 10 ** 9;
    lines[at] = JSON.stringify(spoilt);

    const fresh = await open();
    const result = await importLines(fresh, lines, 50);
    expect(result.problems).toEqual([`entry ${at}, an earlier version (version 1): a sentence lies outside its text; skipped`]);
    expect(result.added).toHaveLength(2);
    // The version left is the file's second, now the first; the latest reading is the same.
    const versions = await fresh.versions(id);
    expect(versions.map((v) => v.n)).toEqual([1, 2]);
    expect(versions[0]).toEqual({ ...(await lib.versions(id))[1], n: 1 });
  });

  it('skips the versions of an article skipped, and says why an entry is no version', async () => {
    const { lib } = await libraryWithVersions();
    const lines = await exportLines(lib);
    const article = lines.findIndex((l) => l.startsWith('{"article"'));
    lines[article] = lines[article].replace('"format":"html"', '"format":"pdf"');
    const fresh = await open();
    const result = await importLines(fresh, lines, 1);
    expect(result.problems).toEqual([expect.stringMatching(/unknown format; skipped$/)]);
    expect(result.added.map((r) => r.title)).toEqual(['Quantum Accord Talks Stall in Geneva']);

    expect(parseExportVersion({ n: 0, readAt: '2024-01-01T00:00:00.000Z', parsed: {} }, 4)).toBe(
      'entry 5, an earlier version: its number is not a number; skipped',
    );
    expect(parseExportVersion({ n: 1, readAt: 'yesterday', parsed: {} }, 4)).toMatch(/the date it was read is not a date/);
    expect(parseExportVersion({ n: 1, readAt: '2024-01-01T00:00:00.000Z', parsed: { source: {}, body: 'x', sentences: [] } }, 4)).toMatch(
      /its file is not text/,
    );
  });

  it('keeps the versions the library has of an article it already holds, and says the file’s were left out', async () => {
    const { lib, id } = await libraryWithVersions();
    const lines = await exportLines(lib);
    const other = await open();
    await other.add([input(page(true))]);
    const result = await importLines(other, lines, 50);
    expect(result.problems).toEqual([
      'Dam Inspection Report Released: the library has this article already and keeps its own versions; the 2 earlier in the file were left out',
    ]);
    // Its own first reading, and the file's latest as a new version.
    expect((await other.versions(id)).map((v) => v.n)).toEqual([1, 2]);
  });
});

describe('library store, version 5', () => {
  it('opens a version 4 database with an import in progress intact, and a store for its versions', async () => {
    const name = freshName();
    const old = await openDB(name, 4, {
      upgrade(db, oldVersion, _new, tx) {
        migrate(db as never, tx as never, oldVersion, 4);
      },
    });
    const read = readArticle(newStory());
    if (!('article' in read)) throw new Error(read.problem);
    const progress = { key: 'file-1', name: 'x.ndjson.gz', done: 1, problems: [], startedAt: '2024-01-01T00:00:00.000Z' };
    await old.put('stagedArticles', read.article);
    await old.put('stagedOriginals', read.original);
    await old.put('state', progress, 'import');
    old.close();

    const db = await openLibraryDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(8);
    expect(db.objectStoreNames.contains('stagedVersions')).toBe(true);
    expect(await readStagedImport(db)).toEqual(progress);
    db.close();
    // The import resumes and ends with its article.
    const lib = await open(name);
    const end = await lib.finishImport('file-1', []);
    expect(end.added.map((r) => r.id)).toEqual([read.article.id]);
  });
});
