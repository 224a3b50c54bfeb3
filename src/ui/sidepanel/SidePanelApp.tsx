import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CompareView as CompareData, StoriesView as StoriesData } from '../../contracts/cards';
import type { FoundItem, PageStatus } from '../../contracts/messages';
import { askBackground, askTab, onPageEvent } from '../../platform/messaging';
import { freshPanelFocus, watchPanelFocus } from '../../platform/panel-focus';
import { openLibraryPage } from '../library/SaveArticle';
import { activeTabId, pageStatus } from '../shared/active-tab';
import { latestOnly } from '../../platform/latest';
import { CompareView } from './CompareView';
import { StoriesView } from './StoryView';
import { ThisPage } from './ThisPage';

type View = 'page' | 'compare' | 'story';

/** The panel's own tab when it was opened as a page in a tab; undefined in the side panel. */
const ownTabId = browser.tabs.getCurrent().then(
  (tab) => tab?.id,
  () => undefined,
);
const VIEWS: { id: View; label: string }[] = [
  { id: 'page', label: 'This page' },
  { id: 'compare', label: 'Compare' },
  { id: 'story', label: 'Story' },
];

/** The reader looked at a story: the background records it, so what joins it later is marked new. */
const storySeen = (story: string): Promise<boolean> => askBackground('story-seen', { story }).then((r) => r.seen);
const openStory = (story: string) => askBackground('story-open', { story });

export function SidePanelApp() {
  const [view, setView] = useState<View>('page');
  const [status, setStatus] = useState<PageStatus | null | undefined>(undefined);
  const [compare, setCompare] = useState<CompareData | null | undefined>(null);
  const [story, setStory] = useState<StoriesData | undefined>(undefined);
  const tabId = useRef<number | undefined>(undefined);
  const latestStatus = useMemo(latestOnly, []);
  const latestCompare = useMemo(latestOnly, []);
  const latestStory = useMemo(latestOnly, []);

  const refreshPage = useCallback(async () => {
    const id = await activeTabId();
    // Opened in a tab of its own (not in the browser's panel), the panel is not a page to report on.
    if (id !== undefined && id === (await ownTabId)) return;
    tabId.current = id;
    setStatus(id === undefined ? null : await latestStatus(pageStatus(id)));
  }, []);

  const openCompare = useCallback(async (id: string) => {
    setView('compare');
    setCompare(undefined);
    const data = await latestCompare(askBackground('compare', { id }));
    setCompare(data ?? null);
  }, []);

  useEffect(() => {
    void refreshPage();
    void freshPanelFocus().then((focus) => focus && openCompare(focus.id));
    const unwatchFocus = watchPanelFocus((focus) => void openCompare(focus.id));
    const onActivated = () => void refreshPage();
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === tabId.current && change.status === 'complete') void refreshPage();
    };
    // Content scripts tell open extension pages what their page holds as it changes.
    const unhearFound = onPageEvent('found', (found, sender) => {
      if (sender.tab?.id !== undefined && sender.tab.id === tabId.current) setStatus(found);
    });
    // The library changed (a save, a story renamed or moved): the stories are read again when shown.
    const unhearChange = onPageEvent('library-changed', (_event, sender) => {
      if (sender.tab === undefined) setStory(undefined);
    });
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      unwatchFocus();
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      unhearFound();
      unhearChange();
    };
  }, [refreshPage, openCompare]);

  useEffect(() => {
    if (view !== 'story' || story) return;
    // The page's passages and quotations say which story it belongs to: that one comes first.
    const page = status?.items.filter((i) => i.kind === 'passage' || i.kind === 'quote').map((i) => i.id) ?? [];
    // The tab names the page: a saved article's own page is of its story even where it repeats no other source.
    void latestStory(askBackground('story', { page, tab: tabId.current })).then(setStory);
  }, [view, story, status]);

  const onReveal = (item: FoundItem) => {
    if (tabId.current !== undefined) {
      void askTab(tabId.current, 'reveal', { id: item.id });
    }
  };

  const onTabKey = (e: KeyboardEvent) => {
    const i = VIEWS.findIndex((v) => v.id === view);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = VIEWS[(i + step + VIEWS.length) % VIEWS.length];
    setView(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };

  return (
    <main class="sidepanel">
      <header class="panel-header">
        <h1>Sourcelight</h1>
        <button type="button" class="link-button" onClick={openLibraryPage} data-testid="panel-library">
          Library
        </button>
        <div role="tablist" aria-label="Views" onKeyDown={onTabKey}>
          {VIEWS.map((v) => (
            <button
              key={v.id}
              id={`tab-${v.id}`}
              type="button"
              role="tab"
              aria-selected={view === v.id}
              aria-controls={`view-${v.id}`}
              tabIndex={view === v.id ? 0 : -1}
              onClick={() => setView(v.id)}
            >
              {v.label}
            </button>
          ))}
        </div>
      </header>
      <section id={`view-${view}`} role="tabpanel" aria-labelledby={`tab-${view}`} class="view" data-view={view}>
        {view === 'page' && <ThisPage status={status} onReveal={onReveal} onCompare={(item) => void openCompare(item.id)} />}
        {view === 'compare' && <CompareView view={compare} />}
        {view === 'story' && <StoriesView view={story} onCompare={(id) => void openCompare(id)} onSeen={storySeen} onOpen={openStory} />}
      </section>
    </main>
  );
}
