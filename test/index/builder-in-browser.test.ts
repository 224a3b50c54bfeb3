/**
 * The pipeline runs anywhere: the builder, bundled for the browser (esbuild
 * fails on any Node module), builds the seeds and an HTML page inside a bare
 * JavaScript context with no `process`, `require`, `Buffer` or file system,
 * and gives the same index as in Node.
 */
import { build } from 'esbuild';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/builder';
import { parseHtmlWithLinkedom } from '../../src/index/parse-html';
import { seedEditorial, seedFiles } from '../seeds';

const HTML_ARTICLE = `<!doctype html><html lang="en"><head><title>Cyber talks resume in Geneva | Example News</title>
<meta property="og:site_name" content="Example News"><meta name="author" content="Jane Roe"></head>
<body><nav>Home World Politics</nav><article><h1>Cyber talks resume in Geneva</h1>
${Array.from({ length: 6 }, (_, i) => `<p>Negotiators from the United States and China met again on Tuesday in Geneva to discuss rules for state conduct in cyberspace, round ${i + 1} of the talks, officials said.</p>`).join('\n')}
</article><footer>Copyright Example News</footer></body></html>`;

async function bundleBuilder(): Promise<string> {
  const result = await build({
    stdin: {
      contents:
        "import { buildIndex } from './src/index/builder'; import { parseHtmlWithLinkedom } from './src/index/parse-html';" +
        'globalThis.buildIndex = (files, options) => buildIndex(files, { ...options, parseHtml: parseHtmlWithLinkedom });',
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
    const files = [...seedFiles(), { name: 'talks.html', text: HTML_ARTICLE }];
    // What a browser's worker has of the platform, and nothing of Node's.
    const context: Record<string, unknown> = { files, editorial: seedEditorial(), atob, btoa, TextEncoder, TextDecoder };
    runInNewContext(`${code}\nresult = JSON.stringify(buildIndex(files, { editorial }));`, context);
    expect(context.process).toBeUndefined();
    const inBrowser = JSON.parse(context.result as string);
    expect(inBrowser.problems).toEqual([]);
    expect(inBrowser.index.sources.map((s: { title: string }) => s.title)).toContain('Cyber talks resume in Geneva');
    expect(inBrowser).toEqual(JSON.parse(JSON.stringify(buildIndex(files, { editorial: seedEditorial(), parseHtml: parseHtmlWithLinkedom }))));
  });
});
