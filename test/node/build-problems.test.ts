/**
 * Every step's problems reach the user: the folder's, the reading's, the
 * stories file's and the editorial entity corrections', on the CLI's stderr
 * (serially and with workers) and as the Vite plugin's build warnings.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/node/cli';
import { buildIndexFromFolder, buildIndexFromFolderInParallel } from '../../src/node/folder';
import { sourcelightIndex } from '../../src/node/vite-plugin';
import { SEEDS_DIR, seedEditorial, seedFiles } from '../seeds';

const dir = mkdtempSync(join(tmpdir(), 'sourcelight-problems-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

for (const f of seedFiles()) copyFileSync(join(SEEDS_DIR, f.name), join(dir, f.name));
const editorial = JSON.parse(seedEditorial());
editorial.entities.push({ match: 'person:nobody-at-all', name: 'Nobody' }, { name: 'Half an entry' });
writeFileSync(join(dir, 'editorial.json'), JSON.stringify(editorial));
writeFileSync(join(dir, 'stories.json'), JSON.stringify({ corrections: [{ op: 'merge', stories: ['story:none'] }] }));
writeFileSync(join(dir, 'empty.txt'), '');

/** One line of each step: the file read, the stories correction, the two entity corrections. */
const EXPECTED = [
  expect.stringMatching(/^empty\.txt: the file is empty; skipped$/),
  expect.stringMatching(/^stories\.json: correction 1 /),
  expect.stringMatching(/^editorial\.json: entities\[\d+\] .*lacks "name" or "kind"/),
  expect.stringMatching(/^editorial\.json: entities\[\d+\] matches no entity \("person:nobody-at-all"\); skipped$/),
];

describe("every step's problems", { timeout: 30_000 }, () => {
  it('the serial build gives one line per problem of every step', () => {
    const { problems } = buildIndexFromFolder(dir);
    expect(problems).toEqual(EXPECTED);
  });

  it('the build with a worker gives the same lines', async () => {
    expect((await buildIndexFromFolderInParallel(dir, { workers: 1 })).problems).toEqual(buildIndexFromFolder(dir).problems);
  });

  it('the CLI prints them on stderr, and the index on stdout', async () => {
    const err: string[] = [];
    const out: string[] = [];
    expect(await runCli([dir, '--json'], { out: (t) => out.push(t), err: (t) => err.push(t) })).toBe(0);
    expect(err).toEqual(EXPECTED);
    expect(JSON.parse(out.join('\n')).sources).toHaveLength(5);
  });

  it("the Vite plugin gives them as the build's warnings", () => {
    const warnings: string[] = [];
    const context = { warn: (m: string) => void warnings.push(m), addWatchFile: () => {} };
    // The plugin's load hook is a plain function; Vite's type allows an object form too.
    const load = sourcelightIndex(dir).load as unknown as (this: typeof context, id: string) => string | undefined;
    expect(load.call(context, '\0virtual:sourcelight/full-index')).toMatch(/^export default JSON\.parse\(/);
    expect(warnings).toEqual(EXPECTED);
  });
});
