import { readdirSync, writeFileSync } from 'node:fs';
import { launchWithExtension } from './src/demo/browsers';
import { startServer, CORPUS_DIR } from './src/demo/server';
const server = await startServer();
const { browser } = await launchWithExtension('chromium');
const out: Record<string, Record<string, string[]>> = {};
const files = process.env.ONLY ? [process.env.ONLY] : readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.html')).sort();
const t0 = Date.now();
for (const f of files) {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (r) => (r.url().startsWith(server.origin) ? r.continue() : r.abort()));
  try {
    await page.goto(`${server.origin}/corpus/${f}`, { waitUntil: 'load', timeout: 20000 });
    await new Promise((r) => setTimeout(r, 400));
    out[f] = await page.evaluate(`(() => { const o = {}; for (const [n, h] of CSS.highlights) { if (!n.startsWith('sourcelight-')) continue; o[n.slice(12)] = [...h].map((s) => { const r = document.createRange(); r.setStart(s.startContainer, s.startOffset); r.setEnd(s.endContainer, s.endOffset); const t = r.toString(); const c = s.startContainer.data; return (c.slice(Math.max(0, s.startOffset - 40), s.startOffset) + '[[' + t + ']]' + (s.endContainer.data ?? '').slice(s.endOffset, s.endOffset + 40)).replace(/\s+/g, ' '); }); } return o; })()`) as Record<string, string[]>;
  } catch (e) { console.log(f, 'ERR', (e as Error).message); }
  await page.close();
}
console.log('took', Date.now() - t0);
writeFileSync('/tmp/corpus-contexts.json', JSON.stringify(out, null, 1));
await browser.close(); await server.close();
