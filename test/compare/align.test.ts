import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../src/compare/align';
import { SEED, seedId } from '../seeds';
import { aligned, parsed, prepared, sentenceId, textOf } from './fixtures';

const WIRE = seedId(SEED.wire);
const REPOST = seedId(SEED.repost);
const NYT = seedId(SEED.nyt);
const PD = seedId(SEED.pd);
const CROSS = seedId(SEED.crossroads);

const groupOf = (id: string) => aligned.alignments.find((a) => a.sentences.includes(id));

describe('alignSentences on the seeds', () => {
  it.each([
    [
      'the lead: copy, repost, paraphrase and the negated blog line',
      NYT,
      'The United States and China are negotiating',
      [
        [WIRE, 'The US and China are negotiating'],
        [REPOST, 'According to officials who are involved'],
        [PD, 'The deal would address attacks'],
        [CROSS, 'According to the article, officials involved'],
      ],
    ],
    [
      'the visit date',
      NYT,
      'The negotiations have been conducted with urgency',
      [
        [WIRE, 'The negotiations have been conducted'],
        [REPOST, 'In the recent weeks, negotiations'],
        [PD, 'China and the US have been negotiating with urgency'],
      ],
    ],
    [
      'the UN principle, reordered or reworded',
      NYT,
      'One of the key principles',
      [
        [WIRE, 'One of the key principles'],
        [REPOST, 'No state should allow activity'],
        [PD, 'The United Nations document on principles'],
        [CROSS, 'The UN cyber norms report'],
      ],
    ],
    [
      'the clipped wire sentence',
      NYT,
      'The agreement being negotiated would also not appear',
      [[WIRE, 'The agreement being negotiated would also not appear']],
    ],
  ])('%s', (_name, pivotSource, pivotStart, others) => {
    const group = groupOf(sentenceId(pivotSource, pivotStart))!;
    expect(group).toBeDefined();
    for (const [src, start] of others) expect(group.sentences).toContain(sentenceId(src, start));
  });

  it('leaves sentences no other source says alone', () => {
    for (const [src, start] of [
      [PD, 'China has denied the accusations.'],
      [NYT, 'That problem goes to the heart'],
      [CROSS, 'Clearly, the Obama administration favors'],
      [PD, 'Ni said that the agreement could be regarded'],
    ])
      expect(groupOf(sentenceId(src, start)), start).toBeUndefined();
  });

  it('holds one sentence per source, or two in a row of a split sentence, in source order, scored 0..1', () => {
    for (const a of aligned.alignments) {
      const sources = a.sentences.map((id) => id.split(':')[0]);
      for (const src of new Set(sources)) {
        const own = parsed.find((p) => p.source.id === src)!.sentences.map((s) => s.id);
        const at = a.sentences.filter((id) => id.startsWith(src + ':')).map((id) => own.indexOf(id));
        expect(at.length === 1 || (at.length === 2 && at[1] === at[0] + 1), a.id).toBe(true);
      }
      expect([...sources].sort()).toEqual(sources);
      expect(a.score).toBeGreaterThan(0);
      expect(a.score).toBeLessThanOrEqual(1);
      expect(a.sentences.length).toBeGreaterThanOrEqual(2);
    }
    expect(aligned.alignments.map((a) => a.id)).toEqual(aligned.alignments.map((_, k) => `align:${k + 1}`));
    expect(aligned.alignments.length).toBeGreaterThanOrEqual(10);
  });

  it('finds candidates only through shared shingles: no usable shingle, no alignment', () => {
    expect(alignSentences(prepared, { maxPostings: 1 }).alignments).toEqual([]);
  });

  it('a higher threshold keeps only close copies', () => {
    const strict = alignSentences(prepared, { threshold: 0.95, paraphrase: false });
    expect(strict.alignments.length).toBeGreaterThan(0);
    expect(strict.alignments.length).toBeLessThan(aligned.alignments.length);
    // "Still, any agreement to limit cyberattacks in peacetime would be a start." is copied word for word.
    expect(strict.alignments.some((a) => a.sentences.every((id) => textOf.get(id)!.startsWith('Still, any agreement')))).toBe(true);
  });
});
