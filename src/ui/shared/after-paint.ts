/**
 * Settles once the browser has painted what is on screen now: a frame, then a
 * task after it. A page hidden behind another tab paints no frame, so at most
 * `maxMs` is waited.
 */
export function afterNextPaint(maxMs = 200): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxMs);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
