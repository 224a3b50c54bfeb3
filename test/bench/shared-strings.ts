/**
 * `node --expose-gc --import tsx test/bench/shared-strings.ts [articles]`: the
 * folded index's heap made from records as IndexedDB gives them, and from the
 * same records with their strings shared (`src/library/share-strings.ts`),
 * each in a process of its own so neither sees the other's strings.
 */
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { buildIndex } from '../../src/index/builder';
import { toSpotIndex } from '../../src/index/spot-index';
import type { LibraryArticle } from '../../src/library/article';
import { mergeLibrary } from '../../src/library/merge';
import { Library } from '../../src/library/service';
import { shareStrings } from '../../src/library/share-strings';
import { seedEditorial, seedFiles } from '../seeds';
import { syntheticCorpus } from './index-build';
import { asSavedPage } from './library';

const gc = (globalThis as { gc?: () => void }).gc;

async function foldedHeapMB(n: number, shared: boolean): Promise<number> {
  if (!gc) throw new Error('run with node --expose-gc');
  const seeds = buildIndex(seedFiles(), { editorial: seedEditorial() }).index;
  const library = await Library.open(seeds, toSpotIndex(seeds), `shared-strings-${Date.now()}`);
  const inputs = syntheticCorpus(n).map((f, i) => ({ name: f.name.replace(/\.txt$/, '.html'), text: asSavedPage(f.text, i), format: 'html' as const }));
  for (let i = 0; i < n; i += 50) await library.add(inputs.slice(i, i + 50));
  const stored = await library.allArticles();
  const heap = () => (gc(), gc(), process.memoryUsage().heapUsed / 1e6);
  const before = heap();
  let records: LibraryArticle[] | undefined = structuredClone(stored);
  if (shared) shareStrings(records, new Map());
  const folded = mergeLibrary(seeds, records, true);
  records = undefined;
  const mb = heap() - before;
  if (!folded.sources.length) throw new Error('nothing folded');
  return Math.round(mb * 10) / 10;
}

const [n = '600', mode] = process.argv.slice(2);
if (mode) console.log(await foldedHeapMB(Number(n), mode === 'shared'));
else {
  const run = (m: string) =>
    Number(
      execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', import.meta.filename, n, m], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .at(-1),
    );
  const [asRead, shared] = [run('as-read'), run('shared')];
  console.log(`${n} articles: folded index ${asRead} MB from records as read, ${shared} MB with their strings shared (×${(shared / asRead).toFixed(2)})`);
}
