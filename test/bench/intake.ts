/**
 * `npx tsx test/bench/intake.ts [--defuddle]`: article intake on the shared
 * corpus. Per-field accuracy (title, authors, date, on pages whose
 * `.meta.json` states them), main-text F1 on snippets, pages judged not an
 * article, and the time to read each page (linkedom parse + metadata +
 * Readability), median and for the pages over 1 MB. `--defuddle` also scores
 * defuddle's synchronous `parse()` on the same pages for comparison.
 */
import Defuddle from 'defuddle';
import { readArticle } from '../../src/intake/read-article';
import { parseHtmlWithLinkedom } from '../../src/index/parse-html';
import { corpusPages, countSnippets, expectedNames, f1, sameAuthors, sameDate, sameTitle, snippetsFor, type SnippetCounts } from './intake-corpus';
import { splitAuthors } from '../../src/intake/authors';
import { toIsoDate } from '../../src/intake/iso-date';

interface Tally {
  title: [number, number];
  authors: [number, number];
  date: [number, number];
  text: SnippetCounts[];
  misses: string[];
}

const pct = ([ok, n]: [number, number]) => `${((100 * ok) / Math.max(n, 1)).toFixed(1)}% (${ok}/${n})`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export interface Extracted {
  title?: string;
  authors: string[];
  published?: string;
  text: string;
}

export function scoreCorpus(read: (html: string) => Extracted | undefined): Tally & { times: { ms: number; bytes: number }[]; skipped: string[] } {
  const tally: Tally = { title: [0, 0], authors: [0, 0], date: [0, 0], text: [], misses: [] };
  const times: { ms: number; bytes: number }[] = [];
  const skipped: string[] = [];
  for (const page of corpusPages()) {
    const snippets = snippetsFor(parseHtmlWithLinkedom(page.html));
    const t0 = performance.now();
    const got = read(page.html);
    times.push({ ms: performance.now() - t0, bytes: page.html.length });
    if (!got) {
      skipped.push(page.name);
      if (page.expected.readerable === false) continue;
    }
    const e = page.expected;
    const article = got ?? { authors: [], text: '' };
    if (e.title) count(tally.title, sameTitle(article.title, e.title), page.name, 'title', article.title, e.title);
    if (e.byline && expectedNames(e.byline).length)
      count(tally.authors, sameAuthors(article.authors, e.byline), page.name, 'authors', article.authors.join('; '), e.byline);
    if (e.publishedTime) count(tally.date, sameDate(article.published, e.publishedTime), page.name, 'date', article.published, e.publishedTime);
    if (snippets) tally.text.push(countSnippets(article.text, snippets));
  }
  return { ...tally, times, skipped };

  function count(field: [number, number], ok: boolean, name: string, what: string, got: unknown, want: unknown) {
    field[1]++;
    if (ok) field[0]++;
    else tally.misses.push(`${name} ${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  }
}

export function readWithIntake(html: string): Extracted | undefined {
  const { article } = readArticle({ kind: 'html', html, parseHtml: parseHtmlWithLinkedom });
  return article && { title: article.title, authors: article.authors, published: article.published, text: article.text };
}

function readWithDefuddle(html: string): Extracted | undefined {
  const result = new Defuddle(parseHtmlWithLinkedom(html), { url: 'https://example.invalid/', useAsync: false }).parse();
  const text = parseHtmlWithLinkedom(`<!doctype html><html><head></head><body>${result.content}</body></html>`).body.textContent ?? '';
  return { title: result.title, authors: splitAuthors(result.author), published: toIsoDate(result.published), text };
}

/** One reader's figures on the shared corpus, as lines of Markdown. */
export function intakeSummary(name: string, r: ReturnType<typeof scoreCorpus>): string[] {
  const macro = r.text.reduce((s, c) => s + f1(c), 0) / Math.max(r.text.length, 1);
  const big = r.times.filter((t) => t.bytes >= 1_000_000).map((t) => t.ms);
  return [
    `- ${name}: title ${pct(r.title)}, authors ${pct(r.authors)}, date ${pct(r.date)}; main-text F1 ${macro.toFixed(3)} over ${r.text.length} pages with snippets;`,
    `  not an article: ${r.skipped.join(', ') || 'none'};`,
    `  time per page: median ${median(r.times.map((t) => t.ms)).toFixed(1)} ms; pages ≥ 1 MB (${big.length}): median ${median(big).toFixed(1)} ms, max ${Math.max(...big).toFixed(1)} ms.`,
  ];
}

function report(name: string, r: ReturnType<typeof scoreCorpus>, verbose: boolean): void {
  for (const line of intakeSummary(name, r)) console.log(line);
  if (verbose) for (const m of r.misses) console.log('  miss: ' + m);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const verbose = process.argv.includes('--misses');
  report('intake (Readability)', scoreCorpus(readWithIntake), verbose);
  if (process.argv.includes('--defuddle')) {
    const silent = console.error;
    console.error = () => {};
    report('defuddle parse()', scoreCorpus(readWithDefuddle), verbose);
    console.error = silent;
  }
}
