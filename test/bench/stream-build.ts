/**
 * Benchmark of `npm run index` on a news stream of 5,000 Markdown articles,
 * made at bench time (never committed) from two sources:
 *
 *  - the labelled stream (`test/fixtures/stream`, 309 articles) again and
 *    again, each time as another "world": every word of four letters or
 *    more respelled (its letters shifted by the world's number; function
 *    words, dates, news agencies, countries, capitals and well-known
 *    organisations kept, as every world names them), dates moved on by two
 *    months (more than a story's window). A world's articles form the stream's stories again (wire copies,
 *    follow-ups, site boilerplate, same-day neighbours) in words of its own,
 *    so that no passage of one world is reused in another: 11 worlds, about
 *    1,450 stories, over two years;
 *  - the newspaper library's real pages (`../shared/corpus/newspaper`, 72 of
 *    them of 150 to 2,000 words), copied until the stream holds 5,000, every
 *    longer word reversed and respelled and every figure changed in each
 *    copy: longer articles, each a story of its own.
 *
 * Each build runs in its own process under `/usr/bin/time`, exactly as
 * `npm run index -- <folder>` runs (its peak RSS is the whole process's,
 * worker threads included). `--base <dir>` builds the same folder with the
 * code checked out in `<dir>` too (`git archive <commit> | tar -x -C <dir>`,
 * its `node_modules` linked to this one's), the two taking turns, so that old
 * and new are measured side by side on a machine whose speed drifts.
 *
 * `npx tsx test/bench/stream-build.ts [articles] [--base <dir>] [--runs n]`.
 * Target: 5,000 articles in 3 minutes on 2 cores, peak RSS at most 1.5 GB.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDateWord, isFunctionWord, NEWS_AGENCY_WORDS } from '../../src/text/lexicon';
import { isKnownPlaceWord } from '../../src/extract/gazetteer';
import { isKnownOrgWord } from '../../src/extract/org-heads';

const ROOT = resolve(import.meta.dirname, '..', '..');
const STREAM_DIRS = ['tune', 'held-out'].map((s) => join(ROOT, 'test', 'fixtures', 'stream', s));
const NEWSPAPER_DIR = resolve(ROOT, '..', 'shared', 'corpus', 'newspaper');
const DAY_MS = 86_400_000;

/** The stream's size: the target's. */
export const STREAM_ARTICLES = 5000;

/** A word's letters shifted by `shift` places, case kept. */
const shifted = (word: string, shift: number) =>
  word.replace(/[A-Za-z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(base + ((c.charCodeAt(0) - base + shift) % 26));
  });

/** Words every world shares: function words, dates, news agencies, countries, capitals and well-known organisations. */
const shared = (word: string) =>
  isFunctionWord(word) ||
  isDateWord(word) ||
  NEWS_AGENCY_WORDS.has(word.toLowerCase()) ||
  isKnownPlaceWord(word.toLowerCase()) ||
  isKnownOrgWord(word.toLowerCase());

/** A text respelled for world `w`: each word of four letters or more but the shared ones. */
function renamed(text: string, w: number): string {
  if (w === 0) return text;
  return text.replace(/\b[A-Za-z]{4,}\b/g, (word) => (shared(word) ? word : shifted(word, w)));
}

/**
 * A page's copy in words and figures no world and no other copy uses: each word of two letters or more but
 * function words and dates reversed, then shifted by `copy` (words of two letters too), each digit moved on by `copy`.
 */
function reworded(text: string, copy: number): string {
  return text
    .replace(/\b[A-Za-z]{2,}\b/g, (word) => (isFunctionWord(word) || isDateWord(word) ? word : shifted([...word].reverse().join(''), copy)))
    .replace(/\d/g, (d) => String((Number(d) + copy) % 10));
}

const movedDate = (iso: string, days: number) => new Date(Date.parse(iso.slice(0, 10) + 'T00:00:00Z') + days * DAY_MS).toISOString().slice(0, 10);

/** One labelled-stream article as world `w` has it. */
function inWorld(text: string, w: number): string {
  const [, head, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  if (!head) return renamed(text, w);
  const lines = head.split('\n').map((line) => {
    const m = /^(\w+): (.*)$/.exec(line);
    if (!m) return line;
    const [, key, value] = m;
    if (key === 'date') return `date: ${movedDate(value, 61 * w)}`;
    if (key === 'title' || key === 'author') return `${key}: ${renamed(value, w)}`;
    // The site stays (its boilerplate is the site's); the address is another article's.
    if (/^https?:\/\//.test(value)) return `${key}: ${value.replace(/^(https?:\/\/[^/]+)/, `$1/w${w}`)}`;
    return line;
  });
  return `---\n${lines.join('\n')}\n---\n${renamed(body, w)}`;
}

/** The newspaper pages of 150 to 2,000 words, as title and text. */
function newspaperPages(): { name: string; title: string; text: string }[] {
  let names: string[];
  try {
    names = readdirSync(NEWSPAPER_DIR).filter((f) => f.endsWith('.expected.txt'));
  } catch {
    return [];
  }
  return names
    .sort()
    .map((f) => ({ name: f.replace('.expected.txt', ''), text: readFileSync(join(NEWSPAPER_DIR, f), 'utf8').trim() }))
    .filter((p) => {
      const words = p.text.split(/\s+/).length;
      return words >= 150 && words <= 2000;
    })
    .map((p) => ({ ...p, title: p.text.split('\n')[0].slice(0, 90) }));
}

/**
 * Writes a stream of `n` Markdown articles into `dir` (see the file's
 * comment); returns how many came from the labelled stream's worlds and how
 * many from the newspaper pages.
 */
export function writeStream(n: number, dir: string): { worlds: number; fromStream: number; fromPages: number } {
  mkdirSync(dir, { recursive: true });
  const stream = STREAM_DIRS.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => ({ name: f, text: readFileSync(join(d, f), 'utf8') })),
  );
  const pages = newspaperPages();
  const streamShare = pages.length ? 0.68 : 1;
  const worlds = Math.max(1, Math.round((n * streamShare) / stream.length));
  let written = 0;
  for (let w = 0; w < worlds && written < n; w++) {
    for (const a of stream) {
      if (written >= n) break;
      writeFileSync(join(dir, `w${String(w).padStart(2, '0')}-${a.name}`), inWorld(a.text, w));
      written++;
    }
  }
  const fromStream = written;
  for (let copy = 1; written < n && pages.length; copy++) {
    for (const p of pages) {
      if (written >= n) break;
      // Each copy a story of its own: every longer word respelled, the page's sentences and function words kept.
      const date = movedDate('2016-01-04', (copy * 7 + written) % 360);
      const text = [
        '---',
        `title: ${JSON.stringify(reworded(p.title, copy) + ' – ' + p.name.replace(/\d+$/, ''))}`,
        `date: ${date}`,
        `url: https://www.${p.name.replace(/\d+$/, '')}/${copy}/${p.name}`,
        '---',
        '',
        reworded(p.text, copy),
        '',
      ].join('\n');
      writeFileSync(join(dir, `p${String(copy).padStart(3, '0')}-${p.name}.md`), text);
      written++;
    }
  }
  return { worlds, fromStream, fromPages: written - fromStream };
}

export interface StreamBuild {
  /** The code built with: this checkout, or the base. */
  code: string;
  seconds: number;
  cpuSeconds: number;
  peakRssMB: number;
  sources: number;
  stories: number;
  discrepancies: number;
  shown: number;
  loadAverage: number;
}

/** Runs the build and reads both its summary (stdout) and /usr/bin/time's line (stderr). */
function timedBuild(codeDir: string, folder: string, label: string): StreamBuild {
  const result = spawnTimed(codeDir, folder);
  const time = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(result.stderr);
  if (!time) throw new Error(`${label}: no time figures (${result.stderr.split('\n').slice(-3).join(' ')})`);
  const count = (re: RegExp) => Number(re.exec(result.stdout)?.[1] ?? NaN);
  return {
    code: label,
    seconds: Number(time[1]),
    cpuSeconds: Math.round((Number(time[2]) + Number(time[3])) * 10) / 10,
    peakRssMB: Math.round(Number(time[4]) / 1024),
    sources: count(/^(\d+) sources/m),
    stories: count(/^Stories \((\d+)\):/m),
    discrepancies: count(/(\d+) discrepancies$/m),
    shown: count(/^(\d+) discrepancies shown/m),
    loadAverage: Math.round(loadavg()[0] * 10) / 10,
  };
}

function spawnTimed(codeDir: string, folder: string): { stdout: string; stderr: string } {
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', process.execPath, '--import', 'tsx', join(codeDir, 'src', 'node', 'cli.ts'), folder], {
    cwd: codeDir,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (r.status !== 0) throw new Error(`the build with ${codeDir} failed: ${r.stderr.split('\n').slice(-5).join(' ')}`);
  return { stdout: r.stdout, stderr: r.stderr };
}

/**
 * The stream of `n` articles built with this checkout (and with `base`, taking
 * turns, when given), `runs` times each; the folder is removed afterwards.
 */
export function benchStream(
  n = 5000,
  options: { base?: string; runs?: number } = {},
): { articles: number; worlds: number; fromPages: number; builds: StreamBuild[] } {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-stream-'));
  try {
    const made = writeStream(n, dir);
    const builds: StreamBuild[] = [];
    for (let r = 0; r < (options.runs ?? 1); r++) {
      if (options.base) builds.push(timedBuild(options.base, dir, 'base'));
      builds.push(timedBuild(ROOT, dir, 'this branch'));
    }
    return { articles: n, worlds: made.worlds, fromPages: made.fromPages, builds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 5000);
  const figures = benchStream(n, { base: option('--base'), runs: Number(option('--runs') ?? 1) });
  console.log(`${figures.articles} articles (${figures.worlds} worlds of the labelled stream, ${figures.fromPages} from newspaper pages):`);
  for (const b of figures.builds) {
    console.log(
      `  ${b.code}: ${b.seconds} s (CPU ${b.cpuSeconds} s), peak RSS ${b.peakRssMB} MB; ${b.sources} sources, ${b.stories} stories, ${b.discrepancies} discrepancies (${b.shown} shown); load ${b.loadAverage}`,
    );
  }
}
