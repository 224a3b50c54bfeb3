/**
 * `--explain`: per source, what intake read and where each field came from;
 * `--text` adds each article's main text, to check it by eye.
 */
import { indexBuild, type CorpusInput } from '../index/builder';

export function explainSources(
  files: readonly CorpusInput[],
  editorialText: string | undefined,
  options: { text: boolean; overrides: boolean },
): { lines: string[]; problems: string[] } {
  // The build's own reading of each file, one at a time; the corpus steps are not run.
  const build = indexBuild({ editorial: editorialText, overrides: options.overrides });
  const lines: string[] = [];
  const problems = [...build.editorialProblems];
  for (const input of build.order(files)) {
    const reading = build.readFile(input);
    if ('unreadable' in reading) {
      problems.push(reading.unreadable);
      continue;
    }
    problems.push(...reading.problems);
    if (!reading.parsed) continue;
    const { source, provenance = {}, kind, body } = reading.parsed;
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
