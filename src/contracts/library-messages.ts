/**
 * The shapes of the reader's library as its pages see it: rows, stories, the
 * reader's story edits, files to add, and what a change did. The messages
 * that carry them are in `protocol.ts`; the background answers them only to
 * the extension's own pages, never to a content script.
 */
import type { Discrepancy } from './schema';

export type ArticleFormat = 'html' | 'md' | 'txt';

/** How an article came into the library: saved from its page by the reader, imported from a file or an export, or captured as the reader read. */
export type ArticleOrigin = 'saved' | 'imported' | 'captured';
export const ARTICLE_ORIGINS: readonly ArticleOrigin[] = ['saved', 'imported', 'captured'];

/** One row of the library page. */
export interface LibraryRow {
  id: string;
  title: string;
  outlet: string;
  published?: string;
  url?: string;
  /** The file it was read from, or the page's title. */
  name: string;
  addedAt?: string;
  /** How many versions of it the library keeps, when its page changed since it was first read (2 or more). */
  versions?: number;
  /** How it came in (absent for the sample story's sources). */
  origin?: ArticleOrigin;
  /** The built-in sample story's sources are listed too, marked. */
  sample: boolean;
  /** Shorter than an article usually is: kept because the reader asked for it, marked. */
  short?: boolean;
}

/** One version of an article, as the library lists them. */
export interface ArticleVersionRow {
  n: number;
  /** When this text was first read (ISO). */
  readAt: string;
  title: string;
  sentences: number;
}

export interface ChangedSentence {
  before: string;
  after: string;
}

/** What changed from one version of an article to another, in reading order. */
export interface VersionChanges {
  title?: ChangedSentence;
  changed: ChangedSentence[];
  added: string[];
  removed: string[];
  /** The meaning changes the comparison finds between the two (a dropped "not", a changed number, …). */
  meaning: Pick<Discrepancy, 'kind' | 'label' | 'summary'>[];
}

/** A page's saved article and its versions, with what changed from the first reading to the last. */
export interface PageVersions {
  id: string;
  versions: ArticleVersionRow[];
  changes: VersionChanges;
}

/** A story as the library page lists it: its articles are the rows whose ids it holds. */
export interface LibraryStory {
  id: string;
  title: string;
  sources: string[];
}

/** The reader's correction of the stories, naming stories by id (the background makes it lasting). */
export type StoryEdit =
  | { op: 'rename'; story: string; title: string }
  /** `to`: a story id, or "new" for a story of its own. */
  | { op: 'move'; source: string; to: string }
  | { op: 'merge'; stories: string[] }
  | { op: 'split'; story: string; sources: string[] };

export interface LibraryFile {
  name: string;
  text: string;
  format: ArticleFormat;
}

/**
 * One article as the reader gave it: what the library reads, and what an
 * export holds of it (checked field by field when imported).
 */
export interface LibraryEntry {
  /** File name as given ("story.html"), or the page's title for a saved page. */
  name: string;
  text: string;
  format: ArticleFormat;
  /** The page's address, for a saved page (saving it again updates it). */
  url?: string;
  /** ISO time it was first added; kept across updates and exports. */
  addedAt?: string;
  /** How it came in; without it, `saved` for an address and `imported` for a file. Kept across updates and exports. */
  origin?: ArticleOrigin;
  /** When its latest text was first read, for an article with earlier versions (ISO). */
  versionAt?: string;
}

/** An export's part: an article as an export holds it, with its id and the number of its earlier versions. */
export interface ExportPartEntry extends LibraryEntry {
  id: string;
  versions?: number;
}

/** An import cut short, staged and not yet in the library: choosing the same file resumes it. */
export interface PendingImport {
  name: string;
  done: number;
  total?: number;
}

/** Most characters of article text the page sends in one batch of an import (a browser's message tops at 64 MiB). */
export const IMPORT_BATCH_CHARS = 8_000_000;
export const IMPORT_BATCH_ENTRIES = 50;
/** Most characters the background sends in one part of an export. */
export const EXPORT_PART_CHARS = 8_000_000;

/** A search hit: an article's id, its score and the words that matched. */
export interface SearchHit {
  id: string;
  score: number;
  terms: string[];
}

export interface LibraryListReply {
  rows: LibraryRow[];
  /** Set when `rows` are only the newest (a first screen, asked with `newest`): how many saved articles the whole list holds (the sample story's rows not counted). */
  total?: number;
  showSeeds: boolean;
  /** An import cut short (a closed page, a killed browser), if any. */
  pendingImport?: PendingImport;
  /** The stories the rows form, in the index's order. */
  stories: LibraryStory[];
}

/** What a change did: the rows added or updated, one line per input skipped, or why nothing changed. */
export interface LibraryChangeReply {
  added: LibraryRow[];
  problems: string[];
  error?: string;
}

export const MAX_FILE_CHARS = 5_000_000;
export const MAX_IMPORT_CHARS = 64_000_000;
const MAX_IDS = 20_000;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;
const isIdList = (v: unknown): v is string[] => Array.isArray(v) && v.length <= MAX_IDS && v.every(isId);

const MAX_TITLE_CHARS = 200;
const isTitle = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0 && v.length <= MAX_TITLE_CHARS;

/** A story edit rebuilt from its known fields; `null` when it is not one. */
export function parseStoryEdit(v: unknown): StoryEdit | null {
  if (!isRecord(v)) return null;
  switch (v.op) {
    case 'rename':
      return isId(v.story) && isTitle(v.title) ? { op: 'rename', story: v.story, title: v.title.trim() } : null;
    case 'move':
      return isId(v.source) && isId(v.to) ? { op: 'move', source: v.source, to: v.to } : null;
    case 'merge':
      return isIdList(v.stories) && v.stories.length >= 2 ? { op: 'merge', stories: [...v.stories] } : null;
    case 'split':
      return isId(v.story) && isIdList(v.sources) && v.sources.length > 0 ? { op: 'split', story: v.story, sources: [...v.sources] } : null;
    default:
      return null;
  }
}
