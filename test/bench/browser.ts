/**
 * Browser benchmarks in real Chromium:
 *  - scan and paint time of Sourcelight's engine against mark.js highlighting
 *    the same alias list, side by side on the same pages, in the same run;
 *  - the installed extension on every saved real page against the same page
 *    without the extension: main-thread task time, the content script's own
 *    busy time and longest slice, and the longest task.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page, Protocol } from 'puppeteer-core';
import { launchWithExtension, ROOT } from '../../src/demo/browsers';
import { startServer, type TestServer } from '../../src/demo/server';
import { readabilityPageNames } from '../../src/demo/corpus';
import { buildIndexFromFolder } from '../../src/node/folder';
import { toSpotIndex } from '../../src/index/spot-index';
import type { PageStatus } from '../../src/contracts/messages';
import { packSpotIndex } from '../../src/contracts/spot-pack';

export const LARGE_PAGES = [
  'yahoo-2.html',
  'yahoo-3.html',
  'wikipedia.html',
  'wikipedia-2.html',
  'wikipedia-3.html',
  'wikipedia-4.html',
  'nytimes-1.html',
  'nytimes-2.html',
  'nytimes-3.html',
  'nytimes-4.html',
  'nytimes-5.html',
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const round = (n: number) => Math.round(n * 100) / 100;

/** Median, 95th percentile and max of the known (not NaN) values, rounded to 0.01. */
export function stats(xs: number[]): { median: number; p95: number; max: number } {
  const known = xs.filter((x) => !Number.isNaN(x));
  return { median: round(median(known)), p95: round(percentile(known, 95)), max: round(Math.max(...known)) };
}

/** About 1 MB of news-like text in paragraphs, with the story's names in it, as one page. */
export function megabytePage(withMentions: boolean): string {
  const words =
    'the talks officials said week government agreement could would security network systems report negotiators leaders attack policy economic trade summit visit statement'.split(
      ' ',
    );
  const names = ['President Xi Jinping', 'Susan E. Rice', 'the United Nations', 'critical infrastructure', 'Washington', 'the F.B.I.', 'cyberweapons'];
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const paragraphs: string[] = [];
  let size = 0;
  while (size < 1 << 20) {
    const sentence: string[] = [];
    for (let i = 0; i < 600; i++)
      sentence.push(withMentions && rand() < 0.02 ? names[Math.floor(rand() * names.length)] : words[Math.floor(rand() * words.length)]);
    const p = `<p>${sentence.join(' ')}.</p>`;
    paragraphs.push(p);
    size += p.length;
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>1 MB</title></head><body><article>${paragraphs.join('\n')}</article></body></html>`;
}

async function engineBundle(entry = 'test/bench/page-engine.ts'): Promise<string> {
  const spot = packSpotIndex(toSpotIndex(buildIndexFromFolder(resolve(ROOT, 'seeds')).index));
  const out = await build({
    entryPoints: [resolve(ROOT, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    define: { SPOT_INDEX: JSON.stringify(spot) },
    loader: { '.css': 'text' },
  });
  return out.outputFiles[0].text;
}

function markJsSource(): string {
  return readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');
}

async function openLocal(browser: Browser, server: TestServer, path: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('dialog', (d) => void d.dismiss());
  await page.goto(server.origin + path, { waitUntil: 'load', timeout: 60_000 });
  return page;
}

export interface EngineFigures {
  page: string;
  textKB: number;
  /** Sourcelight's whole engine in the page's main thread: index load, text collection, matching, painting. */
  sourcelightMs: number;
  /** Of which loading the index and building the matcher: once per browser session in the extension. */
  indexMs: number;
  /** Of which matching, the part the extension runs in its background instead. */
  matchingMs: number;
  markJsMs: number;
  ratio: number;
  sourcelightHighlights: number;
  markJsMarks: number;
}

/**
 * Fresh loads of each page per engine. Nine, not five: on a fresh page most of
 * ours runs before the compiler has optimised it, and how soon it has swings
 * with the load of this shared 2-core machine (two runs of five loads gave 39
 * and 56 ms on the same megabyte); a median of nine moves less.
 */
export const ENGINE_LOADS = 9;

/** Sourcelight's engine and mark.js, each on a fresh load of the same page, `runs` times each; medians. */
export async function benchEngines(runs = ENGINE_LOADS): Promise<EngineFigures[]> {
  const server = await startServer();
  server.route('/bench/1mb-mentions.html', megabytePage(true));
  server.route('/bench/1mb-no-mentions.html', megabytePage(false));
  const engine = await engineBundle();
  const markJs = markJsSource();
  const aliases = toSpotIndex(buildIndexFromFolder(resolve(ROOT, 'seeds')).index).aliases.map((a) => a.text);
  const { browser } = await launchWithExtension('chromium', { withoutExtension: true });
  const paths = [...LARGE_PAGES.map((p) => `/corpus/${p}`), '/bench/1mb-mentions.html', '/bench/1mb-no-mentions.html'];
  const figures: EngineFigures[] = [];
  try {
    for (const path of paths) {
      const ours: number[] = [];
      const matching: number[] = [];
      const index: number[] = [];
      const theirs: number[] = [];
      let painted = 0;
      let marks = 0;
      let textKB = 0;
      for (let i = 0; i < runs; i++) {
        const a = await openLocal(browser, server, path);
        textKB = Math.round(((await a.evaluate('document.body.textContent.length')) as number) / 1024);
        await a.addScriptTag({ content: engine });
        const r = (await a.evaluate('sourcelightBench()')) as { ms: number; indexMs: number; matchingMs: number; painted: number };
        ours.push(r.ms);
        index.push(r.indexMs);
        matching.push(r.matchingMs);
        painted = r.painted;
        await a.close();
        const b = await openLocal(browser, server, path);
        await b.addScriptTag({ content: markJs });
        // A string, not a function: the TypeScript runner wraps functions in helpers the page lacks.
        const m = (await b.evaluate(`(() => {
          const t0 = performance.now();
          let count = 0;
          // The same aliases, as whole words and case-sensitive: the closest mark.js comes to the matcher's rules.
          new Mark(document.body).mark(${JSON.stringify(aliases)}, {
            separateWordSearch: false,
            caseSensitive: true,
            accuracy: 'exactly',
            exclude: ['script', 'style', 'noscript', 'textarea', 'pre', 'code'],
            each: () => count++,
          });
          return { ms: performance.now() - t0, count };
        })()`)) as { ms: number; count: number };
        theirs.push(m.ms);
        marks = m.count;
        await b.close();
      }
      const s = median(ours);
      const t = median(theirs);
      figures.push({
        page: path.split('/').pop()!,
        textKB,
        sourcelightMs: round(s),
        indexMs: round(median(index)),
        matchingMs: round(median(matching)),
        markJsMs: round(t),
        ratio: round(t / s),
        sourcelightHighlights: painted,
        markJsMarks: marks,
      });
      console.log(
        `  ${path.padEnd(34)} ${String(textKB).padStart(5)} KB  Sourcelight ${s.toFixed(1).padStart(7)} ms  mark.js ${t.toFixed(1).padStart(8)} ms  ×${(t / s).toFixed(1)}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return figures;
}

export interface ExtensionFigures {
  pages: number;
  /**
   * The extension's own main-thread time per page, ms: CPU-profile samples with
   * an extension script anywhere on the stack (index load, setup, scan, paint,
   * messages), over the load and the 700 ms after it.
   */
  extensionMs: { median: number; p95: number; max: number };
  /** Main-thread busy time (every sample but idle) per page, with and without the extension, ms. */
  busyWithMs: { median: number; p95: number; max: number };
  busyWithoutMs: { median: number; p95: number; max: number };
  /** The content script's own account of its scan and paint (slices only), ms, on a load without the profiler. */
  scanMs: { median: number; p95: number; max: number };
  longestSliceMs: number;
  /** Longest main-thread task seen with and without the extension (Long Tasks API), ms. */
  longestTaskWithMs: number;
  longestTaskWithoutMs: number;
  worstPage: string;
  /** Per page, for whoever wants to look closer. */
  perPage: { page: string; generated: boolean; extensionMs: number; busyWithMs: number; busyWithoutMs: number; scanMs: number; highlights: number }[];
}

const LONG_TASKS = `window.__longest = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration); }).observe({ type: 'longtask', buffered: true });`;

/** Loads of each generated page (medians reported). */
export const GENERATED_LOADS = 5;

/** Sampling interval of the CPU profiles, µs: fine enough for pages that cost the extension a few ms. */
const SAMPLE_US = 100;

interface ProfileFigures {
  /** ms of samples with a chrome-extension:// frame on the stack. */
  extensionMs: number;
  /** ms of samples that are not idle. */
  busyMs: number;
}

function readProfile(profile: Protocol.Profiler.Profile): ProfileFigures {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    let known = ours.get(id);
    if (known === undefined) {
      const node = byId.get(id)!;
      const up = parent.get(id);
      known = node.callFrame.url.startsWith('chrome-extension://') || (up !== undefined && isOurs(up));
      ours.set(id, known);
    }
    return known;
  };
  let extensionMs = 0;
  let busyMs = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // A sample's time is the gap to the next sample.
  for (let i = 0; i < samples.length; i++) {
    const ms = (deltas[i + 1] ?? SAMPLE_US) / 1000;
    const node = byId.get(samples[i])!;
    if (node.callFrame.functionName === '(idle)') continue;
    busyMs += ms;
    if (isOurs(samples[i])) extensionMs += ms;
  }
  return { extensionMs, busyMs };
}

/** The installed extension on every saved page, against the same page without it. */
export async function benchExtension(): Promise<ExtensionFigures> {
  const server = await startServer();
  const withExt = await launchWithExtension('chromium');
  const without = await launchWithExtension('chromium', { withoutExtension: true });
  const checker = await withExt.browser.newPage();
  await checker.goto(`${withExt.extensionOrigin}/popup.html`);
  server.route('/bench/1mb-mentions.html', megabytePage(true));
  server.route('/bench/1mb-no-mentions.html', megabytePage(false));
  const pages = readabilityPageNames();
  // The saved pages, then the generated megabytes (reported apart, not in the saved pages' figures).
  const paths = [...pages.map((f) => `/corpus/${f}`), '/bench/1mb-mentions.html', '/bench/1mb-no-mentions.html'];
  const perPage: ExtensionFigures['perPage'] = [];
  let longestSlice = 0;
  let longestWith = 0;
  let longestWithout = 0;
  try {
    for (const path of paths) {
      const file = path.split('/').pop()!;
      const measure = async (browser: Browser, profiled = true) => {
        const page = await browser.newPage();
        await page.evaluateOnNewDocument(LONG_TASKS);
        const cdp = await page.createCDPSession();
        if (profiled) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
          await cdp.send('Profiler.start');
        }
        page.on('dialog', (d) => void d.dismiss());
        await page.goto(server.origin + path, { waitUntil: 'load', timeout: 60_000 });
        // Let the content script finish its idle-time slices.
        await new Promise((r) => setTimeout(r, 700));
        const figures = profiled ? readProfile((await cdp.send('Profiler.stop')).profile) : { extensionMs: Number.NaN, busyMs: Number.NaN };
        const longest = (await page.evaluate('window.__longest')) as number;
        return { page, longest, ...figures };
      };
      // The generated megabytes carry the targets: their figures are medians of
      // GENERATED_LOADS loads each (one load per saved page, 130 of them, is enough there).
      const generated = path.startsWith('/bench/');
      const loads: { extensionMs: number; busyWithMs: number; busyWithoutMs: number; scanMs: number; highlights: number }[] = [];
      for (let load = 0; load < (generated ? GENERATED_LOADS : 1); load++) {
        const a = await measure(withExt.browser);
        await a.page.close();
        // The content script's own clock is read on a load of its own: a sampling
        // profiler slows the script it samples, by half again on the megabytes.
        const c = await measure(withExt.browser, false);
        const status = (await checker.evaluate(`(async () => {
          const self = await chrome.tabs.getCurrent();
          const [tab] = await chrome.tabs.query({ active: true, windowId: self.windowId });
          return chrome.tabs.sendMessage(tab.id, { type: 'page-status' }, { frameId: 0 }).catch(() => null);
        })()`)) as PageStatus | null;
        await c.page.close();
        const b = await measure(without.browser);
        await b.page.close();
        loads.push({
          extensionMs: a.extensionMs,
          busyWithMs: a.busyMs,
          busyWithoutMs: b.busyMs,
          scanMs: status?.diagnostics?.busyMs ?? Number.NaN,
          highlights: status?.items?.reduce((n, i) => n + i.count, 0) ?? 0,
        });
        // Slices and tasks over every load, the generated megabytes included.
        longestSlice = Math.max(longestSlice, status?.diagnostics?.longestSliceMs ?? 0);
        longestWith = Math.max(longestWith, a.longest);
        longestWithout = Math.max(longestWithout, b.longest);
      }
      const mid = (pick: (l: (typeof loads)[number]) => number) => round(median(loads.map(pick)));
      perPage.push({
        page: file,
        generated,
        extensionMs: mid((l) => l.extensionMs),
        busyWithMs: mid((l) => l.busyWithMs),
        busyWithoutMs: mid((l) => l.busyWithoutMs),
        scanMs: mid((l) => l.scanMs),
        highlights: loads[0].highlights,
      });
    }
  } finally {
    await withExt.browser.close();
    await without.browser.close();
    await server.close();
  }
  const saved = perPage.filter((p) => !p.generated);
  const worst = saved.reduce((w, p) => (p.extensionMs > w.extensionMs ? p : w), saved[0]);
  return {
    pages: pages.length,
    extensionMs: stats(saved.map((p) => p.extensionMs)),
    busyWithMs: stats(saved.map((p) => p.busyWithMs)),
    busyWithoutMs: stats(saved.map((p) => p.busyWithoutMs)),
    scanMs: stats(saved.map((p) => p.scanMs)),
    longestSliceMs: round(longestSlice),
    longestTaskWithMs: round(longestWith),
    longestTaskWithoutMs: round(longestWithout),
    worstPage: worst.page,
    perPage,
  };
}

export interface PaintFiguresRow {
  page: string;
  marks: number;
  /** Reading and painting the page's matches into the highlight registry (the public sample's way), ms. */
  registryMs: number;
  /** The same matches as the reader's library's, painted in the private overlay, ms. */
  overlayMs: number;
  ratio: number;
  /** The overlay's drawing: the first after the scan, and per scroll of one screen, ms; boxes on screen. */
  firstDrawMs: number;
  scrollDrawMs: number;
  boxes: number;
}

/** Loads of each page per way of painting, taking turns. */
export const PAINT_LOADS = 9;
const PAINT_SCROLLS = 12;

/**
 * The same matches painted the public sample's way (the highlight registry)
 * and the library's way (the private overlay), on fresh loads of the same
 * pages, taking turns; medians.
 */
export async function benchPrivatePaint(runs = PAINT_LOADS, only?: string[]): Promise<PaintFiguresRow[]> {
  const server = await startServer();
  server.route('/bench/1mb-mentions.html', megabytePage(true));
  const engine = await engineBundle('test/bench/paint-engine.ts');
  const { browser } = await launchWithExtension('chromium', { withoutExtension: true });
  const paths = [...LARGE_PAGES.map((p) => `/corpus/${p}`), '/bench/1mb-mentions.html'].filter((p) => !only || only.some((o) => p.endsWith(o)));
  const rows: PaintFiguresRow[] = [];
  type Run = { paintMs: number; marks: number; firstDrawMs: number; scrollDrawMs: number; boxes: number };
  try {
    for (const path of paths) {
      const byMode: Record<'public' | 'private', Run[]> = { public: [], private: [] };
      for (let i = 0; i < runs; i++) {
        for (const mode of ['public', 'private'] as const) {
          const page = await openLocal(browser, server, path);
          await page.setViewport({ width: 1280, height: 900 });
          await page.bringToFront();
          await page.addScriptTag({ content: engine });
          byMode[mode].push((await page.evaluate(`sourcelightPaint(${JSON.stringify(mode)}, ${PAINT_SCROLLS})`)) as Run);
          await page.close();
        }
      }
      const med = (mode: 'public' | 'private', key: keyof Run) => round(median(byMode[mode].map((r) => r[key])));
      const row: PaintFiguresRow = {
        page: path.split('/').pop()!,
        marks: byMode.private[0].marks,
        registryMs: med('public', 'paintMs'),
        overlayMs: med('private', 'paintMs'),
        ratio: round(med('private', 'paintMs') / Math.max(0.01, med('public', 'paintMs'))),
        firstDrawMs: med('private', 'firstDrawMs'),
        scrollDrawMs: med('private', 'scrollDrawMs'),
        boxes: med('private', 'boxes'),
      };
      rows.push(row);
      console.log(
        `  ${row.page.padEnd(24)} ${String(row.marks).padStart(5)} marks  registry ${row.registryMs.toFixed(1).padStart(6)} ms  overlay ${row.overlayMs.toFixed(1).padStart(6)} ms  ×${row.ratio}  draw ${row.firstDrawMs} ms, per scroll ${row.scrollDrawMs} ms (${row.boxes} boxes)`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}
