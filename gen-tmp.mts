import { readdirSync, writeFileSync } from 'node:fs';
import { launchWithExtension } from './src/demo/browsers';
import { startServer, CORPUS_DIR } from './src/demo/server';
const server = await startServer({ corpusCsp: "script-src 'none'" });
const { browser } = await launchWithExtension((process.env.B as 'chromium' | 'firefox') ?? 'chromium');
const out: Record<string, string[]> = {};
const ctx: Record<string, string[]> = {};
for (const f of readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.html')).sort()) {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (r) => (r.url().startsWith(server.origin) ? r.continue() : r.abort()));
  page.on('dialog', (d) => d.dismiss());
  await page.goto(`${server.origin}/corpus/${f}`, { waitUntil: 'load', timeout: 30000 });
  await new Promise((r) => setTimeout(r, 700));
  const res = (await page.evaluate(String.raw`(() => { const o = [], c = []; for (const [n, h] of CSS.highlights) { if (!n.startsWith('sourcelight-')) continue; for (const s of h) { const r = document.createRange(); r.setStart(s.startContainer, s.startOffset); r.setEnd(s.endContainer, s.endOffset); const t = r.toString().replace(/\s+/g, ' ').trim(); o.push(n.slice(12) + ':' + t); c.push(n.slice(12) + ': ' + (s.startContainer.data.slice(Math.max(0, s.startOffset - 50), s.startOffset) + '[[' + t + ']]' + s.endContainer.data.slice(s.endOffset, s.endOffset + 40)).replace(/\s+/g, ' ')); } } return [o.sort(), c]; })()`)) as [string[], string[]];
  out[f] = res[0]; ctx[f] = res[1];
  await page.close();
}
writeFileSync('/tmp/reviewed.json', JSON.stringify(out, null, 1));
writeFileSync('/tmp/review-contexts.json', JSON.stringify(ctx, null, 1));
await browser.close(); await server.close();
