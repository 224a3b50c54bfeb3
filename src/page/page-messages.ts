/**
 * The content script's answers to the extension (`ContentRequests` in
 * src/contracts/protocol.ts): what the page holds (popup, side panel), next or
 * previous mention (keyboard command), scroll to a mention (side panel), the
 * library's part of a batch of matches, "the library changed" and "the settings
 * were written". A content script hears only its own extension: the browser
 * delivers nothing else.
 */
import type { PageStatus } from '../contracts/messages';
import { CONTENT_RULES } from '../contracts/protocol';
import { listen, requestListener } from '../platform/messaging';
import { takeLibraryHits } from './background-matching';
import type { PaintedMatch } from './spotter';

/** What the messages act on. */
export interface MessageTarget {
  /** The answer to `page-status`. */
  status(): PageStatus;
  /** Whether Sourcelight runs on this page now. */
  isRunning(): boolean;
  navigate(step: 1 | -1): void;
  /** Scrolls to the next of these mentions of one item and flashes it. */
  reveal(mentions: PaintedMatch[]): boolean;
  paintedMatches(): PaintedMatch[];
  /** The reader's library changed: read the page again. */
  libraryChanged(): void;
}

/** Answers the extension's requests to this frame (`settingsWritten`: read the settings again); returns what stops answering. */
export function listenForMessages(target: MessageTarget, settingsWritten: () => void): () => void {
  return listen(
    requestListener(CONTENT_RULES, {
      'page-status': () => target.status(),
      navigate: ({ step }) => {
        if (!target.isRunning()) return false;
        target.navigate(step);
        return true;
      },
      reveal: ({ id }) => target.isRunning() && target.reveal(target.paintedMatches().filter((m) => m.id === id)),
      'library-hits': (hits) => takeLibraryHits(hits),
      'library-changed': () => target.libraryChanged(),
      'settings-changed': () => settingsWritten(),
    }),
  );
}
