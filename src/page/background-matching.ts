/**
 * The page's way to the matcher, which runs in the extension's background:
 * the page's main thread only reads and paints.
 */
import { browser } from 'wxt/browser';
import { parseSpotReply } from '../contracts/messages';
import type { PageMatching, PaintedMatch } from './spotter';

export const backgroundMatching: PageMatching = {
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
};

/** Entities are listed by their canonical name; quotes and passages by the page's words. */
export const labelOf = (m: PaintedMatch): string => m.label ?? m.text;
