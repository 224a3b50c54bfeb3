/**
 * Pages written to mirror common CMS markup (WordPress, Arc, Drupal, Ghost,
 * Medium, Substack, Advance Local, a Japanese CMS in Shift_JIS, Chinese state
 * media in GBK, Korean news agency and portal pages, German, French, Spanish,
 * Italian, Russian in windows-1251, a British daily, a Markdown repost) and
 * common header layouts (a date typed into a byline box, a date badge of
 * spans, other items' microdata below the text, a UTC published time on the
 * next day), read from their bytes as `npm run index` reads them: each field
 * as expected.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeArticleBytes } from '../../src/node/folder';
import { parseHtmlWithLinkedom } from '../../src/index/parse-html';
import { parseSource } from '../../src/intake/parse-source';
import { normalizeText } from '../../src/text/normalize';

const DIR = resolve(import.meta.dirname, 'fixtures/cms');
const pages = readdirSync(DIR).filter((f) => /\.(html|md)$/.test(f));

describe('CMS mirror pages', () => {
  it.each(pages)('%s', (file) => {
    const expected = JSON.parse(readFileSync(resolve(DIR, file.replace(/\.[^.]+$/, '.expected.json')), 'utf8'));
    const decoded = decodeArticleBytes(file, readFileSync(resolve(DIR, file)));
    if (!('text' in decoded)) throw new Error(decoded.problem);
    const { parsed, problems } = parseSource({ name: file, text: decoded.text }, undefined, { parseHtml: parseHtmlWithLinkedom });
    expect(problems).toEqual([]);
    const source = parsed!.source;
    expect(source.title).toBe(expected.title);
    expect(source.authors ?? null).toEqual(expected.authors ?? null);
    expect(source.published).toBe(expected.date);
    expect(expected.outlet).toContain(source.outlet);
    if (expected.originalOutlet) expect(source.originalOutlet).toBe(expected.originalOutlet);
    // Every paragraph of the article is in the sentences, and nothing else of weight.
    const text = parsed!.sentences.map((s) => s.text).join(' ');
    // The text is normalised as all text is (full-width commas, guillemets → ASCII): compare alike.
    for (const paragraph of expected.text.split('\n\n')) expect(text).toContain(normalizeText(paragraph).slice(0, 30));
    expect(text.length).toBeLessThan(expected.text.length * 1.15);
  });
});
