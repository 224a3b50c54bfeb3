/**
 * Builds the index from `seeds/` while the extension is built, so the bundled
 * index can never be stale against the seeds. Two virtual modules:
 *   `virtual:sourcelight/full-index`  (background only)
 *   `virtual:sourcelight/spot-index`  (content script: aliases and fingerprints, packed)
 */
import type { Plugin } from 'vite';
import { buildIndexFromFolder } from './folder';
import { toSpotIndex } from '../index/spot-index';
import { packSpotIndex } from '../contracts/spot-pack';

const FULL = 'virtual:sourcelight/full-index';
const SPOT = 'virtual:sourcelight/spot-index';

export function sourcelightIndex(seedsDir: string): Plugin {
  let built: ReturnType<typeof buildIndexFromFolder> | undefined;
  const build = () => (built ??= buildIndexFromFolder(seedsDir));
  return {
    name: 'sourcelight-index',
    resolveId(id) {
      if (id === FULL || id === SPOT) return '\0' + id;
      return undefined;
    },
    load(id) {
      if (id !== '\0' + FULL && id !== '\0' + SPOT) return undefined;
      const { index, problems, files } = build();
      for (const problem of problems) this.warn(problem);
      for (const file of files) this.addWatchFile(file);
      const data = id === '\0' + FULL ? index : packSpotIndex(toSpotIndex(index));
      // JSON.parse of a string literal is faster to start than an object literal this size.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
    watchChange() {
      built = undefined;
    },
  };
}
