/**
 * The pipeline runs anywhere: the builder, bundled for the browser (esbuild
 * fails on any Node module), builds the seed index inside a bare JavaScript
 * context with no `process`, `require`, `Buffer` or file system, and gives the
 * same index as in Node.
 */
import { build } from 'esbuild';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/builder';
import { seedEditorial, seedFiles } from '../seeds';

async function bundleBuilder(): Promise<string> {
  const result = await build({
    stdin: {
      contents: "import { buildIndex } from './src/index/builder'; globalThis.buildIndex = buildIndex;",
      resolveDir: new URL('../..', import.meta.url).pathname,
      loader: 'ts',
    },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

describe('the index builder outside Node', () => {
  it('bundles for the browser and builds the seed index in a bare context, as in Node', { timeout: 30_000 }, async () => {
    const code = await bundleBuilder();
    const context: Record<string, unknown> = { files: seedFiles(), editorial: seedEditorial() };
    runInNewContext(`${code}\nresult = JSON.stringify(buildIndex(files, { editorial }));`, context);
    expect(context.process).toBeUndefined();
    const inBrowser = JSON.parse(context.result as string);
    expect(inBrowser.problems).toEqual([]);
    expect(inBrowser.index.sources).toHaveLength(5);
    expect(inBrowser).toEqual(JSON.parse(JSON.stringify(buildIndex(seedFiles(), { editorial: seedEditorial() }))));
  });
});
