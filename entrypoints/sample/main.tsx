import { render } from 'preact';
import raw from 'virtual:sourcelight/full-index';
import { loadFullIndex } from '../../src/index/loader';
import { askBackground } from '../../src/platform/messaging';
import { backgroundMatching, labelOf } from '../../src/page/background-matching';
import { extensionPageLifetime } from '../../src/page/lifetime';
import { startSourcelight } from '../../src/page/start';
import '../../src/page/highlights.css';
import { SampleArticle } from '../../src/ui/welcome/SampleArticle';
import '../../src/ui/shared/page.css';
import '../../src/ui/welcome/welcome.css';

// Content scripts do not run on the extension's own pages: this page runs the same code itself.
const sourceId = new URLSearchParams(location.search).get('source');
const index = loadFullIndex(raw);
// An article of the reader's library (a card's "saved copy") comes from the background.
const saved = sourceId && !index.sources.some((s) => s.id === sourceId) ? askBackground('source-text', { source: sourceId }).catch(() => null) : null;
void Promise.resolve(saved).then((copy) => {
  render(<SampleArticle index={index} sourceId={sourceId} saved={copy} />, document.getElementById('app')!);
  void startSourcelight(extensionPageLifetime(), { matching: backgroundMatching, labelOf });
});
