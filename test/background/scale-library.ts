/** Test helper: one story of many sources naming one person, for the side panel at scale. */
import { INDEX_VERSION, type FullIndex, type Sentence, type Source } from '../../src/contracts/schema';

const NAME = 'Petra Lindqvist';

/**
 * One story of `named + silent` sources: source i names the person in its own statement (no two alike), except
 * that the first `copies` all make one statement, aligned; the `silent` ones never name her.
 */
export function library({ named, silent, copies }: { named: number; silent: number; copies: number }): FullIndex {
  const sources: Source[] = [];
  const sentences: Sentence[] = [];
  const mentions = [];
  for (let i = 0; i < named + silent; i++) {
    const id = `src-${String(i).padStart(4, '0')}`;
    const day = String(1 + (i % 28)).padStart(2, '0');
    sources.push({
      id,
      file: `${id}.txt`,
      outlet: `Outlet ${i}`,
      shortName: `O${i}`,
      title: `Report ${i}`,
      published: `2024-03-${day}`,
      words: 20,
      sentences: [],
    });
    const text =
      i < copies
        ? `${NAME} said the inquiry would open in May.`
        : i < named
          ? `${NAME} visited site number ${i} on a rainy day.`
          : `Nothing of note happened at site ${i}.`;
    sentences.push({ id: `${id}:p0:s0`, source: id, paragraph: 0, index: 0, start: 0, end: text.length, text });
    if (i < named) mentions.push({ source: id, sentence: `${id}:p0:s0`, start: 0, end: NAME.length });
  }
  return {
    version: INDEX_VERSION,
    sources,
    sentences,
    entities: [{ id: 'person:petra-lindqvist', name: NAME, kind: 'person', aliases: [], mentions }],
    quotes: [],
    alignments: [{ id: 'align:1', sentences: sentences.slice(0, copies).map((s) => s.id), score: 1 }],
    discrepancies: [],
    lineage: [],
    stories: [{ id: 'story:src-0000', title: 'Report 0', sources: sources.map((s) => s.id), people: [], organizations: [], places: [], related: [] }],
  };
}
