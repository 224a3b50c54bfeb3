import { describe, expect, it } from 'vitest';
import { meansOtherPlace } from '../../src/spot/other-sense';

describe('meansOtherPlace', () => {
  const cued = new Set(['place:washington']);
  it('holds where the text has a cue and names nothing else the index knows', () => {
    expect(meansOtherPlace('place:washington', cued, new Set())).toBe(true);
    expect(meansOtherPlace('place:washington', cued, new Map([['place:washington', 2]]))).toBe(true);
  });
  it('does not hold where the text also names something else of the story, or has no cue', () => {
    expect(meansOtherPlace('place:washington', cued, new Set(['place:washington', 'person:xi-jinping']))).toBe(false);
    expect(meansOtherPlace('place:georgia', cued, new Set())).toBe(false);
  });
});
