import { useEffect, useState } from 'preact/hooks';
import type { PageStatus } from '../../shared/messages';
import { activeTabId, pageStatus } from '../shared/active-tab';
import { currentWindowId, openSidePanel } from '../shared/side-panel';
import { totalMentions } from '../shared/format';

export function PopupApp() {
  const [status, setStatus] = useState<PageStatus | null | undefined>(undefined);
  const [windowId, setWindowId] = useState<number | undefined>(undefined);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    void currentWindowId().then(setWindowId);
    void activeTabId().then((tabId) => (tabId === undefined ? setStatus(null) : pageStatus(tabId).then(setStatus)));
  }, []);

  const onOpenPanel = () => {
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
            : `${totalMentions(status.counts)} mentions found on this page.`}
      </p>
      <button type="button" class="primary" onClick={onOpenPanel}>
        Open side panel
      </button>
      {refused && (
        <p role="status" class="muted">
          The browser did not open the panel. Use the side panel menu in the toolbar and choose Sourcelight.
        </p>
      )}
    </main>
  );
}
