import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndexFromFolder, MAX_ARTICLE_BYTES } from '../../src/node/folder';

const GOOD =
  'WASHINGTON — Officials from both countries met on Friday and agreed to keep talking about the cyber agreement, they said.\n\nThe talks will resume next month in Beijing, according to a statement released by the ministry.\n';

describe('bad input: one line naming the file, the rest still read', () => {
  it.each([
    ['empty.txt', '', /the file is empty/],
    ['binary.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]), /binary/],
    ['huge.html', Buffer.alloc(MAX_ARTICLE_BYTES + 1, 0x61), /too large/],
    [
      'home.html',
      `<html><head><title>Home</title></head><body>${'<article><h2><a href="/x">A teaser headline</a></h2></article>'.repeat(20)}</body></html>`,
      /not an article/,
    ],
    ['chrome.txt', 'Sign in\n\nSubscribe\n\nShare this article\n\nAdvertisement\n', /no article text found/],
    ['broken.md', '---\ntitle: [oops\n---\n' + GOOD, /front matter is not valid YAML/],
  ])('%s', (name, content, reason) => {
    const dir = mkdtempSync(join(tmpdir(), 'intake-bad-'));
    writeFileSync(join(dir, name), content);
    writeFileSync(join(dir, 'good.txt'), GOOD);
    const { index, problems } = buildIndexFromFolder(dir);
    const mine = problems.filter((p) => p.startsWith(name + ': '));
    expect(mine.length).toBeGreaterThanOrEqual(1);
    expect(mine.some((p) => reason.test(p))).toBe(true);
    expect(mine.every((p) => !p.includes('\n'))).toBe(true);
    expect(index.sources.map((s) => s.file)).toContain('good.txt');
  });
});

describe('encodings: text in any encoding is read, never refused for it', () => {
  it('a windows-1252 text file (no declaration) is read as such', () => {
    const dir = mkdtempSync(join(tmpdir(), 'intake-enc-'));
    const text =
      'Le café noir coûte deux euros à Paris, a déclaré le ministre vendredi devant les députés réunis.\n\nLes négociations reprendront le mois prochain à Genève, selon un communiqué du ministère publié hier.\n';
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from(text, 'latin1'));
    const { index, problems } = buildIndexFromFolder(dir);
    expect(problems.filter((p) => p.startsWith('latin1.txt'))).toEqual(['latin1.txt: the article names no outlet and gives no URL; outlet "Unknown outlet"']);
    expect(index.sentences.map((s) => s.text).join(' ')).toContain('Le café noir coûte deux euros à Paris');
  });
});
