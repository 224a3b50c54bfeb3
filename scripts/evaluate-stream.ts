/**
 * `npm run evaluate -- <stream folder> [--sample N] [--seed S] [--json FILE] [--all]`:
 * builds the index of a labelled stream (`test/fixtures/stream/tune`,
 * `…/held-out`) as `npm run index` does and scores it against the stream's
 * `labels.json`:
 *
 *  - stories: pairwise precision and recall over pairs of articles (a pair is
 *    right when the labels put both articles in one story too), with the
 *    wrongly joined and the wrongly split pairs named;
 *  - discrepancies: each one matched against the disagreements planted in the
 *    stream. It is *real* when two of its variants hold two different
 *    readings of one planted disagreement (each variant's sentence holding its
 *    reading's phrase), an *update* when they hold two readings of a labelled
 *    update (a toll a day later: not a disagreement), and *unplanned*
 *    otherwise. Precision is taken over the discrepancies shown (those that
 *    clear the precision bar) and over all; recall over the planted ones.
 *  - `--sample N` prints N of the shown discrepancies drawn at random (seed
 *    `--seed`, default 1), each with its sentences, for judging by reading.
 *  - `--unplanned` prints every discrepancy that matches no planted
 *    disagreement, shown or not, with its relation, confidence and sentences:
 *    the ones to read first when precision drops.
 *  - `--missed` prints every planted disagreement (updates aside) that no
 *    discrepancy holds, shown or minor, with its readings' phrases and files.
 *
 * The match is a first judgement, not the last word: a careful reader's
 * verdicts on a random sample are written down in docs/discrepancy-judgments.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndexFromFolderInParallel } from '../src/node/folder';
import { prng } from '../test/bench/prng';
import { clearsBar, type Discrepancy, type FullIndex } from '../src/contracts/schema';

/** Shown on cards and in the side panel: clears the precision bar. */
const discrepancyShown = (d: Discrepancy) => clearsBar(d);

export interface StreamLabels {
  articles: Record<string, { story: string; outlet: string; site: string; copyOf?: string }>;
  stories: Record<string, { kind: string; related: string[]; about: string }>;
  discrepancies: { id: string; story: string; kind: string; note: string; readings: { phrase: string; files: string[] }[] }[];
}

export interface PairScore {
  precision: number;
  recall: number;
  /** Pairs put together by the index and by the labels, by the index only, by the labels only. */
  together: number;
  wronglyJoined: [string, string][];
  wronglySplit: [string, string][];
}

/** Pairwise precision and recall of a clustering of `items` against the labelled one. */
export function pairwiseScore(predicted: ReadonlyMap<string, string>, labelled: ReadonlyMap<string, string>): PairScore {
  const items = [...labelled.keys()].filter((k) => predicted.has(k)).sort();
  let both = 0;
  const wronglyJoined: [string, string][] = [];
  const wronglySplit: [string, string][] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const [a, b] = [items[i], items[j]];
      const p = predicted.get(a) === predicted.get(b);
      const l = labelled.get(a) === labelled.get(b);
      if (p && l) both++;
      else if (p) wronglyJoined.push([a, b]);
      else if (l) wronglySplit.push([a, b]);
    }
  }
  const precision = both + wronglyJoined.length ? both / (both + wronglyJoined.length) : 1;
  const recall = both + wronglySplit.length ? both / (both + wronglySplit.length) : 1;
  return { precision, recall, together: both, wronglyJoined, wronglySplit };
}

/** Quotation marks and spaces as one form, for finding a phrase in a sentence. */
const plain = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

export type Verdict = { kind: 'real' | 'update'; planted: string } | { kind: 'unplanned' };

const wordsOf = (text: string) =>
  plain(text)
    .toLowerCase()
    .match(/[\p{L}\p{N}][\p{L}\p{N}.,'-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu) ?? [];

/** The words of reading `r` that the other readings of its disagreement lack: where it differs. */
function ownWords(p: StreamLabels['discrepancies'][number], r: number): string[] {
  const others = new Set(p.readings.flatMap((x, k) => (k === r ? [] : wordsOf(x.phrase))));
  return wordsOf(p.readings[r].phrase).filter((w) => !others.has(w));
}

/**
 * The planted disagreement (or update) a discrepancy shows, if any: two of its
 * variants hold two readings of it (each variant's sentence holds its
 * reading's phrase), differ in the words the discrepancy marks, and one of
 * them marks words that tell its reading apart (a discrepancy about another
 * spot of the same sentences shows something else).
 */
export function judge(d: Discrepancy, fileOf: (sourceId: string) => string, labels: StreamLabels): Verdict {
  for (const p of labels.discrepancies) {
    const holds = d.variants.map((v) => p.readings.findIndex((r) => r.files.includes(fileOf(v.source)) && plain(v.text).includes(plain(r.phrase))));
    const marks = (k: number) => {
      const own = ownWords(p, holds[k]);
      const changed = new Set(wordsOf(d.variants[k].changed));
      // Readings that differ in punctuation only (quotation marks) have no words of their own.
      return own.length === 0 || own.some((w) => changed.has(w));
    };
    for (let a = 0; a < holds.length; a++) {
      for (let b = a + 1; b < holds.length; b++) {
        if (holds[a] < 0 || holds[b] < 0 || holds[a] === holds[b]) continue;
        const punctuationOnly = ownWords(p, holds[a]).length === 0 && ownWords(p, holds[b]).length === 0;
        if (!punctuationOnly && plain(d.variants[a].changed) === plain(d.variants[b].changed)) continue;
        if (marks(a) || marks(b)) return { kind: p.kind === 'update' ? 'update' : 'real', planted: p.id };
      }
    }
  }
  return { kind: 'unplanned' };
}

export function sampleOf<T>(items: readonly T[], n: number, seed: number): T[] {
  const next = prng(seed);
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, n);
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export interface StreamReport {
  stream: string;
  articles: number;
  stories: { predicted: number; labelled: number; precision: number; recall: number; wronglyJoined: [string, string][]; wronglySplit: [string, string][] };
  discrepancies: {
    all: number;
    shown: number;
    realShown: number;
    realAll: number;
    updatesShown: number;
    plantedReal: number;
    plantedFound: number;
    plantedFoundShown: number;
    judged: { id: string; shown: boolean; verdict: Verdict; kind: string; label: string; summary: string; confidence?: number }[];
  };
}

export function scoreStream(stream: string, index: FullIndex, labels: StreamLabels): StreamReport {
  const fileOfSource = new Map(index.sources.map((s) => [s.id, s.file]));
  const fileOf = (id: string) => fileOfSource.get(id) ?? id;
  const predicted = new Map<string, string>();
  for (const story of index.stories) for (const s of story.sources) predicted.set(fileOf(s), story.id);
  const labelled = new Map(Object.entries(labels.articles).map(([file, a]) => [file, a.story]));
  const pairs = pairwiseScore(predicted, labelled);
  const judged = index.discrepancies.map((d) => ({
    id: d.id,
    shown: discrepancyShown(d),
    verdict: judge(d, fileOf, labels),
    kind: d.kind,
    label: d.label,
    summary: d.summary,
    confidence: d.confidence,
  }));
  const shown = judged.filter((j) => j.shown);
  const real = labels.discrepancies.filter((p) => p.kind !== 'update');
  const found = new Set(judged.filter((j) => j.verdict.kind === 'real').map((j) => (j.verdict as { planted: string }).planted));
  const foundShown = new Set(shown.filter((j) => j.verdict.kind === 'real').map((j) => (j.verdict as { planted: string }).planted));
  return {
    stream,
    articles: index.sources.length,
    stories: {
      predicted: index.stories.length,
      labelled: Object.keys(labels.stories).length,
      precision: pairs.precision,
      recall: pairs.recall,
      wronglyJoined: pairs.wronglyJoined,
      wronglySplit: pairs.wronglySplit,
    },
    discrepancies: {
      all: judged.length,
      shown: shown.length,
      realShown: shown.filter((j) => j.verdict.kind === 'real').length,
      realAll: judged.filter((j) => j.verdict.kind === 'real').length,
      updatesShown: shown.filter((j) => j.verdict.kind === 'update').length,
      plantedReal: real.length,
      plantedFound: found.size,
      plantedFoundShown: foundShown.size,
      judged,
    },
  };
}

export function reportLines(r: StreamReport): string[] {
  const d = r.discrepancies;
  return [
    `${r.stream}: ${r.articles} articles; ${r.stories.predicted} stories formed, ${r.stories.labelled} labelled`,
    `  stories: pairwise precision ${r.stories.precision.toFixed(3)}, recall ${r.stories.recall.toFixed(3)} (${r.stories.wronglyJoined.length} pairs wrongly joined, ${r.stories.wronglySplit.length} wrongly split)`,
    `  discrepancies shown: ${d.shown} of ${d.all}; real ${d.realShown} (precision ${d.shown ? pct(d.realShown / d.shown) : 'n/a'}), updates ${d.updatesShown}, unplanned ${d.shown - d.realShown - d.updatesShown}`,
    `  all discrepancies: real ${d.realAll} of ${d.all} (precision ${d.all ? pct(d.realAll / d.all) : 'n/a'})`,
    `  planted disagreements found: ${d.plantedFoundShown} of ${d.plantedReal} shown (recall ${pct(d.plantedFoundShown / Math.max(1, d.plantedReal))}), ${d.plantedFound} found at all`,
  ];
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: string[]): Promise<void> {
  const dir = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--') && args[i - 1] !== '--all'));
  if (!dir) throw new Error('usage: npm run evaluate -- <stream folder> [--sample N] [--seed S] [--json FILE] [--all] [--unplanned] [--missed]');
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as StreamLabels;
  const { index } = await buildIndexFromFolderInParallel(dir);
  const report = scoreStream(dir, index, labels);
  for (const line of reportLines(report)) console.log(line);
  const byFile = new Map(index.sources.map((s) => [s.id, s]));
  const storyOf = (file: string) => labels.articles[file]?.story ?? '?';
  if (args.includes('--all')) {
    console.log('\nWrongly joined (index story: articles of other labelled stories):');
    const joined = new Map<string, Set<string>>();
    for (const [a, b] of report.stories.wronglyJoined) {
      const story = index.stories.find((s) => s.sources.some((x) => byFile.get(x)?.file === a))!.id;
      const set = joined.get(story) ?? new Set<string>();
      set.add(`${storyOf(a)}`).add(`${storyOf(b)}`);
      joined.set(story, set);
    }
    for (const [story, labelsIn] of joined) console.log(`  ${story}: ${[...labelsIn].join(' + ')}`);
    console.log('\nWrongly split (labelled story: pairs apart):');
    const split = new Map<string, number>();
    for (const [a] of report.stories.wronglySplit) split.set(storyOf(a), (split.get(storyOf(a)) ?? 0) + 1);
    for (const [story, n] of split) console.log(`  ${story}: ${n} pairs`);
    console.log('\nDiscrepancies:');
    for (const j of report.discrepancies.judged) {
      const v = j.verdict.kind === 'unplanned' ? 'UNPLANNED' : `${j.verdict.kind} ${j.verdict.planted}`;
      console.log(
        `  ${j.id} [${j.shown ? 'shown' : 'minor'}${j.confidence !== undefined ? ' ' + j.confidence.toFixed(2) : ''}] ${v}: ${j.kind} | ${j.summary}`,
      );
    }
  }
  if (args.includes('--unplanned')) {
    console.log('\nDiscrepancies that match no planted disagreement:');
    for (const d of index.discrepancies) {
      const j = report.discrepancies.judged.find((x) => x.id === d.id)!;
      if (j.verdict.kind !== 'unplanned') continue;
      console.log(`\n${d.id} [${j.shown ? 'shown' : 'minor'}] ${d.kind} (${d.label}) ${d.relation} ${d.confidence}: ${d.summary}`);
      for (const v of d.variants) console.log(`   [${byFile.get(v.source)?.file}] «${v.changed}» ${v.text}`);
    }
  }
  if (args.includes('--missed')) {
    const found = new Set(report.discrepancies.judged.flatMap((j) => ('planted' in j.verdict ? [j.verdict.planted] : [])));
    console.log('\nPlanted disagreements no discrepancy holds:');
    for (const p of labels.discrepancies) {
      if (found.has(p.id) || p.kind === 'update') continue;
      console.log(`  ${p.id} ${p.kind}: ${p.note} | ${p.readings.map((r) => `${r.phrase} [${r.files.join(', ')}]`).join(' / ')}`);
    }
  }
  const n = Number(option(args, '--sample') ?? 0);
  if (n > 0) {
    const seed = Number(option(args, '--seed') ?? 1);
    const shown = index.discrepancies.filter(discrepancyShown);
    console.log(`\nA random sample of ${Math.min(n, shown.length)} shown discrepancies (seed ${seed}):`);
    for (const d of sampleOf(shown, n, seed)) {
      const j = report.discrepancies.judged.find((x) => x.id === d.id)!;
      console.log(`\n${d.id} ${d.kind} (${d.label}) — matched: ${j.verdict.kind}${'planted' in j.verdict ? ' ' + j.verdict.planted : ''}`);
      console.log(`  ${d.summary}`);
      for (const v of d.variants) console.log(`  [${byFile.get(v.source)?.file}] ${v.text}`);
    }
  }
  const json = option(args, '--json');
  if (json) writeFileSync(json, JSON.stringify(report, null, 2) + '\n');
}

if (process.argv[1]?.endsWith('evaluate-stream.ts')) await main(process.argv.slice(2));
