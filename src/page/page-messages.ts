/**
 * The content script's answers to the extension's pages and background: what
 * the page holds (popup, side panel), next or previous mention (keyboard
 * command), and scroll to a mention (side panel). Only the top frame answers.
 */
import { browser } from 'wxt/browser';
import { parseMessage, type PageStatus } from '../contracts/messages';
import { liveRange } from './hit-test';
import { flashRange } from './reveal';
import type { PaintedMatch } from './spotter';

/** What the messages act on. */
export interface MessageTarget {
  /** The answer to `page-status`. */
  status(): PageStatus;
  /** Whether Sourcelight runs on this page now. */
  isRunning(): boolean;
  navigate(step: 1 | -1): void;
  paintedMatches(): PaintedMatch[];
}

/** Listens for the extension's messages to this page; returns what stops listening. */
export function listenForMessages(target: MessageTarget): () => void {
  const reveal = revealer();
  const answer = (raw: unknown): unknown => {
    const message = parseMessage(raw);
    if (message?.type === 'page-status') return target.status();
    if (!target.isRunning()) return undefined;
    if (message?.type === 'navigate') {
      target.navigate(message.step);
      return true;
    }
    if (message?.type === 'reveal') return reveal(target.paintedMatches().filter((m) => m.id === message.id));
    return undefined;
  };
  // Answered at once through `sendResponse`: the content script runs without the
  // polyfill (see wxt.config.ts), and every browser supports this form. A
  // message it does not answer gets no reply from here, so the sender hears
  // from the frame that does. (The polyfill's types know only its own forms of
  // listener, hence the cast.)
  const onMessage = ((raw: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): undefined => {
    const reply = answer(raw);
    if (reply !== undefined) sendResponse(reply);
    return undefined;
  }) as unknown as Parameters<typeof browser.runtime.onMessage.addListener>[0];
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}

/** Calls `changed` when the background says the index changed (the reader's library); in every frame. */
export function onIndexChanged(changed: () => void): () => void {
  const onMessage = ((raw: unknown): undefined => {
    if (parseMessage(raw)?.type === 'library-changed') changed();
    return undefined;
  }) as unknown as Parameters<typeof browser.runtime.onMessage.addListener>[0];
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}

/**
 * Scrolls to one of an item's mentions and flashes it: the next one on each
 * call for the same item, the first one for another. False when it has none.
 */
function revealer(): (mentions: PaintedMatch[]) => boolean {
  let last: { id: string; at: number } | undefined;
  return (mentions) => {
    if (mentions.length === 0) return false;
    const id = mentions[0].id;
    const at = last?.id === id ? (last.at + 1) % mentions.length : 0;
    last = { id, at };
    const range = liveRange(mentions[at]);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    flashRange(range);
    return true;
  };
}
