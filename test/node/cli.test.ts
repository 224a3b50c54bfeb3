import { INDEX_VERSION } from '../../src/contracts/schema';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/node/cli';
import { SEEDS_DIR } from '../seeds';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err };
}

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('index CLI', () => {
  it('prints a readable summary: counts, lineage as %, discrepancies', async () => {
    const { code, out, err } = await run([SEEDS_DIR]);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toMatch(/^5 sources, \d+ sentences$/m);
    expect(out).toMatch(/^\d+ entities \(\d+ person, \d+ organization, \d+ place, \d+ topic\)$/m);
    expect(out).toMatch(/^\d+ quotes, \d+ alignments, \d+ discrepancies$/m);
    expect(out).toMatch(/Wire \(PNA\/PTI\) \[000_83764a884f072226\.txt\]: .*derives from NYT \(\d+%\)/);
    expect(out).toMatch(/NYT \[002_4aefd2a4df811d97\.txt\]: .*original$/m);
    expect(out).toContain("date: Thursday in Wire (PNA/PTI), Blog repost and NYT; Tuesday in People's Daily.");
  });

  it('--json prints the whole index and nothing else', async () => {
    const { code, out } = await run([SEEDS_DIR, '--json']);
    expect(code).toBe(0);
    const index = JSON.parse(out);
    expect(index.version).toBe(INDEX_VERSION);
    expect(index.sources).toHaveLength(5);
    expect(index.stories).toHaveLength(1);
    expect(index.stories[0].sources).toHaveLength(5);
  });

  it('--no-overrides uses the names the text gives', async () => {
    const { out } = await run([SEEDS_DIR, '--no-overrides']);
    expect(out).toContain("People's Daily Online");
    expect(out).not.toContain('Wire (PNA/PTI)');
  });

  it('problems go to stderr, one line each, naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourcelight-cli-'));
    temps.push(dir);
    writeFileSync(join(dir, 'a.txt'), 'The talks went on for a long time and nobody knew why it was so.');
    writeFileSync(join(dir, 'b.txt'), '');
    const { code, err } = await run([dir]);
    expect(code).toBe(0);
    expect(err).toEqual(['b.txt: the file is empty; skipped', 'a.txt: the article names no outlet and gives no URL; outlet "Unknown outlet"']);
  });

  it('an unreadable folder is one line on stderr and exit 1', async () => {
    const { code, out, err } = await run([join(tmpdir(), 'no-such-sourcelight-folder')]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/no-such-sourcelight-folder: cannot read the folder \(ENOENT\)/);
  });

  it('an unknown option is one line and exit 1', async () => {
    const { code, err } = await run(['--jsno']);
    expect(code).toBe(1);
    expect(err[0]).toMatch(/^unknown option --jsno; usage:/);
  });
});
