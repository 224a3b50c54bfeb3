/**
 * The story index: what the build makes from `seeds/` and the extension reads.
 *
 * Two shapes, split by who needs them:
 *  - `FullIndex` lives in the background and answers the popover and side panel;
 *  - `SpotIndex` is bundled into the content script and holds only what spotting
 *    needs (aliases, quote keys and passage fingerprints), so every page pays for
 *    as little as possible.
 *
 * Both are plain JSON. Bump `INDEX_VERSION` on any change of shape: the loader
 * refuses an index of another version rather than misreading it.
 */

export const INDEX_VERSION = 3;

export type EntityKind = 'person' | 'organization' | 'place' | 'topic';

/** One article of the corpus. */
export interface Source {
  /** Stable id: `src-` + the file's name without its extension. */
  id: string;
  /** File name inside the corpus folder. */
  file: string;
  /** Outlet as a reader knows it ("The New York Times", "People's Daily"). */
  outlet: string;
  /** Short label for narrow columns ("NYT", "Wire"). */
  shortName: string;
  title: string;
  /** Authors joined for display ("Jane Doe and John Roe"). */
  byline?: string;
  /** Each author's name, in the page's order. */
  authors?: string[];
  /** ISO date `YYYY-MM-DD` where the text (or the editorial file) says it: the calendar day the outlet printed. */
  published?: string;
  /** ISO date-time with its zone as the page wrote it, where the page gives a time. */
  publishedTime?: string;
  /** The dateline city ("WASHINGTON"), where there is one. */
  dateline?: string;
  /** Canonical URL of the article, where known. */
  url?: string;
  /** A repost's original outlet ("Reuters" for a blog's copy of a Reuters story), where the input names it. */
  originalOutlet?: string;
  /** A repost's original address. */
  originalUrl?: string;
  /** Language the page declares ("en", "en-US"). */
  lang?: string;
  /** Set when the text is shorter than an article usually is (kept because the reader asked for it, or a headline stands over it). */
  short?: boolean;
  /** Body word count, after chrome is stripped. */
  words: number;
  /** Ids of this source's body sentences, in reading order. */
  sentences: string[];
}

/** One sentence of a source's body. */
export interface Sentence {
  /** `<source id>:p<paragraph>:s<sentence>`: stable across builds. */
  id: string;
  source: string;
  paragraph: number;
  /** Position of the sentence inside its paragraph. */
  index: number;
  /** Character offsets into the source's cleaned body text. */
  start: number;
  end: number;
  text: string;
}

/** A place where a source names an entity. Offsets are into the sentence's text. */
export interface Mention {
  source: string;
  sentence: string;
  start: number;
  end: number;
}

export interface Entity {
  /** `person:xi-jinping`, `topic:critical-infrastructure`. */
  id: string;
  /** Canonical name, the fullest form the sources use. */
  name: string;
  kind: EntityKind;
  /** Every surface form that names it, the canonical name included. */
  aliases: string[];
  /** One line in a source's own words (an appositive), with that source. */
  description?: { text: string; source: string };
  mentions: Mention[];
  /** The sources this outlet published or this author wrote. */
  sources?: { role: SourceRole; source: string }[];
}

/** How an entity stands to a source: the outlet that published it, or an author of it. */
export type SourceRole = 'outlet' | 'author';

export type QuoteStatus = 'verbatim' | 'altered' | 'unquoted';

export interface QuoteCarrier {
  source: string;
  sentence: string;
  status: QuoteStatus;
  /** The words as this source has them. */
  text: string;
}

export interface Quote {
  /** `quote:<n>` in order of first appearance. */
  id: string;
  /** The quotation as first found (without its quote marks). */
  text: string;
  /** Entity id of the speaker, where the text says who. */
  speaker?: string;
  /** The speaker's name as written, where no entity holds it. */
  speakerName?: string;
  carriers: QuoteCarrier[];
}

/** Sentences of different sources that say the same thing. */
export interface Alignment {
  id: string;
  /** Sentence ids, at most one per source, in source order. */
  sentences: string[];
  /** Lowest pairwise similarity inside the group, 0..1. */
  score: number;
}

export type DiscrepancyKind = 'negation' | 'date' | 'number' | 'modal' | 'attribution' | 'wording' | 'omission' | 'role' | 'quote';

export interface DiscrepancyVariant {
  source: string;
  sentence: string;
  /** The sentence as this source wrote it. */
  text: string;
  /** The words that differ, as they stand in `text` (may be empty for an omission). */
  changed: string;
}

/**
 * How the sources that disagree stand to each other: `versions` of one
 * article (the same text edited: a wire copy, a repost), a `rewrite` that
 * names and reuses the other, or `independent` reports of one event.
 */
export type SourceRelation = 'versions' | 'rewrite' | 'independent';

export interface Discrepancy {
  id: string;
  kind: DiscrepancyKind;
  /** One plain sentence: "Thursday in NYT, Wire and Blog; Tuesday in People's Daily." */
  summary: string;
  /** The change in plain words, from the origin's reading: "negation dropped", "day changed", "quote paraphrased". */
  label: string;
  /** The source the others reuse at this statement, by lineage; absent when lineage does not tell. */
  origin?: string;
  alignment: string;
  variants: DiscrepancyVariant[];
  /** How the sources holding different readings stand to each other (the closest pair of them). */
  relation: SourceRelation;
  /**
   * How likely a careful reader is to call this a real disagreement, 0..1
   * (`docs/precision.md`). Cards and the side panel show those at or above
   * `PRECISION_BAR`; the others are "minor differences".
   */
  confidence: number;
}

/** Discrepancies at or above this confidence are shown on cards and in the side panel; the others sit behind "minor differences". */
export const PRECISION_BAR = 0.5;

/** Does the discrepancy clear the precision bar? */
export const clearsBar = (d: Pick<Discrepancy, 'confidence'>) => d.confidence >= PRECISION_BAR;

export interface LineageLink {
  /** The source this one reuses. */
  from: string;
  /** Share of this source's words found in aligned sentences of `from`, 0..1. */
  share: number;
}

export interface Lineage {
  source: string;
  derivedFrom: LineageLink[];
}

/**
 * One story: the sources that report the same events. Sources are compared
 * (aligned, checked for discrepancies, traced for lineage) only inside their
 * story; entities are shared across stories.
 */
export interface Story {
  /** `story:` + the id of the source that started it. */
  id: string;
  /** A reader's name for it: the reader's own, or the earliest source's title. */
  title: string;
  /** Member source ids, in the index's source order. */
  sources: string[];
  /** The first and last publication dates of its sources, where known (`YYYY-MM-DD`). */
  start?: string;
  end?: string;
  /** Entity ids named by most of its sources, most named first. */
  people: string[];
  organizations: string[];
  places: string[];
  /** Older stories this one follows up. */
  related: string[];
}

export interface FullIndex {
  version: typeof INDEX_VERSION;
  sources: Source[];
  stories: Story[];
  sentences: Sentence[];
  entities: Entity[];
  quotes: Quote[];
  alignments: Alignment[];
  discrepancies: Discrepancy[];
  lineage: Lineage[];
}

/** How an alias must be cased on the page to count. */
export type AliasCase =
  /** Acronyms and short forms: exactly as written ("US", "UN", "OPM"). */
  | 'exact'
  /** Names: each word starts with its capital as written; "Rice" not "rice". */
  | 'title'
  /** Topics: any case. */
  | 'any';

export interface SpotAlias {
  /** The alias, normalised with `normalizeText`. */
  text: string;
  /** Index into `SpotIndex.entities`. */
  entity: number;
  case: AliasCase;
  /**
   * A weak alias (a bare surname or short form) counts only where the same page
   * also names the entity by one of its strong aliases.
   */
  weak: boolean;
}

export interface SpotEntity {
  id: string;
  kind: EntityKind;
  name: string;
  /**
   * For a place whose name also names another place: words that, anywhere on
   * a page, say the page means the other one ("Seattle" for the state of
   * Washington). Absent for most entities.
   */
  otherSense?: string[];
  /**
   * A place or organisation every story names (US, China, Washington, the FBI):
   * on a page of no story it is not worth a highlight unless the reader asks
   * for it (see `src/spot/relevance.ts`). Absent for names specific to a story.
   */
  generic?: true;
  /**
   * An outlet that published sources of the index: highlighted only where a
   * text cites it, never in its own masthead or credits (`src/spot/outlet-citation.ts`).
   */
  outlet?: true;
}

/** A quotation is worth finding on a page when it holds at least this many words. */
export const MIN_QUOTE_WORDS = 4;

export interface SpotQuote {
  id: string;
  /** `foldKey` of the quotation's words. */
  key: string;
}

export interface SpotIndex {
  version: typeof INDEX_VERSION;
  entities: SpotEntity[];
  aliases: SpotAlias[];
  quotes: SpotQuote[];
  /**
   * Passage fingerprints: for each alignment (or lone source sentence) worth
   * finding again, the hashed word shingles of its sentences (see `src/text/shingles.ts`).
   */
  passages: SpotPassage[];
}

export interface SpotPassage {
  /** Alignment id, or the sentence id of a sentence no other source repeats. */
  id: string;
  /** Sorted, unique 32-bit shingle hashes of every sentence in the group (a view into one array once loaded from the library's store). */
  shingles: number[] | Int32Array;
  /** Number of shingles of the group's shortest sentence (for the overlap threshold). */
  size: number;
}
