import { describe, expect, it } from 'vitest';
import { byConfidence, changedSpans, disagreementOf, excerptAround } from '../../src/background/disagreements';
import type { Discrepancy } from '../../src/contracts/schema';

const LONG =
  'The negotiations have been conducted with urgency in recent weeks, with a goal to announce an agreement when President Xi arrives in Washington for a state visit on Thursday.';

describe('disagreements as shown', () => {
  it.each([
    ['a word in the text', 'Thursday', [[LONG.indexOf('Thursday'), LONG.indexOf('Thursday') + 8]]],
    ['nothing (a dropped word)', '', []],
    ['words not in the text', 'Tuesday', []],
  ])('marks %s', (_name, changed, spans) => {
    expect(changedSpans(LONG, changed)).toEqual(spans);
  });

  it('clips a long sentence round the change and keeps the mark on the same words', () => {
    const clipped = excerptAround(LONG, changedSpans(LONG, 'Thursday'));
    expect(clipped.text.startsWith('… ')).toBe(true);
    expect(clipped.text.length).toBeLessThan(LONG.length);
    const [[s, e]] = clipped.changed;
    expect(clipped.text.slice(s, e)).toBe('Thursday');
  });

  it('flags the origin and carries the label', () => {
    const d: Discrepancy = {
      id: 'disc:1',
      kind: 'date',
      summary: 's',
      label: 'day changed',
      origin: 'src-a',
      alignment: 'align:1',
      variants: [
        { source: 'src-a', sentence: 'src-a:1', text: 'He arrives on Thursday.', changed: 'Thursday' },
        { source: 'src-b', sentence: 'src-b:1', text: 'He arrives on Tuesday.', changed: 'Tuesday' },
      ],
      relation: 'versions',
      confidence: 0.9,
    };
    const shown = disagreementOf(d, (id) => id.toUpperCase(), true);
    expect(shown.label).toBe('day changed');
    expect(shown.wordings.map((w) => [w.source, w.origin, w.text.slice(w.changed[0][0], w.changed[0][1])])).toEqual([
      ['SRC-A', true, 'Thursday'],
      ['SRC-B', false, 'Tuesday'],
    ]);
  });
});

describe('the precision bar on cards and in the side panel', () => {
  const base = (id: string, confidence: number): Discrepancy => ({
    id,
    kind: 'number',
    summary: id,
    label: 'number changed',
    alignment: 'align:1',
    variants: [],
    relation: confidence >= 0.5 ? 'versions' : 'independent',
    confidence,
  });

  it('marks a discrepancy under the bar as minor and says how its sources stand', () => {
    expect(disagreementOf(base('a', 0.9), (id) => id, true)).toMatchObject({ relation: 'versions', minor: false });
    expect(disagreementOf(base('b', 0.25), (id) => id, true)).toMatchObject({ relation: 'independent', minor: true });
  });

  it('puts those that clear the bar first, each group in index order', () => {
    const list = [base('a', 0.3), base('b', 0.9), base('c', 0.5), base('d', 0.1)];
    expect(byConfidence(list).map((d) => d.id)).toEqual(['b', 'c', 'a', 'd']);
  });
});
