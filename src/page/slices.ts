/**
 * Cuts work into slices of a few milliseconds, yielding to the page between
 * them, so the extension never causes a long task (over 50 ms) on the main thread.
 */

/** How long one slice may run before it yields. */
export const SLICE_MS = 6;

type SchedulerWithYield = { yield?: () => Promise<void> };

/** Gives the main thread back to the page; resolves when it is our turn again. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  // A MessageChannel message runs sooner than setTimeout(0), which is clamped to 4 ms after nesting.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
