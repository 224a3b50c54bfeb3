import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { IndexSummary } from '../../shared/messages';
import { plural } from '../shared/format';

export function SidePanelApp() {
  const [summary, setSummary] = useState<IndexSummary | null>(null);

  useEffect(() => {
    void browser.runtime.sendMessage({ type: 'index-summary' }).then((s) => setSummary(s as IndexSummary));
  }, []);

  return (
    <main class="sidepanel">
      <h1>Sourcelight</h1>
      <p data-testid="index-summary">
        {summary
          ? `The story index holds ${plural(summary.sources, 'source')}, ${plural(summary.entities, 'entity', 'entities')} and ${plural(summary.discrepancies, 'discrepancy', 'discrepancies')}.`
          : 'Loading the story index…'}
      </p>
    </main>
  );
}
