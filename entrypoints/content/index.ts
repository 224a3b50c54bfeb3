import spotIndex from 'virtual:sourcelight/spot-index';
import '../../src/page/highlights.css';
import { loadSpotIndex } from '../../src/index/loader';
import { createFindCandidates } from '../../src/page/find-candidates';
import { startSourcelight } from '../../src/page/start';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const index = loadSpotIndex(spotIndex);
    const names = new Map(index.entities.map((e) => [e.id, e.name]));
    void startSourcelight(ctx, {
      find: createFindCandidates(index),
      // Entities are listed by their canonical name; quotes and passages by the page's words.
      labelOf: (m) => names.get(m.id) ?? m.text,
    });
  },
});
