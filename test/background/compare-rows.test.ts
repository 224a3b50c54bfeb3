/**
 * Compare marks what differs against one chosen version, pairwise: a table
 * of written pairs, then the seeds' statements.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { marksAgainst, versusOf } from '../../src/background/compare-rows';
import { IndexLookup } from '../../src/background/index-lookup';
import { compareView } from '../../src/background/panel-views';
import type { Span } from '../../src/contracts/cards';
import { buildIndexFromFolder } from '../../src/node/folder';
import { SEED, SEEDS_DIR, seedId } from '../seeds';

const marked = (text: string, spans: Span[]) => spans.map(([s, e]) => text.slice(s, e));

describe('marksAgainst: the words of a version its reference does not have', () => {
  it.each([
    ['Talks resume on Monday.', 'Talks resume on Monday.', []],
    ['The minister said on Tuesday that talks would resume.', 'The minister said on Monday that talks would resume.', ['Tuesday']],
    ['Talks will not resume before the summit.', 'Talks will resume before the summit.', ['not']],
    ['Officials said 12 governments signed the text.', 'Officials said 40 governments signed the text.', ['12']],
    // A cited outlet added at the end is one change, not a word here and there.
    [
      'The deal would protect hospitals and banks, The New York Times reported.',
      'The deal would protect hospitals and banks.',
      ['The New York Times reported'],
    ],
    // Words only moved are not all marked.
    ['On Friday the talks ended in Geneva.', 'The talks ended in Geneva on Friday.', ['On Friday']],
    // "cyber weapons" and "cyberweapons" are the same word.
    ['It will not be the first to use cyber weapons.', 'It will not be the first to use cyberweapons.', []],
  ])('%s against %s', (text, reference, expected) => {
    expect(marked(text, marksAgainst(text, reference))).toEqual(expected);
  });
});

describe('the seeds in Compare', () => {
  let lookup: IndexLookup;
  beforeAll(() => {
    lookup = new IndexLookup(buildIndexFromFolder(SEEDS_DIR).index);
  });
  const nyt = seedId(SEED.nyt);
  const wire = seedId(SEED.wire);
  const pd = seedId(SEED.pd);

  const statement = (kind: string) => {
    const alignment = lookup.index.discrepancies.find((d) => d.kind === kind)!.alignment;
    const view = compareView(lookup, alignment)!;
    const cellOf = (source: string) => view.rows[0].cells[view.sources.findIndex((s) => s.id === source)]!;
    return { view, row: view.rows[0], cellOf };
  };

  it('the first sentence: the wire against the NYT marks only the words that differ', () => {
    const { view, row, cellOf } = statement('negation');
    expect(row.reference).toBe(nyt);
    const ref = cellOf(nyt);
    // The heading is the reference's text, whole: two sentences here, as the wire has.
    expect(view.name).toBe(ref.text);
    expect(ref.sentences).toBe(2);
    expect(ref.changed).toEqual([]);
    const w = cellOf(wire);
    expect(w.sentences).toBe(2);
    expect(w.versus[nyt].paraphrase).toBe(false);
    expect(marked(w.text, w.changed)).toEqual([
      'US',
      'deal',
      "a media report said ahead of Chinese President Xi Jinping's maiden state visit here",
      'US',
      'The New York Times reported',
    ]);
    const words = w.text.split(/\s+/).length;
    const markedWords = marked(w.text, w.changed).join(' ').split(/\s+/).length;
    expect(markedWords / words).toBeLessThan(0.3);
  });

  it('People’s Daily merges the two sentences in one, a paraphrase: its changes of meaning labelled, not a wall of marks', () => {
    const { cellOf } = statement('negation');
    const p = cellOf(pd);
    expect(p.sentences).toBe(1);
    const versus = p.versus[nyt];
    expect(versus.paraphrase).toBe(true);
    expect(versus.labels).toEqual(expect.arrayContaining(['certainty changed', 'clause left out']));
    expect(marked(p.text, versus.changed).join(' ').length).toBeLessThan(p.text.length / 3);
  });

  it('Thursday against Tuesday, either way round, and every pair of versions is at hand', () => {
    const { row, cellOf } = statement('date');
    const p = cellOf(pd);
    expect(marked(p.text, p.versus[nyt].changed)).toContain('Tuesday');
    expect(p.versus[nyt].labels).toContain('day changed');
    const present = row.cells.filter(Boolean).length;
    for (const cell of row.cells) if (cell) expect(Object.keys(cell.versus)).toHaveLength(present - 1);
    // Picked the other way round: the wire against People's Daily.
    const w = cellOf(wire);
    expect(w.versus[pd].paraphrase).toBe(true);
    expect(marked(w.text, w.versus[pd].changed)).toContain('Thursday');
  });

  it('a version identical to its reference has no marks', () => {
    const same = versusOf({ text: 'Still, any deal would be a start.', sentences: ['a'] }, { text: 'Still, any deal would be a start.', sentences: ['b'] }, []);
    expect(same).toEqual({ paraphrase: false, changed: [], labels: [] });
  });
});
