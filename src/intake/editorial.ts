/**
 * The optional editorial file (`editorial.json` beside the articles): only what
 * the text cannot say. Shape:
 *
 *   { "sources": { "<file name>": { "outlet"?, "shortName"?, "url"?, "title"?,
 *                                   "byline"?, "published"? (YYYY-MM-DD), "dateline"? } },
 *     "entities": [ ...owned by the extract step, passed through unread... ] }
 *
 * Parsing the text comes first; these values correct or complete it. A file
 * that is not valid JSON or does not fit the shape is ignored as a whole, with
 * one problem line saying why (a half-applied correction would be worse).
 */

export interface EditorialSource {
  outlet?: string;
  shortName?: string;
  url?: string;
  title?: string;
  byline?: string;
  published?: string;
  dateline?: string;
}

export interface Editorial {
  /** Keyed by article file name. */
  sources: Record<string, EditorialSource>;
  /** The `entities` value as written (for the extract step), undefined if absent. */
  entities?: unknown;
}

/** Editorial corrections live beside the articles under this name (optional). */
export const EDITORIAL_FILE = 'editorial.json';

const FIELDS: (keyof EditorialSource)[] = ['outlet', 'shortName', 'url', 'title', 'byline', 'published', 'dateline'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkSource(name: string, value: unknown): string | undefined {
  if (!isObject(value)) return `sources["${name}"] is not an object`;
  for (const [key, v] of Object.entries(value)) {
    if (!FIELDS.includes(key as keyof EditorialSource)) return `sources["${name}"].${key} is not a known field`;
    if (typeof v !== 'string' || !v.trim()) return `sources["${name}"].${key} is not a non-empty string`;
  }
  const { published, url } = value as EditorialSource;
  if (published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(published)) return `sources["${name}"].published is not YYYY-MM-DD`;
  if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) return `sources["${name}"].url is not an http(s) address`;
  return undefined;
}

/**
 * @returns the editorial corrections, or `problem` (one line naming the file)
 *   and no editorial when the file is malformed. Empty or blank text is no
 *   editorial and no problem.
 */
export function parseEditorial(text: string | undefined): { editorial?: Editorial; problem?: string } {
  if (text === undefined || !text.trim()) return {};
  const fail = (why: string) => ({ problem: `${EDITORIAL_FILE}: ${why}; ignored` });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail(`not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(raw)) return fail('the top level is not an object');
  const sources = raw.sources ?? {};
  if (!isObject(sources)) return fail('"sources" is not an object');
  for (const [name, value] of Object.entries(sources)) {
    const why = checkSource(name, value);
    if (why) return fail(why);
  }
  return { editorial: { sources: sources as Record<string, EditorialSource>, entities: raw.entities } };
}
