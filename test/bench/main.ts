/**
 * `npm run bench`: every benchmark, figures written to bench-results/ (JSON and
 * Markdown) and docs/performance.md. Medians and ratios are measured side by side in one run: the
 * machines are shared and noisy, absolute times move, ratios much less.
 *
 * `npm run bench -- --only extension` (or `engines`, `privacy`, `index`, `stream`, `library` [`--library-sizes 1000,3000`]) runs one part and
 * writes its figures to bench-results/partial-<part>.json, leaving the full
 * results alone.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { ROOT, SetupError } from '../../src/demo/browsers';
import {
  benchEngines,
  benchExtension,
  benchPrivatePaint,
  ENGINE_LOADS,
  GENERATED_LOADS,
  PAINT_LOADS,
  stats,
  type EngineFigures,
  type ExtensionFigures,
  type PaintFiguresRow,
} from './browser';
import { benchIndexBuild, benchRealPagesAlone, benchSeeds, HEAP_CAP_MB } from './index-build';
import { evaluateIntake, table } from './intake-eval';
import { benchStream, STREAM_ARTICLES } from './stream-build';
import { benchLibrary, type LibraryFigures } from './library';
import { benchLibraryBrowser, ROUNDS, SINGLES, type BrowserLibraryFigures } from './library-browser';
import { benchPassageTable, type PassageTableFigures } from './passage-table';
import { argValue, commit, writePerformanceDoc } from './report';

/** The reader before issue 28's work: the intake figures are measured against it side by side. */
const INTAKE_BASELINE = '279aa05';

const round1 = (x: number) => Math.round(x * 10) / 10;

const OUT = resolve(ROOT, 'bench-results');
const PARTS = ['intake', 'index', 'stream', 'library', 'engines', 'privacy', 'extension'] as const;
type Part = (typeof PARTS)[number];

function onlyPart(argv: string[]): Part | undefined {
  const i = argv.indexOf('--only');
  if (i < 0) return undefined;
  const part = argv[i + 1] as Part;
  if (!PARTS.includes(part)) throw new SetupError(`--only takes one of ${PARTS.join(', ')}, not "${argv[i + 1] ?? ''}"`);
  return part;
}

const stat = (s: { median: number; p95: number; max: number }) => `median ${s.median} ms, p95 ${s.p95} ms, max ${s.max} ms`;

function extensionSummary(e: ExtensionFigures): string[] {
  const saved = e.perPage.filter((p) => !p.generated);
  const quiet = saved.filter((p) => p.highlights === 0);
  const mentioning = saved.filter((p) => p.highlights > 0);
  const generated = e.perPage.filter((p) => p.generated);
  const noMention = stats(quiet.map((p) => p.extensionMs));
  const ratio = stats(saved.map((p) => (p.busyWithoutMs > 0 ? p.busyWithMs / p.busyWithoutMs : 1)));
  return [
    `Installed extension on ${e.pages} saved pages (CPU profile of each load and the 700 ms after it, 100 µs samples):`,
    `- the extension's own main-thread time per page: ${stat(e.extensionMs)} (worst: ${e.worstPage});`,
    `- on the ${quiet.length} pages with no mention: ${stat(noMention)}; of which scan and paint (its own clock) ${stat(stats(quiet.map((p) => p.scanMs)))};`,
    `- on the ${mentioning.length} pages with mentions: ${stat(stats(mentioning.map((p) => p.extensionMs)))}; of which scan and paint (its own clock) ${stat(stats(mentioning.map((p) => p.scanMs)))};`,
    `- the page's whole main-thread time, with the extension ${stat(e.busyWithMs)}, without ${stat(e.busyWithoutMs)} (with / without per page: median ×${ratio.median.toFixed(2)});`,
    `- the content script's scan and paint alone (its own clock): ${stat(e.scanMs)};`,
    `- over those pages and the generated ones below: longest content-script slice ${e.longestSliceMs} ms; longest task with the extension ${e.longestTaskWithMs} ms, without ${e.longestTaskWithoutMs} ms.`,
    ...generated.map(
      (p) =>
        `- generated ${p.page} (median of ${GENERATED_LOADS} loads): the extension's own main-thread time ${p.extensionMs} ms (scan and paint by its own clock ${p.scanMs} ms, ${p.highlights} highlights).`,
    ),
  ];
}

/** The library's sizes measured by default (`--library-sizes 1000,3000` for fewer). */
const LIBRARY_SIZES = [1000, 3000, 10000];

/** The largest library measured in Node too (fake-indexeddb holds it all in the heap: 10,000 saved pages filled for over 10 minutes). */
const NODE_LIBRARY_MAX = 3000;

interface LibraryRun {
  node?: LibraryFigures;
  browser: BrowserLibraryFigures;
  /** At which commit, when and under which load this size was measured. */
  measured: string;
}

function librarySummary(runs: LibraryRun[]): string[] {
  const row = (label: string, cell: (r: LibraryRun) => string | number, target = '') => `| ${label} | ${runs.map((r) => cell(r)).join(' | ')} | ${target} |`;
  const nodeRuns = runs.flatMap((r) => (r.node ? [r.node] : []));
  const nodeRow = (label: string, cell: (r: LibraryFigures) => string | number, target = '') =>
    `| ${label} | ${nodeRuns.map((r) => cell(r)).join(' | ')} | ${target} |`;
  const [first] = runs;
  return [
    `Articles shaped like saved pages (a synthetic story inside ${nodeRuns[0]?.pageKB ?? '–'} KB of HTML on average: scripts, menu, footer), read with Readability; the same measures at each size, to show how they grow (each size as last measured: see its *measured at* row).`,
    '',
    `In Chromium (headless, the built extension), the articles imported through the background's \`library-add\` (20 a message):`,
    '',
    `| articles | ${runs.map((r) => r.browser.articles).join(' | ')} | target |`,
    `| --- | ${runs.map(() => '---').join(' | ')} | --- |`,
    row('measured at', (r) => r.measured),
    row('import, s', (r) => r.browser.importSeconds),
    row(
      `adding one more in the service worker, from the message to its reply (${SINGLES} adds): p95 (median), ms`,
      (r) => `${r.browser.addOneMs.p95} (${r.browser.addOneMs.median})`,
      '≤ 300',
    ),
    row(
      `first answer to a web page, by its own clock (navigation to the sample's first highlight), worker running (median of ${ROUNDS}): with the library / the seeds alone, ms`,
      (r) => `${r.browser.withLibrary.pageWarmMs} / ${r.browser.seedsOnly.pageWarmMs}`,
    ),
    row(
      'the same after the worker was stopped, minus running: with the library / the seeds alone, ms',
      (r) => `${r.browser.withLibrary.pageColdMs - r.browser.withLibrary.pageWarmMs} / ${r.browser.seedsOnly.pageColdMs - r.browser.seedsOnly.pageWarmMs}`,
      '≤ 100',
    ),
    row(
      "the same for an extension that does nothing but answer (a worker of one line; its content script asks at the page's start): the browser's own worker start, ms",
      (r) => (r.browser.emptyExtension ? `${r.browser.emptyExtension.pageColdMs - r.browser.emptyExtension.pageWarmMs}` : '–'),
    ),
    row('a web page’s first answer while the background makes the stories again after a change (three loads in turn from 5.3 s after it), ms', (r) =>
      r.browser.pageWhileMakingMs ? r.browser.pageWhileMakingMs.join(' / ') : '–',
    ),
    row(
      `an extension page's \`spot\` round trip (the library's part in the reply, so it waits for the library's spot index), worker running / stopped first minus running (median of ${ROUNDS}), ms`,
      (r) => `${r.browser.withLibrary.warmAnswerMs} / ${round1(r.browser.withLibrary.coldAnswerMs - r.browser.withLibrary.warmAnswerMs)}`,
    ),
    row(
      `content script's main-thread time on the 1 MB story page (its own clock), with the library / the seeds alone in a second browser, loads taking turns (median of ${ROUNDS}), ms`,
      (r) => `${r.browser.withLibrary.scanMs} / ${r.browser.seedsOnly.scanMs}${r.browser.sameAnswerOnStoryPage ? '' : ' (answers differ)'}`,
      'unchanged',
    ),
    row(
      "service worker JS heap after GC, the cards' index loaded (seeds alone: " + first.browser.workerHeapSeedsMB + ' MB), MB',
      (r) => r.browser.workerHeapMB,
      '≤ 150',
    ),
    row('the same once the library page has searched, MB', (r) => r.browser.workerHeapWithSearchMB, '≤ 150'),
    row('storage per article (`navigator.storage.estimate()`), KB', (r) => r.browser.storagePerArticleKB),
    row(
      'library page, navigation to its first article line: worker running (idle) / stopped first (median of 3), ms',
      (r) => `${Math.round(r.browser.firstListMs.warm)} / ${Math.round(r.browser.firstListMs.cold)}`,
      '≤ 300',
    ),
    row(
      'a search from the library page, round trip: the first after the import, once the cards’ index is made (the search index has been made from every record since the list asked, as the background also does once changes settle) / others (median) / the first after a worker stop (from the stored index’s parts its words can match), ms',
      (r) => `${r.browser.searchMs.first} / ${round1(r.browser.searchMs.warm)} / ${r.browser.searchMs.afterStop ?? '–'}`,
      '≤ 100',
    ),
    row(
      'a word entered in the library page opened after a worker stop, as soon as its list is in (its own clock, until painted): the first rows (titles and outlets that match, found in the page) / the full-text answer, ms',
      (r) => (r.browser.searchTypedMs ? `${r.browser.searchTypedMs.titles} / ${r.browser.searchTypedMs.text}` : '–'),
      '≤ 100',
    ),
    row(
      "the cards' index: asked at once after the import (every story compared; the background makes it unasked once changes settle) / after a worker stop (stories and comparisons kept), ms",
      (r) => (r.browser.cardsIndexMs ? `${r.browser.cardsIndexMs.first} / ${r.browser.cardsIndexMs.kept}` : '–'),
    ),
    row(
      "the first card after a worker stop, as a hover comes (after a page's matches and 1.5 s; its item's stories read alone): a passage of the smallest story of two or more articles / of the largest, ms (the story's articles)",
      (r) => {
        const c = r.browser.firstCardMs;
        return c ? `${c.small.ms} (${c.small.articles}) / ${c.largest.ms} (${c.largest.articles})` : '–';
      },
    ),
    row(
      "a save after a worker stop (the stories kept before it) / then, 1.5 s later, a card of the same small story's passage (its stories as kept read alone, with the article saved since), ms",
      (r) => (r.browser.cardAfterSaveMs ? `${r.browser.cardAfterSaveMs.save} / ${r.browser.cardAfterSaveMs.card}` : '–'),
    ),
    '',
    'In Node (fake-indexeddb), the library alone, to see where its heap goes (fake-indexeddb keeps the whole database in the heap: not run past 3,000):',
    '',
    `| articles | ${nodeRuns.map((r) => r.articles).join(' | ')} | target |`,
    `| --- | ${nodeRuns.map(() => '---').join(' | ')} | --- |`,
    nodeRow('filled (50 a change), s', (r) => r.fillSeconds),
    nodeRow('adding one more: p95 (median), ms', (r) => `${r.addOneMs.p95} (${r.addOneMs.median})`, '≤ 300'),
    nodeRow(
      'cold start to a first answer (opening the library + matcher and answer), ms',
      (r) => `${r.coldFirstAnswerMs} (${r.coldSplitMs.open} + ${r.coldSplitMs.answer})`,
    ),
    nodeRow('heap after a cold start (GC): spot index and matcher, MB', (r) => r.heapMB.spot),
    nodeRow("… with the library page's list (its stored lines), MB", (r) => r.heapMB.list ?? '–'),
    nodeRow('… with the folded index, MB', (r) => r.heapMB.folded ?? '–'),
    nodeRow("… with the cards' stories and lookup, MB", (r) => r.heapMB.withCards),
    nodeRow('… with search, MB', (r) => r.heapMB.withSearch, '≤ 150'),
    nodeRow(
      'stored per article: record / original / index, KB (JSON length)',
      (r) => `${r.storedKB.record} / ${r.storedKB.original} / ${r.storedKB.indexPerArticle}`,
    ),
  ];
}

function passageTableSummary(rows: PassageTableFigures[]): string[] {
  const row = (label: string, cell: (r: PassageTableFigures) => string | number) => `| ${label} | ${rows.map(cell).join(' | ')} |`;
  return [
    "The reader's passage finder (the library's sentences found again on a page) on libraries shaped like real news: the passages of the 130 vendored real pages, read as saved pages are, copied with each copy's shingles hashed anew (another article's words: nearly all distinct, where the generated pages above repeat the seeds' sentences). Each size in a fresh process, as a worker starts (`npx tsx test/bench/passage-table.ts`):",
    '',
    `| articles | ${rows.map((r) => r.articles).join(' | ')} |`,
    `| --- | ${rows.map(() => '---').join(' | ')} |`,
    row('passages / shingles', (r) => `${r.passages} / ${r.shingles}`),
    row(
      'its filter and shingle table made ahead, in steps (as the background does before a page’s library part, answering pages between them): all, ms (steps; the longest, ms)',
      (r) => `${r.prepareMs} (${r.steps}; ${r.longestStepMs})`,
    ),
    row('a page of three of the real articles read, the first time / again, ms (sentences found)', (r) => `${r.firstPageMs} / ${r.pageMs} (${r.hits})`),
    row('heap it holds, MB', (r) => r.heapMB),
  ];
}

function engineTable(engines: EngineFigures[]): string[] {
  return [
    `Both engines whole, in the page's main thread (Sourcelight: index load, text collection, matching, painting; of which loading the index and building the matcher, which the extension does once per browser session in its background, and matching, which it runs there too). Medians of ${ENGINE_LOADS} fresh loads each, ours and mark.js taking turns.`,
    '',
    '| page | text KB | Sourcelight ms | of which index load | of which matching | mark.js ms | mark.js / Sourcelight | Sourcelight highlights | mark.js marks |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...engines.map(
      (e) =>
        `| ${e.page} | ${e.textKB} | ${e.sourcelightMs} | ${e.indexMs} | ${e.matchingMs} | ${e.markJsMs} | ×${e.ratio} | ${e.sourcelightHighlights} | ${e.markJsMarks} |`,
    ),
  ];
}

function paintTable(rows: PaintFiguresRow[]): string[] {
  return [
    `The same matches painted two ways in one page's main thread (matching taken off): as the public sample's, into the page's highlight registry, and as the reader's library's, into the private overlay that no page script can read (docs/privacy.md). Medians of ${PAINT_LOADS} fresh loads each, the two taking turns, viewport 1280×900; the overlay then draws the boxes of the marks in view on the next frame, and again after each scroll of one screen (the registry's highlights cost no script on a scroll).`,
    '',
    '| page | marks | registry ms | overlay ms | overlay / registry | first draw ms | draw per scroll ms | boxes in view |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.page} | ${r.marks} | ${r.registryMs} | ${r.overlayMs} | ×${r.ratio} | ${r.firstDrawMs} | ${r.scrollDrawMs} | ${r.boxes} |`),
  ];
}

async function main(): Promise<void> {
  const only = onlyPart(process.argv.slice(2));
  const runs = (part: Part) => only === undefined || only === part;
  const started = new Date().toISOString();
  const results: Record<string, unknown> = { started, loadAverage: loadavg()[0] };
  /** Each part's figures in Markdown, as docs/performance.md shows them. */
  const sections = new Map<Part, string[]>();
  if (runs('intake')) {
    // The tuned set and the held-out set side by side, with the reader before this work (279aa05) taking turns page by page.
    const against = argValue(process.argv, '--against') ?? INTAKE_BASELINE;
    console.log(`Reading articles: the tuned set and the held-out set, this tree and ${against} taking turns on each page`);
    const evaluated = await evaluateIntake({ against });
    const intake = [
      ...table(evaluated.rows),
      '',
      `Measured by \`npx tsx test/bench/intake-eval.ts --against ${against}\` (\`--misses\` lists the tuned sets' misses); see docs/intake.md for the sets.`,
    ];
    for (const line of intake) console.log(`  ${line}`);
    sections.set('intake', intake);
  }
  if (runs('index')) {
    console.log('Index build');
    const seeds = benchSeeds(7);
    console.log(`  five seeds: median ${seeds.medianMs.toFixed(1)} ms over ${seeds.runs} builds`);
    const big = benchIndexBuild(2000);
    console.log(`  2,000 articles: ${(big.ms / 1000).toFixed(1)} s, peak RSS ${big.peakRssMB} MB`);
    Object.assign(results, { seeds, index2000: big });
    // Real pages, as the corpus grows: time per article shows whether the build stays near-linear; each size in its own process, for its own peak RSS.
    // Copies past the 130 saved pages either join their original's story (varied) or are stories of their own (distinct).
    const real = (['varied', 'distinct'] as const).flatMap((kind) => [100, 300, 1000].map((n) => benchRealPagesAlone(n, kind)));
    for (const f of real)
      console.log(
        `  ${f.articles} real pages, ${f.kind} copies: ${(f.ms / 1000).toFixed(1)} s (CPU ${f.cpuS} s), ${f.msPerArticle} ms per article, peak RSS ${f.peakRssMB} MB`,
      );
    results.realPages = real;
    sections.set('index', [
      `Index: five seeds median ${seeds.medianMs.toFixed(1)} ms; 2,000 generated articles ${(big.ms / 1000).toFixed(1)} s, peak RSS ${big.peakRssMB} MB.`,
      '',
      `Real pages, each size built in its own process with the heap capped at ${HEAP_CAP_MB} MB (\`--max-old-space-size\`), as \`npm run index\` builds: the files read on ${real[0]?.workers ?? 0} worker thread(s) besides the main thread, then the topics found and the stories compared on one; load average at the end of each build. Past the 130 saved pages, copies are either *varied* (a few words swapped: they join their original's story, up to 214 versions of one story) or *distinct* (every longer word respelled: stories of their own, each article clustered against all):`,
      '',
      '| real pages | copies | s | CPU s | ms per article | peak RSS MB | stories (largest) | alignments | load |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...real.map(
        (f) =>
          `| ${f.articles} | ${f.kind} | ${(f.ms / 1000).toFixed(1)} | ${f.cpuS} | ${f.msPerArticle} | ${f.peakRssMB} | ${f.stories} (${f.largestStory}) | ${f.alignments} | ${f.loadAverage} |`,
      ),
    ]);
  }
  if (runs('stream')) {
    // `--base <dir>`: a checkout of an earlier commit, built on the same stream in turns with this one.
    const at = process.argv.indexOf('--base');
    const base = at >= 0 ? process.argv[at + 1] : undefined;
    console.log(`A news stream of ${STREAM_ARTICLES} Markdown articles, built as npm run index builds it${base ? `, side by side with ${base}` : ''}`);
    const stream = benchStream(STREAM_ARTICLES, { base, runs: base ? 2 : 1 });
    const lines = [
      `${stream.articles} Markdown articles made at bench time (test/bench/stream-build.ts): ${stream.worlds} worlds of the labelled stream (its stories again in words of their own, two months apart) and ${stream.fromPages} copies of the newspaper library's real pages; each build in its own process under /usr/bin/time, as \`npm run index -- <folder>\` runs (peak RSS of the whole process, worker threads included)${base ? ', the base and this branch taking turns' : ''}. Target: 3 minutes and 1.5 GB on 2 cores.`,
      '',
      '| code | s | CPU s | peak RSS MB | stories | discrepancies (shown) | load |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...stream.builds.map(
        (b) =>
          `| ${b.code} | ${b.seconds} | ${b.cpuSeconds} | ${b.peakRssMB} | ${b.stories} | ${b.discrepancies} (${Number.isNaN(b.shown) ? '–' : b.shown}) | ${b.loadAverage} |`,
      ),
    ];
    for (const line of lines) console.log(`  ${line}`);
    results.stream = stream;
    sections.set('stream', lines);
  }
  if (runs('library')) {
    // `--library-sizes none`: nothing measured, the table made again from the sizes last measured.
    const asked = argValue(process.argv, '--library-sizes') ?? LIBRARY_SIZES.join(',');
    const sizes = asked === 'none' ? [] : asked.split(',').map(Number);
    if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new SetupError('--library-sizes takes article counts, as 1000,3000 (or none)');
    const libraryRuns: LibraryRun[] = [];
    // A size not measured now is shown as last measured (bench-results/library-<n>.json names when and at which commit).
    for (const n of [...new Set([...LIBRARY_SIZES, ...sizes])].sort((a, b) => a - b)) {
      const file = resolve(OUT, `library-${n}.json`);
      if (!sizes.includes(n)) {
        if (existsSync(file)) libraryRuns.push(JSON.parse(readFileSync(file, 'utf8')) as LibraryRun);
        continue;
      }
      console.log(`The reader's library at ${n} articles (Node with fake-indexeddb, then the built extension in Chromium)`);
      // fake-indexeddb keeps the whole database in Node's heap: past a few thousand saved pages the Node part is skipped.
      const run: LibraryRun = {
        node: n <= NODE_LIBRARY_MAX ? await benchLibrary(n) : undefined,
        browser: await benchLibraryBrowser(n),
        measured: `${commit()}, ${new Date().toISOString().slice(0, 16)}Z, load average ${loadavg()[0].toFixed(1)}`,
      };
      mkdirSync(OUT, { recursive: true });
      writeFileSync(file, JSON.stringify(run, null, 2) + '\n');
      libraryRuns.push(run);
    }
    console.log(`The passage finder on libraries shaped like real news (${LIBRARY_SIZES.join(', ')} articles), each in its own process`);
    const passageTable = benchPassageTable(LIBRARY_SIZES);
    const lines = [...librarySummary(libraryRuns), '', ...passageTableSummary(passageTable)];
    for (const line of lines) console.log(`  ${line}`);
    results.library = libraryRuns;
    results.passageTable = passageTable;
    sections.set('library', lines);
  }
  if (runs('engines')) {
    console.log(`Scan and paint in Chromium, Sourcelight vs mark.js (same aliases, same pages; medians of ${ENGINE_LOADS} loads each)`);
    const engines = await benchEngines(ENGINE_LOADS);
    results.engines = engines;
    sections.set('engines', engineTable(engines));
  }
  if (runs('privacy')) {
    console.log(`Painting the same matches in the highlight registry and in the private overlay (medians of ${PAINT_LOADS} loads each)`);
    const paint = await benchPrivatePaint(PAINT_LOADS);
    results.privatePaint = paint;
    sections.set('privacy', paintTable(paint));
  }
  if (runs('extension')) {
    console.log('The installed extension on the 130 saved pages, against the same pages without it');
    const extension = await benchExtension();
    const summary = extensionSummary(extension);
    for (const line of summary) console.log(`  ${line}`);
    results.extension = extension;
    sections.set('extension', summary);
  }
  mkdirSync(OUT, { recursive: true });
  const name = only ? `partial-${only}` : 'results';
  writeFileSync(resolve(OUT, `${name}.json`), JSON.stringify(results, null, 2) + '\n');
  const header = `Measured at commit ${commit()} (${started}, load average ${loadavg()[0].toFixed(2)}).`;
  for (const [part, lines] of sections) writeFileSync(resolve(OUT, `part-${part}.md`), [`${header}`, '', ...lines, ''].join('\n'));
  const doc = writePerformanceDoc(OUT, PARTS);
  console.log(`\nFigures written to ${OUT}/${name}.json and part-*.md, and ${doc}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof SetupError ? error.message : error);
  process.exit(1);
});
