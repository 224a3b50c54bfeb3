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
import MiniSearch from 'minisearch';
import { searchTerms } from '../text/segment';
import { IndexError, loadFlatSpotIndex } from '../index/loader';
import { toSpotIndex } from '../index/spot-index';
import type { LibraryRow } from '../contracts/library-messages';
import type { FullIndex, SpotIndex, SpotPassage, SpotQuote } from '../contracts/schema';
import { FLAT_SPOT_FORMAT, flattenSpotIndex, unpackPassage, type FlatSpotIndex } from '../contracts/spot-pack';
import type { ArticleInput, ArticleOriginal, LibraryArticle } from './article';
import { addArticle, emptyIndex, mergeLibrary } from './merge';
import { correctionProblem, type StoryCorrection } from '../stories/assignment';
import { stableCorrection, withStories, type FeatureCache } from './stories';
import {
  openLibraryDb,
  LibraryStoreError,
  readArticle as readStoredArticle,
  readArticleIds,
  readArticles,
  readOriginal,
  readStamp,
  readStartState,
  readStoryCorrections,
  writeChange,
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
}

export class Library {
  /**
   * The articles folded in, in order, with what their rows need; read with the
   * folded index. The articles themselves are not kept: the folded index holds
   * what answers need, and the store the rest.
   */
  private meta?: Map<string, ArticleMeta>;
  private full?: FullIndex;
  /** `full` with its stories and their comparisons, made when first asked for after a change. */
  private storied?: FullIndex;
  /** Each article's clustering features, worked out once per background life. */
  private readonly features: FeatureCache = new Map();
  private searchIndex?: MiniSearch;
  /** The reader's corrections of the stories, read from the store on first use. */
  private corrections?: StoryCorrection[];
  /** Changes run one after another: two tabs saving at once must not build on the same old index. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly db: LibraryDb,
    private readonly seeds: FullIndex,
    private prefs: LibraryPrefs,
    private spot: SpotIndex,
    private readonly seedSpot: SpotIndex,
  ) {}

  /**
   * Opens the library and its spot index as stored: a cold start reads the
   * preferences, the stamp and the flat spot index in one transaction, and
   * rebuilds nothing unless the stamp is not this build's (or the stored
   * index cannot be read). The stamp's article ids are checked against the
   * store afterwards, by `checkStoredIndex`: reading every id costs a cold
   * start more than all the rest of its reads.
   */
  static async open(seeds: FullIndex, seedSpot: SpotIndex, dbName?: string): Promise<Library> {
    const db = await openLibraryDb(dbName);
    const { prefs, stamp, spot: stored } = await readStartState(db);
    if (!stamp?.articleIds.length && prefs.showSeeds) return new Library(db, seeds, prefs, seedSpot, seedSpot);
    const current = stamp && stamp.spotFormat === FLAT_SPOT_FORMAT && stamp.seeds === seedsStamp(seeds) && stamp.showSeeds === prefs.showSeeds;
    const spot = current ? loadStored(stored) : undefined;
    const library = new Library(db, seeds, prefs, spot ?? seedSpot, seedSpot);
    if (!spot) await library.rebuild();
    return library;
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
      this.storied = undefined;
      this.searchIndex = undefined;
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
    this.storied ??= withStories(await this.foldedIndex(), this.seeds, this.features, await this.storyCorrections());
    return this.storied;
  }

  /**
   * Lets go of what is made again on demand: the stories and their
   * comparisons, the search index and the clustering features. The folded
   * index stays (adding an article folds into it).
   */
  releaseCaches(): void {
    this.storied = undefined;
    this.searchIndex = undefined;
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
      const current = (await this.fullIndex()).stories.map((s) => ({ id: s.id, sources: s.sources, related: [] }));
      const stable = stableCorrection(correction, current);
      if (typeof stable === 'string') return { problems: [stable] };
      const problem = correctionProblem({ stories: current }, stable);
      if (problem) return { problems: [`Cannot ${stable.op}: ${problem}.`] };
      await this.keepCorrections([...(await this.storyCorrections()), stable]);
      return { problems: [] };
    });
  }

  /** Adds corrections as they were stored (from an export), leaving out those already kept. */
  addStoryCorrections(corrections: readonly StoryCorrection[]): Promise<void> {
    return this.serial(async () => {
      const kept = await this.storyCorrections();
      const known = new Set(kept.map((c) => JSON.stringify(c)));
      const fresh = corrections.filter((c) => !known.has(JSON.stringify(c)));
      if (fresh.length) await this.keepCorrections([...kept, ...fresh]);
    });
  }

  private async keepCorrections(corrections: StoryCorrection[]): Promise<void> {
    await writeStoryCorrections(this.db, corrections);
    this.corrections = corrections;
    this.storied = undefined;
  }

  /** The seeds and the articles folded together, before stories (read from the store on first use after a cold start). */
  private async foldedIndex(): Promise<FullIndex> {
    if (!this.full) {
      const articles = await readArticles(this.db);
      this.meta = metaOf(articles);
      this.full = mergeLibrary(this.seeds, articles, this.prefs.showSeeds);
    }
    return this.full;
  }

  /** Every saved article as stored (without its original text), read from the store. */
  async allArticles(): Promise<LibraryArticle[]> {
    return readArticles(this.db);
  }

  /** The saved articles (those in `ids`, or all) as the reader gave them: what an export holds. */
  async exportEntries(ids?: ReadonlySet<string>): Promise<ArticleInput[]> {
    const entries: ArticleInput[] = [];
    for (const a of await readArticles(this.db)) {
      if (ids && !ids.has(a.id)) continue;
      const original = await readOriginal(this.db, a.id);
      if (!original) throw new LibraryStoreError(`${a.name}: the text it was read from is missing from the library; nothing was exported.`);
      entries.push(
        a.url
          ? { name: a.name, text: original.text, format: a.format, url: a.url, addedAt: a.addedAt }
          : { name: a.name, text: original.text, format: a.format, addedAt: a.addedAt },
      );
    }
    return entries;
  }

  async rows(): Promise<LibraryRow[]> {
    const full = await this.foldedIndex();
    const meta = this.meta!;
    const rows: LibraryRow[] = full.sources.flatMap((s) => {
      const m = meta.get(s.id);
      return m
        ? [
            {
              id: s.id,
              title: s.title,
              outlet: s.outlet,
              published: s.published,
              url: m.url,
              name: s.file,
              addedAt: m.addedAt,
              sample: false,
              ...(s.short ? { short: true } : {}),
            },
          ]
        : [];
    });
    const sample: LibraryRow[] = this.seeds.sources.map((s) => ({
      id: s.id,
      title: s.title,
      outlet: s.outlet,
      published: s.published,
      name: s.file,
      sample: true,
    }));
    return [...sample, ...rows];
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Adds or updates articles; each input that cannot be read is one problem line naming it. */
  add(inputs: readonly ArticleInput[]): Promise<{ added: LibraryRow[]; problems: string[] }> {
    return this.serial(() => this.addNow(inputs));
  }

  private async addNow(inputs: readonly ArticleInput[]): Promise<{ added: LibraryRow[]; problems: string[] }> {
    let full = await this.foldedIndex();
    // Loaded on the first change, not at start: the reader (Readability over
    // linkedom) and the extraction set up tables when loaded, and a cold start
    // that only answers pages needs none of it (about 12 ms of the worker's start).
    const { articleId, readArticle } = await import('./article');
    const problems: string[] = [];
    const read: LibraryArticle[] = [];
    const originals: ArticleOriginal[] = [];
    for (const input of inputs) {
      const known = this.meta!.get(articleId(input));
      const result = readArticle(known ? { ...input, addedAt: known.addedAt } : input);
      if ('problem' in result) problems.push(result.problem);
      else {
        read.push(result.article);
        originals.push(result.original);
      }
    }
    if (read.length === 0) return { added: [], problems };
    const updates = read.some((a) => this.meta!.has(a.id));
    const next = new Map(this.meta);
    for (const a of read) next.set(a.id, metaOfOne(a));
    let pieces: SpotPieces;
    if (updates) ({ full, pieces } = await this.refolded(next, read));
    else {
      for (const a of read) full = addArticle(full, a);
      pieces = joinPieces([{ quotes: this.spot.quotes.filter(isArticlePiece), passages: this.spot.passages.filter(isArticlePiece) }, ...read.map(piecesOf)]);
    }
    await this.commit(next, full, pieces, { put: read, originals });
    for (const a of read) {
      if (this.searchIndex?.has(a.id)) this.searchIndex.discard(a.id);
      this.searchIndex?.add(searchDoc(a));
    }
    const ids = new Set(read.map((a) => a.id));
    return { added: (await this.rows()).filter((r) => ids.has(r.id)), problems };
  }

  /** The index and spot pieces of the articles in `meta`, read from the store (`replaced` instead of their stored versions). */
  private async refolded(meta: Map<string, ArticleMeta>, replaced: readonly LibraryArticle[] = []): Promise<{ full: FullIndex; pieces: SpotPieces }> {
    const byId = new Map((await readArticles(this.db)).map((a) => [a.id, a]));
    for (const a of replaced) byId.set(a.id, a);
    const articles = [...meta.keys()].map((id) => byId.get(id)).filter((a): a is LibraryArticle => a !== undefined);
    return { full: mergeLibrary(this.seeds, articles, this.prefs.showSeeds), pieces: joinPieces(articles.map(piecesOf)) };
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
    await this.commit(next, full, pieces, { remove: gone });
    for (const id of gone) if (this.searchIndex?.has(id)) this.searchIndex.discard(id);
  }

  /** Reads an article again from the text it was read from (after the reader improves, say). */
  async reread(id: string): Promise<{ problems: string[] }> {
    const [article, original] = await Promise.all([readStoredArticle(this.db, id), readOriginal(this.db, id)]);
    if (!article || !original) return { problems: [`${id}: no such article`] };
    const { problems } = await this.add([{ name: article.name, text: original.text, format: article.format, url: article.url, addedAt: article.addedAt }]);
    return { problems };
  }

  setShowSeeds(showSeeds: boolean): Promise<void> {
    return this.serial(() => this.setShowSeedsNow(showSeeds));
  }

  private async setShowSeedsNow(showSeeds: boolean): Promise<void> {
    if (showSeeds === this.prefs.showSeeds) return;
    await this.foldedIndex();
    this.prefs = { showSeeds };
    const { full, pieces } = await this.refolded(this.meta!);
    await this.commit(this.meta!, full, pieces, { prefs: this.prefs });
  }

  /** Full-text search over saved articles (title, outlet, body), best first. */
  async search(query: string, limit = 50): Promise<SearchHit[]> {
    if (!this.searchIndex) {
      const index = newSearchIndex();
      index.addAll((await readArticles(this.db)).map(searchDoc));
      this.searchIndex = index;
    }
    return this.searchIndex
      .search(query, { prefix: true, fuzzy: 0.15, combineWith: 'AND' })
      .slice(0, limit)
      .map((r) => ({ id: String(r.id), score: r.score, terms: r.terms }));
  }

  private async rebuild(): Promise<void> {
    const articles = await readArticles(this.db);
    const meta = metaOf(articles);
    await this.commit(meta, mergeLibrary(this.seeds, articles, this.prefs.showSeeds), joinPieces(articles.map(piecesOf)), {});
  }

  /**
   * The spot index of the seeds (if shown) and the articles: aliases are cut
   * from the merged entities (they may merge across articles); quote keys and
   * fingerprints are each article's own, cut when it was read.
   */
  private spotOf(full: FullIndex, pieces: SpotPieces): SpotIndex {
    const seeds = this.prefs.showSeeds ? this.seeds : emptyIndex();
    const spot = toSpotIndex({ ...full, sentences: seeds.sentences, quotes: seeds.quotes });
    for (const q of pieces.quotes) spot.quotes.push(q);
    for (const p of pieces.passages) spot.passages.push(p);
    return spot;
  }

  /** Writes the change with its index in one transaction, then (only then) takes it as current. */
  private async commit(next: Map<string, ArticleMeta>, full: FullIndex, pieces: SpotPieces, change: Omit<LibraryChange, 'index'>): Promise<void> {
    const stamp: IndexStamp = { articleIds: [...next.keys()], showSeeds: this.prefs.showSeeds, seeds: seedsStamp(this.seeds), spotFormat: FLAT_SPOT_FORMAT };
    const usesSeedsAlone = next.size === 0 && this.prefs.showSeeds;
    const spot = usesSeedsAlone ? this.seedSpot : this.spotOf(full, pieces);
    const index: PackedLibraryIndex = { stamp, spot: flattenSpotIndex(spot) };
    await writeChange(this.db, { ...change, index });
    this.meta = next;
    this.full = full;
    this.storied = undefined;
    this.spot = spot;
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

function metaOfOne(a: LibraryArticle): ArticleMeta {
  return a.url ? { addedAt: a.addedAt, url: a.url } : { addedAt: a.addedAt };
}

function metaOf(articles: readonly LibraryArticle[]): Map<string, ArticleMeta> {
  return new Map(articles.map((a) => [a.id, metaOfOne(a)]));
}

function joinPieces(parts: readonly SpotPieces[]): SpotPieces {
  return { quotes: parts.flatMap((p) => p.quotes), passages: parts.flatMap((p) => p.passages) };
}

function newSearchIndex(): MiniSearch {
  // Chinese and Japanese have no spaces: their text is indexed and searched as two-character pieces (searchTerms).
  return new MiniSearch({ fields: ['title', 'outlet', 'body'], storeFields: [], tokenize: searchTerms, searchOptions: { boost: { title: 3, outlet: 2 } } });
}

function searchDoc(a: LibraryArticle): { id: string; title: string; outlet: string; body: string } {
  return { id: a.id, title: a.parsed.source.title, outlet: a.parsed.source.outlet, body: a.parsed.body };
}
