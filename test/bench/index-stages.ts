/**
 * Where the index build's time goes, stage by stage, on `n` real pages:
 * `npx tsx test/bench/index-stages.ts 100,300,1000`. Each stage of the corpus
 * step is run on its own, in the order the build runs it, so that a stage
 * whose time grows faster than the corpus shows.
 */
import { pathToFileURL } from 'node:url';
import { indexBuild } from '../../src/index/builder';
import { parseHtmlWithLinkedom } from '../../src/index/parse-html';
import { collectNames } from '../../src/extract/collect-names';
import { mergeEntities } from '../../src/extract/merge-entities';
import { linkSourceEntities } from '../../src/extract/source-entities';
import { extractTopics } from '../../src/extract/topics';
import { extractQuotes } from '../../src/extract/quotes';
import { articleFeatures } from '../../src/stories/features';
import { compareByStory, describeStories, formStories } from '../../src/stories/stories';
import { realCorpus } from './index-build';

export interface StageFigures {
  pages: number;
  articles: number;
  /** Milliseconds per stage, in the order run: wall time, and the process's CPU time (steadier on a shared machine). */
  stages: Record<string, number>;
  cpuStages: Record<string, number>;
  /** Heap in use once the articles are read (after a collection, when the process runs with --expose-gc). */
  heapAfterReadMB: number;
  peakRssMB: number;
}

export function benchStages(n: number): StageFigures {
  const stages: Record<string, number> = {};
  const cpuStages: Record<string, number> = {};
  const time = <T>(name: string, run: () => T): T => {
    const t = performance.now();
    const cpu = process.cpuUsage();
    const value = run();
    const used = process.cpuUsage(cpu);
    stages[name] = Math.round(performance.now() - t);
    cpuStages[name] = Math.round((used.user + used.system) / 1000);
    return value;
  };
  let parseMs = 0;
  const parseHtml: typeof parseHtmlWithLinkedom = (html) => {
    const t = performance.now();
    const doc = parseHtmlWithLinkedom(html);
    parseMs += performance.now() - t;
    return doc;
  };
  const { articles } = time('read (intake and sentences)', () => indexBuild({ parseHtml }).read(realCorpus(n)));
  stages['of which HTML parsing'] = Math.round(parseMs);
  (globalThis as { gc?: () => void }).gc?.();
  const heapAfterReadMB = Math.round(process.memoryUsage().heapUsed / 1048576);
  const names = time('collect names', () => collectNames(articles));
  const merged = time('merge entities', () => mergeEntities(names, articles));
  const named = time('link source entities', () => linkSourceEntities(merged, articles));
  const topics = time('topics', () => extractTopics(articles));
  time('quotes', () => extractQuotes(articles, named));
  const features = time('story features (per article)', () => new Map(articles.map((a) => [a, articleFeatures(a)])));
  const formed = time('form stories (clustering)', () => formStories(articles, [], (a) => features.get(a)!));
  time('compare within stories', () => compareByStory(articles, formed.assignment));
  time('describe stories', () => describeStories(formed.assignment, articles, [...named, ...topics]));
  return { pages: n, articles: articles.length, stages, cpuStages, heapAfterReadMB, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const n of (process.argv[2] ?? '100,300,1000').split(',').map(Number)) {
    const f = benchStages(n);
    console.log(`${n} pages (${f.articles} articles), heap after reading ${f.heapAfterReadMB} MB, peak RSS ${f.peakRssMB} MB`);
    for (const [stage, ms] of Object.entries(f.stages)) {
      const cpu = f.cpuStages[stage];
      console.log(
        `  ${stage}: ${ms} ms wall (${(ms / f.articles).toFixed(1)} per article)${cpu === undefined ? '' : `, ${cpu} ms CPU (${(cpu / f.articles).toFixed(1)} per article)`}`,
      );
    }
  }
}
