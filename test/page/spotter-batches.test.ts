import { describe, expect, it } from 'vitest';
import { batches } from '../../src/page/spotter';
import type { TextBlock } from '../../src/page/text-blocks';
import { SPOT_BATCH_CHARS, SPOT_BATCH_TEXTS } from '../../src/contracts/messages';

const block = (text: string): TextBlock => ({ container: {} as Node, nodes: [], starts: [], text });
const size = (batch: TextBlock[]) => batch.reduce((n, b) => n + b.text.length, 0);

describe('batches', () => {
  it('sends the first blocks in a small batch, the rest in batches up to the message limit, in order', () => {
    const blocks = Array.from({ length: 400 }, (_, i) => block(`${i}`.padEnd(4000, '.')));
    const out = [...batches(blocks)];
    expect(size(out[0])).toBeLessThanOrEqual(32 * 1024);
    expect(size(out[0])).toBeGreaterThan(24 * 1024);
    for (const b of out.slice(1)) expect(size(b)).toBeLessThanOrEqual(SPOT_BATCH_CHARS);
    expect(out.map((b) => b.length)).toEqual([8, 131, 131, 130]);
    expect(out.flat()).toEqual(blocks);
  });

  it('never puts more blocks in one batch than a message may hold', () => {
    const out = [...batches(Array.from({ length: 5000 }, () => block('x')))];
    expect(out.map((b) => b.length)).toEqual([SPOT_BATCH_TEXTS, SPOT_BATCH_TEXTS, 1000]);
  });

  it('cuts a block longer than a whole batch to the limit, alone in its batch', () => {
    const huge = block('y'.repeat(SPOT_BATCH_CHARS + 10));
    const out = [...batches([block('a'), huge, block('b')])];
    expect(out.map((b) => b.map((x) => x.text.length))).toEqual([[1], [SPOT_BATCH_CHARS], [1]]);
  });

  it('makes no batch for no blocks', () => {
    expect([...batches([])]).toEqual([]);
  });
});
