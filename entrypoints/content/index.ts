import { browser } from 'wxt/browser';
import '../../src/page/highlights.css';
import { parseSpotReply } from '../../src/shared/messages';
import { startSourcelight } from '../../src/page/start';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    void startSourcelight(ctx, {
      // The background matches: the page's main thread only reads and paints.
      matching: {
        find: async (texts) => {
          const reply = parseSpotReply(await browser.runtime.sendMessage({ type: 'spot', texts }), texts);
          if (!reply) throw new Error('the background sent no usable matches');
          return reply;
        },
        mayMention: async (text) => {
          const reply: unknown = await browser.runtime.sendMessage({ type: 'probe', text });
          if (typeof reply !== 'boolean') throw new Error('the background sent no usable answer to a probe');
          return reply;
        },
      },
      // Entities are listed by their canonical name; quotes and passages by the page's words.
      labelOf: (m) => m.label ?? m.text,
    });
  },
});
