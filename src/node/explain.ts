/**
 * `--explain`: per source, what intake read and where each field came from;
 * `--text` adds each article's main text, to check it by eye.
 */
import { parseEditorial } from '../intake/editorial';
import { parseSource } from '../intake/parse-source';
import { loadCorpusFile, type CorpusInput } from '../index/builder';
import { parseHtmlWithLinkedom } from '../index/parse-html';

export function explainSources(
  files: readonly CorpusInput[],
  editorialText: string | undefined,
  options: { text: boolean; overrides: boolean },
): { lines: string[]; problems: string[] } {
  const editorial = options.overrides ? parseEditorial(editorialText).editorial : undefined;
  const lines: string[] = [];
  const problems: string[] = [];
  for (const input of [...files].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const loaded = loadCorpusFile(input);
    if ('problem' in loaded) {
      problems.push(loaded.problem);
      continue;
    }
    const file = loaded.file;
    const result = parseSource(file, editorial?.sources[file.name], { parseHtml: parseHtmlWithLinkedom });
    problems.push(...result.problems);
    if (!result.parsed) continue;
    const { source, provenance = {}, kind, body } = result.parsed;
    const from = (field: keyof typeof provenance) => (provenance[field] ? ` [${provenance[field]}]` : '');
    lines.push(
      `${source.file} (${kind})`,
      `  outlet:  ${source.outlet} (${source.shortName})${from('outlet')}`,
      `  title:   ${source.title}${from('title')}`,
      `  authors: ${source.authors?.join('; ') || '-'}${from('authors')}`,
      `  date:    ${source.publishedTime ?? source.published ?? '-'}${from('published')}`,
      `  url:     ${source.url ?? '-'}${from('url')}`,
      `  words:   ${source.words} in ${source.sentences.length} sentences${from('text')}`,
    );
    if (options.text) lines.push('', ...body.split('\n\n').map((p) => '  ' + p), '');
  }
  return { lines, problems };
}
