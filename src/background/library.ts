/**
 * The background's side of the reader's library: it opens the store at start,
 * serves the library page, and after every change hands the new spot index to
 * the matcher and tells open tabs to read their page again. The cards' index
 * (stories and their comparisons) is made when a card or the side panel first
 * asks after a change, not after each change: an import in batches would
 * otherwise make the stories again for every batch.
 *
 * Only the extension's own pages may use the library: a message from a
 * content script (whose sender is a web page) gets no answer, so a page's own
 * scripts can neither save nor read it.
 */
import rawFull from 'virtual:sourcelight/full-index';
import { loadFullIndex } from '../index/loader';
import type { ArticleInput } from '../library/article';
import { exportLibrary, libraryMarkdown, parseExport, withStoryCorrections } from '../library/exchange';
import { Library } from '../library/service';
import { LibraryStoreError } from '../library/store';
import type { LibraryChangeReply, LibraryListReply } from '../contracts/library-messages';
import type { BackgroundRequests } from '../contracts/protocol';
import { tellEveryTab, tellExtensionPages, type Handlers } from '../platform/messaging';
import { setFullIndex } from './full-index';
import { savePage } from './save-page';
import { bundledSpotIndex, setSpotIndex } from './spotting';

let opening: Promise<Library | undefined> | undefined;
let fullLoaded: Promise<void> | undefined;
/** Counts changes, so a cards' index made from an older state is not taken after a newer change. */
let changes = 0;

/** Opens the library (once); without IndexedDB the seeds alone answer. */
export function openLibrary(): Promise<Library | undefined> {
  opening ??= Library.open(loadFullIndex(rawFull), bundledSpotIndex()).then(
    (library) => {
      setSpotIndex(library.usesSeedsAlone ? undefined : library.spotIndex);
      // After the pages waiting on the open are answered: a stored index that the store disagrees with is rebuilt, and every tab reads again.
      setTimeout(() => void checkStoredIndex(library), 0);
      return library;
    },
    (error: unknown) => {
      console.warn('Sourcelight could not open the library; the sample story alone is used:', error);
      return undefined;
    },
  );
  return opening;
}

async function checkStoredIndex(library: Library): Promise<void> {
  try {
    if (await library.checkStoredIndex()) await changed(library);
  } catch (error) {
    console.warn('Sourcelight could not check the stored index against the library:', error);
  }
}

/** Resolves once the spot index (and, with `full`, the cards' index) includes the library. */
export function libraryReady(full: boolean): Promise<void> {
  const spot = openLibrary().then(() => undefined);
  if (!full) return spot;
  fullLoaded ??= openLibrary().then(async (library) => {
    if (!library) return;
    const made = changes;
    const index = library.usesSeedsAlone ? loadFullIndex(rawFull) : await library.fullIndex();
    if (made === changes) setFullIndex(index);
  });
  return fullLoaded;
}

/** After a change: the matcher uses the new index, the cards' is made again when next needed, and every open tab reads its page again. */
async function changed(library: Library): Promise<void> {
  setSpotIndex(library.usesSeedsAlone ? undefined : library.spotIndex);
  changes++;
  fullLoaded = undefined;
  await tellEveryTab('library-changed', {});
  // The extension's own open pages (the side panel) hear it too.
  tellExtensionPages('library-changed', {});
}

/** The library page's list: its rows, and the stories they form (titles as corrected). */
async function listReply(library: Library): Promise<LibraryListReply> {
  const [rows, full] = await Promise.all([library.rows(), library.fullIndex()]);
  return { rows, showSeeds: library.showSeeds, stories: full.stories.map((s) => ({ id: s.id, title: s.title, sources: [...s.sources] })) };
}

async function change(library: Library, work: () => Promise<LibraryChangeReply>): Promise<LibraryChangeReply> {
  try {
    const reply = await work();
    await changed(library);
    return reply;
  } catch (error) {
    if (error instanceof LibraryStoreError) return { added: [], problems: [], error: error.message };
    throw error;
  }
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
  'library-list': () => withLibrary({ rows: [], showSeeds: true, stories: [] }, listReply),
  'library-add': ({ files }) => withLibrary(noStorage, (library) => addInputs(library, files)),
  'library-import': ({ text }) =>
    withLibrary(noStorage, async (library) => {
      let parsed;
      try {
        parsed = parseExport(text);
      } catch (error) {
        return { added: [], problems: [], error: (error as Error).message };
      }
      const reply = await change(library, async () => {
        const added = await library.add(parsed.entries);
        await library.addStoryCorrections(parsed.storyCorrections);
        return added;
      });
      return { ...reply, problems: [...parsed.problems, ...reply.problems] };
    }),
  'library-remove': ({ ids }) => withLibrary(noStorage, (library) => change(library, () => library.remove(ids).then(unchanged))),
  'library-reread': ({ id }) =>
    withLibrary(noStorage, (library) => change(library, () => library.reread(id).then(({ problems }) => ({ added: [], problems })))),
  'library-show-seeds': ({ show }) => withLibrary(noStorage, (library) => change(library, () => library.setShowSeeds(show).then(unchanged))),
  'library-story': ({ edit }) =>
    withLibrary(noStorage, (library) => change(library, () => library.correctStories(edit).then(({ problems }) => ({ added: [], problems })))),
  'library-search': ({ query }) => withLibrary([], (library) => library.search(query)),
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

/** Saves the article in a tab: read from the live page only now, when the reader asked. */
export async function saveTab(tabId: number): Promise<LibraryChangeReply> {
  const library = await openLibrary();
  if (!library) return noStorage;
  const page = await savePage(tabId);
  if ('error' in page) return { added: [], problems: [], error: page.error };
  return addInputs(library, [page.input]);
}
