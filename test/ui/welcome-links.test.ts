import { describe, expect, it } from 'vitest';
import type { FullIndex, Sentence, Source } from '../../src/contracts/schema';
import { paragraphsOf, sampleHref, sourcesInReadingOrder } from '../../src/ui/welcome/sample-links';

const source = (id: string, published?: string): Source => ({
  id,
  file: `${id}.txt`,
  outlet: id,
  shortName: id,
  title: id,
  published,
  words: 1,
  sentences: [],
});
const sentence = (src: string, paragraph: number, index: number, text: string): Sentence => ({
  id: `${src}:p${paragraph}:s${index}`,
  source: src,
  paragraph,
  index,
  start: 0,
  end: text.length,
  text,
});

describe('sourcesInReadingOrder', () => {
  it('puts the sources that reuse no other first, then orders by date', () => {
    const index: Pick<FullIndex, 'sources' | 'lineage'> = {
      sources: [source('wire', '2015-09-20'), source('undated'), source('times', '2015-09-19'), source('daily', '2015-09-18')],
      lineage: [
        { source: 'wire', derivedFrom: [{ from: 'times', share: 0.9 }] },
        { source: 'times', derivedFrom: [] },
      ],
    };
    expect(sourcesInReadingOrder(index).map((s) => s.id)).toEqual(['daily', 'times', 'undated', 'wire']);
  });
});

describe('paragraphsOf', () => {
  it('joins a source’s sentences into its paragraphs in reading order, leaving other sources out', () => {
    const sentences = [sentence('a', 1, 0, 'Third.'), sentence('a', 0, 1, 'Second.'), sentence('b', 0, 0, 'Other.'), sentence('a', 0, 0, 'First.')];
    expect(paragraphsOf({ sentences }, 'a')).toEqual(['First. Second.', 'Third.']);
  });
});

describe('sampleHref', () => {
  it('encodes the source id into the query', () => {
    expect(sampleHref('src-a&b')).toBe('sample.html?source=src-a%26b');
  });
});
