/**
 * What a popover card shows, as the background sends it. Plain data: the card
 * renders every string as text.
 */
import type { DiscrepancyKind, EntityKind, QuoteStatus, SourceRelation } from './schema';

/** A span of a text to emphasise, by code-unit offsets. */
export type Span = [start: number, end: number];

/** Which article a row is: its outlet, title, date, and the address to open it at. */
export interface SourceLabel {
  id: string;
  /** The outlet; for an article that names none, the site of its address. */
  outlet: string;
  shortName: string;
  title: string;
  published?: string;
  /** The article's own address, where known (else the reader opens the saved copy). */
  url?: string;
  /** The article the reader's page is. */
  thisPage?: true;
  /** For a repost, the outlet that first published it ("Reuters"). */
  repostOf?: string;
}

export interface SentenceExcerpt {
  id: string;
  text: string;
  /** The mention(s) inside `text`. */
  marks: Span[];
}

/** One source's wording at a discrepancy, with the changed words marked. */
export interface Wording {
  /** The source's short name. */
  source: string;
  text: string;
  changed: Span[];
  /** This source is the one the others reuse here, by lineage. */
  origin: boolean;
}

export interface Disagreement {
  kind: DiscrepancyKind;
  summary: string;
  /** The change in plain words: "negation dropped", "day changed", "quote paraphrased". */
  label: string;
  /** Between versions of one article, a rewrite and its source, or independent reports. */
  relation: SourceRelation;
  /** Below the precision bar: shown only among the "minor differences". */
  minor: boolean;
  /** Each source's wording around the change (a card shows a short stretch of it). */
  wordings: Wording[];
}

export interface EntityCard {
  type: 'entity';
  id: string;
  name: string;
  kind: EntityKind;
  description?: { text: string; source: SourceLabel };
  /** How many sources name it, out of `totalSources`. */
  sourceCount: number;
  totalSources: number;
  /**
   * One row per source that names it; sentences most informative first. Rows
   * come grouped by story, the story with the most sources naming it first.
   */
  rows: { source: SourceLabel; sentences: SentenceExcerpt[]; story?: { id: string; title: string } }[];
  /** The changes about this item: its mention, description or clause (see `item-changes.ts`). */
  disagreements: Disagreement[];
  /** How many other changes the sentences naming it hold (shown as a count, in full in the side panel). */
  otherChanges: number;
  /** For an outlet or author: the sources it published or wrote, and the sources that reuse each. */
  articles?: { role: 'outlet' | 'author'; source: SourceLabel; reusedBy: SourceLabel[] }[];
}

export interface QuoteCard {
  type: 'quote';
  id: string;
  text: string;
  speaker?: string;
  carriers: { source: SourceLabel; status: QuoteStatus; text: string; marks: Span[] }[];
  /** Sources that do not carry the quotation at all. */
  missing: SourceLabel[];
  /** Changes to the quotation's own words. */
  disagreements: Disagreement[];
  /** Other changes in the sentences carrying it. */
  otherChanges: number;
}

export interface PassageCard {
  type: 'passage';
  id: string;
  /** Each source's version of the statement, with the words that differ from the page marked. */
  versions: { source: SourceLabel; text: string; marks: Span[] }[];
  /** The page's sentence, with the words no source has marked. */
  page?: { text: string; marks: Span[] };
  /** Changes inside the passage. */
  disagreements: Disagreement[];
  /** Other changes of the statement's sentences (where a version merged two sentences). */
  otherChanges: number;
}

/**
 * The page the card is on changed since the reader first read it (the library
 * keeps its address in more than one version): when, how much, and the
 * changes that touch the item hovered.
 */
export interface PageChangeNote {
  /** When the reader first read the page (ISO). */
  since: string;
  changed: number;
  added: number;
  removed: number;
  /** Changes of meaning on the page ("negation dropped: …"). */
  meaning: string[];
  /** Sentences that name the item, as first read and as now ('' where added or removed). */
  about: { before: string; after: string }[];
}

export type Card = (EntityCard | QuoteCard | PassageCard) & { pageChanged?: PageChangeNote };

/** One statement as each source made it, side by side (the side panel's Compare view). */
export interface CompareRow {
  /** The alignment holding these sentences, if more than one source made the statement. */
  alignment?: string;
  /** The source every cell is marked against unless the reader picks another: the origin by lineage, else the earliest. */
  reference: string;
  /** One cell per source of `CompareView.sources`, `null` where that source does not make the statement. */
  cells: (null | CompareCell)[];
  disagreements: Disagreement[];
  /** Versions of the statement not shown (its cells hold the first of many). */
  moreVersions?: number;
}

/** One source's words for a statement: its sentences joined (a version may merge two sentences into one). */
export interface CompareCell {
  /** The first sentence's id. */
  id: string;
  text: string;
  /** How many of the source's sentences `text` joins. */
  sentences: number;
  mentions: Span[];
  /** Marked against the row's reference (empty for the reference itself). */
  changed: Span[];
  /** Against each other source of the row, by source id. */
  versus: Record<string, Versus>;
}

/** One version against another: the words that differ, or, for a paraphrase, its meaning changes. */
export interface Versus {
  /** Worded too differently to mark word by word: only its meaning changes are marked. */
  paraphrase: boolean;
  changed: Span[];
  /** The meaning changes between the two ("negation dropped", "day changed"). */
  labels: string[];
}

export interface CompareView {
  id: string;
  name: string;
  kind: EntityKind | 'quote' | 'passage';
  sources: SourceLabel[];
  /** Sources of the item's stories that never mention it (the first of them, `notMentionedMore` the rest). */
  notMentioned: string[];
  notMentionedMore?: number;
  /** The statements, the most telling of them where there are many (`moreStatements` the rest). */
  rows: CompareRow[];
  moreStatements?: number;
  /** For an entity: its mentions across sources and stories, by date (the earliest, `timelineMore` the later ones). */
  timeline?: EntityTimelineEntry[];
  timelineMore?: number;
}

/** One source on an entity's timeline: when it named the entity, what it said first, whom it reused. */
export interface EntityTimelineEntry {
  source: SourceLabel & { title: string };
  story?: { id: string; title: string };
  /** The first source to name it (ties share it). */
  first: boolean;
  /** How many times this source names it. */
  mentions: number;
  /** The first sentence in which this source names it, the name marked. */
  said: { id: string; text: string; marks: Span[] };
  /** Earlier sources naming it whose words this one reuses. */
  reuses: { source: string; shortName: string; share: number }[];
  /** Later sources naming it that reuse this one. */
  reusedBy: { source: string; shortName: string }[];
  /** Changes in sentences naming it that first show with this source. */
  changes: { id: string; kind: DiscrepancyKind; summary: string; label: string }[];
}

/** One source on a story's timeline: when it came, whom it reused, what it changed. */
export interface TimelineEntry {
  source: SourceLabel & { title: string };
  /** Published first in its story (ties share it). */
  first: boolean;
  /** The sources this one reuses, with the share of its words found in them. */
  reuses: { source: string; shortName: string; share: number }[];
  /** The sources that reuse this one. */
  reusedBy: { source: string; shortName: string }[];
  /** Discrepancies that first show with this source: where its version departs from an earlier one. */
  changes: { id: string; kind: DiscrepancyKind; summary: string }[];
}

/** The side panel's Story view: every story, the page's own first. */
/** The Story view: one story in full, every other one line (its full view asked for when the reader opens it). */
export interface StoriesView {
  /** The story of the page the reader is on, else the first, in full; none in an index without stories. */
  main?: StoryView;
  /** Every other story, in the index's order. */
  others: StoryLine[];
  /** The story of the page the reader is on, where known. */
  current?: string;
}

/** A story as one line of the Story view. */
export interface StoryLine {
  id: string;
  title: string;
  start?: string;
  end?: string;
  /** How many sources it holds. */
  sources: number;
  /** Its outlets by short name, each once, earliest first: the first `MAX_LINE_OUTLETS` of `outletCount`. */
  outlets: string[];
  outletCount: number;
}

/** Most outlets a story's line names. */
export const MAX_LINE_OUTLETS = 8;

/** What joined a story since the reader last looked at it (the reader's own, never a page's). */
export interface StoryNews {
  /** When the reader last looked (ISO). */
  since: string;
  /** The articles added since, by source id. */
  sources: string[];
  /** Names the story holds only in those articles. */
  names: { id: string; name: string; kind: EntityKind }[];
  /** Discrepancies those articles bring (one of their variants is theirs). */
  discrepancies: string[];
}

export interface StoryView {
  id: string;
  /** Set when the reader has looked at this story before and articles joined it since. */
  news?: StoryNews;
  title: string;
  start?: string;
  end?: string;
  /** The main people, organisations and places, by name. */
  names: { id: string; name: string; kind: EntityKind }[];
  /** Older stories this one follows up, by title. */
  related: { id: string; title: string }[];
  /** The story's sources by date (of a large story, the earliest and the latest: `sourcesBetween`). */
  timeline: TimelineEntry[];
  sources: (SourceLabel & {
    title: string;
    byline?: string;
    words: number;
    derivedFrom: { source: string; shortName: string; share: number }[];
  })[];
  /** In a story of many sources: how many are left out of the timeline, the sources and the coverage, after the first `after` shown. */
  sourcesBetween?: { after: number; count: number };
  /** The main entities and topics against the sources: mentions per source. */
  coverage: { id: string; name: string; kind: EntityKind; counts: number[] }[];
  /** Those that clear the precision bar first, then the minor differences. */
  discrepancies: {
    id: string;
    kind: DiscrepancyKind;
    summary: string;
    label: string;
    relation: SourceRelation;
    /** Below the precision bar: shown only among the "minor differences". */
    minor: boolean;
    /** The statement's alignment, to open in Compare. */
    compareId: string;
    variants: { source: SourceLabel; text: string; changed: Span[]; origin: boolean }[];
    /** The versions past those listed. */
    moreVariants?: number;
  }[];
  /** When there are more discrepancies than listed: how many clear the bar, and how many are minor, in all. */
  discrepancyCount?: { major: number; minor: number };
}
