import { describe, expect, it } from 'vitest';
import type { AliasCase } from '../../src/contracts/schema';
import { fitsCase } from '../../src/spot/case-rules';

describe('fitsCase', () => {
  it.each([
    ['US', 'US', 'exact', true],
    ['us', 'US', 'exact', false],
    ['Us', 'US', 'exact', false],
    ['F.B.I.', 'F.B.I.', 'exact', true],
    ['f.b.i.', 'F.B.I.', 'exact', false],
    ['Rice', 'Rice', 'title', true],
    ['rice', 'Rice', 'title', false],
    ['RICE', 'Rice', 'title', false],
    ['XI', 'Xi', 'title', false],
    ['XI JINPING', 'Xi Jinping', 'title', true],
    ['MR. XI', 'Mr. Xi', 'title', true],
    ['Susan e. Rice', 'Susan E. Rice', 'title', false],
    ['Office Of Personnel Management', 'Office of Personnel Management', 'title', true],
    ['office of personnel management', 'Office of Personnel Management', 'title', false],
    ['CRITICAL infrastructure', 'critical infrastructure', 'any', true],
  ] as [string, string, AliasCase, boolean][])('%j as %j (%s) → %s', (page, alias, rule, expected) => {
    expect(fitsCase(`>> ${page} <<`, 3, alias, rule)).toBe(expected);
  });
});
