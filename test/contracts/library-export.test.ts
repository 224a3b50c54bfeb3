import { describe, expect, it } from 'vitest';
import { exportArticleLine, exportCorrectionsLine, exportHeadLine, exportVersionLine, linesOf, readExportLine } from '../../src/contracts/library-export';

async function* pieces(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of lines) out.push(line);
  return out;
}

describe('the export file, version 2', () => {
  const file =
    exportHeadLine(2, 1, '2024-01-01T00:00:00.000Z') +
    exportArticleLine({ name: 'a.html', text: 'line one\nline two', format: 'html' }) +
    exportVersionLine({ n: 1, readAt: '2023-12-01T00:00:00.000Z', parsed: { body: 'x' } }) +
    exportArticleLine({ name: 'b.md', text: 'b', format: 'md' }) +
    exportCorrectionsLine([{ op: 'rename', story: 's', title: 'T' }]);

  it('is read line by line from chunks cut anywhere, gzipped or not', async () => {
    for (const size of [1, 7, 1000]) expect(await collect(linesOf(pieces(file, size)))).toEqual(file.trim().split('\n'));
    const gz = new Blob([file]).stream().pipeThrough(new CompressionStream('gzip'));
    const text = await new Response(gz.pipeThrough(new DecompressionStream('gzip'))).text();
    expect(text).toBe(file);
  });

  it('says what each line is: the head, an article, an earlier version, the corrections, or a problem', () => {
    const lines = file
      .trim()
      .split('\n')
      .map((l, i) => readExportLine(l, i + 1));
    expect(lines[0]).toEqual({ head: { format: 'sourcelight-library', version: 2, exportedAt: '2024-01-01T00:00:00.000Z', articles: 2, versions: 1 } });
    expect(lines[1]).toEqual({ article: { name: 'a.html', text: 'line one\nline two', format: 'html' } });
    expect(lines[2]).toEqual({ articleVersion: { n: 1, readAt: '2023-12-01T00:00:00.000Z', parsed: { body: 'x' } } });
    expect(lines[4]).toEqual({ storyCorrections: [{ op: 'rename', story: 's', title: 'T' }] });
    expect(readExportLine('{"format":"other"}', 1)).toEqual({ problem: 'This file is not a Sourcelight library export.' });
    expect(readExportLine('{"format":"sourcelight-library","version":1,"articles":[]}', 1)).toEqual({ version1: true });
    // A head from before versions: none.
    expect(readExportLine('{"format":"sourcelight-library","version":2,"exportedAt":"x","articles":3}', 1)).toMatchObject({
      head: { articles: 3, versions: 0 },
    });
    expect(readExportLine('{"format":"sourcelight-library","version":9}', 1)).toMatchObject({ problem: expect.stringMatching(/version 9/) });
    expect(readExportLine('not json', 5)).toEqual({ problem: 'line 5: not JSON; skipped' });
    expect(readExportLine('{"x":1}', 6)).toMatchObject({ problem: expect.stringMatching(/^line 6/) });
  });
});
