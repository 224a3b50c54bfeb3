import { describe, expect, it } from 'vitest';
import { parseEditorial } from '../../src/intake/editorial';
import { seedEditorial, SEED } from '../seeds';

describe('parseEditorial', () => {
  it('reads the seeds editorial file and passes entities through untouched', () => {
    const { editorial, problem } = parseEditorial(seedEditorial());
    expect(problem).toBeUndefined();
    expect(editorial!.sources[SEED.nyt].shortName).toBe('NYT');
    expect(editorial!.entities).toEqual(JSON.parse(seedEditorial()).entities);
  });

  it('no text is no editorial and no problem', () => {
    expect(parseEditorial(undefined)).toEqual({});
    expect(parseEditorial('  \n')).toEqual({});
  });

  it.each([
    ['not JSON', '{ "sources": ', 'not valid JSON'],
    ['array at the top', '[]', 'top level'],
    ['sources not an object', '{"sources": 3}', '"sources"'],
    ['unknown field', '{"sources": {"a.txt": {"outlett": "X"}}}', 'outlett'],
    ['bad date', '{"sources": {"a.txt": {"published": "Sept 2015"}}}', 'published'],
    ['bad url', '{"sources": {"a.txt": {"url": "nytimes.com"}}}', 'url'],
    ['number for a string', '{"sources": {"a.txt": {"outlet": 3}}}', 'outlet'],
  ])('%s → one problem line, ignored', (_name, text, why) => {
    const r = parseEditorial(text);
    expect(r.editorial).toBeUndefined();
    expect(r.problem).toMatch(/^editorial\.json: .*; ignored$/);
    expect(r.problem).toContain(why);
  });
});
