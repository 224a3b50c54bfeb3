/**
 * Export and import at any size, and an import cut short by a killed browser.
 *
 * A library of 34 generated saved pages of 2 MB each (68 MiB of originals:
 * more than the 64 MiB one message may carry in Chromium) is imported, a story
 * renamed, one article read twice more from changed texts (two earlier
 * versions), exported through the library page's *Export library* (a gzipped
 * file of lines, written in parts) and imported into a fresh profile through
 * its file input: the rows, the stories, the corrections and every article as
 * read with its versions (a digest of the whole export, asked part by part)
 * are the same.
 * Then the same file is imported into another fresh profile and the browser
 * is killed halfway: restarted, the library is as before (nothing of the
 * import in it) and says the import was cut short; the same file chosen again
 * resumes it, and the library is complete.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { launchWithExtension, type BrowserName } from '../../src/demo/browsers';
import type { LibraryListReply } from '../../src/contracts/library-messages';
import { yearOfReading } from '../bench/library-corpus';
import { BROWSERS, waitFor } from './support';

const ARTICLES = 34;
const PAGE_BYTES = 2 * 1024 * 1024;
const api = `(globalThis.browser ?? globalThis.chrome)`;

/** The generated pages, each padded to 2 MB with a script of varied text (as a real page's bundle), written to `dir`. */
function writeLibrary(dir: string): string[] {
  return yearOfReading(ARTICLES).map((page, i) => {
    let padding = '';
    for (let k = 0; padding.length < PAGE_BYTES - page.html.length; k++) padding += `window.__b${i}_${k}=${(k * 2654435761) % 1000003};`;
    const path = join(dir, page.name);
    writeFileSync(path, page.html.replace('</head>', `<script>${padding}</script></head>`));
    return path;
  });
}

async function openLibraryPage(browser: Browser, origin: string, name: BrowserName): Promise<Page> {
  const page = await browser.newPage();
  const url = `${origin}/library.html`;
  if (name === 'firefox') void page.goto(url).catch(() => undefined);
  else await page.goto(url);
  await waitFor(page, `document.querySelector('main.library') !== null && document.readyState === 'complete'`);
  return page;
}

const list = (page: Page) => page.evaluate(`${api}.runtime.sendMessage({ type: 'library-list' })`) as Promise<LibraryListReply>;

/** What must be the same after the round trip: the rows, the stories, the corrections, and a digest of every article as exported. */
async function libraryState(page: Page): Promise<unknown> {
  const { rows, stories } = await list(page);
  const digest = await page.evaluate(`(async () => {
    const send = (m) => ${api}.runtime.sendMessage(m);
    const { ids, versions, storyCorrections } = await send({ type: 'library-export-ids' });
    const parts = [JSON.stringify(storyCorrections), String(versions)];
    for (let i = 0; i < ids.length; ) {
      const part = await send({ type: 'library-export-part', ids: ids.slice(i, i + 500) });
      const lines = [];
      for (const e of part.entries) {
        lines.push(JSON.stringify(e));
        for (let from = e.versions ? 1 : undefined; from !== undefined; ) {
          const got = await send({ type: 'library-export-versions', id: e.id, from });
          lines.push(...got.versions.map((v) => JSON.stringify(v)));
          from = got.next;
        }
      }
      parts.push(Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(lines.join('\\n'))))).join(','));
      i += Math.max(1, part.taken);
    }
    return parts;
  })()`);
  return { rows: rows.filter((r) => !r.sample), stories, digest };
}

const PROGRESS = `document.querySelector('[data-testid=import-progress]')?.textContent`;

/** The import's last word, once it has ended. */
async function importEnded(page: Page): Promise<string> {
  await waitFor(page, `${PROGRESS}?.includes('added from')`, 300_000);
  return (await page.evaluate(PROGRESS)) as string;
}

async function upload(page: Page, files: string[]): Promise<void> {
  const input = (await page.$(`input[type=file][data-testid=import-files]`)) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(...files);
}

/** The bytes of `file` gunzipped, counted as a stream. */
async function gunzippedBytes(file: string): Promise<number> {
  let n = 0;
  for await (const chunk of createReadStream(file).pipe(createGunzip())) n += (chunk as Buffer).length;
  return n;
}

/** The downloaded export, once the browser has finished writing it. */
async function waitForDownload(dir: string): Promise<string> {
  const file = join(dir, 'sourcelight-library.ndjson.gz');
  for (let i = 0; i < 600; i++) {
    const partial = readdirSync(dir).some((f) => /\.(crdownload|part)$/.test(f));
    if (existsSync(file) && !partial && statSync(file).size > 0) return file;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no export in ${dir}`);
}

describe.each(BROWSERS)('%s', (name: BrowserName) => {
  const root = mkdtempSync(join(tmpdir(), `sourcelight-${name}-big-`));
  const [pagesDir, downloads] = ['pages', 'downloads'].map((d) => join(root, d));
  mkdirSync(pagesDir);
  mkdirSync(downloads);
  const browsers: Browser[] = [];
  afterAll(async () => {
    for (const b of browsers) await b.close().catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
  });
  const launch = async (profileDir?: string) => {
    const launched = await launchWithExtension(name, { profileDir, firefoxPrefs: { 'browser.download.dir': downloads, 'browser.download.folderList': 2 } });
    browsers.push(launched.browser);
    const page = await openLibraryPage(launched.browser, launched.extensionOrigin, name);
    if (name === 'chromium') await (await page.createCDPSession()).send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    return { ...launched, page };
  };
  let before: unknown;
  let exported = '';

  it('exports a library of more than 64 MiB in parts and imports it into a fresh profile, the same after', async () => {
    const files = writeLibrary(pagesDir);
    const a = await launch();
    const t = Date.now();
    const stage = (what: string) => console.log(`${name}: ${what} at ${((Date.now() - t) / 1000).toFixed(1)} s`);
    await upload(a.page, files);
    expect(await importEnded(a.page)).toMatch(new RegExp(`^${ARTICLES} added from ${ARTICLES} of ${ARTICLES} files`));
    const { stories } = await list(a.page);
    const grouped = stories.find((s) => s.sources.some((id) => id.startsWith('src-lib-')));
    await a.page.evaluate(
      `${api}.runtime.sendMessage({ type: 'library-story', edit: { op: 'rename', story: '${grouped!.id}', title: 'Renamed by the reader' } })`,
    );
    // One article read again from two changed texts (small ones): two earlier versions, which the export must carry.
    const [first] = yearOfReading(ARTICLES);
    for (const word of ['Reworded once', 'Reworded twice']) {
      // The article's first paragraph (the byline and date are paragraphs with a class).
      const text = first.html.replace(/(<article[\s\S]*?<p>)/, `$1${word}, the editors changed this paragraph after it was first published. `);
      const reply = (await a.page.evaluate(
        `${api}.runtime.sendMessage({ type: 'library-add', files: [{ name: ${JSON.stringify(first.name)}, text: ${JSON.stringify(text)}, format: 'html' }] })`,
      )) as { problems: string[] };
      expect(reply.problems).toEqual([]);
    }
    expect((await list(a.page)).rows.find((r) => r.name === first.name)?.versions).toBe(3);
    stage('imported the pages');
    before = await libraryState(a.page);
    stage('read the state');
    await a.page.evaluate(`[...document.querySelectorAll('button')].find((b) => b.textContent === 'Export library').click()`);
    exported = await waitForDownload(downloads);
    stage('exported');
    expect(await gunzippedBytes(exported)).toBeGreaterThan(64 * 1024 * 1024);
    await a.browser.close();

    const b = await launch();
    await upload(b.page, [exported]);
    expect(await importEnded(b.page)).toMatch(new RegExp(`^${ARTICLES} added from 1 of 1 files`));
    stage('imported the export');
    expect(await libraryState(b.page)).toEqual(before);
    expect((await list(b.page)).stories.some((s) => s.title === 'Renamed by the reader')).toBe(true);
    await b.browser.close();
  }, 600_000);

  it('a browser killed during an import, restarted: the library as before, the import resumed to complete', async () => {
    const profile = join(root, 'profile');
    const c = await launch(profile);
    await upload(c.page, [exported]);
    // Killed once some batches are staged, before the import ends.
    await waitFor(c.page, `${api}.runtime.sendMessage({ type: 'library-list' }).then((l) => (l.pendingImport?.done ?? 0) >= 5)`, 120_000);
    c.browser.process()?.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 1000));

    const d = await launch(profile);
    const after = await list(d.page);
    expect(after.rows.filter((r) => !r.sample)).toEqual([]);
    // Its entries: the articles and the two earlier versions.
    expect(after.pendingImport).toMatchObject({ name: 'sourcelight-library.ndjson.gz', total: ARTICLES + 2 });
    await waitFor(d.page, `document.querySelector('[data-testid=pending-import]')?.textContent.includes('cut short')`);
    await upload(d.page, [exported]);
    await waitFor(d.page, `document.querySelector('[data-testid=import-progress]')?.textContent.includes('added from')`, 240_000);
    expect(await d.page.evaluate(`document.querySelector('[data-testid=import-progress]').textContent`)).toMatch(
      /Resumed an import of this file cut short, after \d+ articles/,
    );
    expect(await libraryState(d.page)).toEqual(before);
  }, 600_000);
});
