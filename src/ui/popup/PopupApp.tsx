import { useEffect, useState } from 'preact/hooks';
import type { PageStatus } from '../../contracts/messages';
import { isActiveOn, withCaptureSite, withSite, type Settings } from '../../contracts/settings';
import { onPageEvent } from '../../platform/messaging';
import { loadSettings, saveSettings, watchSettings } from '../../platform/settings-store';
import { activeTabId, pageStatus } from '../shared/active-tab';
import { currentWindowId, openSidePanel } from '../shared/side-panel';
import { plural, totalMentions } from '../shared/format';
import { browser } from 'wxt/browser';
import { SaveArticle } from '../library/SaveArticle';
import { latestOnly } from '../../platform/latest';

export function PopupApp() {
  const [status, setStatus] = useState<PageStatus | null | undefined>(undefined);
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [windowId, setWindowId] = useState<number | undefined>(undefined);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    void currentWindowId().then(setWindowId);
    void loadSettings().then(setSettings);
    // The popup belongs to the tab it was opened on: ask about that one, even if another gets focus.
    const tab = activeTabId();
    const latest = latestOnly();
    const refresh = () => latest(tab.then((tabId) => (tabId === undefined ? null : pageStatus(tabId)))).then(setStatus);
    void refresh();
    // The page tells what it holds as that changes (a rescan when the switch flips): the count follows.
    const unhear = onPageEvent('found', (_found, sender) => {
      void tab.then((tabId) => {
        if (tabId !== undefined && sender.tab?.id === tabId) void refresh();
      });
    });
    const unwatch = watchSettings((next) => {
      setSettings(next);
      // Whether Sourcelight runs there now: the page answers at once.
      void refresh();
    });
    return () => {
      unhear();
      unwatch();
    };
  }, []);

  const host = status?.host;
  const origin = status?.origin;
  const on = settings && host ? isActiveOn(settings, host) : false;
  const remembering = settings && origin ? settings.capture.sites.includes(origin) : false;

  const onToggleSite = () => {
    if (!settings || !host) return;
    void saveSettings(withSite(settings, host, !on));
  };

  const onOpenPanel = () => {
    // Called straight from the click: the browsers open the panel only inside a user gesture.
    void openSidePanel(windowId).then((ok) => {
      if (ok) window.close();
      else setRefused(true);
    });
  };

  return (
    <main class="popup">
      <h1>Sourcelight</h1>
      <p data-testid="page-status">
        {status === undefined
          ? 'Looking at this page…'
          : status === null
            ? 'Sourcelight does not run on this page.'
            : !status.active
              ? `Sourcelight is off on ${host}.`
              : `${plural(totalMentions(status.counts), 'mention')} found on this page.`}
      </p>
      {host && settings && (
        <label class="switch">
          <input type="checkbox" role="switch" checked={on} onChange={onToggleSite} data-testid="site-switch" />
          <span>
            Highlight on <strong>{host}</strong>
          </span>
        </label>
      )}
      {origin && settings && (
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={remembering}
            onChange={() => void saveSettings(withCaptureSite(settings, origin, !remembering))}
            data-testid="capture-switch"
          />
          <span>
            Remember articles I read on <strong>{host}</strong>
            {remembering && settings.capture.paused && <span class="muted"> (paused in settings)</span>}
          </span>
        </label>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={onOpenPanel}>
          Open side panel
        </button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </div>
      <SaveArticle />
      <p class="popup-footer">
        <a
          href="/welcome.html"
          data-testid="welcome-link"
          onClick={(e) => {
            // A new tab, not the popup's own small frame.
            e.preventDefault();
            void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
          }}
        >
          About Sourcelight and the sample story
        </a>
      </p>
      {refused && (
        <p role="status" class="muted">
          The browser did not open the panel. Use the side panel menu in the toolbar and choose Sourcelight.
        </p>
      )}
    </main>
  );
}
