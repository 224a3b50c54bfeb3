/**
 * Corpus files → parsed sources → entities, topics, quotes → alignments,
 * discrepancies, lineage → one FullIndex. Two stages: `readArticles` does what
 * belongs to one article (intake, sentences), `indexArticles` what belongs to
 * the corpus; the library stores the first stage's articles and reruns only
 * the second.
 *
 * Files are taken in name order whatever order they come in, and every list
 * is built in a fixed order, so the same files give byte-identical JSON. A file
 * that cannot be parsed (no sentences) is one problem line naming it; the
 * others are still indexed. A malformed editorial file is one problem line and
 * is ignored. Never throws for bad input.
 */
import { parseEditorial, type Editorial, type EditorialSource } from '../intake/editorial';
import type { HtmlParser } from '../intake/article';
import { parseSource, sourceId } from '../intake/parse-source';
import { parseHtmlWithLinkedom } from './parse-html';
import type { CorpusFile, ParsedSource } from '../intake/types';
import { extractAll, extractWith, type EditorialEntities } from '../extract/index';
import { INDEX_VERSION, type Entity, type FullIndex, type Quote } from '../contracts/schema';
import type { Comparison } from '../compare/compare';
import { parseStoryCorrections, type StoryAssignment, type StoryCorrection } from '../stories/assignment';
import { compareByStory, describeStories, formStories, type FeaturesOf } from '../stories/stories';
import { articleFeatures } from '../stories/features';

export interface BuildOptions {
  /** Apply the editorial file's corrections (default true); `--no-overrides` turns them off. */
  overrides?: boolean;
  /** The editorial file's text, if the corpus has one. */
  editorial?: string;
  /**
   * How HTML files become DOM documents: linkedom by default, which runs
   * wherever the pipeline does (Node, a service worker); a page may pass its
   * own `DOMParser`.
   */
  parseHtml?: HtmlParser;
  /** The stories file's text (`stories.json`: the reader's corrections of the stories), if the corpus has one. */
  stories?: string;
}

/**
 * A file named now and read when its turn comes, so that the builder holds one
 * file's text at a time: read, reduced to its article, dropped.
 */
export interface PendingFile {
  name: string;
  /** The file's text, or why it cannot be used (one line, without the file's name). */
  read(): { text: string } | { problem: string };
}

/** A corpus file already in memory, or one to read when its turn comes. */
export type CorpusInput = CorpusFile | PendingFile;

/** The file's text, read now if it is pending; or the one-line problem naming it. */
export function loadCorpusFile(input: CorpusInput): { file: CorpusFile } | { problem: string } {
  if ('text' in input) return { file: input };
  const read = input.read();
  return 'text' in read ? { file: { name: input.name, text: read.text } } : { problem: `${input.name}: ${read.problem}; skipped` };
}

export interface BuildResult {
  index: FullIndex;
  /** One line per file skipped or not fully understood, naming the file. */
  problems: string[];
}

export interface ReadResult {
  /** One parsed article per file read, in file-name order: plain values a library can store and reuse. */
  articles: ParsedSource[];
  problems: string[];
}

export interface IndexOptions {
  /** Apply the editorial corrections of named entities (default true). */
  overrides?: boolean;
  editorial?: Editorial;
  /** The reader's corrections of the stories, applied after clustering. */
  storyCorrections?: StoryCorrection[];
  /** Stories already formed (clustered and corrected), e.g. by a library; formed here when absent. */
  stories?: StoryAssignment;
}

/** Files → the whole index: each file read on its own, then the corpus work over all of them. */
export function buildIndex(files: readonly CorpusInput[], options: BuildOptions = {}): BuildResult {
  const editorial = readBuildEditorial(options);
  const read = readArticles(files, { editorial: editorial.editorial, parseHtml: options.parseHtml });
  return indexReadArticles(read, editorial, options);
}

/** The editorial file of the build, parsed (none when overrides are off), and its problem if any. */
export function readBuildEditorial(options: BuildOptions = {}): { editorial?: Editorial; problems: string[] } {
  if (!(options.overrides ?? true)) return { problems: [] };
  const read = parseEditorial(options.editorial);
  return { editorial: read.editorial, problems: read.problem ? [read.problem] : [] };
}

/**
 * The corpus step of `buildIndex` on articles already read (serially, or by
 * workers at the Node edge): stories formed, then the index. `featuresOf` may
 * give story features computed ahead (by those workers); they must be
 * `articleFeatures`' own.
 */
export function indexReadArticles(
  read: ReadResult,
  editorial: { editorial?: Editorial; problems: string[] },
  options: BuildOptions = {},
  featuresOf: FeaturesOf = articleFeatures,
): BuildResult {
  const formed = formReadStories(read, options, featuresOf);
  const index = indexArticles(read.articles, { overrides: options.overrides ?? true, editorial: editorial.editorial, stories: formed.assignment });
  return { index, problems: [...editorial.problems, ...read.problems, ...formed.problems] };
}

/** The stories of articles already read, the reader's corrections applied; their problems, the corrections file's first. */
export function formReadStories(read: ReadResult, options: BuildOptions, featuresOf: FeaturesOf): { assignment: StoryAssignment; problems: string[] } {
  const corrections = parseStoryCorrections(options.stories);
  const formed = formStories(read.articles, corrections.corrections, featuresOf);
  return { assignment: formed.assignment, problems: [...corrections.problems, ...formed.problems] };
}

/** What reading one file gave: why it could not be read, or its article (if any) and its problems. */
export type FileReading = { unreadable: string } | { parsed?: ParsedSource; problems: string[] };

/** Reads one file into its article: plain values that a worker can post back as they are. */
export function readCorpusInput(input: CorpusInput, editorial: EditorialSource | undefined, parseHtml: HtmlParser = parseHtmlWithLinkedom): FileReading {
  const loaded = loadCorpusFile(input);
  if ('problem' in loaded) return { unreadable: loaded.problem };
  // Only the article's plain values are kept; the file's text and its DOM go with this call.
  const result = parseSource(loaded.file, editorial, { parseHtml });
  return { parsed: result.parsed, problems: result.problems };
}

/** Files in the order the builder takes them: by name. */
export function sortCorpusInputs<T extends { name: string }>(files: readonly T[]): T[] {
  return [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The work of one article at a time: each file read into a source with its
 * sentences, independent of every other file but for its id. Files are taken in
 * name order, a pending file read only when its turn comes; two files that
 * would give one id keep the first.
 */
export function readArticles(files: readonly CorpusInput[], options: { editorial?: Editorial; parseHtml?: HtmlParser } = {}): ReadResult {
  const sorted = sortCorpusInputs(files);
  return collectReadings(sorted, (input) => readCorpusInput(input, options.editorial?.sources[input.name], options.parseHtml), options.editorial);
}

/**
 * The readings of files already in name order, gathered as a serial read
 * gives them: `readingOf(file, i)` is asked in order, and only for a file whose
 * id no earlier article took, so readings made ahead (by workers) give the
 * same articles and problems in the same order.
 */
export function collectReadings<T extends { name: string }>(
  sorted: readonly T[],
  readingOf: (file: T, i: number) => FileReading,
  editorial?: Editorial,
): ReadResult {
  // Files that cannot be read are named first, as a folder reader that read them all up front would.
  const unreadable: string[] = [];
  const problems: string[] = [];
  const articles: ParsedSource[] = [];
  const seen = new Set<string>();
  sorted.forEach((input, i) => {
    const id = sourceId(input.name);
    if (seen.has(id)) {
      // "a.txt" and "a.md" would get one id; the first one wins.
      problems.push(`${input.name}: another file already gives the id ${id}; skipped`);
      return;
    }
    const reading = readingOf(input, i);
    if ('unreadable' in reading) {
      unreadable.push(reading.unreadable);
      return;
    }
    problems.push(...reading.problems);
    if (reading.parsed) {
      articles.push(reading.parsed);
      seen.add(id);
    }
  });
  if (editorial) {
    const names = new Set(sorted.map((f) => f.name));
    for (const name of Object.keys(editorial.sources).sort()) {
      if (!names.has(name)) problems.push(`editorial.json: no article named ${name}; its entry is unused`);
    }
  }
  return { articles, problems: [...unreadable, ...problems] };
}

/**
 * The work of the corpus: stories formed, entities merged across the articles
 * (one Xi Jinping in every story), quotes traced, sources compared only inside
 * their story; all in the articles' order (which fixes every id).
 */
export function indexArticles(articles: ParsedSource[], options: IndexOptions = {}): FullIndex {
  const extracted = extractArticles(articles, options);
  const stories = options.stories ?? formStories(articles, options.storyCorrections).assignment;
  return assembleIndex(articles, stories, extracted, compareByStory(articles, stories));
}

/**
 * Entities and quotes of the corpus, the editorial corrections applied unless
 * `overrides` is false; `parts` may give the named entities and topics made
 * already (on other threads).
 */
export function extractArticles(
  articles: ParsedSource[],
  options: IndexOptions = {},
  parts?: { named: Entity[]; topics: Entity[] },
): { entities: Entity[]; quotes: Quote[] } {
  const extract = { overrides: options.overrides ?? true, editorial: options.editorial?.entities as EditorialEntities | undefined };
  return parts ? extractWith(articles, parts.named, parts.topics, extract) : extractAll(articles, extract);
}

/** The index of the corpus from its parts, whichever thread made them. */
export function assembleIndex(
  articles: ParsedSource[],
  stories: StoryAssignment,
  extracted: { entities: Entity[]; quotes: Quote[] },
  comparison: Comparison,
): FullIndex {
  const { entities, quotes } = extracted;
  const { alignments, discrepancies, lineage } = comparison;
  return {
    version: INDEX_VERSION,
    sources: articles.map((p) => p.source),
    stories: describeStories(stories, articles, entities),
    sentences: articles.flatMap((p) => p.sentences),
    entities,
    quotes,
    alignments,
    discrepancies,
    lineage,
  };
}
