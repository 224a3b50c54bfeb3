/**
 * What the intake readers give back, whatever the article came from: the
 * metadata a reader sees, the main text as plain paragraphs (in the line format
 * the sentence pipeline reads: blank lines between blocks, `# ` before
 * subheads), where each field came from, and any problem worth a line.
 */

import type { FieldOrigin } from './candidates';
import type { OutletEvidence } from './outlet';
import type { TitleEvidence } from './title';
import type { BylineEvidence } from './byline';
import type { DateEvidence } from './publication-date';

export type { FieldOrigin };

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
  /** A repost's original outlet and address, when the input names both its own and the original's. */
  original?: { outlet: string; url: string };
  lang?: string;
  /** Main text, blocks separated by blank lines; subheads start with `# `. */
  text: string;
  /** Less prose than an article usually has: kept, and flagged. */
  short?: boolean;
}

/** What each field's rules read, for the final choice once the text's lines and the editorial file are known. */
export interface FieldEvidence {
  title: TitleEvidence;
  byline: BylineEvidence;
  date: DateEvidence;
  outlet: OutletEvidence;
}

export type Provenance = Partial<Record<'title' | 'authors' | 'published' | 'outlet' | 'url' | 'text', FieldOrigin>>;

export interface ReadResult {
  /** Absent when the input is not an article (a home page, a search page, only boilerplate). */
  article?: Article;
  provenance: Provenance;
  /** One line each, without the item's name (the caller prefixes it). */
  problems: string[];
  /** What names the outlet, for the final choice once the text's own lines are read (`parse-source.ts`). */
  outletEvidence?: OutletEvidence;
  /** The evidence of every field (HTML and Markdown readers). */
  evidence?: FieldEvidence;
}

/** Turns an HTML string into a DOM document: linkedom in Node, `DOMParser` in the browser. */
export type HtmlParser = (html: string) => Document;
