/**
 * The background's side of the reader's library: it opens the store at start,
 * serves the library page, and after every change hands the new spot index to
 * the matcher and tells open tabs to read their page again. The cards' index
 * (stories and their comparisons) is made again once changes settle
 * (`makeSoon`), or sooner when a card or the side panel asks: not after
 * each change, as an import in batches would make the stories again for
 * every batch.
 *
 * Only the extension's own pages may use the library: a message from a
 * content script (whose sender is a web page) gets no answer, so a page's own
 * scripts can neither save nor read it.
 */
import rawFull from 'virtual:sourcelight/full-index';
import { browser } from 'wxt/browser';
import type { PageChangeNote, StoriesView, StoryView } from '../contracts/cards';
import { loadFullIndex } from '../index/loader';
import type { ArticleInput } from '../library/article';
import { exportLibrary, libraryMarkdown, parseExport, parseExportCorrections, parseImportItem, withStoryCorrections } from '../library/exchange';
import { Library, staleBatch } from '../library/service';
import { LibraryStoreError } from '../library/store';
import { EXPORT_PART_CHARS, type ExportPartEntry, type LibraryChangeReply, type LibraryListReply } from '../contracts/library-messages';
import type { BackgroundRequests } from '../contracts/protocol';
import { keepAliveWhile } from '../platform/keep-alive';
import { tellEveryTab, tellExtensionPages, type Handlers } from '../platform/messaging';
import { getLookup, setFullIndex } from './full-index';
import { IndexLookup } from './index-lookup';
import { savePage } from './save-page';
import { bundledSpotIndex, setSpotIndex } from './spotting';
import { storyMembers, storyNews } from './panel-views';

let opening: Promise<Library | undefined> | undefined;
let spotReady: Promise<void> | undefined;
/** Whether the matcher has the library's spot index (or knows there is none): until then a page's answer cannot say. */
let spotKnown = false;
let fullLoaded: Promise<void> | undefined;
/** The count of changes when the cards' index last made was made: the whole index is in hand while it is `changes`. */
let fullMade: number | undefined;
/** Counts changes, so a cards' index made from an older state is not taken after a newer change. */
let changes = 0;

/**
 * Opens the library (once); without IndexedDB the seeds alone answer. It
 * resolves before the library's spot index is read (`libraryReady`), so the
 * library page's first rows never wait for it.
 */
export function openLibrary(): Promise<Library | undefined> {
  opening ??= Library.openBeforeSpot(loadFullIndex(rawFull), bundledSpotIndex(), undefined, browser.runtime.getManifest().version).catch((error: unknown) => {
    console.warn('Sourcelight could not open the library; the sample story alone is used:', error);
    return undefined;
  });
  return opening;
}

/** Resolves once the matcher has the library's spot index, read from the store after the open. */
function loadSpot(): Promise<void> {
  spotReady ??= openLibrary().then(async (library) => {
    try {
      if (!library) return;
      // Rebuilt from every record when stored by another build: at thousands of articles, longer than Chrome's 30 s idle stop.
      await keepAliveWhile(library.spotLoaded());
      setSpotIndex(library.usesSeedsAlone ? undefined : library.spotIndex);
      // Once the first requests are answered: a stored index that the store disagrees with is rebuilt, and every tab reads again.
      setTimeout(
        () =>
          void checkStoredIndex(library).then(() => {
            rereadStaleSoon(library);
            return keepMadeSoon(library);
          }),
        START_CHECKS_AFTER_MS,
      );
    } catch (error) {
      console.warn('Sourcelight could not read the library’s spot index; the sample story alone is matched:', error);
    } finally {
      spotKnown = true;
    }
  });
  return spotReady;
}

/** Whether the matcher's spot index is known to be the library's or the seeds' alone (false on a cold start until it is read). */
export function spotIndexKnown(): boolean {
  return spotKnown;
}

/**
 * Marks, for this browser session, that the stored index was checked against
 * the store: only the background writes the store, each change both in one
 * transaction, so once a session is enough. Checked at every worker start, it
 * walked every article id each time (0.3–0.7 s of the database at thousands of
 * articles) and a save in those seconds waited for it.
 */
const CHECKED_KEY = 'storeChecked';

async function checkStoredIndex(library: Library): Promise<void> {
  try {
    if (await sessionMarked(CHECKED_KEY)) return;
    if (await keepAliveWhile(library.checkStoredIndex())) await changed(library);
    await markSession(CHECKED_KEY, true);
  } catch (error) {
    console.warn('Sourcelight could not check the stored index against the library:', error);
  }
}

/**
 * How long after the spot index is read the start's own checks wait. Comparing
 * the stored index's articles with the store's walks every article record (0.7 s
 * of the database at 7,900 articles, in Chrome), and a library page's first search,
 * asked meanwhile, waited for it: a reader's first requests come in the first seconds.
 */
const START_CHECKS_AFTER_MS = 3000;

/** The pause between two changes while records of an older reader are left. */
const STALE_PAUSE_MS = 2000;

/**
 * After an update that changes what the reader writes, the records of the
 * older reader are read again from their originals, a batch at a time with a
 * pause between, in the queue of changes: a page's matches never wait on it
 * (they read the spot index in hand), and the tabs read their page again
 * after each batch.
 */
function rereadStaleSoon(library: Library, batch?: number): void {
  setTimeout(async () => {
    try {
      const size = batch ?? staleBatch((await library.staleIds()).length);
      const { read, left } = await keepAliveWhile(library.rereadStale(size));
      if (read) await changed(library);
      if (left) rereadStaleSoon(library, size);
    } catch (error) {
      console.warn('Sourcelight could not read the older articles again:', error);
    }
  }, STALE_PAUSE_MS);
}

/**
 * How long after the last change what the library's first card and first
 * search need is made again, unasked. Every change lets the stories as kept
 * go, and a worker started later reads a card's stories alone only while
 * they are kept (`Library.cardIndex`): made at the first hover instead, that
 * card waited for all of it (27 s at 10,000 articles); an import leaves no
 * search index stored (made at the first search: 9.8 s). Long enough that an
 * import in batches, or the batches of older records read again, are one making.
 */
const MADE_AFTER_CHANGE_MS = 5000;
let madeTimer: ReturnType<typeof setTimeout> | undefined;

/** Makes the cards' index (so the stories and their comparisons are kept), then the search index if need be, once no change has come for a while. */
function makeSoon(): void {
  clearTimeout(madeTimer);
  madeTimer = setTimeout(() => {
    madeTimer = undefined;
    void (async () => {
      try {
        await libraryReady(true);
        const library = await openLibrary();
        if (!library) return;
        await keepAliveWhile(library.keepSearchIndex());
        if (!(await library.madeKept())) await markUnkept(true);
      } catch (error) {
        console.warn('Sourcelight could not make the stories or the search index of the library:', error);
      }
    })();
  }, MADE_AFTER_CHANGE_MS);
}

/**
 * Marks, for this browser session, that what the background made could not
 * be kept (the store refused the writes: a full disk), so that each worker
 * start does not make it again (seconds at thousands of articles) only to
 * fail again; a change lets the mark go, and so does a browser restart. A
 * card or a search still makes what it needs.
 */
const UNKEPT_KEY = 'madeUnkept';

const markUnkept = (unkept: boolean) => markSession(UNKEPT_KEY, unkept);

/** Sets or clears a mark that lasts until the browser restarts (`storage.session`; none where it is missing). */
async function markSession(key: string, on: boolean): Promise<void> {
  const session = browser.storage.session;
  if (!session) return;
  await (on ? session.set({ [key]: true }) : session.remove(key)).catch(() => undefined);
}

async function sessionMarked(key: string): Promise<boolean> {
  const stored = await browser.storage.session?.get(key).catch(() => undefined);
  return stored?.[key] === true;
}

/** After a start: what a worker stopped before it kept (a change just before it stopped), or an update, left unmade is made soon. */
async function keepMadeSoon(library: Library): Promise<void> {
  try {
    if (await sessionMarked(UNKEPT_KEY)) return;
    if (!(await library.storiesKept()) || !(await library.searchKept())) makeSoon();
  } catch (error) {
    console.warn('Sourcelight could not read the stories as kept:', error);
  }
}

/** Resolves once the spot index (and, with `full`, the cards' index) includes the library. */
export function libraryReady(full: boolean): Promise<void> {
  const spot = loadSpot();
  if (!full) return spot;
  fullLoaded ??= spot.then(async () => {
    const library = await openLibrary();
    if (!library) return;
    const made = changes;
    const index = library.usesSeedsAlone ? loadFullIndex(rawFull) : await keepAliveWhile(library.fullIndex());
    if (made === changes) {
      setFullIndex(index);
      fullMade = made;
    }
  });
  return fullLoaded;
}

/** Reads ahead what the first card after a start needs, once a page has marks a reader may hover. */
export function prepareCards(): void {
  void openLibrary().then((library) => library?.prepareCards());
}

/** A lookup per card index made for cards (the same stories ask again as the reader moves from name to name). */
const partLookups = new WeakMap<object, IndexLookup>();

/**
 * The lookup a card for `items` is made from, on a page that is the article
 * `pageSource` or holds the passages and quotes `pageItems`: the whole index
 * once in hand; until then, the part holding the stories of all these (after
 * a worker start, their articles alone are read: `Library.cardIndex`); else
 * the whole, made now.
 */
export async function cardLookup(items: readonly string[], pageItems: readonly string[] = [], pageSource?: string): Promise<IndexLookup> {
  await libraryReady(false);
  const library = await openLibrary();
  if (fullMade !== changes && library && !library.usesSeedsAlone) {
    const made = changes;
    const part = await library.cardIndex(items, pageItems, pageSource);
    if (part && made === changes) {
      let lookup = partLookups.get(part);
      if (!lookup) partLookups.set(part, (lookup = new IndexLookup(part)));
      return lookup;
    }
  }
  await libraryReady(true);
  return getLookup();
}

/** After a change: the matcher uses the new index, the cards' is made again when next needed, and every open tab reads its page again. */
async function changed(library: Library): Promise<void> {
  setSpotIndex(library.usesSeedsAlone ? undefined : library.spotIndex);
  changes++;
  fullLoaded = undefined;
  void markUnkept(false);
  makeSoon();
  await tellEveryTab('library-changed', {});
  // The extension's own open pages (the side panel) hear it too.
  tellExtensionPages('library-changed', {});
}

/** The library page's list: its rows, and the stories they form (titles as corrected). */
async function listReply(library: Library): Promise<LibraryListReply> {
  const [rows, stories, staged] = await Promise.all([library.rows(), library.storyListing(), library.stagedImport()]);
  const reply: LibraryListReply = { rows, showSeeds: library.showSeeds, stories };
  if (staged)
    reply.pendingImport = staged.total === undefined ? { name: staged.name, done: staged.done } : { name: staged.name, done: staged.done, total: staged.total };
  // The reader may search next: the search index's head is read once the list is answered.
  library.prepareSearch();
  return reply;
}

/** Runs a change; the tabs are told whether it landed or failed (a failure leaves the library as it was, and they read it again all the same). */
async function change(library: Library, work: () => Promise<LibraryChangeReply>): Promise<LibraryChangeReply> {
  try {
    const reply = await work();
    await changed(library);
    return reply;
  } catch (error) {
    await changed(library).catch(() => undefined);
    if (error instanceof LibraryStoreError) return { added: [], problems: [], error: error.message };
    throw error;
  }
}

const storeError = (error: unknown): string => {
  if (error instanceof LibraryStoreError) return error.message;
  throw error;
};

/**
 * The articles `ids` as an export holds them, in order, until a part is full
 * (at least one). Their earlier versions are asked for on their own
 * (`library-export-versions`), so an article with many is never one message.
 */
async function exportPart(library: Library, ids: readonly string[]): Promise<{ entries: ExportPartEntry[]; taken: number; error?: string }> {
  const entries: ExportPartEntry[] = [];
  let chars = 0;
  let taken = 0;
  try {
    const versions = await library.versionCounts();
    for (const id of ids) {
      if (entries.length && chars >= EXPORT_PART_CHARS) break;
      taken++;
      const [entry] = await library.exportEntries(new Set([id]));
      if (!entry) continue;
      const count = versions.get(id);
      entries.push(count ? { ...entry, id, versions: count } : { ...entry, id });
      chars += entry.text.length;
    }
  } catch (error) {
    return { entries: [], taken: 0, error: storeError(error) };
  }
  return { entries, taken };
}

async function addInputs(library: Library, inputs: ArticleInput[]): Promise<LibraryChangeReply> {
  return change(library, () => library.add(inputs));
}

type LibraryRequest = Extract<keyof BackgroundRequests, `library-${string}`>;

const NO_STORAGE = 'This browser gives Sourcelight no storage for a library (IndexedDB is not available).';
const unchanged = (): LibraryChangeReply => ({ added: [], problems: [] });

/** Runs `work` on the open library; a browser with no IndexedDB gets `fallback`. */
async function withLibrary<T>(fallback: T, work: (library: Library) => Promise<T>): Promise<T> {
  const library = await openLibrary();
  return library ? work(library) : fallback;
}

const noStorage: LibraryChangeReply = { added: [], problems: [], error: NO_STORAGE };

/** The background's answers to the library page (and the popup's Save): the extension's own pages only (see protocol.ts). */
export const libraryHandlers: Pick<Handlers<BackgroundRequests>, LibraryRequest> = {
  'library-list': ({ newest }) =>
    withLibrary({ rows: [], showSeeds: true, stories: [] }, async (library): Promise<LibraryListReply> => {
      if (newest === undefined) return listReply(library);
      const { rows, total } = await library.newestRows(newest);
      return { rows, total, showSeeds: library.showSeeds, stories: [] };
    }),
  'library-add': ({ files }) => withLibrary(noStorage, (library) => addInputs(library, files)),
  'library-import': ({ text }) =>
    withLibrary(noStorage, async (library) => {
      let parsed;
      try {
        parsed = parseExport(text);
      } catch (error) {
        return { added: [], problems: [], error: (error as Error).message };
      }
      const reply = await change(library, () => library.importEntries(parsed.entries, parsed.storyCorrections));
      return { ...reply, problems: [...parsed.problems, ...reply.problems] };
    }),
  'library-import-begin': ({ key, name, total }) =>
    withLibrary({ resumeFrom: 0, error: NO_STORAGE }, async (library) => {
      try {
        return await library.beginImport(key, name, total);
      } catch (error) {
        return { resumeFrom: 0, error: storeError(error) };
      }
    }),
  'library-import-batch': ({ key, from, entries }) =>
    withLibrary({ done: from, problems: [], error: NO_STORAGE }, async (library) => {
      const items = entries.map((v, i) => parseImportItem(v, from + i));
      try {
        return await library.importBatch(key, from, items);
      } catch (error) {
        return { done: from, problems: [], error: storeError(error) };
      }
    }),
  'library-import-end': ({ key, storyCorrections }) =>
    withLibrary(noStorage, async (library) => {
      const corrections = parseExportCorrections(storyCorrections);
      const reply = await change(library, () => library.finishImport(key, corrections.corrections));
      return { ...reply, problems: [...corrections.problems, ...reply.problems] };
    }),
  'library-import-abort': () => withLibrary(noStorage, (library) => library.abortImport().then(unchanged)),
  'library-export-ids': () =>
    withLibrary({ ids: [], versions: 0, storyCorrections: [] }, async (library) => ({
      ids: await library.articleIds(),
      versions: [...(await library.versionCounts()).values()].reduce((a, b) => a + b, 0),
      storyCorrections: await library.storyCorrections(),
    })),
  'library-export-part': ({ ids }) => withLibrary({ entries: [], taken: 0, error: NO_STORAGE }, (library) => exportPart(library, ids)),
  'library-export-versions': ({ id, from }) =>
    withLibrary({ versions: [], error: NO_STORAGE }, async (library) => {
      try {
        return await library.exportVersions(id, from);
      } catch (error) {
        return { versions: [], error: storeError(error) };
      }
    }),
  'library-remove': ({ ids }) => withLibrary(noStorage, (library) => change(library, () => library.remove(ids).then(unchanged))),
  'library-reread': ({ id }) =>
    withLibrary(noStorage, (library) => change(library, () => library.reread(id).then(({ problems }) => ({ added: [], problems })))),
  'library-show-seeds': ({ show }) => withLibrary(noStorage, (library) => change(library, () => library.setShowSeeds(show).then(unchanged))),
  'library-story': ({ edit }) =>
    withLibrary(noStorage, (library) => change(library, () => library.correctStories(edit).then(({ problems }) => ({ added: [], problems })))),
  'library-search': ({ query }) => withLibrary([], (library) => library.search(query)),
  'library-versions': ({ id }) => withLibrary([], (library) => library.versions(id)),
  'library-version-changes': ({ id, from, to }) => withLibrary(null, async (library) => (await library.versionChanges(id, from, to)) ?? null),
  'library-page-versions': ({ url }) =>
    withLibrary(null, async (library) => {
      const id = await library.idAtUrl(url.split('#')[0]);
      const versions = id ? await library.versions(id) : [];
      if (!id || versions.length < 2) return null;
      const changes = await library.versionChanges(id, versions[0].n, versions[versions.length - 1].n, ['your first reading', 'the latest reading']);
      return changes ? { id, versions, changes } : null;
    }),
  'library-export': ({ ids }) =>
    withLibrary('', async (library) => {
      const only = ids && new Set(ids);
      const exported = exportLibrary(await library.exportEntries(only));
      // The corrections belong to the whole library: a part exported alone goes without them.
      return JSON.stringify(only ? exported : withStoryCorrections(exported, await library.storyCorrections()), null, 1);
    }),
  'library-markdown': ({ ids }) => withLibrary('', async (library) => libraryMarkdown(await library.fullIndex(), ids && new Set(ids))),
  'library-save-tab': ({ tabId }) => saveTab(tabId),
};

const changeNotes = new Map<string, { key: string; note: PageChangeNote | undefined }>();

/**
 * What changed on the page at `url` since the reader first read it, with the
 * changes whose sentences hold `label` (the item hovered), for its card;
 * `undefined` when the library has one version of it or none.
 */
export async function pageChangeNote(url: string, label: string): Promise<PageChangeNote | undefined> {
  const library = await openLibrary();
  const id = await library?.idAtUrl(url);
  if (!library || !id) return undefined;
  const versions = await library.versions(id);
  if (versions.length < 2) return undefined;
  const [first, last] = [versions[0], versions[versions.length - 1]];
  const key = `${id}/${last.n}`;
  let cached = changeNotes.get(url);
  if (cached?.key !== key) {
    const changes = await library.versionChanges(id, first.n, last.n, ['your first reading', 'the latest reading']);
    const note = changes && {
      since: first.readAt,
      changed: changes.changed.length,
      added: changes.added.length,
      removed: changes.removed.length,
      meaning: changes.meaning.map((m) => `${m.label}: ${m.summary}`),
      about: [...changes.changed, ...changes.removed.map((before) => ({ before, after: '' })), ...changes.added.map((after) => ({ before: '', after }))],
    };
    cached = { key, note };
    changeNotes.set(url, cached);
    if (changeNotes.size > 50) changeNotes.delete(changeNotes.keys().next().value!);
  }
  if (!cached.note) return undefined;
  const needle = label.toLowerCase().slice(0, 200);
  const about = cached.note.about.filter((p) => p.before.toLowerCase().includes(needle) || p.after.toLowerCase().includes(needle));
  return { ...cached.note, about: about.slice(0, 3) };
}

/** Whether the library has an article read from this address (its page, opened again, may have changed). */
export async function hasAddress(url: string): Promise<boolean> {
  const library = await openLibrary();
  return library !== undefined && (await library.idAtUrl(url)) !== undefined;
}

/**
 * Adds a page the reader read on a site they chose, or a page the library
 * has, opened again (see `capture.ts`): quietly,
 * a page that is no article is left out, and the tabs hear of it only when the
 * library changed.
 */
export async function captureArticle(input: ArticleInput): Promise<void> {
  const library = await openLibrary();
  if (!library) return;
  // Recorded as captured (a page the library had keeps how it first came in).
  const { added } = await library.add([{ ...input, origin: 'captured' }], { skipUnchanged: true });
  if (added.length > 0) await changed(library);
}

/** Saves the article in a tab: read from the live page only now, when the reader asked. */
export async function saveTab(tabId: number): Promise<LibraryChangeReply> {
  const library = await openLibrary();
  if (!library) return noStorage;
  const page = await savePage(tabId);
  if ('error' in page) return { added: [], problems: [], error: page.error };
  return addInputs(library, [page.input]);
}

/**
 * The story shown in full with what joined it since the reader last looked at
 * it (`news`); a story never looked at, or with nothing new, is as it was.
 * For the side panel only (an extension page): what the reader looked at is
 * theirs.
 */
export async function withStoryNews(lookup: IndexLookup, view: StoriesView): Promise<StoriesView> {
  return view.main ? { ...view, main: await storyWithNews(lookup, view.main) } : view;
}

/** `story` with what joined it since the reader last looked at it, if anything did. */
export async function storyWithNews(lookup: IndexLookup, story: StoryView): Promise<StoryView> {
  const library = await openLibrary();
  if (!library) return story;
  const visits = await library.storyVisits();
  if (visits.length === 0) return story;
  const since = await library.storyNews(storyMembers(lookup, story), visits);
  const news = since && storyNews(lookup, story, since.added, since.since);
  return news ? { ...story, news } : story;
}

/** Records that the reader looked at the story `id` (as the stories are now): its articles and the time. */
export async function storySeen(lookup: IndexLookup, id: string): Promise<{ seen: boolean }> {
  const story = lookup.index.stories.find((s) => s.id === id);
  const library = await openLibrary();
  if (!story || !library) return { seen: false };
  try {
    await library.recordStoryVisit(story.sources);
    return { seen: true };
  } catch (error) {
    storeError(error);
    return { seen: false };
  }
}
