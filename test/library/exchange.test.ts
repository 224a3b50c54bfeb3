import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportLibrary, libraryMarkdown, parseExport } from '../../src/library/exchange';
import { Library } from '../../src/library/service';
import { newStory, plainSpot, seedAsInput, seedIndexes } from './fixtures';

let dbCount = 0;
const open = () => Library.open(seedIndexes().full, seedIndexes().spot, `test-exchange-${++dbCount}`);

describe('library exports', () => {
  it('exports and imports into a fresh library: the same articles, the same index', async () => {
    const lib = await open();
    await lib.add([newStory(), seedAsInput('pd', 'https://en.people.cn/x')]);
    const text = JSON.stringify(exportLibrary(await lib.exportEntries()));
    const fresh = await open();
    const { entries, problems } = parseExport(text);
    expect(problems).toEqual([]);
    await fresh.add(entries);
    expect(await fresh.allArticles()).toEqual(await lib.allArticles());
    expect(await fresh.exportEntries()).toEqual(await lib.exportEntries());
    expect((await fresh.exportEntries()).map((e) => e.text)).toEqual([newStory().text, seedAsInput('pd').text]);
    expect(plainSpot(fresh.spotIndex)).toEqual(plainSpot(lib.spotIndex));
  });

  it.each([
    ['not JSON', '{', /not JSON/],
    ['another JSON file', '{"name":"x"}', /not a Sourcelight library export/],
    ['a later version', '{"format":"sourcelight-library","version":9,"articles":[]}', /version 9/],
    ['no list', '{"format":"sourcelight-library","version":1,"articles":"x"}', /no list/],
  ])('refuses %s whole', (_, text, said) => {
    expect(() => parseExport(text)).toThrow(said);
  });

  it.each([
    ['a number', 5, /article 1: not an article record/],
    ['no name', { text: 'x', format: 'txt' }, /article 1: no usable name/],
    ['an unknown format', { name: 'a', text: 'x', format: 'exe' }, /article 1 \(a\): unknown format/],
    ['a script address', { name: 'a', text: 'x', format: 'html', url: 'javascript:alert(1)' }, /not a web address/],
    ['a bad date', { name: 'a', text: 'x', format: 'txt', addedAt: 'yesterday' }, /not a date/],
  ])('skips an entry with %s, naming it, and keeps the rest', (_, bad, said) => {
    const good = { name: 'ok.txt', text: 'fine', format: 'txt' };
    const { entries, problems } = parseExport(JSON.stringify({ format: 'sourcelight-library', version: 1, articles: [bad, good] }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(said);
    expect(entries).toEqual([good]);
  });

  it('keeps only known fields of an entry', () => {
    const { entries } = parseExport(
      JSON.stringify({ format: 'sourcelight-library', version: 1, articles: [{ name: 'a', text: 't', format: 'md', __proto__x: 1, html: '<b>' }] }),
    );
    expect(Object.keys(entries[0]).sort()).toEqual(['format', 'name', 'text']);
  });

  it('writes a Markdown brief with each source, its quotes and the discrepancies, markup escaped', () => {
    const full = seedIndexes().full;
    const text = libraryMarkdown({ ...full, sources: full.sources.map((s, i) => (i === 0 ? { ...s, title: '# <script>' } : s)) });
    for (const s of full.sources.slice(1)) expect(text).toContain(`## ${s.title.replace(/([\\`*_[\]<>#|])/g, '\\$1')}`);
    expect(text).toContain('## \\# \\<script\\>');
    expect(text).toContain('## Discrepancies');
    expect(text).toMatch(/What it quotes:/);
  });
});
