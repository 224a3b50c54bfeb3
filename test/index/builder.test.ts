import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIndex, indexBuild, type BuildOptions, type CorpusInput, type PendingFile } from '../../src/index/builder';
import { buildIndexFromFolder, CorpusFolderError } from '../../src/node/folder';
import { loadFullIndex } from '../../src/index/loader';
import { parseHtmlWithLinkedom } from '../../src/index/parse-html';
import { SEED, SEEDS_DIR, seedEditorial, seedFiles, seedId } from '../seeds';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A temp folder holding copies of the seeds (and their editorial file). */
function seedsCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-'));
  temps.push(dir);
  for (const f of seedFiles()) copyFileSync(join(SEEDS_DIR, f.name), join(dir, f.name));
  copyFileSync(join(SEEDS_DIR, 'editorial.json'), join(dir, 'editorial.json'));
  return dir;
}

describe('buildIndex', () => {
  it('indexes the seeds into an index the extension loader accepts', () => {
    const { index, problems } = buildIndexFromFolder(SEEDS_DIR);
    expect(problems).toEqual([]);
    expect(() => loadFullIndex(JSON.parse(JSON.stringify(index)))).not.toThrow();
    expect(index.sources.map((s) => s.shortName)).toEqual(['Wire (PNA/PTI)', 'Blog repost', 'NYT', "People's Daily", 'Crossroads Blog']);
    expect(index.sentences.length).toBe(index.sources.reduce((n, s) => n + s.sentences.length, 0));
    expect(index.sources.find((s) => s.id === seedId(SEED.nyt))?.url).toMatch(/^https:\/\/www\.nytimes\.com\//);
  });

  it('is deterministic: the same files in any order give byte-identical JSON', () => {
    const files = seedFiles();
    const a = JSON.stringify(buildIndex(files, { editorial: seedEditorial() }).index);
    const b = JSON.stringify(buildIndex([...files].reverse(), { editorial: seedEditorial() }).index);
    expect(b).toBe(a);
  });

  it('--no-overrides ignores the editorial file: names come from the text alone', () => {
    const { index } = buildIndex(seedFiles(), { editorial: seedEditorial(), overrides: false });
    expect(index.sources.find((s) => s.id === seedId(SEED.pd))?.outlet).toBe("People's Daily Online");
    expect(index.sources.find((s) => s.id === seedId(SEED.nyt))?.url).toBeUndefined();
    // The comparison still holds without the editorial labels.
    expect(index.discrepancies.some((d) => d.kind === 'negation')).toBe(true);
  });

  it('a malformed editorial file is one problem line and is ignored', () => {
    const { index, problems } = buildIndex(seedFiles(), { editorial: '{"sources": [' });
    expect(problems).toEqual([expect.stringMatching(/^editorial\.json: not valid JSON.*; ignored$/)]);
    expect(index.sources).toHaveLength(5);
  });

  it('bad files are named problems and the others are still indexed', () => {
    const dir = seedsCopy();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'chrome-only.txt'), 'Most Viewed\n\nHot News\n\nLeave a Reply\n\nBitnami\n');
    writeFileSync(join(dir, 'notes.json'), '{}'); // not an article: not read at all
    const { index, problems } = buildIndexFromFolder(dir);
    expect(problems).toEqual([
      expect.stringMatching(/^binary\.txt: .*binary.*; skipped$/),
      expect.stringMatching(/^empty\.txt: .*empty.*; skipped$/),
      expect.stringMatching(/^chrome-only\.txt: no article text found.*; skipped$/),
    ]);
    expect(index.sources.map((s) => s.file)).toEqual(Object.values(SEED));
  });

  it('an unreadable folder is a CorpusFolderError naming it', () => {
    expect(() => buildIndexFromFolder(join(tmpdir(), 'no-such-sourcelight-folder'))).toThrow(CorpusFolderError);
    expect(() => buildIndexFromFolder(join(tmpdir(), 'no-such-sourcelight-folder'))).toThrow(/no-such-sourcelight-folder: cannot read the folder/);
  });

  it('an unreadable file is a named problem', () => {
    const dir = seedsCopy();
    // A link to nowhere cannot be read even by root (CI runs as root, where chmod 000 would not stop it).
    symlinkSync(join(dir, 'no-such-target.txt'), join(dir, 'locked.txt'));
    expect(buildIndexFromFolder(dir).problems).toEqual([expect.stringMatching(/^locked\.txt: cannot read the file/)]);
  });

  it('a new article (markdown) beside the seeds is picked up with no code change', () => {
    const dir = seedsCopy();
    mkdirSync(join(dir, 'sub')); // folders are not articles
    writeFileSync(
      join(dir, '005_digest.md'),
      [
        'WORLD',
        '',
        '# Cyber Pact Talks Gather Pace Before Summit',
        '',
        'By **ANNA EXAMPLE** SEPT. 21, 2015',
        '',
        "BRUSSELS — The United States and China are negotiating what could become the first arms control accord for cyberspace, embracing a commitment by each country that it will not be the first to use cyberweapons to cripple the other's critical infrastructure during peacetime, according to The New York Times.",
        '',
        'The negotiations have been conducted with urgency in recent weeks, with a goal to announce an agreement when President Xi Jinping of China arrives in Washington for a state visit on Friday.',
        '',
        'European diplomats said they were watching the talks closely and hoped for a broader agreement later.',
        '',
        'Leave a Reply',
      ].join('\n'),
    );
    const { index, problems } = buildIndexFromFolder(dir);
    // The text names no outlet: said once, and a plain stand-in (never the file name) is used.
    expect(problems).toEqual(['005_digest.md: the article names no outlet and gives no URL; outlet "Unknown outlet"']);
    const digest = index.sources.find((s) => s.file === '005_digest.md')!;
    expect(digest).toMatchObject({
      id: 'src-005_digest',
      title: 'Cyber Pact Talks Gather Pace Before Summit',
      byline: 'Anna Example',
      published: '2015-09-21',
      dateline: 'BRUSSELS',
      outlet: 'Unknown outlet',
    });
    expect(digest.sentences).toHaveLength(3);
    // Compared with the others: its Friday is a date discrepancy, and it derives from the Times.
    const date = index.discrepancies.find((d) => d.kind === 'date')!;
    expect(date.variants.find((v) => v.source === 'src-005_digest')?.changed).toBe('Friday');
    expect(index.lineage.find((l) => l.source === 'src-005_digest')?.derivedFrom.map((l) => l.from)).toContain(seedId(SEED.nyt));
  });
});

/** The build's per-article stage alone. */
const readArticles = (files: readonly CorpusInput[], options: BuildOptions = {}) => indexBuild(options).read(files);

describe('the per-article stage apart from the corpus steps', () => {
  it('articles read once, stored as JSON and indexed again, give the same index as one build', () => {
    const build = indexBuild({ editorial: seedEditorial() });
    const read = build.read(seedFiles());
    expect(read.problems).toEqual([]);
    const stored = JSON.parse(JSON.stringify(read));
    const whole = buildIndex(seedFiles(), { editorial: seedEditorial() }).index;
    expect(build.index(stored).index).toEqual(whole);
  });

  it('an article read alone is the same value as when read among the others', () => {
    const files = seedFiles();
    const alone = readArticles([files[2]]).articles[0];
    const among = readArticles(files).articles.find((a) => a.source.id === alone.source.id);
    expect(alone).toEqual(among);
  });
});

describe('readArticles on pending files: each read when its turn comes', () => {
  /** The seeds as pending files that log each read. */
  function pendingSeeds(log: string[]): PendingFile[] {
    return seedFiles().map((f) => ({ name: f.name, read: () => (log.push(f.name), { text: f.text }) }));
  }

  it('pending files give the same articles as files in memory, each read once, in name order', () => {
    const log: string[] = [];
    const pending = readArticles([...pendingSeeds(log)].reverse());
    expect(pending).toEqual(readArticles(seedFiles()));
    expect(log).toEqual(
      seedFiles()
        .map((f) => f.name)
        .sort(),
    );
  });

  it('a pending file that cannot be read is one problem line naming it, before the others', () => {
    const files: PendingFile[] = [...pendingSeeds([]), { name: '000_broken.html', read: () => ({ problem: 'the file is binary, not text' }) }];
    const { articles, problems } = readArticles(files);
    expect(problems).toEqual(['000_broken.html: the file is binary, not text; skipped']);
    expect(articles).toHaveLength(seedFiles().length);
  });

  it('reads a pending file only when its turn comes: each is parsed before the next is read', () => {
    const order: string[] = [];
    const page = (title: string) =>
      `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${'The ministry said the accord would hold. '.repeat(40)}</p></article></body></html>`;
    const files: PendingFile[] = ['b.html', 'a.html'].map((name) => ({ name, read: () => (order.push(`read ${name}`), { text: page(name) }) }));
    const parseHtml = (html: string) => (order.push(`parse ${/<title>(.*?)</.exec(html)?.[1]}`), parseHtmlWithLinkedom(html));
    const { articles } = readArticles(files, { parseHtml });
    expect(articles).toHaveLength(2);
    expect(order).toEqual(['read a.html', 'parse a.html', 'read b.html', 'parse b.html']);
  });
});
