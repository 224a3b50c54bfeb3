/** The full index, bundled into the background at build time and checked once on first use. */
import raw from 'virtual:sourcelight/full-index';
import { loadFullIndex } from '../index/loader';
import { IndexLookup } from './index-lookup';

let cached: IndexLookup | undefined;

export function getLookup(): IndexLookup {
  cached ??= new IndexLookup(loadFullIndex(raw));
  return cached;
}
