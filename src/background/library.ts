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
import { browser, type Browser } from 'wxt/browser';
import { loadFullIndex } from '../index/loader';
import type { ArticleInput } from '../library/article';
import { exportLibrary, libraryMarkdown, parseExport, withStoryCorrections } from '../library/exchange';
import { Library } from '../library/service';
import { LibraryStoreError } from '../library/store';
import { parseLibraryMessage, type LibraryChangeReply, type LibraryListReply, type LibraryMessage } from '../contracts/library-messages';
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
      if (!library.usesSeedsAlone) setSpotIndex(library.spotIndex);
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
  setSpotIndex(library.usesSeedsAlone ? bundledSpotIndex() : library.spotIndex);
  changes++;
  fullLoaded = undefined;
  const tabs = await browser.tabs.query({});
  for (const tab of tabs) {
    if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, { type: 'library-changed' }).catch(() => undefined);
  }
  // The extension's own open pages (the side panel) hear it too; none listening is no error.
  browser.runtime.sendMessage({ type: 'library-changed' }).catch(() => undefined);
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

export async function answerLibrary(message: LibraryMessage): Promise<unknown> {
  const library = await openLibrary();
  if (!library) return { added: [], problems: [], error: 'This browser gives Sourcelight no storage for a library (IndexedDB is not available).' };
  switch (message.type) {
    case 'library-list':
      return listReply(library);
    case 'library-add':
      return addInputs(library, message.files);
    case 'library-import': {
      let parsed;
      try {
        parsed = parseExport(message.text);
      } catch (error) {
        return { added: [], problems: [], error: (error as Error).message };
      }
      const reply = await change(library, async () => {
        const added = await library.add(parsed.entries);
        await library.addStoryCorrections(parsed.storyCorrections);
        return added;
      });
      return { ...reply, problems: [...parsed.problems, ...reply.problems] };
    }
    case 'library-remove':
      return change(library, () => library.remove(message.ids).then(() => ({ added: [], problems: [] })));
    case 'library-reread':
      return change(library, () => library.reread(message.id).then(({ problems }) => ({ added: [], problems })));
    case 'library-show-seeds':
      return change(library, () => library.setShowSeeds(message.show).then(() => ({ added: [], problems: [] })));
    case 'library-story':
      return change(library, () => library.correctStories(message.edit).then(({ problems }) => ({ added: [], problems })));
    case 'library-search':
      return library.search(message.query);
    case 'library-export': {
      const ids = message.ids && new Set(message.ids);
      const exported = exportLibrary(await library.exportEntries(ids));
      // The corrections belong to the whole library: a part exported alone goes without them.
      return JSON.stringify(ids ? exported : withStoryCorrections(exported, await library.storyCorrections()), null, 1);
    }
    case 'library-markdown':
      return libraryMarkdown(await library.fullIndex(), message.ids && new Set(message.ids));
    case 'library-save-tab':
      return saveTab(message.tabId);
  }
}

/** Saves the article in a tab: read from the live page only now, when the reader asked. */
export async function saveTab(tabId: number): Promise<LibraryChangeReply> {
  const library = await openLibrary();
  if (!library) return { added: [], problems: [], error: 'This browser gives Sourcelight no storage for a library.' };
  const page = await savePage(tabId);
  if ('error' in page) return { added: [], problems: [], error: page.error };
  return addInputs(library, [page.input]);
}

const isExtensionPage = (sender: Browser.runtime.MessageSender) =>
  sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));

/** `runtime.onMessage` listener for library messages; `undefined` for anything else. */
export function handleLibraryMessage(raw: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
  const message = parseLibraryMessage(raw);
  if (!message || !isExtensionPage(sender)) return undefined;
  return answerLibrary(message);
}
