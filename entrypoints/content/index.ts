import '../../src/page/highlights.css';
import { backgroundMatching, labelOf } from '../../src/page/background-matching';
import { contentScriptLifetime } from '../../src/page/lifetime';
import { startSourcelight } from '../../src/page/start';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  // WXT's own start message would tell every page the extension's id (docs/privacy.md); its context is not used.
  noScriptStartedPostMessage: true,
  main() {
    void startSourcelight(contentScriptLifetime(), { matching: backgroundMatching, labelOf });
  },
});
