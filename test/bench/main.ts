/**
 * `npm run bench`: every benchmark, figures written to bench-results/ (JSON and
 * Markdown). Medians and ratios are measured side by side in one run: the
 * machines are shared and noisy, absolute times move, ratios much less.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { ROOT, SetupError } from '../../src/demo/browsers';
import { benchEngines, benchExtension } from './browser';
import { benchIndexBuild, benchSeeds } from './index-build';

const OUT = resolve(ROOT, 'bench-results');

async function main(): Promise<void> {
  const started = new Date().toISOString();
  console.log('Index build');
  const seeds = benchSeeds(7);
  console.log(`  five seeds: median ${seeds.medianMs.toFixed(1)} ms over ${seeds.runs} builds`);
  const big = benchIndexBuild(2000);
  console.log(`  2,000 articles: ${(big.ms / 1000).toFixed(1)} s, peak RSS ${big.peakRssMB} MB`);
  console.log('Scan and paint in Chromium, Sourcelight vs mark.js (same aliases, same pages; medians of 5 loads each)');
  const engines = await benchEngines(5);
  console.log('The installed extension on the 130 saved pages, against the same pages without it');
  const extension = await benchExtension();
  console.log(`  content script busy time per page: median ${extension.busyMs.median} ms, p95 ${extension.busyMs.p95} ms, max ${extension.busyMs.max} ms (${extension.worstPage})`);
  console.log(`  extra main-thread task time (with − without): median ${extension.taskDeltaMs.median} ms, p95 ${extension.taskDeltaMs.p95} ms, max ${extension.taskDeltaMs.max} ms`);
  console.log(`  longest content-script slice ${extension.longestSliceMs} ms; longest task with ${extension.longestTaskWithMs} ms, without ${extension.longestTaskWithoutMs} ms`);

  const results = { started, loadAverage: loadavg()[0], seeds, index2000: big, engines, extension };
  mkdirSync(OUT, { recursive: true });
  writeFileSync(resolve(OUT, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  const rows = engines.map((e) => `| ${e.page} | ${e.textKB} | ${e.sourcelightMs} | ${e.markJsMs} | ×${e.ratio} | ${e.sourcelightHighlights} | ${e.markJsMarks} |`);
  writeFileSync(
    resolve(OUT, 'results.md'),
    [
      `# Sourcelight benchmarks (${started}, load average ${loadavg()[0].toFixed(2)})`,
      '',
      `Index: five seeds median ${seeds.medianMs.toFixed(1)} ms; 2,000 articles ${(big.ms / 1000).toFixed(1)} s, peak RSS ${big.peakRssMB} MB.`,
      '',
      '| page | text KB | Sourcelight ms | mark.js ms | mark.js / Sourcelight | Sourcelight highlights | mark.js marks |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
      `Installed extension on ${extension.pages} saved pages: content script busy time median ${extension.busyMs.median} ms, p95 ${extension.busyMs.p95} ms, max ${extension.busyMs.max} ms; extra task time median ${extension.taskDeltaMs.median} ms, p95 ${extension.taskDeltaMs.p95} ms; longest slice ${extension.longestSliceMs} ms; longest task with ${extension.longestTaskWithMs} ms, without ${extension.longestTaskWithoutMs} ms.`,
      '',
    ].join('\n'),
  );
  console.log(`\nFigures written to ${OUT}/results.json and results.md`);
}

main().catch((error: unknown) => {
  console.error(error instanceof SetupError ? error.message : error);
  process.exit(1);
});
