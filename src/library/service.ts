/**
 * The library as the background runs it: the store, the merged index and the
 * full-text search, kept in step. Platform-neutral (IndexedDB is the only
 * browser API it touches), so every rule here is tested in Node.
 *
 * What a change costs: adding an article reads and extracts that article
 * alone and folds it into the current index (`merge.ts`); the spot index is
 * then cut from the merged index again (aliases, quote keys, fingerprints: no
 * extraction, no comparison). Removing an article or hiding the sample story
 * folds the remaining articles into the seeds again, also without extraction.
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
import { joinSearchIndex, partialIndex, partsToRead, queryTerms, splitSearchIndex, vocabularyWords, type SearchEntries, type SearchHead } from './search-parts';
import { searchTerms } from '../text/segment';
import { IndexError, loadFlatSpotIndex } from '../index/loader';
import { mergeSpotEntities, toSpotIndex } from '../index/spot-index';
import type { LibraryRow, LibraryStory } from '../contracts/library-messages';
import type { FullIndex, SpotIndex, SpotPassage, SpotQuote, Story } from '../contracts/schema';
import {
  FLAT_SPOT_FORMAT,
  PASSAGE_RUN,
  QUOTE_RUN,
  flattenSpotRun,
  flattenSpotIndex,
  unpackPassage,
  type FlatSpotRun,
  type FlatSpotIndex,
} from '../contracts/spot-pack';
import type { ArticleInput, ArticleOriginal, LibraryArticle } from './article';
import { READER_VERSION } from './article-version';
import { addArticle, emptyIndex, libraryFolder, type FoldedPart } from './merge';
import { entityStories, sourcesOfItem, storyIndexOf } from './card-part';
import { isNewVersion, versionChanges, type ArticleVersion } from './versions';
import type { ArticleVersionRow, VersionChanges } from '../contracts/library-messages';
import { correctionProblem, type StoryCorrection } from '../stories/assignment';
import { MAX_STORED_CORRECTIONS, asVersionOf, exportVersion, type ExportedVersion, type ImportItem } from './exchange';
import { EXPORT_PART_CHARS } from '../contracts/library-messages';
import {
  formLibraryStoriesSliced,
  stableCorrection,
  storiesOfTheirOwn,
  storiesToCompare,
  withComparisons,
  type FeatureCache,
  type FormedStories,
  type StoryToCompare,
} from './stories';
import { compareSources, type Comparison } from '../compare/compare';
import { nextTask, slicePauses } from '../stories/steps';
import { addedSince, visitOf, withVisit, type StoryVisit } from './story-visits';
import {
  openLibraryDb,
  LibraryStoreError,
  readArticle as readStoredArticle,
  readArticleIds,
  readArticles,
  ARTICLE_CHUNK,
  articleChunks,
  readOriginal,
  readStagedArticle,
  readNewestRows,
  readStaleIds,
  readComparisons,
  keepComparisons,
  readSearchIndex,
  readSearchParts,
  readSearchState,
  writeSearchIndex,
  readStagedArticles,
  readStagedOriginal,
  readVersionsFrom,
  readStagedImport,
  clearStaged,
  writeStaged,
  type StagedImport,
  readStamp,
  readRow,
  readRows,
  rowOf,
  readStoryListing,
  writeStoryListing,
  readFormedStories,
  readArticlesOf,
  readComparisonsOf,
  type StoredFormedStories,
  type StoredSearchIndex,
  readVersions,
  readIdAtUrl,
  readOpenState,
  readStoredSpot,
  readStoryCorrections,
  readStoryVisits,
  writeStoryVisits,
  writeChange,
  changesArticlesAlone,
  formedBehindAfter,
  writeStoryCorrections,
  type IndexStamp,
  type LibraryChange,
  type LibraryDb,
  type LibraryPrefs,
  type PackedLibraryIndex,
} from './store';

export interface SearchHit {
  id: string;
  score: number;
  terms: string[];
}

/** Which bundled seed index a stored index was built on. */
export function seedsStamp(seeds: FullIndex): string {
  return `${seeds.version}:${seeds.sources.map((s) => `${s.id}/${s.words}`).join(',')}:${seeds.entities.length}:${seeds.sentences.length}`;
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/** Whether a spot-index piece (a quote key or a passage) is a saved article's: its id carries the article's source id. */
const isArticlePiece = (piece: { id: string }) => /(?:^|:)src-lib-[0-9a-f]{16}:/.test(piece.id);

/** Saved articles' quote keys and passages, unpacked. */
interface SpotPieces {
  quotes: SpotQuote[];
  passages: SpotPassage[];
}

/** What the library keeps of each article besides the folded index: enough for its row. */
interface ArticleMeta {
  addedAt: string;
  url?: string;
  /** How many earlier versions are kept. */
  versions?: number;
  origin: LibraryArticle['origin'];
  readerVersion: number;
}

/**
 * What reading a batch of inputs gave: the articles (each once), their
 * originals, one line per input skipped, and the earlier versions of the
 * articles whose page changed (kept beside them in the same change).
 */
interface ReadBatch {
  read: LibraryArticle[];
  originals: ArticleOriginal[];
  problems: string[];
  versions?: ArticleVersion[];
}

/** What a change did, for the page. */
export interface ChangeResult {
  added: LibraryRow[];
  problems: string[];
}

/** Articles whose versions are kept as read (a few: each holds every reading of its article). */
const MAX_VERSION_READS = 4;

/** Most problem lines one change lists; the rest are counted in one more line. */
export const MAX_PROBLEM_LINES = 50;

/**
 * Stored stories as formed for `folded`, if they assign exactly its sources
 * (a check that costs one pass, against a store written by another hand).
 */
function formedFor(folded: FullIndex, stored: StoredFormedStories): FormedStories | undefined {
  const sources = new Set(folded.sources.map((s) => s.id));
  let assigned = 0;
  for (const story of stored.assignment.stories) {
    for (const id of story.sources) {
      if (!sources.has(id)) return undefined;
      assigned++;
    }
  }
  return assigned === sources.size ? { index: folded, assignment: stored.assignment, stories: stored.stories } : undefined;
}

/** The stories as stored when last formed, with each source's story and the articles written or removed since. */
interface StoredStories {
  stored: StoredFormedStories;
  storyOf: Map<string, number>;
  changed: ReadonlySet<string>;
}

/** `known` after `change`, noted as `writeChange` notes the stored stories; undefined when the change lets them go. */
function withChanged(known: StoredStories, change: Omit<LibraryChange, 'index'>): StoredStories | undefined {
  const behind = formedBehindAfter(known.changed, change);
  return behind && { ...known, changed: new Set(behind) };
}

/** Whether `index` holds the item a card asks for: a name, a quote, a sentence or a passage. */
function holdsItem(index: FullIndex, id: string): boolean {
  return (
    index.entities.some((e) => e.id === id) ||
    index.quotes.some((q) => q.id === id) ||
    index.sentences.some((s) => s.id === id) ||
    index.alignments.some((a) => a.id === id)
  );
}

/** `problems`, at most `MAX_PROBLEM_LINES` of them and a count of the rest. */
export function capProblems(problems: readonly string[]): string[] {
  if (problems.length <= MAX_PROBLEM_LINES) return [...problems];
  return [...problems.slice(0, MAX_PROBLEM_LINES), `… and ${problems.length - MAX_PROBLEM_LINES} more problems`];
}

export class Library {
  /**
   * The articles folded in, in order, with what their rows need; read with the
   * folded index. The articles themselves are not kept: the folded index holds
   * what answers need, and the store the rest.
   */
  private meta?: Map<string, ArticleMeta>;
  private full?: FullIndex;
  /** The folded index being read from the store, while it is. */
  private folding?: Promise<{ meta: Map<string, ArticleMeta>; full: FullIndex }>;
  /** `full`'s stories, formed and described (all the library page lists), when first asked for after a change. */
  private formed?: FormedStories;
  /** The stories being formed, while they are. */
  private forming?: Promise<FormedStories>;
  /** `full` with its stories and their comparisons, made when first asked for after a change. */
  private storied?: FullIndex;
  /** The comparisons being made, while they are. */
  private makingStories?: Promise<FullIndex>;
  /** The stories as last stored, with each source's story, read for cards while the stories are not in hand (see `cardIndex`). */
  private storedStories?: Promise<StoredStories | undefined>;
  /** Counts the times the stories were let go (every change): what was read for cards before one is older than the library. */
  private storiesDropped = 0;
  /** The last index made for a card (`cardIndex`), by the stories it holds. */
  private cardPart?: { key: string; index: FullIndex };
  /**
   * The stories' comparisons by what each story holds (`storyComparisonKey`),
   * read from the store while the stories are compared (and kept for a retry
   * when a change lands meanwhile): a change compares only the stories it
   * changed, and a worker started afresh compares none it had compared.
   */
  private comparisons?: Map<string, Comparison>;
  /** Each article's clustering features, worked out once per background life. */
  private features: FeatureCache = new Map();
  private searchIndex?: MiniSearch;
  /** The search index being loaded or made, while it is. */
  private searchLoading?: Promise<MiniSearch>;
  /** A making since the last change could not be kept (see `madeKept`). */
  private unkept = false;
  /** Loads the whole search index once searches from parts pause. */
  private wholeTimer?: ReturnType<typeof setTimeout>;
  /** The stored search index's head and what is read of its parts, for the searches that come while the whole loads. */
  private searchStart?: Promise<SearchStart | undefined>;
  /** The articles' part of the spot index (their quote keys and passages), as of the last change. */
  private pieces?: SpotPieces;
  /** How many runs of the articles' passages the stored spot index has (see `commit`). */
  private spotRuns = 0;
  /** The seeds' passages and quote keys, cut for the alignments they come from. */
  private seedPieces?: { alignments: FullIndex['alignments']; quotes: SpotQuote[]; passages: SpotPassage[] };
  /**
   * The articles' ids in the store's order, as the stored stamp names them
   * (read at the open, then kept by each change): reading them as keys takes
   * 0.3–0.45 s at 10,000 articles in Chrome, which walks the records.
   */
  private ids?: string[];
  /** The reader's corrections of the stories, read from the store on first use. */
  private corrections?: StoryCorrection[];
  /** Changes run one after another: two tabs saving at once must not build on the same old index. */
  private queue: Promise<unknown> = Promise.resolve();
  /** The stored spot index being read after the open, the first change in the queue (see `open`). */
  private spotLoading: Promise<void> = Promise.resolve();

  private constructor(
    private readonly db: LibraryDb,
    private readonly seeds: FullIndex,
    private prefs: LibraryPrefs,
    private spot: SpotIndex,
    private readonly seedSpot: SpotIndex,
    private readonly build: string,
  ) {}

  /**
   * Opens the library with its spot index: the preferences and the stamp are
   * read first (`openBeforeSpot`), then the spot index as stored, the first of
   * the queued changes (`spotLoaded`), rebuilt only when the stamp is not this build's or
   * the stored index cannot be read. The stamp's article ids are checked
   * against the store afterwards, by `checkStoredIndex`: reading every id
   * costs a cold start more than all the rest of its reads.
   */
  static async open(seeds: FullIndex, seedSpot: SpotIndex, dbName?: string, build = ''): Promise<Library> {
    const library = await Library.openBeforeSpot(seeds, seedSpot, dbName, build);
    await library.spotLoaded();
    return library;
  }

  /** `open`'s first half: the library, its spot index still being read (`spotLoaded`). A worker's cold start lists and searches without waiting for it. */
  static async openBeforeSpot(seeds: FullIndex, seedSpot: SpotIndex, dbName?: string, build = ''): Promise<Library> {
    const db = await openLibraryDb(dbName);
    const { prefs, stamp } = await readOpenState(db);
    const library = new Library(db, seeds, prefs, seedSpot, seedSpot, build);
    // Checked against the store after the spot index is read (`checkStoredIndex`), which rebuilds and so restamps.
    library.ids = stamp?.articleIds;
    if (stamp?.articleIds.length || !prefs.showSeeds) library.spotLoading = library.serial(() => library.loadSpot(stamp));
    return library;
  }

  /** Resolves once `spotIndex` is the library's (read from the store after the open); rejects if it could be neither read nor rebuilt. */
  spotLoaded(): Promise<void> {
    return this.spotLoading;
  }

  private async loadSpot(stamp: IndexStamp | undefined): Promise<void> {
    const current = stamp && stamp.spotFormat === FLAT_SPOT_FORMAT && stamp.seeds === seedsStamp(this.seeds) && stamp.showSeeds === this.prefs.showSeeds;
    const spot = current ? loadStored(await readStoredSpot(this.db, stamp.spotRuns ?? 0)) : undefined;
    if (!spot) return this.rebuild();
    this.spot = spot;
    this.spotRuns = stamp?.spotRuns ?? 0;
  }

  /**
   * Whether the stored index had to be rebuilt because its stamp names other
   * articles than the store holds. Every change writes both in one
   * transaction, so they disagree only if something else wrote the store;
   * the caller hands a rebuilt index to the matcher.
   */
  checkStoredIndex(): Promise<boolean> {
    return this.serial(async () => {
      const [stamp, ids] = await Promise.all([readStamp(this.db), readArticleIds(this.db)]);
      if (stamp ? sameIds(stamp.articleIds, ids) : ids.length === 0) return false;
      this.full = undefined;
      this.dropStories();
      this.searchIndex = undefined;
      this.searchStart = undefined;
      await this.rebuild();
      return true;
    });
  }

  get spotIndex(): SpotIndex {
    return this.spot;
  }

  /** Whether the spot index is the seeds' own (no saved article, the sample shown). */
  get usesSeedsAlone(): boolean {
    return this.spot === this.seedSpot;
  }

  get showSeeds(): boolean {
    return this.prefs.showSeeds;
  }

  /** The merged full index with its stories, each compared on its own (made on first use after a change). */
  async fullIndex(): Promise<FullIndex> {
    if (this.storied) return this.storied;
    // Made once for every caller that asks meanwhile (the list, a card, the side panel): at thousands of articles, seconds of work.
    this.makingStories ??= this.makeStories().finally(() => (this.makingStories = undefined));
    return this.makingStories;
  }

  private async makeStories(): Promise<FullIndex> {
    const formed = await this.formedStories();
    const stored = (this.comparisons ??= await readComparisons(this.db));
    if (this.storied) return this.storied;
    // A change that landed during the reads made them older than the library: made again from what it left.
    if (formed !== this.formed) return this.makeStories();
    const made = `${READER_VERSION}|${this.build}`;
    const toCompare = storiesToCompare(this.seeds, formed, made);
    const kept = await this.compareMissing(toCompare, stored);
    // All stored now: a retry after a change compares none of them again.
    this.comparisons = kept;
    if (this.storied) return this.storied;
    if (formed !== this.formed) return this.makeStories();
    const { full, used } = withComparisons(this.seeds, formed, kept, made, toCompare);
    this.storied = full;
    // The index holds them now; the next stories read them again from the store (copies held twice cost more than that read).
    this.comparisons = undefined;
    // In the queue, where no change is halfway: what no story holds now is let go.
    void this.serial(async () => {
      if (this.storied === full) await keepComparisons(this.db, used, kept);
    }).catch((error: unknown) => console.warn("Sourcelight could not keep the stories' comparisons:", error));
    return full;
  }

  /**
   * The index a card needs for `items` (entity, quote or passage ids) on a
   * page that is the article `pageSource` or holds the passages and quotes
   * `pageItems` (what says the page's story): the seeds and the articles of
   * the stories holding any of them, compared as the whole library's are (a card
   * speaks of its item's stories alone). After a worker start it reads those
   * articles, not every one (folding 10,000 took 9.6 s): the stories as last
   * stored say which. Articles written since they were formed (a capture, a
   * save) are read too, each a story of its own until the stories are formed
   * again, and those removed since are left out: a card in the seconds after
   * a change does not wait for every article to be folded (10 s at 7,900).
   * Undefined when none are stored for the library (another build, a change of
   * the corrections or the sample shown, more than `MAX_FORMED_BEHIND` articles
   * changed since), or when the whole is in hand: `fullIndex` answers. The
   * last part made is kept for the next card of the same stories.
   */
  async cardIndex(items: readonly string[], pageItems: readonly string[] = [], pageSource?: string): Promise<FullIndex | undefined> {
    if (this.storied) return undefined;
    const dropped = this.storiesDropped;
    this.storedStories ??= this.readStoredStories();
    const known = await this.storedStories;
    if (!known || !this.ids) return undefined;
    const { stored, storyOf, changed } = known;
    const order = new Map(this.ids.map((id, i) => [id, i]));
    const wanted = new Set<number>();
    for (const id of items) {
      const stories = stored.entities!.get(id);
      const sources = stories ? [] : sourcesOfItem(id, this.seeds);
      // An item the stories do not place, unless an article changed since may hold it: the whole index says what it is.
      if (!stories && !sources && !changed.size) return undefined;
      for (const k of stories ?? []) wanted.add(k);
      for (const source of sources ?? []) {
        // An article changed since is read as it is now (below).
        if (changed.has(source)) continue;
        const k = storyOf.get(source);
        if (k === undefined) return undefined;
        wanted.add(k);
      }
    }
    const pageSources = [...(pageSource ? [pageSource] : []), ...pageItems.flatMap((id) => sourcesOfItem(id, this.seeds) ?? [])];
    for (const source of pageSources) {
      const k = storyOf.get(source);
      if (k !== undefined && !changed.has(source)) wanted.add(k);
    }
    // With articles changed since, an item may have left the library with them: the whole index says so.
    const holding = (part: FullIndex) => (!changed.size || items.every((id) => holdsItem(part, id)) ? part : undefined);
    const chosen = [...wanted].sort((a, b) => a - b);
    const key = chosen.join(' ');
    if (this.cardPart?.key === key) return holding(this.cardPart.index);
    const seedIds = new Set(this.seeds.sources.map((s) => s.id));
    // An article removed since the stories were formed has left its story (a story it alone made, gone with it).
    const removed = (id: string) => changed.has(id) && !order.has(id);
    const left = chosen
      .map((k) => ({
        assigned: stored.assignment.stories[k],
        story: stored.stories[k],
        sources: stored.assignment.stories[k].sources.filter((id) => !removed(id)),
      }))
      .filter(({ sources }) => sources.length > 0);
    const members = left.flatMap(({ sources }) => sources).filter((id) => !seedIds.has(id));
    if (members.some((id) => !order.has(id))) return undefined;
    // An article written since, in none of these stories: a story of its own until the stories are formed again.
    const inChosen = new Set(members);
    const own = [...changed].filter((id) => order.has(id) && !inChosen.has(id));
    const read = [...members, ...own].sort((a, b) => order.get(a)! - order.get(b)!);
    const articles = await readArticlesOf(this.db, read);
    if (dropped !== this.storiesDropped || articles.some((a) => a === undefined)) return undefined;
    const folder = libraryFolder(this.seeds, this.prefs.showSeeds);
    for (const a of articles) folder.add(a!);
    const index = folder.index();
    const theirOwn = storiesOfTheirOwn(index, own);
    const formed: FormedStories = {
      index,
      assignment: { ...stored.assignment, stories: [...left.map(({ assigned, sources }) => ({ ...assigned, sources })), ...theirOwn.assignment] },
      stories: [...left.map(({ story, sources }) => ({ ...story, sources })), ...theirOwn.stories],
    };
    const made = `${READER_VERSION}|${this.build}`;
    const toCompare = storiesToCompare(this.seeds, formed, made);
    const comparisons = await readComparisonsOf(
      this.db,
      toCompare.flatMap((s) => (s.key ? [s.key] : [])),
    );
    if (dropped !== this.storiesDropped) return undefined;
    const { full } = withComparisons(this.seeds, formed, comparisons, made, toCompare);
    this.cardPart = { key, index: full };
    return holding(full);
  }

  /**
   * Reads the stories as stored for the cards ahead of the first (the
   * background does when a page has marks to hover): after a start, that read
   * is most of a small story's first card (0.15–0.5 s at 7,900 articles).
   */
  prepareCards(): void {
    if (!this.storied) this.storedStories ??= this.readStoredStories();
  }

  /**
   * Whether the stories are kept for the library as it is (so a worker's
   * first card reads its stories alone: `cardIndex`), or in hand. Every
   * change lets them go. Read from the listing, kept with them: the stories
   * themselves are a large record.
   */
  async storiesKept(): Promise<boolean> {
    if (this.formed || this.usesSeedsAlone) return true;
    return (await readStoryListing(this.db))?.made === this.listingMade();
  }

  /** The stories as stored when last formed, if formed from the library as it is by this build, with each source's story; undefined if they cannot be read. */
  private async readStoredStories(): Promise<StoredStories | undefined> {
    const stored = await readFormedStories(this.db).catch(() => undefined);
    if (!stored?.entities || stored.made !== this.listingMade() || stored.stories.length !== stored.assignment.stories.length) return undefined;
    return { stored, storyOf: storyIndexOf(stored.assignment), changed: new Set(stored.changedSince) };
  }

  /**
   * `stored` with the comparisons of the stories it lacks, made one story at a
   * time: between two, the worker answers pages (a library's first comparisons
   * take minutes at thousands of articles), and every few seconds those made
   * are kept, so a worker stopped meanwhile starts again where it was. Stops
   * early if a change makes the stories older. All it gives is stored.
   */
  private async compareMissing(toCompare: readonly StoryToCompare[], stored: ReadonlyMap<string, Comparison>): Promise<Map<string, Comparison>> {
    const kept = new Map(stored);
    const formed = this.formed;
    let unstored = new Map<string, Comparison>();
    let since = Date.now();
    const store = async () => {
      const some = unstored;
      unstored = new Map();
      since = Date.now();
      await keepComparisons(this.db, some, new Map()).catch((error: unknown) => console.warn("Sourcelight could not keep the stories' comparisons:", error));
    };
    for (const story of toCompare) {
      if (!story.key || kept.has(story.key)) continue;
      if (this.formed !== formed) break;
      const comparison = compareSources(story.members);
      kept.set(story.key, comparison);
      unstored.set(story.key, comparison);
      if (Date.now() - since > KEEP_COMPARISONS_MS) await store();
      else await nextTask();
    }
    if (unstored.size) await store();
    return kept;
  }

  /** The stories formed and described, not compared (made once for every caller that asks meanwhile). */
  private async formedStories(): Promise<FormedStories> {
    if (this.formed) return this.formed;
    this.forming ??= this.formStories().finally(() => (this.forming = undefined));
    return this.forming;
  }

  private async formStories(): Promise<FormedStories> {
    const folded = await this.foldedIndex();
    const corrections = await this.storyCorrections();
    const stored = await readFormedStories(this.db);
    if (this.formed) return this.formed;
    // A change that landed during the reads made them older than the library: formed again from what it left.
    if (folded !== this.full || corrections !== this.corrections) return this.formStories();
    // Every change deletes the stored stories in its own transaction or notes the articles it changed: found with
    // none noted, they were formed from this library.
    const kept = stored?.made === this.listingMade() && !stored.changedSince && formedFor(folded, stored);
    if (kept) {
      this.formed = kept;
      // Stored without each entity's stories (by a build before them): kept again with them, for the cards after a start.
      if (!stored!.entities) this.keepFormed(kept, folded);
      return kept;
    }
    // Features worked out into a copy: a change landing between two slices may read an article again (and let its
    // features go), and what this forming worked out from the older text must not outlive it.
    const features = new Map(this.features);
    const formed = await this.clusterLibrary(folded, corrections, features);
    if (this.formed) return this.formed;
    // A change that landed while they were formed made them older than the library.
    if (folded !== this.full || corrections !== this.corrections) return this.formStories();
    this.features = features;
    this.formed = formed;
    this.keepFormed(formed, folded);
    return formed;
  }

  /**
   * Keeps the stories formed for the next worker (its library page, its first
   * card), whoever asked: in the queue, where no change is halfway, and only
   * if still the library's stories.
   */
  private keepFormed(formed: FormedStories, folded: FullIndex): void {
    void this.serial(async () => {
      if (this.formed !== formed) return;
      const made = this.listingMade();
      await writeStoryListing(
        this.db,
        { made, stories: listingOf(formed.stories) },
        { made, assignment: formed.assignment, stories: formed.stories, entities: entityStories(folded, formed.assignment) },
      );
    }).catch((error: unknown) => {
      this.unkept = true;
      console.warn('Sourcelight could not keep the list of stories:', error);
    });
  }

  /** Every article clustered into stories, each described: seconds at thousands of articles, in slices (pages are answered between them). */
  private clusterLibrary(folded: FullIndex, corrections: readonly StoryCorrection[], features: FeatureCache): Promise<FormedStories> {
    return formLibraryStoriesSliced(folded, features, corrections);
  }

  /** What a stored listing of the stories was made with: one made by other seeds, reader or build is made again. */
  private listingMade(): string {
    return `${seedsStamp(this.seeds)}|${READER_VERSION}|${this.build}`;
  }

  /** Lets go of the stories and their comparisons as made (the comparisons kept by what they compare stay). */
  private dropStories(): void {
    this.formed = undefined;
    this.storied = undefined;
    this.storedStories = undefined;
    this.cardPart = undefined;
    this.storiesDropped++;
  }

  /**
   * The stories as the library page lists them: from the stories in hand, else
   * as stored the last time they were formed (a worker started afresh forms
   * none), else formed now (and so stored for the next start).
   */
  async storyListing(): Promise<LibraryStory[]> {
    if (this.formed) return listingOf(this.formed.stories);
    const stored = await readStoryListing(this.db);
    if (stored?.made === this.listingMade()) return stored.stories;
    return listingOf((await this.formedStories()).stories);
  }

  /**
   * Lets go of what is made again on demand: the stories and their
   * comparisons, the search index and the clustering features. The folded
   * index stays (adding an article folds into it).
   */
  releaseCaches(): void {
    this.dropStories();
    this.comparisons = undefined;
    this.searchIndex = undefined;
    this.searchStart = undefined;
    this.features.clear();
  }

  /** The reader's corrections of the stories, in the order made; they apply each time the stories are formed. */
  async storyCorrections(): Promise<StoryCorrection[]> {
    this.corrections ??= await readStoryCorrections(this.db);
    return this.corrections;
  }

  /**
   * Corrects the stories as the reader sees them now (rename, move, merge,
   * split) and keeps the correction; a correction that cannot apply is
   * refused with one line saying why, and nothing is stored.
   */
  correctStories(correction: StoryCorrection): Promise<{ problems: string[] }> {
    return this.serial(async () => {
      const current = (await this.formedStories()).stories.map((s) => ({ id: s.id, sources: s.sources, related: [] }));
      const stable = stableCorrection(correction, current);
      if (typeof stable === 'string') return { problems: [stable] };
      const problem = correctionProblem({ stories: current }, stable);
      if (problem) return { problems: [`Cannot ${stable.op}: ${problem}.`] };
      await this.keepCorrections([...(await this.storyCorrections()), stable]);
      return { problems: [] };
    });
  }

  /**
   * Adds corrections as they were stored (from an export), leaving out those
   * already kept; past `MAX_STORED_CORRECTIONS` the rest are refused in one line.
   */
  addStoryCorrections(corrections: readonly StoryCorrection[]): Promise<{ problems: string[] }> {
    return this.serial(async () => {
      const { all, problems } = await this.withCorrections(corrections);
      if (all) await this.keepCorrections(all);
      return { problems };
    });
  }

  /** The stored corrections with `more` added (each once, capped), or `all: undefined` when nothing is new. */
  private async withCorrections(more: readonly StoryCorrection[]): Promise<{ all?: StoryCorrection[]; problems: string[] }> {
    const kept = await this.storyCorrections();
    const known = new Set(kept.map((c) => JSON.stringify(c)));
    const fresh: StoryCorrection[] = [];
    for (const c of more) {
      const key = JSON.stringify(c);
      if (!known.has(key)) fresh.push(c);
      known.add(key);
    }
    const room = Math.max(0, MAX_STORED_CORRECTIONS - kept.length);
    const problems = fresh.length > room ? [`story corrections: ${fresh.length - room} beyond the ${MAX_STORED_CORRECTIONS} the library keeps; skipped`] : [];
    const taken = fresh.slice(0, room);
    return { all: taken.length ? [...kept, ...taken] : undefined, problems };
  }

  private async keepCorrections(corrections: StoryCorrection[]): Promise<void> {
    await writeStoryCorrections(this.db, corrections);
    this.takeCorrections(corrections);
  }

  private takeCorrections(corrections: StoryCorrection[]): void {
    this.corrections = corrections;
    this.dropStories();
  }

  /** The seeds and the articles folded together, before stories (read from the store on first use after a cold start). */
  private async foldedIndex(): Promise<FullIndex> {
    if (this.full) return this.full;
    // One read for the callers that ask meanwhile; a change committed meanwhile is newer than what was read.
    this.folding ??= this.readFolded().finally(() => (this.folding = undefined));
    const read = await this.folding;
    if (!this.full) {
      this.meta = read.meta;
      this.full = read.full;
    }
    return this.full;
  }

  /** Every stored article folded into the seeds, read a chunk at a time. */
  private async readFolded(): Promise<{ meta: Map<string, ArticleMeta>; full: FullIndex }> {
    const meta = new Map<string, ArticleMeta>();
    const folder = libraryFolder(this.seeds, this.prefs.showSeeds);
    // The ids kept from the stamp, when known: reading them as keys walks every record (0.3–0.45 s at 10,000).
    for await (const chunk of articleChunks(this.db, ARTICLE_CHUNK, this.ids)) {
      for (const a of chunk) {
        meta.set(a.id, metaOfOne(a));
        folder.add(a);
      }
    }
    return { meta, full: folder.index() };
  }

  /** The saved articles' ids, in the order they were added. */
  async articleIds(): Promise<string[]> {
    // The store's order, which the folded index keeps: no article is read.
    return readArticleIds(this.db);
  }

  /** Every saved article as stored (without its original text), read from the store. */
  async allArticles(): Promise<LibraryArticle[]> {
    return readArticles(this.db);
  }

  /** The saved articles (those in `ids`, or all) as the reader gave them: what an export holds. */
  async exportEntries(ids?: ReadonlySet<string>): Promise<ArticleInput[]> {
    const entries: ArticleInput[] = [];
    const articles = ids
      ? (await Promise.all([...ids].map((id) => readStoredArticle(this.db, id)))).filter((a) => a !== undefined)
      : await readArticles(this.db);
    for (const a of articles) {
      const original = await readOriginal(this.db, a.id);
      if (!original) throw new LibraryStoreError(`${a.name}: the text it was read from is missing from the library; nothing was exported.`);
      entries.push(entryOf(a, original.text));
    }
    return entries;
  }

  /**
   * The reader's last visit of the story holding `sources`, and which of its
   * articles joined the library after it; none before a first visit.
   */
  async storyNews(sources: readonly string[], visits?: readonly StoryVisit[]): Promise<{ since: string; added: string[] } | undefined> {
    const visit = visitOf(visits ?? (await this.storyVisits()), sources);
    if (!visit) return undefined;
    await this.foldedIndex();
    return { since: visit.at, added: addedSince(sources, (id) => this.meta!.get(id)?.addedAt, visit.at) };
  }

  storyVisits(): Promise<StoryVisit[]> {
    return readStoryVisits(this.db);
  }

  /** Records that the reader looked at the story holding `sources` now. In the queue, so two panels do not lose one visit. */
  recordStoryVisit(sources: readonly string[], at = new Date().toISOString()): Promise<void> {
    return this.serial(async () => writeStoryVisits(this.db, withVisit(await readStoryVisits(this.db), sources, at)));
  }

  /** How many earlier versions of each article the library keeps, by id (those with none left out). */
  async versionCounts(): Promise<Map<string, number>> {
    // From the articles' stored lines (a line counts the current reading too): no article is read.
    return new Map((await readRows(this.db)).flatMap((r) => (r.versions ? [[r.id, r.versions - 1] as [string, number]] : [])));
  }

  /**
   * An article's earlier versions as an export holds them, from version
   * `from` on, until they hold about `chars` characters (at least one);
   * `next` is the first left for the next part.
   */
  async exportVersions(id: string, from = 1, chars = EXPORT_PART_CHARS): Promise<{ versions: ExportedVersion[]; next?: number }> {
    const { versions, next } = await readVersionsFrom(this.db, id, from, chars);
    return next === undefined ? { versions: versions.map(exportVersion) } : { versions: versions.map(exportVersion), next };
  }

  /**
   * The `n` rows added last, in the store's order (as `rows` lists them), as
   * many of the sample's before them as make `n`, and how many saved
   * articles `rows` lists: the library page's first screen, read without
   * reading every row.
   */
  async newestRows(n: number): Promise<{ rows: LibraryRow[]; total: number }> {
    const { rows, count } = await readNewestRows(this.db, n);
    const sample = this.sampleRows();
    return { rows: [...sample.slice(0, Math.max(0, n - rows.length)), ...rows.reverse()], total: count };
  }

  /** The library page's lines: the sample story's sources, then each article's line as stored beside it (no article is read). */
  async rows(): Promise<LibraryRow[]> {
    return [...this.sampleRows(), ...(await readRows(this.db))];
  }

  private sampleRows(): LibraryRow[] {
    return this.seeds.sources.map((s) => ({
      id: s.id,
      title: s.title,
      outlet: s.outlet,
      published: s.published,
      name: s.file,
      sample: true,
    }));
  }

  private dropVersionReads(): void {
    this.generation++;
    this.versionReads.clear();
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Adds or updates articles; each input that cannot be read is one problem
   * line naming it (the others are added), and an article given twice is
   * added once (the last given). An article whose page says something else
   * than when it was read keeps its earlier reading as a version.
   * `skipUnchanged`: an article the library has with the same text is left
   * as it is (a page read again as the reader reads).
   */
  add(inputs: readonly ArticleInput[], options: { skipUnchanged?: boolean } = {}): Promise<ChangeResult> {
    return this.serial(async () => {
      const added = this.full ? undefined : await this.addUnfolded(inputs);
      if (added) return added;
      await this.foldedIndex();
      const batch = await this.withVersions(await this.readInputs(inputs), { skipUnchanged: options.skipUnchanged === true });
      return this.commitRead(batch, {});
    });
  }

  /**
   * Adds new articles, dated after every one the library holds (a save, a
   * capture), without folding the library first: after a worker start the
   * folded index is not in hand, and folding every record (23 s at 10,000
   * articles in Chrome) is what the first save would wait for. The spot
   * index is brought up to date from itself (`mergeSpotEntities`), the ids
   * are read as keys. `undefined` when an input is an article the library
   * holds (an update folds). Articles read but not after the newest held
   * are added the folded way, not read twice.
   */
  private async addUnfolded(inputs: readonly ArticleInput[]): Promise<ChangeResult | undefined> {
    const { articleId } = await import('./article');
    const ids = this.ids ?? (await readArticleIds(this.db));
    const held = new Set(ids);
    if (inputs.some((input) => held.has(articleId(input)))) return undefined;
    const last = ids.length ? await readRow(this.db, ids[ids.length - 1]) : undefined;
    const batch = await this.readInputs(inputs);
    const read = [...batch.read].sort(inStoreOrder);
    // Nothing readable (a page that is no article): said so without folding the library.
    if (read.length === 0) return { added: [], problems: capProblems(batch.problems) };
    // None is held (an article's id is its input's `articleId`, checked above): only the order is left to check.
    if (last && inStoreOrder(last, read[0]) >= 0) {
      await this.foldedIndex();
      return this.commitRead(await this.withVersions(batch), {});
    }
    const kept = this.articlePieces();
    const added = read.map(piecesOf);
    const pieces = joinPieces([kept, ...added]);
    const { entities, aliases } = mergeSpotEntities(
      this.spot,
      read.flatMap((a) => a.entities),
    );
    const spot: SpotIndex = {
      ...this.spot,
      entities,
      aliases,
      quotes: this.spot.quotes.concat(added.flatMap((p) => p.quotes)),
      passages: this.spot.passages.concat(added.flatMap((p) => p.passages)),
    };
    await this.commitSpot([...ids, ...read.map((a) => a.id)], undefined, spot, pieces, kept.passages.length, kept.quotes.length, {
      put: read,
      originals: batch.originals,
    });
    for (const a of read) this.searchIndex?.add(searchDoc(a));
    return { added: read.map(rowOf), problems: capProblems(batch.problems) };
  }

  /**
   * An export imported in one change: its articles (with the earlier
   * versions of those whose text changed) and its corrections of the
   * stories are written in one transaction, so a failure leaves the library
   * as it was.
   */
  importEntries(inputs: readonly ArticleInput[], corrections: readonly StoryCorrection[]): Promise<ChangeResult> {
    return this.serial(async () => {
      await this.foldedIndex();
      const batch = await this.withVersions(await this.readInputs(inputs));
      const { all, problems } = await this.withCorrections(corrections);
      const result = await this.commitRead(batch, all ? { corrections: all } : {}, !!all);
      if (all) this.takeCorrections(all);
      return { ...result, problems: capProblems([...result.problems, ...problems]) };
    });
  }

  /**
   * Compares each article read with the library's record of it (at its id,
   * or at `storedIds`' id for it when reading it again gave a new id): one
   * read from a new text that says something else keeps the record as its
   * earlier version; otherwise the record's versions carry over (and with
   * `skipUnchanged` the article is left out). `textOf` gives an article's new
   * original text when the batch does not hold it (a staged import).
   */
  private async withVersions(
    batch: ReadBatch,
    options: { skipUnchanged?: boolean; storedIds?: ReadonlyMap<string, string>; textOf?: (id: string) => Promise<string | undefined> } = {},
  ): Promise<ReadBatch> {
    const read: LibraryArticle[] = [];
    const originals: ArticleOriginal[] = [];
    const versions: ArticleVersion[] = [...(batch.versions ?? [])];
    for (const [i, article] of batch.read.entries()) {
      const storedId = options.storedIds?.get(article.id) ?? article.id;
      const stored = this.meta!.has(storedId) ? await readStoredArticle(this.db, storedId) : undefined;
      if (stored) {
        const before = { title: stored.parsed.source.title, body: stored.parsed.body };
        const after = { title: article.parsed.source.title, body: article.parsed.body };
        const text = batch.originals[i]?.text ?? (await options.textOf?.(article.id));
        // Read again from a new text (not the same page read again by a newer reader): an earlier version when it says something else.
        const changedPage = (await readOriginal(this.db, stored.id))?.text !== text;
        if (changedPage && isNewVersion(before, after)) {
          const n = (stored.versions ?? 0) + 1;
          if (storedId !== article.id) for (const v of await readVersions(this.db, storedId)) versions.push({ ...v, id: article.id });
          versions.push({ id: article.id, n, readAt: stored.versionAt ?? stored.addedAt, parsed: stored.parsed });
          article.versions = n;
          article.versionAt = new Date().toISOString();
        } else {
          if (options.skipUnchanged) continue;
          if (storedId !== article.id) for (const v of await readVersions(this.db, storedId)) versions.push({ ...v, id: article.id });
          if (stored.versions) article.versions = stored.versions;
          if (stored.versionAt) article.versionAt = stored.versionAt;
        }
      }
      read.push(article);
      if (batch.originals[i]) originals.push(batch.originals[i]);
    }
    return { read, originals, problems: batch.problems, versions };
  }

  /** Reads and extracts each input on its own: one that throws is named and skipped. */
  private async readInputs(inputs: readonly ArticleInput[]): Promise<ReadBatch> {
    // Loaded on the first change, not at start: the reader (Readability over
    // linkedom) and the extraction set up tables when loaded, and a cold start
    // that only answers pages needs none of it (about 12 ms of the worker's start).
    const { articleId, readArticle } = await import('./article');
    const problems: string[] = [];
    const byId = new Map<string, { article: LibraryArticle; original: ArticleOriginal }>();
    for (const input of inputs) {
      const known = this.meta?.get(articleId(input));
      let result;
      try {
        result = readArticle(known ? { ...input, addedAt: known.addedAt, origin: known.origin } : input);
      } catch (error) {
        problems.push(
          `${String(input.name).slice(0, 200)}: could not be read (${String((error as Error)?.message ?? error)
            .split('\n')[0]
            .slice(0, 200)}); skipped`,
        );
        continue;
      }
      if ('problem' in result) problems.push(result.problem);
      else {
        if (byId.has(result.article.id)) {
          problems.push(`${input.name}: the same article as another in this batch; kept once`);
          byId.delete(result.article.id);
        }
        byId.set(result.article.id, result);
      }
    }
    const kept = [...byId.values()];
    return { read: kept.map((r) => r.article), originals: kept.map((r) => r.original), problems };
  }

  /** Folds read articles into the index and writes them with it (and `change`) in one transaction. */
  private async commitRead(batch: ReadBatch, change: Omit<LibraryChange, 'index'>, always = false): Promise<ChangeResult> {
    const { read, originals, problems } = batch;
    if (read.length === 0 && !always) return { added: [], problems: capProblems(problems) };
    let full = await this.foldedIndex();
    const updates = read.some((a) => this.meta!.has(a.id)) || (change.remove ?? []).some((id) => this.meta!.has(id));
    const added = new Map(this.meta);
    for (const id of change.remove ?? []) added.delete(id);
    // The articles in the order the store lists them (by date added, then id), so a cold start folds them the same way:
    // new ones that come after every known one (a save, the usual change) are appended in order, without sorting the library.
    const lastId = [...added.keys()].at(-1);
    const last = lastId === undefined ? undefined : { id: lastId, addedAt: added.get(lastId)!.addedAt };
    const appended = !updates && read.every((a, i) => (i === 0 ? !last || inStoreOrder(last, a) < 0 : inStoreOrder(read[i - 1], a) < 0));
    for (const a of read) added.set(a.id, metaOfOne(a));
    const next = appended ? added : new Map([...added].sort(byAddedAt));
    const inOrder = appended || sameKeyOrder(next, added);
    let pieces: SpotPieces;
    let kept: SpotPieces | undefined;
    if (updates || !inOrder) ({ full, pieces } = await this.refolded(next, read));
    else {
      for (const a of read) full = addArticle(full, a);
      kept = this.articlePieces();
      pieces = joinPieces([kept, ...read.map(piecesOf)]);
    }
    // Pieces appended after the kept ones leave every run before theirs as stored.
    await this.commit(next, full, pieces, kept?.passages.length ?? 0, kept?.quotes.length ?? 0, {
      ...change,
      put: [...(change.put ?? []), ...read],
      originals: [...(change.originals ?? []), ...originals],
      versions: [...(change.versions ?? []), ...(batch.versions ?? [])],
    });
    for (const id of change.remove ?? []) if (this.searchIndex?.has(id)) this.searchIndex.discard(id);
    for (const a of read) {
      if (this.searchIndex?.has(a.id)) this.searchIndex.discard(a.id);
      this.searchIndex?.add(searchDoc(a));
    }
    return { added: read.map(rowOf).sort(inStoreOrder), problems: capProblems(problems) };
  }

  /** The import in progress (staged, not yet in the library), if any. */
  stagedImport(): Promise<StagedImport | undefined> {
    return readStagedImport(this.db);
  }

  /**
   * Starts an import of the file named `key`, or resumes the one of the same
   * file cut short (`resumeFrom`: entries already read). An import of another
   * file cut short is rolled back first, and said so.
   */
  beginImport(key: string, name: string, total?: number): Promise<{ resumeFrom: number; rolledBack?: string }> {
    return this.serial(async () => {
      const staged = await readStagedImport(this.db);
      if (staged?.key === key) return { resumeFrom: staged.done };
      if (staged) await clearStaged(this.db);
      const progress: StagedImport = { key, name: name.slice(0, 500), done: 0, problems: [], startedAt: new Date().toISOString() };
      if (total !== undefined) progress.total = total;
      await writeStaged(this.db, progress, [], []);
      return staged ? { resumeFrom: 0, rolledBack: staged.name } : { resumeFrom: 0 };
    });
  }

  /**
   * Reads a batch of the import's entries (`from`: the place of the first in
   * the file) and keeps them staged, with the import's progress, in one
   * transaction. A batch that does not follow the last one read is refused.
   * An earlier version belongs to the article entry before it (at the start
   * of a batch, to the one the batch before ended with): it is staged with
   * it, numbered from 1 in the file's order; one of an article skipped is
   * skipped with it.
   */
  importBatch(key: string, from: number, items: readonly ImportItem[]): Promise<{ problems: string[]; done: number }> {
    return this.serial(async () => {
      const staged = await readStagedImport(this.db);
      if (staged?.key !== key) throw new LibraryStoreError('This import is no longer in progress; choose the file again.');
      // A batch sent again (its reply was lost) is not read twice; one after a gap is refused.
      if (from < staged.done) return { problems: [], done: staged.done };
      if (from > staged.done)
        throw new LibraryStoreError(`Part of the import is missing (entries ${staged.done + 1} to ${from}); choose the file again to resume.`);
      await this.foldedIndex();
      const { articleId } = await import('./article');
      // The batch's article entries, each with the versions that follow it; the first group continues the batch before.
      const groups: { input?: ArticleInput; skipped?: true; versions: ExportedVersion[] }[] = [{ versions: [] }];
      const problems: string[] = [];
      for (const item of items) {
        if ('input' in item) groups.push({ input: item.input, versions: [] });
        else if ('skipped' in item) {
          problems.push(item.skipped);
          groups.push({ skipped: true, versions: [] });
        } else if ('skippedVersion' in item) problems.push(item.skippedVersion);
        else groups.at(-1)!.versions.push(item.version);
      }
      const inputs = groups.flatMap((g) => (g.input ? [g.input] : []));
      const batch = await this.readInputs(inputs);
      problems.push(...batch.problems);
      const readById = new Map(batch.read.map((a) => [a.id, a]));
      let last = staged.last;
      let versions: ArticleVersion[] = [];
      const restaged: string[] = [];
      const continued = last ? await readStagedArticle(this.db, last.id) : undefined;
      for (const group of groups) {
        if (group.skipped) last = null;
        else if (group.input) {
          const id = articleId(group.input);
          const article = readById.get(id);
          // The same article again: the last given is kept, with its own versions.
          versions = versions.filter((v) => v.id !== id);
          if (article) {
            restaged.push(id);
            delete article.versions;
            delete article.versionAt;
            if (group.input.versionAt) article.versionAt = group.input.versionAt;
          }
          last = article ? { id, versions: 0, n: 0 } : null;
        }
        if (!last) continue;
        for (const v of group.versions) {
          if (v.n <= last.n) {
            problems.push(`an earlier version numbered ${v.n} after version ${last.n} of the same article; skipped`);
            continue;
          }
          last = { id: last.id, versions: last.versions + 1, n: v.n };
          versions.push(asVersionOf(last.id, last.versions, v));
        }
        const record = readById.get(last.id) ?? (last.id === continued?.id ? continued : undefined);
        if (record && last.versions) record.versions = last.versions;
      }
      const progress: StagedImport = {
        ...staged,
        done: staged.done + items.length,
        problems: [...staged.problems, ...problems].slice(0, MAX_PROBLEM_LINES + 1),
        last,
      };
      const records = continued?.versions && !readById.has(continued.id) ? [continued, ...batch.read] : batch.read;
      await writeStaged(this.db, progress, records, batch.originals, versions, restaged);
      return { problems: capProblems(problems), done: progress.done };
    });
  }

  /**
   * The staged import joins the library: its articles, their originals and
   * earlier versions, the corrections of the stories and the index, in one
   * transaction. An article the library has keeps its own versions.
   */
  finishImport(key: string, corrections: readonly StoryCorrection[]): Promise<ChangeResult> {
    return this.serial(async () => {
      const staged = await readStagedImport(this.db);
      if (staged?.key !== key) throw new LibraryStoreError('This import is no longer in progress; choose the file again.');
      await this.foldedIndex();
      const read = await readStagedArticles(this.db);
      const keepVersionsOf = new Set<string>();
      const notes: string[] = [];
      for (const a of read) {
        if (this.meta!.has(a.id)) {
          keepVersionsOf.add(a.id);
          if (a.versions)
            notes.push(`${a.name}: the library has this article already and keeps its own versions; the ${a.versions} earlier in the file were left out`);
          delete a.versions;
          delete a.versionAt;
        } else if (!a.versions) delete a.versionAt;
      }
      // An article the library has, imported from another text that says something else, keeps its earlier reading as a version.
      const batch = await this.withVersions({ read, originals: [], problems: [] }, { textOf: async (id) => (await readStagedOriginal(this.db, id))?.text });
      const { all, problems } = await this.withCorrections(corrections);
      const change: Omit<LibraryChange, 'index'> = { staged: { keepVersionsOf } };
      if (all) change.corrections = all;
      const result = await this.commitRead(batch, change, true);
      if (all) this.takeCorrections(all);
      return { ...result, problems: capProblems([...staged.problems, ...notes, ...problems]) };
    });
  }

  /** Rolls the import in progress back (the reader cancelled): the library stays as it was. */
  abortImport(): Promise<void> {
    return this.serial(() => clearStaged(this.db));
  }

  /** The index and spot pieces of the articles in `meta`, read from the store (`replaced` instead of their stored versions). */
  private async refolded(meta: Map<string, ArticleMeta>, replaced: readonly LibraryArticle[] = []): Promise<{ full: FullIndex; pieces: SpotPieces }> {
    // Folded in `meta`'s order, which an import can make differ from the store's; of each record only what folding and
    // the spot index read is kept until then (its body and the rest go with its chunk).
    const kept = new Map<string, FoldedPart & { spot: SpotPieces }>();
    const keep = (a: LibraryArticle) => {
      if (meta.has(a.id))
        kept.set(a.id, { entities: a.entities, quotes: a.quotes, parsed: { source: a.parsed.source, sentences: a.parsed.sentences }, spot: piecesOf(a) });
    };
    for await (const chunk of articleChunks(this.db)) for (const a of chunk) keep(a);
    replaced.forEach(keep);
    const folder = libraryFolder(this.seeds, this.prefs.showSeeds);
    const pieces: SpotPieces[] = [];
    for (const id of meta.keys()) {
      const part = kept.get(id);
      if (!part) continue;
      folder.add(part);
      pieces.push(part.spot);
    }
    return { full: folder.index(), pieces: joinPieces(pieces) };
  }

  remove(ids: readonly string[]): Promise<void> {
    return this.serial(() => this.removeNow(ids));
  }

  private async removeNow(ids: readonly string[]): Promise<void> {
    await this.foldedIndex();
    const next = new Map(this.meta);
    const gone = ids.filter((id) => next.delete(id));
    if (gone.length === 0) return;
    const { full, pieces } = await this.refolded(next);
    await this.commit(next, full, pieces, 0, 0, { remove: gone });
    for (const id of gone) if (this.searchIndex?.has(id)) this.searchIndex.discard(id);
  }

  /**
   * An article and its earlier versions, read once for both `versions` and
   * `versionChanges` (a card's note and the side panel ask for both, one
   * after the other). Kept for a few articles, dropped at every change.
   */
  private versionReads = new Map<string, Promise<{ article?: LibraryArticle; earlier: ArticleVersion[] }>>();
  /** Counts changes, so a read begun before one is not kept after it. */
  private generation = 0;

  private readVersionSet(id: string): Promise<{ article?: LibraryArticle; earlier: ArticleVersion[] }> {
    const cached = this.versionReads.get(id);
    if (cached) return cached;
    const generation = this.generation;
    const read = (async () => {
      const article = await readStoredArticle(this.db, id);
      return { article, earlier: article?.versions ? await readVersions(this.db, id) : [] };
    })();
    if (generation === this.generation) {
      this.versionReads.set(id, read);
      if (this.versionReads.size > MAX_VERSION_READS) this.versionReads.delete(this.versionReads.keys().next().value!);
      read.then(
        (got) => {
          // A change landed while it was read: not kept.
          if (generation !== this.generation && this.versionReads.get(id) === read) this.versionReads.delete(id);
          return got;
        },
        () => this.versionReads.delete(id),
      );
    }
    return read;
  }

  /** An article's versions, oldest first (the last is the article as it is now); none when its page never changed. */
  async versions(id: string): Promise<ArticleVersionRow[]> {
    const { article, earlier } = await this.readVersionSet(id);
    if (!article?.versions) return [];
    return [
      ...earlier.map((v) => ({ n: v.n, readAt: v.readAt, title: v.parsed.source.title, sentences: v.parsed.sentences.length })),
      { n: article.versions + 1, readAt: article.versionAt ?? article.addedAt, title: article.parsed.source.title, sentences: article.parsed.sentences.length },
    ];
  }

  /** What changed in an article from version `from` to version `to` (numbers as `versions` gives them). */
  async versionChanges(
    id: string,
    from: number,
    to: number,
    names: [string, string] = [`version ${from}`, `version ${to}`],
  ): Promise<VersionChanges | undefined> {
    const { article, earlier } = await this.readVersionSet(id);
    if (!article?.versions) return undefined;
    const parsedOf = (n: number) => (n === article.versions! + 1 ? article.parsed : earlier.find((v) => v.n === n)?.parsed);
    const [a, b] = [parsedOf(from), parsedOf(to)];
    if (!a || !b) return undefined;
    return versionChanges(a, b, names);
  }

  /** The saved article at a page's address, if any (read from the store: asked on page loads, it loads no index). */
  idAtUrl(url: string): Promise<string | undefined> {
    return readIdAtUrl(this.db, url);
  }

  /**
   * Reads an article again from the text it was read from (after the reader
   * improves, say). In the queue of changes: an article removed meanwhile
   * stays removed.
   */
  reread(id: string): Promise<{ problems: string[] }> {
    return this.serial(async () => {
      await this.foldedIndex();
      const { problems } = await this.rereadNow([id]);
      return { problems };
    });
  }

  /** Ids of the records an older (or newer) reader wrote: read from an index at every worker start, so no record is read. */
  async staleIds(): Promise<string[]> {
    return readStaleIds(this.db, READER_VERSION);
  }

  /**
   * Reads again up to `limit` articles written by an older reader, in one
   * change; gives how many were read and how many stay stale. The background
   * calls it a few at a time when idle, so no page waits on it.
   */
  rereadStale(limit: number): Promise<{ read: number; left: number; problems: string[] }> {
    return this.serial(async () => {
      const stale = await this.staleIds();
      const ids = stale.slice(0, limit);
      if (!ids.length) return { read: 0, left: 0, problems: [] };
      await this.foldedIndex();
      const { problems } = await this.rereadNow(ids);
      return { read: ids.length, left: (await this.staleIds()).length, problems };
    });
  }

  /** Within the queue: the articles `ids` read again; one whose id changes (its key is read anew) replaces its old record. */
  private async rereadNow(ids: readonly string[]): Promise<ChangeResult> {
    const { articleId } = await import('./article');
    const inputs: ArticleInput[] = [];
    const previous = new Map<number, string>();
    const problems: string[] = [];
    for (const id of ids) {
      const [article, original] = await Promise.all([readStoredArticle(this.db, id), readOriginal(this.db, id)]);
      if (!article || !original || !this.meta!.has(id)) {
        problems.push(`${id}: no such article`);
        continue;
      }
      previous.set(inputs.length, id);
      inputs.push(entryOf(article, original.text));
    }
    // An article whose id changes keeps its earlier versions under the new id (`withVersions`).
    const storedIds = new Map(inputs.map((input, i) => [articleId(input), previous.get(i)!]));
    const batch = await this.withVersions(await this.readInputs(inputs), { storedIds });
    // An article the reader now refuses keeps its record, marked as read by this reader, so it is not tried again and again.
    const readIds = new Set(batch.read.map((a) => a.id));
    const remove = inputs.flatMap((input, i) => {
      const old = previous.get(i)!;
      return articleId(input) !== old && readIds.has(articleId(input)) ? [old] : [];
    });
    const kept: LibraryArticle[] = [];
    for (const [i, old] of previous) {
      if (readIds.has(articleId(inputs[i]))) continue;
      const article = await readStoredArticle(this.db, old);
      if (article) kept.push({ ...article, readerVersion: READER_VERSION });
    }
    const result = await this.commitRead({ ...batch, read: [...batch.read, ...kept] }, remove.length ? { remove } : {});
    return { ...result, problems: capProblems([...problems, ...result.problems]) };
  }

  setShowSeeds(showSeeds: boolean): Promise<void> {
    return this.serial(() => this.setShowSeedsNow(showSeeds));
  }

  private async setShowSeedsNow(showSeeds: boolean): Promise<void> {
    if (showSeeds === this.prefs.showSeeds) return;
    await this.foldedIndex();
    this.prefs = { showSeeds };
    const { full, pieces } = await this.refolded(this.meta!);
    await this.commit(this.meta!, full, pieces, 0, 0, { prefs: this.prefs });
  }

  /**
   * Full-text search over saved articles (title, outlet, body), best first.
   * While the whole index is not in hand (a worker's first searches, as it
   * loads), from the stored index's parts that the query can match
   * (`search-parts.ts`): the same hits, without waiting for the whole.
   */
  async search(query: string, limit = 50): Promise<SearchHit[]> {
    const partial = this.searchIndex ? undefined : await this.partialSearchIndex(query);
    const hits = (partial ?? (await this.searchReady()))
      .search(query, SEARCH_QUERY)
      .slice(0, limit)
      .map((r) => ({ id: String(r.id), score: r.score, terms: r.terms }));
    // The whole, for the searches after: loaded once the reader pauses (its reads and slices would hold back the searches
    // of a word being typed: from parts, 119 ms at 10,000 articles while it loaded).
    if (partial) {
      clearTimeout(this.wholeTimer);
      this.wholeTimer = setTimeout(() => this.loadWholeSearch(), WHOLE_AFTER_SEARCHES_MS);
    }
    return hits;
  }

  /**
   * Readies the reader's first search (the library page asks when it opens):
   * reads the stored index's head and vocabulary, or, when none can serve,
   * loads or makes the whole.
   */
  prepareSearch(): void {
    if (this.searchIndex) return;
    (this.searchStart ??= this.readSearchStart())
      .catch(() => undefined)
      .then((start) => (start ? undefined : this.loadWholeSearch()))
      .catch(() => undefined);
  }

  private loadWholeSearch(): void {
    this.searchReady().catch((error: unknown) => console.warn('Sourcelight could not load the search index:', error));
  }

  private searchReady(): Promise<MiniSearch> {
    if (this.searchIndex) return Promise.resolve(this.searchIndex);
    // In the queue, so no change lands while it loads: made once, it is kept up to date by each change after.
    this.searchLoading ??= this.serial(() => this.loadSearch()).finally(() => (this.searchLoading = undefined));
    return this.searchLoading;
  }

  /**
   * An index of the stored head and of the parts holding the terms `query`
   * may match, with the articles changed since the index was stored read
   * again, as the whole's load does; undefined when no index is stored for
   * this library as it is (or too many changed since: the whole is made).
   */
  private async partialSearchIndex(query: string): Promise<MiniSearch | undefined> {
    const start = (this.searchStart ??= this.readSearchStart());
    const known = await start.catch(() => undefined);
    if (!known || this.searchIndex) return undefined;
    const wanted = partsToRead(queryTerms(query, SEARCH_OPTIONS), known.words, SEARCH_QUERY);
    const missing = wanted.filter((n) => !known.parts.has(n));
    if (missing.length) {
      const read = await readSearchParts(this.db, known.stamp, missing);
      // Stored again since the head was read: the whole answers.
      if (!read) {
        if (this.searchStart === start) this.searchStart = undefined;
        return undefined;
      }
      missing.forEach((n, i) => known.parts.set(n, JSON.parse(read[i]) as SearchEntries));
    }
    const index = partialIndex(
      known.head,
      wanted.map((n) => known.parts.get(n)!),
      SEARCH_OPTIONS,
    );
    for (const { id, doc } of known.changed) {
      if (index.has(id)) index.discard(id);
      if (doc) index.add(doc);
    }
    return index;
  }

  private async readSearchStart(): Promise<SearchStart | undefined> {
    const { stored, changed } = await readSearchIndex(this.db);
    if (stored?.made !== this.searchMade() || changed.length >= SEARCH_CHANGES_KEPT) return undefined;
    const docs = await Promise.all(changed.map(async (id) => ({ id, doc: await readStoredArticle(this.db, id).then((a) => a && searchDoc(a)) })));
    return { stamp: stored.stamp, head: JSON.parse(stored.head) as SearchHead, words: vocabularyWords(stored.vocabulary), changed: docs, parts: new Map() };
  }

  /**
   * The search index as stored, brought up to date with the articles changed
   * since (each read again from its record); made from every record when none
   * is stored or an update changed how words are cut. Stored again when made,
   * or when SEARCH_CHANGES_KEPT articles or more had changed.
   */
  private async loadSearch(): Promise<MiniSearch> {
    if (this.searchIndex) return this.searchIndex;
    const made = this.searchMade();
    const { stored, changed } = await readSearchIndex(this.db);
    const entries = stored?.made === made ? await this.readAllParts(stored) : undefined;
    let index: MiniSearch;
    let keep: boolean;
    if (entries) {
      const head = JSON.parse(stored!.head) as SearchHead;
      // With pauses between slices of work: at 10,000 articles the synchronous load held the worker for about a second.
      // Patched (patches/minisearch+7.2.0.patch): a pause per 20 ms of work, not per 1,000 entries (4 ms timers each: 10 s).
      index = await MiniSearch.loadJSAsync(joinSearchIndex(head, entries), SEARCH_OPTIONS);
      for (const id of changed) {
        if (index.has(id)) index.discard(id);
        const article = await readStoredArticle(this.db, id);
        if (article) index.add(searchDoc(article));
      }
      keep = changed.length >= SEARCH_CHANGES_KEPT;
    } else {
      index = newSearchIndex();
      for await (const chunk of articleChunks(this.db)) index.addAll(chunk.map(searchDoc));
      keep = true;
    }
    this.searchIndex = index;
    this.searchStart = undefined;
    // Derived data: not kept, it is made again next time.
    if (keep) {
      const { head, vocabulary, parts: split } = splitSearchIndex(index.toJSON());
      const stamp = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
      await writeSearchIndex(
        this.db,
        { made, stamp, head: JSON.stringify(head), vocabulary },
        split.map((entries) => JSON.stringify(entries)),
      ).catch((error: unknown) => {
        this.unkept = true;
        console.warn('Sourcelight could not keep the search index:', error);
      });
    }
    return index;
  }

  /**
   * Every part of the stored search index, read a few at a time (one read of
   * them all held the database for the searches from parts meanwhile) and
   * parsed with pauses (at once, about 0.4 s at 10,000 articles, in Node);
   * undefined if one is missing or of another writing.
   */
  private async readAllParts(stored: StoredSearchIndex): Promise<SearchEntries[] | undefined> {
    const entries: SearchEntries[] = [];
    // A search from parts waits at most one slice.
    const pauseIfLong = slicePauses();
    for (let from = 0; from < stored.vocabulary.length; from += PARTS_PER_READ) {
      const numbers = stored.vocabulary.slice(from, from + PARTS_PER_READ).map((_, k) => from + k);
      const read = await readSearchParts(this.db, stored.stamp, numbers);
      if (!read) return undefined;
      for (const json of read) {
        entries.push(JSON.parse(json) as SearchEntries);
        await pauseIfLong();
      }
    }
    return entries;
  }

  /** What a stored search index was made with: one made by another reader, build or way of cutting words is made again. */
  private searchMade(): string {
    return `${SEARCH_FORMAT}|${READER_VERSION}|${this.build}`;
  }

  /**
   * Makes the stored search index ready for the next worker's first search
   * when it would be slow: none stored (made from every record at that
   * search: 9.8 s at 10,000 articles, against about 1 s to load), one of
   * another make (an update), or many articles changed since (each read
   * again at its load). The background does once changes settle.
   */
  async keepSearchIndex(): Promise<void> {
    if (!(await this.searchKept())) await this.searchReady();
  }

  /**
   * Whether what was made since the last change (the stories, the search
   * index) could all be kept, once the writes asked before this are done:
   * not (a full disk), a worker started later would make it again only to
   * fail again.
   */
  madeKept(): Promise<boolean> {
    return this.serial(async () => !this.unkept);
  }

  /** Whether the next search finds the search index ready to load (or in hand: each change keeps it up to date, and the next load stores it again if many changed). */
  async searchKept(): Promise<boolean> {
    if (this.searchIndex || this.usesSeedsAlone) return true;
    const { made, changed } = await readSearchState(this.db);
    return made === this.searchMade() && changed < SEARCH_CHANGES_KEPT;
  }

  private async rebuild(): Promise<void> {
    const meta = new Map<string, ArticleMeta>();
    const folder = libraryFolder(this.seeds, this.prefs.showSeeds);
    const pieces: SpotPieces[] = [];
    const rows: LibraryRow[] = [];
    for await (const chunk of articleChunks(this.db)) {
      for (const a of chunk) {
        meta.set(a.id, metaOfOne(a));
        folder.add(a);
        pieces.push(piecesOf(a));
        rows.push(rowOf(a));
      }
    }
    await this.commit(meta, folder.index(), joinPieces(pieces), 0, 0, { rows });
  }

  /**
   * The spot index of the seeds (if shown) and the articles: aliases are cut
   * from the merged entities (they may merge across articles); quote keys and
   * fingerprints are each article's own, cut when it was read.
   */
  private spotOf(full: FullIndex, pieces: SpotPieces): SpotIndex {
    const seeds = this.prefs.showSeeds ? this.seeds : emptyIndex();
    // The seeds' passages and quote keys come from their sentences, quotes and alignments alone (folding appends
    // none of those to the alignments): cut once for those alignments, not at every save.
    if (this.seedPieces?.alignments !== full.alignments) {
      const cut = toSpotIndex({ ...emptyIndex(), sentences: seeds.sentences, quotes: seeds.quotes, alignments: full.alignments });
      this.seedPieces = { alignments: full.alignments, quotes: cut.quotes, passages: cut.passages };
    }
    const spot = toSpotIndex({ ...full, sentences: [], quotes: [], alignments: [] });
    // `concat` copies natively: the library's pieces are hundreds of thousands at 10,000 articles.
    return { ...spot, quotes: this.seedPieces.quotes.concat(pieces.quotes), passages: this.seedPieces.passages.concat(pieces.passages) };
  }

  /** The articles' own part of the spot index now (cut from it once after a cold start, then kept at each change). */
  private articlePieces(): SpotPieces {
    this.pieces ??= { quotes: this.spot.quotes.filter(isArticlePiece), passages: this.spot.passages.filter(isArticlePiece) };
    return this.pieces;
  }

  /**
   * Writes the change with its index in one transaction, then (only then)
   * takes it as current. `keptPassages` and `keptQuotes`: how many of
   * `pieces` lead it unchanged from the last change's (a save appends), so
   * their runs need no comparing.
   */
  private async commit(
    next: Map<string, ArticleMeta>,
    full: FullIndex,
    pieces: SpotPieces,
    keptPassages: number,
    keptQuotes: number,
    change: Omit<LibraryChange, 'index'>,
  ): Promise<void> {
    const usesSeedsAlone = next.size === 0 && this.prefs.showSeeds;
    const spot = usesSeedsAlone ? this.seedSpot : this.spotOf(full, pieces);
    await this.commitSpot([...next.keys()], { meta: next, full }, spot, pieces, keptPassages, keptQuotes, change);
  }

  /**
   * `commit` with the spot index made: `ids` the articles in the store's
   * order, `folded` the folded index and what is known of each article, when
   * in hand (else left to be read when next needed).
   */
  private async commitSpot(
    ids: string[],
    folded: { meta: Map<string, ArticleMeta>; full: FullIndex } | undefined,
    spot: SpotIndex,
    pieces: SpotPieces,
    keptPassages: number,
    keptQuotes: number,
    change: Omit<LibraryChange, 'index'>,
  ): Promise<void> {
    const usesSeedsAlone = spot === this.seedSpot;
    // The articles' passages and quote keys (after the seeds') are stored in runs; those the last change stored as they are now are not written again.
    const mine = usesSeedsAlone ? { quotes: [], passages: [] } : pieces;
    const before = this.pieces ?? { quotes: [], passages: [] };
    const count = Math.max(Math.ceil(mine.passages.length / PASSAGE_RUN), Math.ceil(mine.quotes.length / QUOTE_RUN));
    const write = new Map<number, FlatSpotRun>();
    for (let k = 0; k < count; k++) {
      const kept =
        k < this.spotRuns &&
        ((k + 1) * PASSAGE_RUN <= keptPassages || sameRun(before.passages, mine.passages, k, PASSAGE_RUN)) &&
        ((k + 1) * QUOTE_RUN <= keptQuotes || sameRun(before.quotes, mine.quotes, k, QUOTE_RUN));
      if (!kept) write.set(k, flattenSpotRun(runOf(mine.passages, k, PASSAGE_RUN), runOf(mine.quotes, k, QUOTE_RUN)));
    }
    const stamp: IndexStamp = {
      articleIds: ids,
      showSeeds: this.prefs.showSeeds,
      seeds: seedsStamp(this.seeds),
      spotFormat: FLAT_SPOT_FORMAT,
      spotRuns: count,
    };
    const head = flattenSpotIndex({
      ...spot,
      quotes: spot.quotes.slice(0, spot.quotes.length - mine.quotes.length),
      passages: spot.passages.slice(0, spot.passages.length - mine.passages.length),
    });
    const index: PackedLibraryIndex = { stamp, spot: head, runs: { count, write } };
    this.dropVersionReads();
    try {
      await writeChange(this.db, { ...change, index });
    } finally {
      // Read during the write, a set may be either side of it.
      this.dropVersionReads();
    }
    this.spotRuns = count;
    this.ids = ids;
    this.meta = folded?.meta;
    this.full = folded?.full;
    const stored = this.storedStories;
    this.dropStories();
    // The stories as stored stay as they were through a change of articles alone, which notes its articles
    // beside them (`writeChange`): noted here too, so a page's marks after each save do not read them again.
    if (stored && changesArticlesAlone(change)) this.storedStories = stored.then((known) => known && withChanged(known, change));
    this.forgetFeatures(change);
    // What is read of the stored search index names the articles changed before this one.
    this.searchStart = undefined;
    this.unkept = false;
    this.spot = spot;
    this.pieces = pieces;
  }

  /** Lets go of the clustering features of the articles a change wrote or removed (an article read again keeps its id, not its text). */
  private forgetFeatures(change: Omit<LibraryChange, 'index'>): void {
    // An import's articles move in from its staging, where this change does not name them.
    if (change.staged) return this.features.clear();
    for (const a of change.put ?? []) this.features.delete(a.id);
    for (const id of change.remove ?? []) this.features.delete(id);
  }
}

/** The stored spot index, loaded; `undefined` (so it is rebuilt) when it cannot be read. */
function loadStored(stored: FlatSpotIndex | undefined): SpotIndex | undefined {
  if (!stored) return undefined;
  try {
    return loadFlatSpotIndex(stored);
  } catch (error) {
    if (!(error instanceof IndexError)) throw error;
    console.warn('Sourcelight: the stored spot index is rebuilt:', error.message);
    return undefined;
  }
}

function piecesOf(a: LibraryArticle): SpotPieces {
  return { quotes: a.spot.quotes, passages: a.spot.passages.map(unpackPassage) };
}

/** The store's order of articles: its `addedAt` index, ties by id. */
function inStoreOrder(a: { id: string; addedAt?: string }, b: { id: string; addedAt?: string }): number {
  const [x, y] = [a.addedAt ?? '', b.addedAt ?? ''];
  if (x !== y) return x < y ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const byAddedAt = ([ida, a]: [string, ArticleMeta], [idb, b]: [string, ArticleMeta]) =>
  inStoreOrder({ id: ida, addedAt: a.addedAt }, { id: idb, addedAt: b.addedAt });

function metaOfOne(a: LibraryArticle): ArticleMeta {
  const meta: ArticleMeta = { addedAt: a.addedAt, origin: a.origin ?? (a.url ? 'saved' : 'imported'), readerVersion: a.readerVersion ?? 1 };
  if (a.url) meta.url = a.url;
  if (a.versions) meta.versions = a.versions;
  return meta;
}

/** An article as the reader gave it (what an export holds, and what reading it again reads). */
function entryOf(a: LibraryArticle, text: string): ArticleInput {
  const entry: ArticleInput = { name: a.name, text, format: a.format, addedAt: a.addedAt, origin: a.origin };
  if (a.url) entry.url = a.url;
  if (a.versions && a.versionAt) entry.versionAt = a.versionAt;
  return entry;
}

function listingOf(stories: readonly Story[]): LibraryStory[] {
  return stories.map((s) => ({ id: s.id, title: s.title, sources: [...s.sources] }));
}

/** Run `k` of `size` pieces. */
function runOf<T>(pieces: readonly T[], k: number, size: number): T[] {
  return pieces.slice(k * size, (k + 1) * size);
}

/** Whether two maps list the same keys in the same order. */
function sameKeyOrder(a: ReadonlyMap<string, unknown>, b: ReadonlyMap<string, unknown>): boolean {
  if (a.size !== b.size) return false;
  const keys = b.keys();
  for (const key of a.keys()) if (key !== keys.next().value) return false;
  return true;
}

/** Whether run `k` of `size` pieces holds the same pieces in both lists (the same objects: kept, not read again). */
export function sameRun<T>(before: readonly T[], after: readonly T[], k: number, size: number): boolean {
  const start = k * size;
  const end = Math.max(start, Math.min(start + size, after.length));
  if (Math.max(start, Math.min(start + size, before.length)) !== end) return false;
  for (let i = start; i < end; i++) if (before[i] !== after[i]) return false;
  return true;
}

/** The parts' pieces in order; the first (at a save, the whole library's) copied natively by `concat`, not element by element. */
function joinPieces([first = { quotes: [], passages: [] }, ...rest]: readonly SpotPieces[]): SpotPieces {
  return { quotes: first.quotes.concat(rest.flatMap((p) => p.quotes)), passages: first.passages.concat(rest.flatMap((p) => p.passages)) };
}

// Chinese and Japanese have no spaces: their text is indexed and searched as two-character pieces (searchTerms).
const SEARCH_OPTIONS = { fields: ['title', 'outlet', 'body'], storeFields: [], tokenize: searchTerms, searchOptions: { boost: { title: 3, outlet: 2 } } };
const SEARCH_QUERY: SearchOptions = { prefix: true, fuzzy: 0.15, combineWith: 'AND' };

/** The stored search index's head, its vocabulary's words and the parts read so far, with the articles changed since it was stored (`doc` undefined: removed). */
interface SearchStart {
  stamp: string;
  head: SearchHead;
  /** Each part's terms. */
  words: string[][];
  changed: { id: string; doc?: SearchDoc }[];
  parts: Map<number, SearchEntries>;
}
/** Names how the search index cuts and stores words: raised with a change of `SEARCH_OPTIONS` or `searchTerms`, so a stored index is made again. */
const SEARCH_FORMAT = 'search-2';
/**
 * How many stale records one change reads again: 25, or a fortieth of them
 * when more. Each change folds every record again (seconds at thousands of
 * articles), so a large library is read again in at most 40 changes, not
 * hundreds.
 */
export function staleBatch(stale: number): number {
  return Math.max(25, Math.ceil(stale / 40));
}

/** How often the comparisons made while the stories are compared are kept (see `compareMissing`). */
const KEEP_COMPARISONS_MS = 5000;

/** The pause in searches from parts after which the whole search index is loaded. */
const WHOLE_AFTER_SEARCHES_MS = 1500;
/** Parts of the stored search index read in one go while the whole loads (a search from parts waits for at most these). */
const PARTS_PER_READ = 16;

/** Articles changed since the search index was stored past which it is stored again (each is read again on every load until then). */
const SEARCH_CHANGES_KEPT = 50;

function newSearchIndex(): MiniSearch {
  return new MiniSearch(SEARCH_OPTIONS);
}

type SearchDoc = { id: string; title: string; outlet: string; body: string };

function searchDoc(a: LibraryArticle): SearchDoc {
  return { id: a.id, title: a.parsed.source.title, outlet: a.parsed.source.outlet, body: a.parsed.body };
}

/** The same article text, white space aside. */
