/**
 * What the intake readers give back, whatever the article came from: the
 * metadata a reader sees, the main text as plain paragraphs (in the line format
 * the sentence pipeline reads: blank lines between blocks, `# ` before
 * subheads), where each field came from, and any problem worth a line.
 */

/** Where a field's value was read, most trusted first. */
export type FieldOrigin = 'editorial' | 'front matter' | 'json-ld' | 'og' | 'meta' | 'time' | 'readability' | 'text' | 'url' | 'file name';

export interface Article {
  title?: string;
  authors: string[];
  /** ISO date or date-time, as precise as the page says. */
  published?: string;
  /** Outlet as a reader knows it ("The New York Times"). */
  outlet?: string;
  /** The page's own site name, when it gives one. */
  siteName?: string;
  /** Canonical URL, when the page or front matter gives one. */
  url?: string;
  lang?: string;
  /** Main text, blocks separated by blank lines; subheads start with `# `. */
  text: string;
}

export type Provenance = Partial<Record<'title' | 'authors' | 'published' | 'outlet' | 'url' | 'text', FieldOrigin>>;

export interface ReadResult {
  /** Absent when the input is not an article (a home page, a search page, only boilerplate). */
  article?: Article;
  provenance: Provenance;
  /** One line each, without the item's name (the caller prefixes it). */
  problems: string[];
}

/** Turns an HTML string into a DOM document: linkedom in Node, `DOMParser` in the browser. */
export type HtmlParser = (html: string) => Document;
