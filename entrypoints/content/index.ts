import '../../src/page/highlights.css';
import { startSourcelight } from '../../src/page/start';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    startSourcelight(ctx, { find: () => [], labelOf: (m) => m.text });
  },
});
