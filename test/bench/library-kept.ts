/**
 * `node --max-old-space-size=12000 --import tsx test/bench/library-kept.ts [articles] [--profile DIR]`
 * (build first): the library at sizes whose import takes half an hour
 * (10,000: about 25 minutes), measured on a Chromium profile kept between
 * runs. The first run imports the bench's saved-page corpus (as
 * `library-browser.ts` does, 20 a `library-add`) into the profile, resuming
 * from what it holds; every run then measures, each after a worker start:
 *
 * - the cards' index (`index-summary`: what the first card after a start
 *   waits for), twice: the second finds the comparisons the first kept;
 * - the worker's JS heap after GC with the cards' index loaded;
 * - the library page: navigation to its first line (the newest rows) and to
 *   the whole list with its filters, three openings;
 * - a search's round trip (the stored search index loaded on the first).
 *
 * Figures go to bench-results/library-kept-<n>.json with the commit.
 * The profile's cached service worker is deleted before each launch, so the
 * build under test runs (Chromium keeps the worker it registered while the
 * extension's version stays the same).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchWithExtension } from '../../src/demo/browsers';
import { argValue, commit } from './report';
import { syntheticCorpus } from './index-build';
import { asSavedPage } from './library';

const ROOT = resolve(import.meta.dirname, '../..');

// In the extension page the functions below are evaluated in.
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

interface KeptFigures {
  articles: number;
  measured: string;
  cardsIndexMs: { first: number; kept: number };
  workerHeapMB: number;
  firstLineMs: number[];
  wholeListMs: number[];
  searchMs: { afterStart: number; then: number[] };
}

const ask = (page: Page, message: unknown) => page.evaluate((m) => chrome.runtime.sendMessage(m), message as never);
const askMs = (page: Page, message: unknown) =>
  page.evaluate(async (m) => {
    const t = performance.now();
    await chrome.runtime.sendMessage(m);
    return Math.round(performance.now() - t);
  }, message as never);

async function launch(profileDir: string) {
  rmSync(resolve(profileDir, 'Default', 'Service Worker'), { recursive: true, force: true });
  return launchWithExtension('chromium', { profileDir });
}

async function savedCount(ext: Page): Promise<number> {
  const list = (await ask(ext, { type: 'library-list' })) as { rows: { sample?: boolean }[] };
  return list.rows.filter((r) => !r.sample).length;
}

/** Imports the corpus's articles the profile's library does not hold yet, 20 a message. */
async function fill(profileDir: string, n: number): Promise<number> {
  const { browser, extensionOrigin } = await launch(profileDir);
  try {
    const ext = await browser.newPage();
    await ext.goto(`${extensionOrigin}/popup.html`);
    const texts = syntheticCorpus(n);
    for (let i = await savedCount(ext); i < n; i += 20) {
      const files = texts.slice(i, i + 20).map((f, k) => ({ name: f.name.replace(/\.txt$/, '.html'), text: asSavedPage(f.text, i + k), format: 'html' }));
      const reply = (await ask(ext, { type: 'library-add', files })) as { error?: string };
      if (reply?.error) throw new Error(`import stopped at article ${i}: ${reply.error}`);
      if (i % 1000 === 0) console.log(`  ${i} of ${n} imported`);
    }
    return savedCount(ext);
  } finally {
    await browser.close();
  }
}

/** Stops the worker as Chromium does after 30 s idle (the ServiceWorker domain is a page target's). */
async function stopWorker(page: Page): Promise<void> {
  const cdp = await page.createCDPSession();
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await new Promise((r) => setTimeout(r, 300));
}

async function heapAfterGcMB(browser: Browser): Promise<number> {
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
  const cdp = await target.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return Math.round(usedSize / 1e5) / 10;
}

async function openLibraryPage(browser: Browser, origin: string): Promise<{ firstLine: number; whole: number }> {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/library.html`);
    await page.waitForSelector('[data-testid="library-articles"] tr[data-id]', { timeout: 600_000 });
    const firstLine = await page.evaluate(() => performance.now());
    await page.waitForSelector('[data-testid="library-filters"]', { timeout: 600_000 });
    return { firstLine: Math.round(firstLine), whole: Math.round(await page.evaluate(() => performance.now())) };
  } finally {
    await page.close();
  }
}

export async function benchKeptLibrary(n: number, profileDir: string): Promise<KeptFigures> {
  mkdirSync(profileDir, { recursive: true });
  const articles = await fill(profileDir, n);
  const { browser, extensionOrigin } = await launch(profileDir);
  try {
    const ext = await browser.newPage();
    await ext.goto(`${extensionOrigin}/popup.html`);
    // A start opens (and after an update migrates) the database: the first question after it waits for that, not measured.
    await ask(ext, { type: 'library-list', newest: 1 });
    await stopWorker(ext);
    const first = await askMs(ext, { type: 'index-summary' });
    await stopWorker(ext);
    const kept = await askMs(ext, { type: 'index-summary' });
    const workerHeapMB = await heapAfterGcMB(browser);
    const openings = [];
    for (let i = 0; i < 3; i++) {
      await stopWorker(ext);
      openings.push(await openLibraryPage(browser, extensionOrigin));
    }
    await stopWorker(ext);
    const afterStart = await askMs(ext, { type: 'library-search', query: 'talks' });
    const then = [];
    for (const query of ['Washington', 'delegates', 'infrastructure norms']) then.push(await askMs(ext, { type: 'library-search', query }));
    return {
      articles,
      measured: `${commit()}, ${new Date().toISOString().slice(0, 16)}Z`,
      cardsIndexMs: { first, kept },
      workerHeapMB,
      firstLineMs: openings.map((o) => o.firstLine),
      wholeListMs: openings.map((o) => o.whole),
      searchMs: { afterStart, then },
    };
  } finally {
    await browser.close();
  }
}

if (process.argv[1]?.endsWith('library-kept.ts')) {
  const n = Number(process.argv[2] ?? 10000);
  const profileDir = argValue(process.argv, '--profile') ?? resolve(ROOT, `.bench-profiles/library-${n}`);
  benchKeptLibrary(n, profileDir).then((figures) => {
    mkdirSync(resolve(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(resolve(ROOT, `bench-results/library-kept-${n}.json`), JSON.stringify(figures, null, 2) + '\n');
    console.log(JSON.stringify(figures, null, 2));
  });
}
