/**
 * Corpus files → parsed sources → entities, topics, quotes → alignments,
 * discrepancies, lineage → one FullIndex.
 *
 * One build is one `IndexBuild`: its options and side files (editorial,
 * stories) read once, and its steps. Two stages: `read` does what belongs to
 * one article (intake, sentences), the corpus steps what belongs to all of
 * them (stories, entities, comparison), and `assemble` joins the parts with
 * every step's problems. `buildIndex` runs the steps in order on this thread;
 * the Node edge (src/node/parallel-*.ts) runs the same steps and only decides
 * which thread runs each.
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
import { extractWith, namedEntities, type EditorialEntities } from '../extract/index';
import { extractTopics } from '../extract/topics';
import { INDEX_VERSION, type Entity, type FullIndex, type Quote } from '../contracts/schema';
import { compareSources, type Comparison } from '../compare/compare';
import { parseStoryCorrections, type StoryAssignment } from '../stories/assignment';
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

export interface BuildResult {
  index: FullIndex;
  /** One line per file skipped or not fully understood, naming the file; then those of the stories and entity corrections. */
  problems: string[];
}

/** The per-article stage's result. */
export interface ReadResult {
  /** One parsed article per file read, in file-name order: plain values a library can store and reuse. */
  articles: ParsedSource[];
  problems: string[];
}

/** What reading one file gave: why it could not be read, or its article (if any) and its problems. */
export type FileReading = { unreadable: string } | { parsed?: ParsedSource; problems: string[] };

/** The stories of the articles, the reader's corrections applied; the stories file's problems, then the corrections'. */
export interface FormedStories {
  assignment: StoryAssignment;
  problems: string[];
}

/** The corpus's entities and quotes; one problem per editorial entry that could not be applied. */
export interface FoundEntities {
  entities: Entity[];
  quotes: Quote[];
  problems: string[];
}

/** Every part of the index, whichever thread made it. */
export interface IndexParts {
  read: ReadResult;
  stories: FormedStories;
  entities: FoundEntities;
  comparison: Comparison;
}

/** One build's steps, with its options and side files read. */
export interface IndexBuild {
  /** The options it was made with: another thread makes the same build from them (`parseHtml` left out, as it cannot be posted). */
  options: BuildOptions;
  /** The editorial file's problem, if it is malformed (it is then ignored): the first of the build's problems. */
  editorialProblems: readonly string[];
  /** The files in the order the build takes them: by name. */
  order<T extends { name: string }>(files: readonly T[]): T[];
  /** The editorial entry of one article file, for `readCorpusFile` on another thread. */
  editorialFor(name: string): EditorialSource | undefined;
  /** Reads one file into its article, on this thread. */
  readFile(input: CorpusInput): FileReading;
  /**
   * The per-article stage: each file read in name order, a pending file only
   * when its turn comes; two files that would give one id keep the first.
   * `readingOf(file, place)` (place in `order(files)`) may give a reading made
   * ahead (by a worker); it is asked in order, and only for a file whose id no
   * earlier article took, so the articles and problems are the serial read's.
   */
  read(files: readonly CorpusInput[], readingOf?: (file: CorpusInput, place: number) => FileReading): ReadResult;
  /** Stories clustered and corrected; `featuresOf` may give features computed ahead (they must be `articleFeatures`'). */
  formStories(articles: readonly ParsedSource[], featuresOf?: FeaturesOf): FormedStories;
  /** People, organisations and places, merged across the articles (one Xi Jinping in every story). */
  namedEntities(articles: ParsedSource[]): Entity[];
  /** Topics: independent of the named entities and the stories. */
  topics(articles: ParsedSource[]): Entity[];
  /** The entities with the editorial corrections applied (unless overrides are off), and the quotes traced to them. */
  entities(articles: ParsedSource[], named: Entity[], topics: Entity[]): FoundEntities;
  /** Sources compared only inside their story; `compareStory(members, k)` may give a story's comparison made ahead. */
  compare(articles: readonly ParsedSource[], stories: StoryAssignment, compareStory?: (members: ParsedSource[], story: number) => Comparison): Comparison;
  /** The index from its parts, and the problems of every step: the editorial file's, the read's, the stories', the entities'. */
  assemble(parts: IndexParts): BuildResult;
  /** The corpus steps in order on this thread. */
  index(read: ReadResult, featuresOf?: FeaturesOf): BuildResult;
}

/** Files → the whole index, every step on this thread. */
export function buildIndex(files: readonly CorpusInput[], options: BuildOptions = {}): BuildResult {
  const build = indexBuild(options);
  return build.index(build.read(files));
}

/** The steps of one build with these options: the editorial and stories files parsed here, once. */
export function indexBuild(options: BuildOptions = {}): IndexBuild {
  const overrides = options.overrides ?? true;
  const editorialFile = overrides ? parseEditorial(options.editorial) : {};
  const editorial: Editorial | undefined = editorialFile.editorial;
  const editorialProblems = editorialFile.problem ? [editorialFile.problem] : [];
  const storiesFile = parseStoryCorrections(options.stories);
  const editorialFor = (name: string) => editorial?.sources[name];
  const readFile = (input: CorpusInput) => readCorpusFile(input, editorialFor(input.name), options.parseHtml);

  const steps: IndexBuild = {
    options,
    editorialProblems,
    order: (files) => [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    editorialFor,
    readFile,
    read: (files, readingOf = readFile) => gatherReadings(steps.order(files), readingOf, editorial),
    formStories(articles, featuresOf = articleFeatures) {
      const formed = formStories(articles, storiesFile.corrections, featuresOf);
      return { assignment: formed.assignment, problems: [...storiesFile.problems, ...formed.problems] };
    },
    namedEntities,
    topics: extractTopics,
    entities: (articles, named, topics) => extractWith(articles, named, topics, { overrides, editorial: editorial?.entities as EditorialEntities | undefined }),
    compare: (articles, stories, compareStory = (members) => compareSources(members)) => compareByStory(articles, stories, compareStory),
    assemble: ({ read, stories, entities, comparison }) => ({
      index: {
        version: INDEX_VERSION,
        sources: read.articles.map((p) => p.source),
        stories: describeStories(stories.assignment, read.articles, entities.entities),
        sentences: read.articles.flatMap((p) => p.sentences),
        entities: entities.entities,
        quotes: entities.quotes,
        alignments: comparison.alignments,
        discrepancies: comparison.discrepancies,
        lineage: comparison.lineage,
      },
      problems: [...editorialProblems, ...read.problems, ...stories.problems, ...entities.problems],
    }),
    index(read, featuresOf) {
      const { articles } = read;
      const stories = steps.formStories(articles, featuresOf);
      const entities = steps.entities(articles, steps.namedEntities(articles), steps.topics(articles));
      return steps.assemble({ read, stories, entities, comparison: steps.compare(articles, stories.assignment) });
    },
  };
  return steps;
}

/** The file's text, read now if it is pending; or the one-line problem naming it. */
export function loadCorpusFile(input: CorpusInput): { file: CorpusFile } | { problem: string } {
  if ('text' in input) return { file: input };
  const read = input.read();
  return 'text' in read ? { file: { name: input.name, text: read.text } } : { problem: `${input.name}: ${read.problem}; skipped` };
}

/** Reads one file into its article, on any thread: plain values in, plain values out (a worker posts them back as they are). */
export function readCorpusFile(input: CorpusInput, editorial: EditorialSource | undefined, parseHtml: HtmlParser = parseHtmlWithLinkedom): FileReading {
  const loaded = loadCorpusFile(input);
  if ('problem' in loaded) return { unreadable: loaded.problem };
  // Only the article's plain values are kept; the file's text and its DOM go with this call.
  const result = parseSource(loaded.file, editorial, { parseHtml });
  return { parsed: result.parsed, problems: result.problems };
}

/** The readings of files in name order gathered into the read's result (see `IndexBuild.read`). */
function gatherReadings(sorted: readonly CorpusInput[], readingOf: (file: CorpusInput, place: number) => FileReading, editorial?: Editorial): ReadResult {
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
