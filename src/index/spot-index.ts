/** Cuts from the full index what the content script needs to spot mentions. */
import { INDEX_VERSION, type FullIndex, type SpotIndex } from './schema';

export function toSpotIndex(full: FullIndex): SpotIndex {
  return {
    version: INDEX_VERSION,
    entities: full.entities.map(({ id, kind, name }) => ({ id, kind, name })),
    aliases: [],
    quotes: [],
    passages: [],
  };
}
