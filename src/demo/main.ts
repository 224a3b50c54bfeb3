/**
 * `npm start`: the demo. Serves the seed articles as news pages on localhost and
 * opens Chromium with the built extension on one of them. Without a display it
 * runs the same demo headless, saves screenshots and prints what the extension did.
 */
import { basename, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchWithExtension, ROOT, SetupError } from './browsers';
import { captureDemo } from './screenshots';
import { startServer } from './server';

const OUTPUT_DIR = resolve(ROOT, 'demo-output');
const DEMO_ARTICLE = '/seed/002_4aefd2a4df811d97.txt';

async function countHighlights(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const [name, highlight] of CSS.highlights) if (name.startsWith('sourcelight-')) counts[name] = highlight.size;
    return counts;
  });
}

async function main(): Promise<void> {
  const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const server = await startServer({ port: headless ? 0 : 8750 });
  const { browser, extensionOrigin } = await launchWithExtension('chromium', { headless });
  const page = await browser.newPage();
  await page.goto(server.origin + DEMO_ARTICLE);
  // The content script works in idle slices; give it a moment to finish.
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('sourcelight-')), { timeout: 10_000 });
  await new Promise((r) => setTimeout(r, 1500));
  const counts = await countHighlights(page);
  console.log(`Sourcelight loaded in Chromium (${extensionOrigin}) on ${server.origin + DEMO_ARTICLE}`);
  for (const [name, n] of Object.entries(counts)) console.log(`  ${name.padEnd(26)} ${n} highlighted`);

  if (!headless) {
    console.log('\nThe demo is open in Chromium. Hover a highlighted name; close the browser or press Ctrl+C to stop.');
    await new Promise<void>((done) => browser.on('disconnected', () => done()));
    await server.close();
    return;
  }
  await page.close();
  const shots = await captureDemo({ browser, extensionOrigin, articleUrl: server.origin + DEMO_ARTICLE }, OUTPUT_DIR);
  const names = Object.values(shots).map((path) => basename(path));
  console.log(`\nNo display: ran headless. Screenshots are in ${OUTPUT_DIR}/:\n  ${names.join('\n  ')}`);
  await browser.close();
  await server.close();
}

main().catch((error: unknown) => {
  if (error instanceof SetupError) {
    console.error(error.message);
  } else {
    console.error('The demo failed:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
