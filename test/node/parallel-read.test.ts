import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexBuild } from '../../src/index/builder';
import { indexInParallel } from '../../src/node/parallel-index';
import { buildIndexFromFolder, buildIndexFromFolderInParallel, readCorpusFolder } from '../../src/node/folder';
import { defaultWorkerCount, featuresFrom, PARALLEL_MIN_FILES, readArticlesInParallel } from '../../src/node/parallel-read';
import { articleFeatures } from '../../src/stories/features';
import { SEEDS_DIR, seedFiles } from '../seeds';

const FIXTURES = resolve(import.meta.dirname, '../e2e/fixtures');
const dir = mkdtempSync(join(tmpdir(), 'sourcelight-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The seeds with their editorial file, a few HTML pages, and files that each give a problem line.
for (const f of seedFiles()) copyFileSync(join(SEEDS_DIR, f.name), join(dir, f.name));
copyFileSync(join(SEEDS_DIR, 'editorial.json'), join(dir, 'editorial.json'));
for (const page of ['news-article.html', 'library/geneva-talks.html', 'generic-names.html', 'library-tab-two.html']) {
  copyFileSync(join(FIXTURES, page), join(dir, page.replace('/', '-')));
}
writeFileSync(join(dir, 'empty.txt'), '');
writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x41, 0, 0x42]));
writeFileSync(join(dir, 'no-sentences.md'), '# Only a heading\n');
// Same id as the HTML page of the same name: the first in name order wins.
writeFileSync(join(dir, 'news-article.md'), 'A second copy of the news article, under another extension. It says little.\n');

// Each test starts worker threads and reads the pages twice: slow on a loaded machine.
describe('readArticlesInParallel', { timeout: 30_000 }, () => {
  it('gives the serial read: the same articles and problems in the same order', async () => {
    const folder = readCorpusFolder(dir);
    const serial = indexBuild().read(folder.files);
    const parallel = await readArticlesInParallel(indexBuild(), folder.files, 2);
    expect(serial.articles.length).toBeGreaterThan(seedFiles().length);
    expect(parallel.problems).toEqual(serial.problems);
    expect(JSON.stringify(parallel.articles)).toBe(JSON.stringify(serial.articles));
  });

  it('gives each kept article its own story features, as computed on the main thread', async () => {
    const parallel = await readArticlesInParallel(indexBuild(), readCorpusFolder(dir).files, 1);
    expect([...parallel.features.keys()].sort()).toEqual(parallel.articles.map((a) => a.source.id).sort());
    for (const article of parallel.articles) expect(parallel.features.get(article.source.id)).toEqual(articleFeatures(article));
  });

  it('with no workers reads serially', async () => {
    const folder = readCorpusFolder(dir);
    const { articles, problems } = await readArticlesInParallel(indexBuild(), folder.files, 0);
    expect(JSON.stringify({ articles, problems })).toBe(JSON.stringify(indexBuild().read(folder.files)));
  });
});

describe('buildIndexFromFolderInParallel', { timeout: 30_000 }, () => {
  it.each([1, 3])('the seeds, HTML pages and bad files with %i workers: the index is byte-identical to the serial build', async (workers) => {
    const serial = buildIndexFromFolder(dir);
    const parallel = await buildIndexFromFolderInParallel(dir, { workers });
    expect(serial.problems.some((p) => p.startsWith('empty.txt: '))).toBe(true);
    expect(parallel.problems).toEqual(serial.problems);
    expect(JSON.stringify(parallel.index, null, 2)).toBe(JSON.stringify(serial.index, null, 2));
  });

  it('the seeds alone: byte-identical to the serial build', async () => {
    expect(JSON.stringify((await buildIndexFromFolderInParallel(SEEDS_DIR, { workers: 1 })).index)).toBe(JSON.stringify(buildIndexFromFolder(SEEDS_DIR).index));
  });
});

describe('indexInParallel', { timeout: 30_000 }, () => {
  it('the seeds and HTML pages, compared on a worker: the index of the serial corpus step, alignments included', async () => {
    const build = indexBuild();
    const read = await readArticlesInParallel(build, readCorpusFolder(dir).files, 0);
    const serial = build.index(read, featuresFrom(read.features));
    const parallel = await indexInParallel(build, read, 1);
    expect(serial.index.alignments.length).toBeGreaterThan(0);
    expect(parallel.problems).toEqual(serial.problems);
    expect(JSON.stringify(parallel.index)).toBe(JSON.stringify(serial.index));
  });

  it("the reader's story corrections, applied on the worker as the serial step applies them, with their problems", async () => {
    const read = await readArticlesInParallel(indexBuild(), readCorpusFolder(dir).files, 0);
    const story = indexBuild().index(read, featuresFrom(read.features)).index.stories[0].id;
    const stories = JSON.stringify({
      corrections: [
        { op: 'rename', story, title: 'Renamed by the reader' },
        { op: 'merge', stories: ['story:none'] },
      ],
    });
    const build = indexBuild({ stories });
    const serial = build.index(read, featuresFrom(read.features));
    const parallel = await indexInParallel(build, read, 1);
    expect(serial.index.stories[0].title).toBe('Renamed by the reader');
    expect(serial.problems.length).toBeGreaterThan(0);
    expect(parallel.problems).toEqual(serial.problems);
    expect(JSON.stringify(parallel.index)).toBe(JSON.stringify(serial.index));
  });
});

describe('how many workers by default', () => {
  it.each([
    ['the five seeds', 5, 0],
    ['one file short of the threshold', PARALLEL_MIN_FILES - 1, 0],
    ['the threshold', PARALLEL_MIN_FILES, availableParallelism() - 1],
    ['a thousand files', 1000, availableParallelism() - 1],
  ])('%s: %i files, one worker per further core or none', (_name, files, workers) => {
    expect(defaultWorkerCount(files)).toBe(workers);
  });
});
