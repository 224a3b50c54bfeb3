/**
 * `npx tsx test/bench/version-storage.ts [articles]`: what keeping an earlier
 * version of an article costs in the store, kept whole (as the library keeps
 * it: the earlier reading's `parsed`) against kept as what changed (the
 * changed sentences and where they go), beside what the article itself
 * costs (its record and the page it was read from). Saved-page-shaped
 * articles (test/bench/library.ts), each edited the way news sites edit: one
 * sentence changed ("said" → "did not say"), one added.
 */
import { readArticle } from '../../src/library/article';
import { sentenceChanges } from '../../src/library/versions';
import { syntheticCorpus } from './index-build';
import { asSavedPage } from './library';

const json = (v: unknown) => JSON.stringify(v).length;

const n = Number(process.argv[2] ?? 100);
const sums = { record: 0, original: 0, whole: 0, diff: 0, kept: 0 };
for (const [i, file] of syntheticCorpus(n).entries()) {
  const edited = file.text.replace(/\bsaid\b/, 'did not say').replace(/\n\n/, '\n\nThe statement was corrected after publication.\n\n');
  const [before, after] = [file.text, edited].map((text) =>
    readArticle({ name: file.name.replace(/\.txt$/, '.html'), text: asSavedPage(text, i), format: 'html' }),
  );
  if (!('article' in before) || !('article' in after)) continue;
  const changes = sentenceChanges(
    before.article.parsed.sentences.map((s) => s.text),
    after.article.parsed.sentences.map((s) => s.text),
  );
  sums.kept++;
  sums.record += json(before.article);
  sums.original += before.original.text.length;
  sums.whole += json({ id: before.article.id, n: 1, readAt: new Date(0).toISOString(), parsed: before.article.parsed });
  sums.diff += json({ id: before.article.id, n: 1, readAt: new Date(0).toISOString(), changes });
}
const kb = (x: number) => (x / sums.kept / 1024).toFixed(1);
console.log(
  `${sums.kept} articles, per article: record ${kb(sums.record)} KB, page read ${kb(sums.original)} KB; ` +
    `an earlier version kept whole ${kb(sums.whole)} KB (${((100 * sums.whole) / (sums.record + sums.original)).toFixed(1)}% of the article), ` +
    `as what changed ${kb(sums.diff)} KB (${((100 * sums.diff) / (sums.record + sums.original)).toFixed(1)}%)`,
);
