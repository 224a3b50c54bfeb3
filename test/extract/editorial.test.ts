import { describe, expect, it } from 'vitest';
import { extractAll, parseEditorialEntities } from '../../src/extract';
import { seedEditorialEntities, seedSources } from './fixture';

describe('parseEditorialEntities', () => {
  it("reads the seeds' editorial file without problems", () => {
    const { entities, problems } = seedEditorialEntities();
    expect(problems).toEqual([]);
    expect(entities.length).toBeGreaterThan(0);
  });

  it('takes the array or the whole file; nothing gives nothing', () => {
    expect(parseEditorialEntities(undefined)).toEqual({ entities: [], problems: [] });
    expect(parseEditorialEntities({ sources: {} })).toEqual({ entities: [], problems: [] });
    expect(parseEditorialEntities([{ match: 'Obama', kind: 'person' }]).entities).toHaveLength(1);
  });

  it('skips bad entries with one problem each and keeps the good ones', () => {
    const r = parseEditorialEntities({
      entities: [
        { match: 'Obama', kind: 'person' },
        { match: 'X', kind: 'animal' },
        { name: 'No kind' },
        'text',
        { match: 'Y', colour: 'red' },
        { drop: true },
      ],
    });
    expect(r.entities).toEqual([{ match: 'Obama', kind: 'person' }]);
    expect(r.problems).toHaveLength(5);
    for (const p of r.problems) expect(p).toMatch(/^editorial\.json: entities\[\d\] .*; skipped$/);
  });

  it('refuses a non-list', () => {
    expect(parseEditorialEntities({ entities: {} }).problems).toHaveLength(1);
  });
});

describe('overrides', () => {
  const editorial = seedEditorialEntities().entities;
  const off = extractAll(seedSources(), { overrides: false, editorial });
  const on = extractAll(seedSources(), { overrides: true, editorial });
  const namedOff = off.entities.filter((e) => e.kind !== 'topic');
  const namedOn = on.entities.filter((e) => e.kind !== 'topic');

  it('apply: a new canonical name, an added entity with its mentions, a description', () => {
    const obama = on.entities.find((e) => e.aliases.includes('Mr. Obama'))!;
    expect(obama.name).toBe('Barack Obama');
    expect(obama.id).toBe('person:barack-obama');
    expect(obama.aliases).toContain('Obama');
    expect(on.entities.find((e) => e.id === 'organization:harvard-university')?.mentions).toHaveLength(1);
    expect(on.entities.find((e) => e.id === 'person:xi-jinping')?.description?.text).toBe('President of China');
    expect(on.problems).toEqual([]);
  });

  it('are ignored when off', () => {
    expect(off.entities.some((e) => e.id === 'organization:harvard-university')).toBe(false);
    expect(extractAll(seedSources(), { overrides: false })).toEqual(off);
  });

  it('report an entry that matches nothing', () => {
    const r = extractAll(seedSources(), { overrides: true, editorial: [{ match: 'Nobody Atall', kind: 'person' }] });
    expect(r.problems).toEqual([expect.stringContaining('Nobody Atall')]);
  });

  it('the automatic extraction alone finds at least 85% of what it finds with them', () => {
    // By count...
    const countRatio = namedOff.length / namedOn.length;
    // ...and by identity: an entity found with overrides is found without them if an id or an alias matches.
    const found = namedOn.filter((e) => namedOff.some((o) => o.id === e.id || o.aliases.some((a) => e.aliases.includes(a))));
    const matchRatio = found.length / namedOn.length;
    console.log(
      `named entities: ${namedOff.length} without overrides, ${namedOn.length} with; count ratio ${countRatio.toFixed(3)}, match ratio ${matchRatio.toFixed(3)}`,
    );
    expect(countRatio).toBeGreaterThanOrEqual(0.85);
    expect(matchRatio).toBeGreaterThanOrEqual(0.85);
  });
});

describe('determinism', () => {
  it('gives the same output for the same input, twice', () => {
    const a = extractAll(seedSources(), { overrides: true, editorial: seedEditorialEntities().entities });
    const b = extractAll(seedSources(), { overrides: true, editorial: seedEditorialEntities().entities });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('gives empty lists for no sources', () => {
    expect(extractAll([], { overrides: false })).toEqual({ entities: [], quotes: [], problems: [] });
  });
});
