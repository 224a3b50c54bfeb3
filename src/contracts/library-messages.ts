/**
 * Messages between the library page (and the popup) and the background, which
 * owns the library. Like `messages.ts`: every message is rebuilt from its known
 * fields, and anything else is dropped. The background answers these only to
 * the extension's own pages, never to a content script (see the router).
 */

export type ArticleFormat = 'html' | 'md' | 'txt';

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
  /** The built-in sample story's sources are listed too, marked. */
  sample: boolean;
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

export type LibraryMessage =
  | { type: 'library-list' }
  | { type: 'library-add'; files: LibraryFile[] }
  | { type: 'library-import'; text: string }
  | { type: 'library-remove'; ids: string[] }
  | { type: 'library-reread'; id: string }
  | { type: 'library-search'; query: string }
  | { type: 'library-export'; ids?: string[] }
  | { type: 'library-markdown'; ids?: string[] }
  | { type: 'library-show-seeds'; show: boolean }
  | { type: 'library-story'; edit: StoryEdit }
  /** Popup → background: save the article in this tab (the reader clicked "Save this article"). */
  | { type: 'library-save-tab'; tabId: number };

export interface LibraryListReply {
  rows: LibraryRow[];
  showSeeds: boolean;
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
const MAX_IMPORT_CHARS = 64_000_000;
const MAX_IDS = 20_000;

const FORMATS: readonly ArticleFormat[] = ['html', 'md', 'txt'];
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;
const isIdList = (v: unknown): v is string[] => Array.isArray(v) && v.length <= MAX_IDS && v.every(isId);

function parseFile(v: unknown): LibraryFile | null {
  if (!isRecord(v)) return null;
  const { name, text, format } = v;
  if (typeof name !== 'string' || name.length === 0 || name.length > 500) return null;
  if (typeof text !== 'string' || text.length > MAX_FILE_CHARS || !FORMATS.includes(format as ArticleFormat)) return null;
  return { name, text, format: format as ArticleFormat };
}

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

function optionalIds(type: 'library-export' | 'library-markdown', ids: unknown): LibraryMessage | null {
  if (ids === undefined) return { type };
  return isIdList(ids) ? { type, ids } : null;
}

/** The message, rebuilt from only its known fields; `null` for anything else. */
export function parseLibraryMessage(v: unknown): LibraryMessage | null {
  if (!isRecord(v) || typeof v.type !== 'string' || !v.type.startsWith('library-')) return null;
  switch (v.type) {
    case 'library-list':
      return { type: v.type };
    case 'library-add': {
      if (!Array.isArray(v.files) || v.files.length > 100) return null;
      const files = v.files.map(parseFile);
      return files.every((f): f is LibraryFile => f !== null) ? { type: v.type, files } : null;
    }
    case 'library-import':
      return typeof v.text === 'string' && v.text.length <= MAX_IMPORT_CHARS ? { type: v.type, text: v.text } : null;
    case 'library-remove':
      return isIdList(v.ids) ? { type: v.type, ids: v.ids } : null;
    case 'library-reread':
      return isId(v.id) ? { type: v.type, id: v.id } : null;
    case 'library-search':
      return typeof v.query === 'string' && v.query.length <= 500 ? { type: v.type, query: v.query } : null;
    case 'library-export':
    case 'library-markdown':
      return optionalIds(v.type, v.ids);
    case 'library-show-seeds':
      return typeof v.show === 'boolean' ? { type: v.type, show: v.show } : null;
    case 'library-story': {
      const edit = parseStoryEdit(v.edit);
      return edit ? { type: v.type, edit } : null;
    }
    case 'library-save-tab':
      return Number.isInteger(v.tabId) && (v.tabId as number) >= 0 ? { type: v.type, tabId: v.tabId as number } : null;
    default:
      return null;
  }
}
