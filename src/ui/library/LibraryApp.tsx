import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LibraryChangeReply, LibraryListReply, LibraryRow, LibraryStory, SearchHit } from '../../contracts/library-messages';
import { askBackground } from '../../platform/messaging';
import { afterNextPaint } from '../shared/after-paint';
import { latestOnly } from '../../platform/latest';
import {
  download,
  downloadBlob,
  exportArticlesFile,
  exportLibraryFile,
  importExport,
  importFiles,
  listLibrary,
  listNewest,
  type ImportProgress,
} from './library-api';
import { groupRowsByStory } from './story-groups';
import { StoryGroups, type RowActions } from './StoryGroups';
import { ReadingList } from './ReadingList';
import { titleMatches } from './quick-search';

export function LibraryApp() {
  const [list, setList] = useState<LibraryListReply | undefined>(undefined);
  const [query, setQuery] = useState('');
  /** The background's full-text answer to a query (or why there is none). */
  const [found, setFound] = useState<{ query: string; hits: SearchHit[]; error?: string } | undefined>(undefined);
  const [progress, setProgress] = useState<ImportProgress | undefined>(undefined);
  const [importing, setImporting] = useState(false);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [removed, setRemoved] = useState<Removed | undefined>(undefined);
  /** The reading list, or every story as a group with its tools (when the reader asks for them). */
  const [view, setView] = useState<'list' | 'stories'>('list');
  const cancel = useRef(false);
  const undoButton = useRef<HTMLButtonElement>(null);
  const latestList = useMemo(latestOnly, []);
  const latestHits = useMemo(latestOnly, []);

  const refresh = () => latestList(listLibrary()).then(setList, (e: unknown) => setNotice(`The library could not be read: ${String(e)}`));
  useEffect(() => {
    // The first screen's rows first (unless a whole list is in already), then the whole list, which replaces them:
    // asked together, the first screen's few reads would wait behind the whole list's; asked before the first
    // screen is painted, a running worker's quick reply (thousands of rows to unpack) would hold its paint back.
    void listNewest(FIRST_SCREEN_ROWS)
      .then((first) => setList((whole) => whole ?? first))
      .then(() => afterNextPaint())
      .catch(() => undefined)
      .then(refresh);
  }, []);
  /** Only the newest rows are in hand so far (no stories, no filters yet). */
  const partial = list?.total !== undefined;
  useEffect(() => {
    if (!query.trim()) return setFound(undefined);
    const timer = setTimeout(
      () =>
        void latestHits(askBackground('library-search', { query })).then(
          (hits) => setFound({ query, hits }),
          (e: unknown) => setFound({ query, hits: [], error: `The articles’ text could not be searched: ${String(e)}` }),
        ),
      150,
    );
    return () => clearTimeout(timer);
  }, [query, list]);
  // Until the full-text answer to this very query comes, the titles and outlets that match, found here at once.
  // A failed full-text search leaves the quick matches shown, with the failure said.
  const answered = found?.query === query ? found : undefined;
  const textHits = answered && !answered.error ? answered.hits : undefined;
  const quick = useMemo(() => (query.trim() && !textHits && list ? titleMatches(list.rows, query) : undefined), [query, textHits, list]);
  const pending = quick !== undefined && !answered;

  const onFiles = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length === 0) return;
    cancel.current = false;
    setImporting(true);
    const done = await importFiles(files, setProgress, () => cancel.current);
    setProgress(done);
    setImporting(false);
    await refresh();
  };

  const change = async (reply: Promise<LibraryChangeReply>) => {
    const r = await reply;
    setNotice(r.error ?? r.problems[0]);
    await refresh();
  };

  /** Removes an article, kept a few seconds as an export (with its earlier versions) so that Undo imports it back whole. */
  const onRemove = async (id: string, title: string) => {
    let backup: Blob;
    try {
      backup = await exportArticlesFile([id]);
    } catch (error) {
      // Not removed: without its copy it could not be brought back.
      setNotice(`“${title}” was not removed: ${(error as Error).message}`);
      return;
    }
    await change(askBackground('library-remove', { ids: [id] }));
    setRemoved({ id, title, backup });
  };
  const onUndo = async () => {
    if (!removed) return;
    setRemoved(undefined);
    const file = new File([removed.backup], `${removed.title.slice(0, 80)} (undo ${Date.now()}).ndjson.gz`);
    const done = await importExport(
      file,
      () => undefined,
      () => false,
    );
    setNotice(done.error ?? done.problems[0]);
    await refresh();
    // Focus returns to the row's own Remove button, where the reader was.
    document.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(removed.id)}"] button[data-action=remove]`)?.focus();
  };
  useEffect(() => {
    if (!removed) return;
    // The row is gone: focus goes to Undo rather than to the page's start.
    undoButton.current?.focus();
    const timer = setTimeout(() => {
      if (document.activeElement === undoButton.current) document.querySelector<HTMLElement>('input.search')?.focus();
      setRemoved(undefined);
    }, UNDO_MS);
    return () => clearTimeout(timer);
  }, [removed]);

  const onExport = async (markdown: boolean, ids?: string[]) => {
    if (!markdown && !ids) {
      // The whole library, in parts: never one string nor one message, whatever its size.
      setNotice('Exporting the library…');
      try {
        const blob = await exportLibraryFile((done, total) => setNotice(`Exporting the library… ${done} of ${total} articles`));
        downloadBlob('sourcelight-library.ndjson.gz', blob);
        setNotice('Exported the library (sourcelight-library.ndjson.gz).');
      } catch (error) {
        setNotice(`The library could not be exported: ${(error as Error).message}`);
      }
      return;
    }
    const text = await (markdown ? askBackground('library-markdown', { ids }) : askBackground('library-export', { ids }));
    download(markdown ? 'sourcelight-library.md' : 'sourcelight-library.json', text, markdown ? 'text/markdown' : 'application/json');
  };

  const onDiscardImport = () => void change(askBackground('library-import-abort', {}));

  const rows = quick ?? filterRows(list?.rows ?? [], textHits);
  return (
    <main class="library">
      <h1>Sourcelight library</h1>
      <p class="muted">Articles you save or import are read here, on this computer, and never sent anywhere.</p>
      <section class="import" aria-label="Import">
        <label class="file">
          Import files{' '}
          <input
            type="file"
            multiple
            accept=".html,.htm,.md,.txt,.json,.gz,.ndjson"
            data-testid="import-files"
            onChange={(e) => void onFiles(e.currentTarget)}
            disabled={importing}
          />
        </label>
        <label class="file">
          Import a folder{' '}
          <input
            type="file"
            multiple
            {...{ webkitdirectory: '' }}
            data-testid="import-folder"
            onChange={(e) => void onFiles(e.currentTarget)}
            disabled={importing}
          />
        </label>
        {importing && (
          <button type="button" onClick={() => (cancel.current = true)}>
            Cancel
          </button>
        )}
        <button type="button" onClick={() => void onExport(false)}>
          Export library
        </button>
        <button type="button" onClick={() => void onExport(true)}>
          Export brief (Markdown)
        </button>
        {list && (
          <label class="check">
            <input
              type="checkbox"
              checked={list.showSeeds}
              onChange={(e) => void change(askBackground('library-show-seeds', { show: e.currentTarget.checked }))}
            />
            Show the sample story
          </label>
        )}
      </section>
      {progress && <Progress progress={progress} importing={importing} />}
      {list?.pendingImport && !importing && (
        <p role="status" class="notice" data-testid="pending-import">
          An import of {list.pendingImport.name} was cut short after {list.pendingImport.done}
          {list.pendingImport.total ? ` of ${list.pendingImport.total}` : ''} articles; none of them is in the library yet. Choose the same file to resume it,
          or{' '}
          <button type="button" onClick={onDiscardImport}>
            discard it
          </button>
          .
        </p>
      )}
      {notice && (
        <p role="status" class="notice">
          {notice}
        </p>
      )}
      {removed && (
        <p role="status" class="notice removed" data-testid="removed">
          Removed “{removed.title}”.{' '}
          <button type="button" ref={undoButton} data-testid="undo-remove" onClick={() => void onUndo()}>
            Undo
          </button>
        </p>
      )}
      <div class="views" role="group" aria-label="View">
        <button type="button" aria-pressed={view === 'list'} data-testid="view-list" onClick={() => setView('list')}>
          Reading list
        </button>
        <button type="button" aria-pressed={view === 'stories'} data-testid="view-stories" disabled={partial} onClick={() => setView('stories')}>
          Stories and their tools
        </button>
      </div>
      <input
        type="search"
        class="search"
        placeholder="Search saved articles"
        aria-label="Search saved articles"
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      {pending && (
        <p class="muted search-pending" role="status" data-testid="search-pending">
          Titles and outlets that match; searching the articles’ text…
        </p>
      )}
      {answered?.error && (
        <p class="error" role="status">
          {answered.error}
        </p>
      )}
      {list === undefined ? (
        <p class="muted">Reading the library…</p>
      ) : (
        <Rows
          view={view}
          rows={rows}
          stories={list.stories}
          showSeeds={list.showSeeds}
          total={list.total}
          searching={textHits !== undefined || quick !== undefined}
          pending={quick !== undefined}
          onEdit={(edit) => void change(askBackground('library-story', { edit }))}
          onRemove={(id, title) => void onRemove(id, title)}
          onRemoveMany={(ids) => void change(askBackground('library-remove', { ids }))}
          onReread={(id) => void change(askBackground('library-reread', { id }))}
          onExport={(id) => void onExport(true, [id])}
        />
      )}
    </main>
  );
}

/** Rows asked for first: more than one screen of the reading list holds. */
const FIRST_SCREEN_ROWS = 40;

/** How long a removed article can be brought back. */
const UNDO_MS = 8000;

interface Removed {
  id: string;
  title: string;
  /** The article as exported just before it was removed, with its earlier versions. */
  backup: Blob;
}

/** The rows a search found, best first; all rows without a search. The sample story is not searched. */
function filterRows(rows: LibraryRow[], hits: SearchHit[] | undefined): LibraryRow[] {
  if (!hits) return rows;
  const byId = new Map(rows.map((r) => [r.id, r]));
  return hits.map((h) => byId.get(h.id)).filter((r): r is LibraryRow => r !== undefined);
}

function Progress({ progress, importing }: { progress: ImportProgress; importing: boolean }) {
  return (
    <div class="progress" role="status" data-testid="import-progress">
      <progress max={progress.total} value={progress.done} />
      <span>
        {importing ? `Importing ${progress.done} of ${progress.total}…` : `${progress.added} added from ${progress.done} of ${progress.total} files.`}
      </span>
      {progress.error && <p class="error">{progress.error}</p>}
      {progress.problems.length > 0 && (
        <ul class="problems">
          {progress.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface RowsProps extends RowActions {
  view: 'list' | 'stories';
  onRemoveMany: (ids: string[]) => void;
  rows: LibraryRow[];
  stories: LibraryStory[];
  showSeeds: boolean;
  /** Set while only the newest rows are in hand: how many the whole list holds. */
  total?: number;
  searching: boolean;
  /** The rows are the titles' quick matches: the full-text answer is still to come, or failed (said above). */
  pending: boolean;
  onEdit: Parameters<typeof StoryGroups>[0]['onEdit'];
}

function Rows({ view, rows, stories, showSeeds, total, searching, pending, onRemoveMany, ...actions }: RowsProps) {
  const shown = rows.filter((r) => showSeeds || !r.sample);
  if (shown.length === 0 && pending) return null;
  if (shown.length === 0)
    return <p class="muted">{searching ? 'No saved article matches.' : 'No articles yet. Import files, or save an article from its page.'}</p>;
  if (view === 'list' || total !== undefined)
    return <ReadingList rows={shown} stories={stories} total={total} searching={searching} onRemoveMany={onRemoveMany} {...actions} />;
  return <StoryGroups groups={groupRowsByStory(shown, stories, searching)} stories={stories} {...actions} />;
}
