/**
 * `npm run icons`: renders `assets/icon.svg` to the PNG sizes the browsers and
 * stores use, into `public/icon/<size>.png` (committed, so a build needs no
 * rasteriser). It draws with the headless Chromium the tests already use.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findBrowser, ROOT, SetupError } from '../src/demo/browsers';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
const SOURCE = resolve(ROOT, 'assets/icon.svg');
const OUT_DIR = resolve(ROOT, 'public/icon');

async function main(): Promise<void> {
  const svg = readFileSync(SOURCE, 'utf8');
  const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  const browser = await puppeteer.launch({ executablePath: findBrowser('chromium'), headless: true, pipe: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    mkdirSync(OUT_DIR, { recursive: true });
    for (const size of ICON_SIZES) {
      await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
      // An <img> at the target size: the SVG is rasterised at that size, not scaled down from another.
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      await page.waitForFunction(() => document.images[0]?.complete);
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      writeFileSync(resolve(OUT_DIR, `${size}.png`), png);
      console.log(`public/icon/${size}.png`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof SetupError ? error.message : `Could not render the icons: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
