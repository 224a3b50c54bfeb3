import { askBackground } from '../../src/platform/messaging';

/**
 * As a page starts loading, a word to the background so that a stopped
 * service worker starts while the page loads, not after: the page's
 * highlights (`content`, at document_idle) then find it running. The message
 * carries nothing and its reply is the same for every reader (docs/privacy.md).
 * The top frame's is enough: frames load with it. Chrome's alone: Firefox's
 * background page is never stopped.
 */
export default defineContentScript({
  include: ['chrome'],
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  // WXT's own start message would tell every page the extension's id (docs/privacy.md).
  noScriptStartedPostMessage: true,
  main() {
    // A background that is updating or gone answers nothing: the highlights' own requests say so.
    askBackground('wake', {}).catch(() => undefined);
  },
});
