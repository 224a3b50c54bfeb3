/** Test helper: the real seed articles, read once. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CorpusFile } from '../src/intake/types';

export const SEEDS_DIR = resolve(import.meta.dirname, '..', 'seeds');

export const SEED = {
  wire: '000_83764a884f072226.txt',
  repost: '001_c00863a864c4aac7.txt',
  nyt: '002_4aefd2a4df811d97.txt',
  pd: '003_5560a174234f78d3.txt',
  crossroads: '004_ff330616a511726c.txt',
} as const;

export const seedId = (file: string) => 'src-' + file.replace(/\.[^.]+$/, '');

export function seedFiles(): CorpusFile[] {
  return readdirSync(SEEDS_DIR)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(SEEDS_DIR, name), 'utf8') }));
}

export function seedEditorial(): string {
  return readFileSync(join(SEEDS_DIR, 'editorial.json'), 'utf8');
}
