/**
 * Keeps the background running while long work that no event is waiting on
 * goes on. Chrome stops an extension's service worker 30 s after its last
 * event or extension API call, even mid-work: the spot index rebuilt after an
 * update, or records of an older reader read again, at thousands of articles
 * may take longer, and each start would begin them again. Chrome's own advice
 * for such work is an extension API call that costs nothing, made more often
 * than that until the work settles. Firefox's background page is not stopped
 * that way; the calls cost nothing there either.
 */
import { browser } from 'wxt/browser';

/** Under Chrome's 30 s, with room for a busy machine's late timers. */
export const KEEP_ALIVE_MS = 20_000;

/** `work`, with the background kept running until it settles. */
export async function keepAliveWhile<T>(work: Promise<T>): Promise<T> {
  const call = () => Promise.resolve().then(() => browser.runtime.getPlatformInfo());
  const timer = setInterval(() => void call().catch(() => undefined), KEEP_ALIVE_MS);
  try {
    return await work;
  } finally {
    clearInterval(timer);
  }
}
