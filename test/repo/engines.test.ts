/**
 * The Node versions the project says it supports are ones every installed
 * package supports too: `npm ci` on a fresh machine warns about none, and
 * nothing works on a declared version by luck.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const read = (file: string) => JSON.parse(readFileSync(resolve(root, file), 'utf8'));

describe('engines', () => {
  const declared: string = read('package.json').engines.node;
  const lock: { packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }> } = read('package-lock.json');

  it('declares a Node range that includes the version running the tests', () => {
    expect(semver.satisfies(process.version, declared)).toBe(true);
  });

  it('declares a range that every locked package supports', () => {
    const narrower = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && !entry.optional && entry.engines && !Array.isArray(entry.engines) && entry.engines.node)
      .filter(([, entry]) => !semver.subset(declared, (entry.engines as { node: string }).node, { includePrerelease: false }))
      .map(([path, entry]) => `${path.replace(/^.*node_modules\//, '')} wants node ${(entry.engines as { node: string }).node}`);
    expect(narrower).toEqual([]);
  });
});
