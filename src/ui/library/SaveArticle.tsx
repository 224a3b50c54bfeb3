/** The popup's "Save this article" and its way to the library page. */
import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { LibraryChangeReply } from '../../contracts/library-messages';
import { askBackground } from '../../platform/messaging';
import { activeTabId } from '../shared/active-tab';

export function openLibraryPage(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
}

export function SaveArticle() {
  const [said, setSaid] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  // The popup saves the tab it was opened on, even if another tab is active by the time of the click.
  const openedOn = useMemo(() => activeTabId(), []);
  const onSave = async () => {
    const tabId = await openedOn;
    if (tabId === undefined) return setSaid('There is no page to save here.');
    setSaving(true);
    const reply: LibraryChangeReply = await askBackground('library-save-tab', { tabId }).catch((e: unknown) => ({ added: [], problems: [], error: String(e) }));
    setSaving(false);
    const saved = reply.added[0];
    setSaid(saved ? `Saved: ${saved.title}` : (reply.error ?? reply.problems[0] ?? 'Not saved.'));
  };
  return (
    <div class="actions library-actions">
      <button type="button" onClick={() => void onSave()} disabled={saving} data-testid="save-article">
        {saving ? 'Saving…' : 'Save this article'}
      </button>
      <button type="button" onClick={openLibraryPage}>
        Library
      </button>
      {said && (
        <p role="status" class="muted" data-testid="save-status">
          {said}
        </p>
      )}
    </div>
  );
}
