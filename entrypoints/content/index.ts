import '../../src/page/highlights.css';
import { backgroundMatching, labelOf } from '../../src/page/background-matching';
import { startSourcelight } from '../../src/page/start';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    void startSourcelight(ctx, { matching: backgroundMatching, labelOf });
  },
});
