/**
 * Versions as the library keeps them: a database from before versions opens
 * with its articles and finds them by address; a page read again whose text
 * says something else keeps the earlier reading as a version, and one that
 * changed only around its article (white space, an "Updated" line) does not.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { readArticle, type ArticleInput } from '../../src/library/article';
import { Library } from '../../src/library/service';
import { DB_VERSION, migrate, openLibraryDb, readArticles, readIdAtUrl, readOriginal, readVersions } from '../../src/library/store';
import { damParagraphs, newStory, seedIndexes } from './fixtures';

let dbCount = 0;
const freshName = () => `test-versions-store-${++dbCount}`;
const open = (name: string) => Library.open(seedIndexes().full, seedIndexes().spot, name);

const URL = 'https://news.example.com/2024/06/dam-inspection';

/** A news page with an "Updated" line, a related link and an ad slot around its eight sentences. */
function page({ negated = true, updated = '3:02 PM', spacing = ' ' } = {}): string {
  const paragraphs = [
    ...damParagraphs({ negated }),
    'A spokesman for the governor declined to comment on the report.',
    'The dam was completed in 1962 and last repaired in 1998.',
  ];
  return `<!doctype html><html lang="en"><head><title>Dam Inspection Report Released | Example News</title>
    <meta property="og:site_name" content="Example News"><meta name="author" content="Ana Ruiz"></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Dam Inspection Report Released</h1><p class="timestamp">Updated at ${updated}</p>
    ${paragraphs.map((p) => `<p>${p.replaceAll(' ', spacing)}</p>`).join('\n')}
    </article><footer>Subscribe to our newsletter</footer></body></html>`;
}

const input = (html: string): ArticleInput => ({ name: 'Dam Inspection Report Released', text: html, format: 'html', url: URL });

/** A database as version `to` made it: only the steps up to it. */
const openAt = (name: string, to: number) =>
  openDB(name, to, {
    upgrade(db, oldVersion, _new, tx) {
      migrate(db as never, tx as never, oldVersion, to);
    },
  });

describe('library store, version 3', () => {
  it('opens a version 2 database with its article intact, a versions store, and the article found by its address', async () => {
    const name = freshName();
    const old = await openAt(name, 2);
    const read = readArticle(input(page()));
    if (!('article' in read)) throw new Error(read.problem);
    const withoutUrl = readArticle({ name: 'dam.html', text: page(), format: 'html' });
    if (!('article' in withoutUrl)) throw new Error(withoutUrl.problem);
    await old.put('articles', read.article);
    await old.put('originals', read.original);
    await old.put('articles', withoutUrl.article);
    expect(old.objectStoreNames.contains('versions')).toBe(false);
    old.close();

    const db = await openLibraryDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(8);
    expect([...db.objectStoreNames].sort()).toEqual([
      'articles',
      'comparisons',
      'originals',
      'rows',
      'searchChanges',
      'searchParts',
      'spotRuns',
      'stagedArticles',
      'stagedOriginals',
      'stagedVersions',
      'state',
      'versions',
    ]);
    expect((await readArticles(db)).map((a) => a.id).sort()).toEqual([read.article.id, withoutUrl.article.id].sort());
    expect((await db.get('articles', read.article.id))?.parsed.sentences.length).toBe(read.article.parsed.sentences.length);
    expect((await readOriginal(db, read.article.id))?.text).toBe(read.original.text);
    expect(await readIdAtUrl(db, URL)).toBe(read.article.id);
    expect(await readIdAtUrl(db, 'https://news.example.com/other')).toBeUndefined();
    expect(await readVersions(db, read.article.id)).toEqual([]);
    db.close();
  });
});

describe('library store, version 4', () => {
  it('opens a version 3 database with a stored version intact: the article marked as read by an older reader, its versions and address kept', async () => {
    const name = freshName();
    const old = await openAt(name, 3);
    const first = readArticle(input(page()));
    const second = readArticle(input(page({ negated: false })));
    if (!('article' in first)) throw new Error(first.problem);
    if (!('article' in second)) throw new Error(second.problem);
    // As version 3 wrote them: no origin, no reader version; the earlier reading in `versions`.
    const { origin: _o, readerVersion: _r, ...current } = { ...second.article, versions: 1, versionAt: '2024-06-03T10:00:00.000Z' };
    const version = { id: current.id, n: 1, readAt: first.article.addedAt, parsed: first.article.parsed };
    await old.put('articles', current);
    await old.put('originals', second.original);
    await old.put('versions', version);
    old.close();

    const db = await openLibraryDb(name);
    expect(db.version).toBe(DB_VERSION);
    const [stored] = await readArticles(db);
    expect(stored).toEqual({ ...current, origin: 'saved', readerVersion: 1 });
    expect(await readVersions(db, current.id)).toEqual([version]);
    expect(await readOriginal(db, current.id)).toEqual(second.original);
    expect(await readIdAtUrl(db, URL)).toBe(current.id);
    db.close();

    // The library lists both versions, and reading the stale record again keeps them.
    const lib = await open(name);
    expect((await lib.versions(current.id)).map((v) => v.n)).toEqual([1, 2]);
    expect(await lib.rereadStale(5)).toMatchObject({ read: 1, left: 0 });
    expect((await lib.versions(current.id)).map((v) => v.n)).toEqual([1, 2]);
    expect((await lib.rows()).find((r) => r.id === current.id)).toMatchObject({ versions: 2, origin: 'saved' });
  });
});

describe('library service: versions of a page', () => {
  it('keeps a changed page as a new version, skips a trivial change, and forgets the versions with the article', async () => {
    const name = freshName();
    const lib = await open(name);

    const first = await lib.add([input(page())]);
    expect(first.problems).toEqual([]);
    expect(first.added).toHaveLength(1);
    const { id, addedAt } = first.added[0];
    expect(first.added[0].versions).toBeUndefined();
    expect(await lib.idAtUrl(URL)).toBe(id);
    expect(await lib.versions(id)).toEqual([]);

    // The same address, its text changed: a dropped "not".
    const second = await lib.add([input(page({ negated: false, updated: '4:47 PM' }))], { skipUnchanged: true });
    expect(second.problems).toEqual([]);
    expect(second.added.map((r) => [r.id, r.versions, r.addedAt])).toEqual([[id, 2, addedAt]]);
    expect((await lib.rows()).filter((r) => !r.sample)).toHaveLength(1);

    const versions = await lib.versions(id);
    expect(versions.map((v) => v.n)).toEqual([1, 2]);
    expect(versions[0].readAt).toBe(addedAt);
    expect(versions[1].readAt >= versions[0].readAt).toBe(true);
    expect(versions.map((v) => v.title)).toEqual(['Dam Inspection Report Released', 'Dam Inspection Report Released']);

    const changes = await lib.versionChanges(id, 1, 2);
    expect(changes?.changed).toEqual([
      {
        before: 'Inspectors said the dam did not meet the safety standard set in 2019.',
        after: 'Inspectors said the dam did meet the safety standard set in 2019.',
      },
    ]);
    expect(changes?.added).toEqual([]);
    expect(changes?.removed).toEqual([]);
    expect(changes?.meaning.map((m) => m.kind)).toContain('negation');
    expect(await lib.versionChanges(id, 1, 3)).toBeUndefined();

    // Only white space and the "Updated" line changed (the intake leaves that line out of the body,
    // but the page's text differs from the one stored): nothing added, still two versions.
    const trivial = await lib.add([input(page({ negated: false, updated: '5:10 PM', spacing: '  \n ' }))], { skipUnchanged: true });
    expect(trivial).toEqual({ added: [], problems: [] });
    expect((await lib.versions(id)).map((v) => v.n)).toEqual([1, 2]);

    // Read again from its own text: no new version.
    expect(await lib.reread(id)).toEqual({ problems: [] });
    expect((await lib.versions(id)).map((v) => v.n)).toEqual([1, 2]);
    expect((await lib.rows()).find((r) => r.id === id)?.versions).toBe(2);

    // The versions survive a cold start.
    const reopened = await open(name);
    expect((await reopened.versions(id)).map((v) => v.readAt)).toEqual(versions.map((v) => v.readAt));

    await reopened.remove([id]);
    const db = await openLibraryDb(name);
    expect(await readVersions(db, id)).toEqual([]);
    expect(await readIdAtUrl(db, URL)).toBeUndefined();
    db.close();
    expect(await reopened.versions(id)).toEqual([]);
    expect(await reopened.idAtUrl(URL)).toBeUndefined();
  });

  it('without skipUnchanged, a trivial change updates the article and keeps its versions', async () => {
    const lib = await open(freshName());
    const { id } = (await lib.add([input(page())])).added[0];
    await lib.add([input(page({ negated: false }))]);
    const before = await lib.versions(id);
    const again = await lib.add([input(page({ negated: false, updated: '6:00 PM' }))]);
    expect(again.added.map((r) => [r.id, r.versions])).toEqual([[id, 2]]);
    expect(await lib.versions(id)).toEqual(before);
  });

  it('the same page text again with skipUnchanged adds nothing and makes no version', async () => {
    const lib = await open(freshName());
    const { id } = (await lib.add([input(page())])).added[0];
    expect(await lib.add([input(page())], { skipUnchanged: true })).toEqual({ added: [], problems: [] });
    expect(await lib.versions(id)).toEqual([]);
  });
});

describe('library service: one read of an article’s versions serves both questions', () => {
  it('answers the versions and their changes from one read, and reads again after a change', async () => {
    const name = freshName();
    const lib = await open(name);
    await lib.add([input(page())]);
    const { added } = await lib.add([input(page({ negated: false }))]);
    const id = added[0].id;
    const rows = await lib.versions(id);
    expect(rows.map((v) => v.n)).toEqual([1, 2]);

    // The earlier version taken away behind the library's back: the changes still come from the read the versions made.
    const db = await openLibraryDb(name);
    await db.delete('versions', [id, 1]);
    const changes = await lib.versionChanges(id, 1, 2);
    expect(changes?.changed).toEqual([
      {
        before: 'Inspectors said the dam did not meet the safety standard set in 2019.',
        after: 'Inspectors said the dam did meet the safety standard set in 2019.',
      },
    ]);

    // A change of the library drops what was read: the next answer is the store's.
    await lib.add([newStory()]);
    expect(await lib.versionChanges(id, 1, 2)).toBeUndefined();
    expect((await lib.versions(id)).map((v) => v.n)).toEqual([2]);
    db.close();
  });
});
