/** The full index, bundled into the background at build time and checked once on first use. */
import raw from 'virtual:sourcelight/full-index';
import { loadFullIndex } from '../index/loader';
import type { FullIndex } from '../index/schema';

let cached: FullIndex | undefined;

export function getFullIndex(): FullIndex {
  cached ??= loadFullIndex(raw);
  return cached;
}
