/**
 * For a view that asks again as the reader types or clicks: of a series of
 * replies, only the newest one asked for is let through; an older one that
 * arrives late never settles, so it cannot overwrite a newer answer.
 */
export function latestOnly(): <T>(reply: Promise<T>) => Promise<T> {
  let asked = 0;
  return <T>(reply: Promise<T>): Promise<T> => {
    const mine = ++asked;
    const never = new Promise<T>(() => undefined);
    return reply.then<T, T>(
      (value) => (mine === asked ? value : never),
      (error: unknown) => (mine === asked ? Promise.reject(error) : never),
    );
  };
}
