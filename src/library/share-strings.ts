/**
 * Records read from IndexedDB come back with a fresh copy of every string:
 * a source id repeated in each of an article's sentences and mentions, an
 * entity's name in every article that names it. Held for the whole library,
 * those copies are close to half of the folded index's heap (measured at 600
 * saved-page-shaped articles: 30.2 MB as read, 17.2 MB shared). Sharing them
 * changes no value, only how many copies the heap holds.
 */

/** Replaces, in place, each string in `value` (deeply) by the first equal one `pool` has met; gives `value`. */
export function shareStrings<T>(value: T, pool: Map<string, string>): T {
  return share(value, pool) as T;
}

function share(value: unknown, pool: Map<string, string>): unknown {
  if (typeof value === 'string') {
    const known = pool.get(value);
    if (known !== undefined) return known;
    pool.set(value, value);
    return value;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = share(value[i], pool);
    return value;
  }
  if (isPlainObject(value)) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = share(record[key], pool);
  }
  return value;
}

/** Objects as structured clone makes them from plain data (typed arrays, dates and maps are left as they are). */
function isPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
