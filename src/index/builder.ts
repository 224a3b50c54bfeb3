/**
 * Build time: corpus files → parsed sources → entities, topics, quotes →
 * alignments, discrepancies, lineage → one FullIndex.
 */
import type { CorpusFile } from '../corpus/types';
import { INDEX_VERSION, type FullIndex } from './schema';

export interface BuildOptions {
  /** Apply the editorial file's corrections (default true); `--no-overrides` turns them off. */
  overrides?: boolean;
  /** The editorial file's text, if the corpus has one. */
  editorial?: string;
}

export interface BuildResult {
  index: FullIndex;
  /** One line per file skipped or not fully understood, naming the file. */
  problems: string[];
}

export function buildIndex(files: CorpusFile[], _options: BuildOptions = {}): BuildResult {
  // Placeholder until the corpus parser lands: one source per file, no sentences.
  const sources = files.map((f) => ({
    id: 'src-' + f.name.replace(/\.[^.]+$/, ''),
    file: f.name,
    outlet: f.name,
    shortName: f.name,
    title: f.text.split('\n').find((l) => l.trim())?.trim() ?? f.name,
    words: f.text.split(/\s+/).filter(Boolean).length,
    sentences: [],
  }));
  return {
    index: { version: INDEX_VERSION, sources, sentences: [], entities: [], quotes: [], alignments: [], discrepancies: [], lineage: [] },
    problems: [],
  };
}
