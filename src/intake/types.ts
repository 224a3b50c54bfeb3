import type { Sentence, Source } from '../contracts/schema';
import type { Provenance } from './article';
import type { Choice } from './candidates';

/** One article file as read from the corpus folder. */
export interface CorpusFile {
  /** File name, e.g. `002_4aefd2a4df811d97.txt`. */
  name: string;
  text: string;
}

/** A source with its sentences and cleaned body, as the extract and compare steps need it. */
export interface ParsedSource {
  source: Source;
  /** Cleaned body paragraphs joined by "\n\n"; sentence offsets point into it. */
  body: string;
  sentences: Sentence[];
  /** Where each field of the source came from, for `--explain`. */
  provenance?: Provenance;
  /** Per field, every candidate its rules found and which won, for `--explain`. */
  choices?: Partial<Record<'title' | 'authors' | 'published' | 'outlet', Choice<unknown>>>;
  /** Which reader read it. */
  kind?: 'html' | 'document' | 'markdown' | 'text';
}
