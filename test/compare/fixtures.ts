/** Test helper: the seeds parsed with their editorial file and compared once. */
import { alignSentences } from '../../src/compare/align';
import { compareSources } from '../../src/compare/compare';
import { prepare } from '../../src/compare/prepare';
import { parseEditorial } from '../../src/intake/editorial';
import { parseSource } from '../../src/intake/parse-source';
import { seedEditorial, seedFiles } from '../seeds';

const editorial = parseEditorial(seedEditorial()).editorial!;
export const parsed = seedFiles().map((f) => parseSource(f, editorial.sources[f.name]).parsed!);
export const prepared = prepare(parsed);
export const aligned = alignSentences(prepared);
export const comparison = compareSources(parsed);
export const textOf = new Map(parsed.flatMap((p) => p.sentences).map((s) => [s.id, s.text]));
/** The id of the sentence of `file` starting with `start`. */
export function sentenceId(fileId: string, start: string): string {
  const s = parsed.find((p) => p.source.id === fileId)!.sentences.find((x) => x.text.startsWith(start));
  if (!s) throw new Error(`no sentence "${start}" in ${fileId}`);
  return s.id;
}
