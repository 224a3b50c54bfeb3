/**
 * Long work as steps: a generator that yields between two steps and returns
 * its result. Run through at once (`finishSteps`, the CLI and the tests), or
 * with a pause whenever a slice of work has taken long enough
 * (`finishStepsSliced`, the background: forming the stories of 10,000
 * articles takes seconds, and a page asking meanwhile is answered between two
 * slices). The same result either way.
 */
export type Steps<T> = Generator<void, T, void>;

/** A pause until the next task: what waits meanwhile (a page's question, another message) runs first. */
export const nextTask = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs `steps` through at once. */
export function finishSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Slices of long work in a loop that awaits: called between two pieces of
 * work, it pauses (`pause`) when `sliceMs` of work have passed since the last
 * pause, and gives undefined (nothing to wait for) otherwise.
 */
export function slicePauses(pause: () => Promise<void> = nextTask, sliceMs = 20): () => Promise<void> | undefined {
  let since = performance.now();
  return () => {
    if (performance.now() - since < sliceMs) return undefined;
    return pause().then(() => void (since = performance.now()));
  };
}

/** Runs `steps`, pausing (`pause`) whenever `sliceMs` of work have passed since the last pause. */
export async function finishStepsSliced<T>(steps: Steps<T>, pause: () => Promise<void>, sliceMs = 20): Promise<T> {
  const pauseIfLong = slicePauses(pause, sliceMs);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    const paused = pauseIfLong();
    if (paused) await paused;
  }
}
