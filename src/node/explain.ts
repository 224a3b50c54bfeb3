/**
 * `--explain`: per source, what intake read and where each field came from;
 * `--text` adds each article's main text, to check it by eye.
 */
import { indexBuild, type CorpusInput } from '../index/builder';

const show = (value: unknown) => (Array.isArray(value) ? value.join('; ') : String(value));

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
    const { source, provenance = {}, kind, body, choices = {} } = reading.parsed;
    const from = (field: keyof typeof provenance) => (provenance[field] ? ` [${provenance[field]}]` : '');
    // Every candidate of a field, the winner first and starred, each with the rule that found it.
    const candidates = (field: keyof typeof choices) =>
      (choices[field]?.candidates ?? []).map((c, i) => `      ${i === 0 ? '*' : '-'} ${show(c.value)}  ← ${c.rule} [${c.from}]`);
    lines.push(
      `${source.file} (${kind})`,
      `  outlet:  ${source.outlet} (${source.shortName})${from('outlet')}${source.originalOutlet ? `; a repost of ${source.originalOutlet} (${source.originalUrl})` : ''}`,
      ...candidates('outlet'),
      `  title:   ${source.title}${from('title')}`,
      ...candidates('title'),
      `  authors: ${source.authors?.join('; ') || '-'}${from('authors')}`,
      ...candidates('authors'),
      `  date:    ${source.publishedTime ?? source.published ?? '-'}${from('published')}`,
      ...candidates('published'),
      `  url:     ${source.url ?? '-'}${from('url')}`,
      `  words:   ${source.words} in ${source.sentences.length} sentences${from('text')}${source.short ? ' (short: kept, flagged)' : ''}`,
    );
    if (options.text) lines.push('', ...body.split('\n\n').map((p) => '  ' + p), '');
  }
  return { lines, problems };
}
