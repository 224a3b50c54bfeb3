/** The full index, bundled into the background at build time and checked once on first use. */
import raw from 'virtual:sourcelight/full-index';
import { loadFullIndex } from '../index/loader';
import type { FullIndex } from '../contracts/schema';
import { IndexLookup } from './index-lookup';

let cached: IndexLookup | undefined;

/** Answers from this index from now on (the seeds with the reader's library). */
export function setFullIndex(index: FullIndex): void {
  cached = new IndexLookup(index);
}

export function getLookup(): IndexLookup {
  cached ??= new IndexLookup(loadFullIndex(raw));
  return cached;
}
