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

/**
 * Resolves once the browser has drawn its next frame, so its layout is fresh:
 * reading geometry then costs nothing, where reading it now could make us lay
 * out the whole page inside our slice (tens of milliseconds on a big page that
 * its scripts just built). Hidden tabs draw no frames: a timer stands in.
 */
export function afterNextFrame(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      resolve();
    };
    requestAnimationFrame(() => setTimeout(go, 0));
    setTimeout(go, fallbackMs);
  });
}
