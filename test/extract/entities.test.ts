import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract';
import type { Entity } from '../../src/contracts/schema';
import { SEED, seedId } from '../seeds';
import { seedSources } from './fixture';

const { entities } = extractAll(seedSources(), { overrides: false });
const named = entities.filter((e) => e.kind !== 'topic');
const byAlias = (alias: string) => named.filter((e) => e.aliases.includes(alias));
const one = (alias: string): Entity => {
  const hits = byAlias(alias);
  expect(
    hits.map((e) => e.id),
    `entities with alias "${alias}"`,
  ).toHaveLength(1);
  return hits[0];
};

describe('named entities of the seeds (no overrides)', () => {
  it.each([
    ['Xi Jinping', 'person', ['Xi Jinping', 'Mr. Xi', 'President Xi', 'Xi']],
    ['Susan E. Rice', 'person', ['Susan Rice', 'Ms. Rice', 'Rice']],
    ['James B. Comey', 'person', ['James Comey']],
    ['James R. Clapper Jr.', 'person', []],
    ['Joseph S. Nye', 'person', ['Mr. Nye', 'Nye']],
    ['Meng Jianzhu', 'person', []],
    ['Wu Xinbo', 'person', ['Wu']],
    ['Ni Feng', 'person', ['Ni']],
    ['Jin Canrong', 'person', []],
    ['Zheng Zeguang', 'person', ['Zheng']],
    ['Vikram Singh', 'person', []],
    ['Edward J. Snowden', 'person', []],
    ['John F. Kennedy', 'person', []],
    ['Robert K. Knake', 'person', []],
    ['Julie Zeller', 'person', ['Ms. Zeller']],
    ['Daniel Sepulveda', 'person', []],
    ['Obama', 'person', ['Mr. Obama', 'President Obama']],
    ['United States', 'place', ['US']],
    ['United Nations', 'organization', ['UN']],
    ['White House', 'organization', []],
    ['Office of Personnel Management', 'organization', []],
    ['Center for American Progress', 'organization', []],
    ['Council on Foreign Relations', 'organization', []],
    ['Department of Homeland Security', 'organization', []],
    ["People's Liberation Army", 'organization', []],
    ['Global Times', 'organization', []],
    ['New York Times', 'organization', []],
    ['Business Roundtable', 'organization', []],
    ['Sony Pictures Entertainment', 'organization', ['Sony']],
    ['Beijing', 'place', []],
    ['Washington', 'place', []],
    ['China', 'place', []],
    ['North Korea', 'place', []],
    ['Soviet Union', 'place', []],
    ['Sunnylands', 'place', []],
    ['Natanz', 'place', []],
  ])('%s is a %s with its short forms', (name, kind, aliases) => {
    const e = one(name);
    expect(e.name).toBe(name);
    expect(e.kind).toBe(kind);
    expect(e.aliases[0]).toBe(name);
    for (const a of aliases) expect(e.aliases).toContain(a);
    expect(e.id).toMatch(new RegExp(`^${kind}:[a-z0-9-]+$`));
  });

  it('merges F.B.I. and FBI into one organisation', () => {
    const e = one('F.B.I.');
    expect(e.aliases).toContain('FBI');
    expect(e.kind).toBe('organization');
    expect(e.id).toBe('organization:fbi');
  });

  it('merges "Chinese Communist Party" (wire) and "Communist Party" (NYT)', () => {
    expect(one('Communist Party')).toBe(one('Chinese Communist Party'));
  });

  it('finds Xi in the article that never gives his full name', () => {
    const xi = one('Xi Jinping');
    expect(xi.mentions.some((m) => m.source === seedId(SEED.crossroads))).toBe(true);
    expect(new Set(xi.mentions.map((m) => m.source)).size).toBe(5);
  });

  it.each([
    ['Susan E. Rice', /national security adviser/],
    ['Joseph S. Nye', /^a Harvard professor known for his studies of American power$/],
    ['Meng Jianzhu', /^a high-level .*Communist Party envoy .*responsible for state security$/],
    ['Wu Xinbo', /^director of the Center for American Studies at Fudan University$/],
    ['Sunnylands', /California estate/],
  ])("describes %s in a source's own words", (name, re) => {
    const d = one(name).description;
    expect(d?.text).toMatch(re);
    const src = seedSources().find((s) => s.source.id === d!.source)!;
    // An appositive and its relative clause are joined; each part is the source's words.
    for (const part of d!.text.split(/ (?=who )/)) expect(src.body).toContain(part);
  });

  it.each([
    'But',
    'Still',
    'Rather',
    'Moreover',
    'Last week',
    'President',
    'Leave a Reply',
    'Facebook',
    'Twitter',
    'Thursday',
    'September',
    'Chinese',
    'American',
    'Cold War',
    'Internet',
    'Cyberweapons',
    'Classified',
    'Sino-US',
  ])('has no entity "%s"', (alias) => {
    expect(byAlias(alias)).toEqual([]);
    expect(named.some((e) => e.name === alias)).toBe(false);
  });

  it("has only mentions whose offsets hold one of the entity's aliases", () => {
    const text = new Map(seedSources().flatMap((s) => s.sentences.map((x) => [x.id, x.text] as const)));
    for (const e of named) {
      // An outlet or author the bodies never name is known from its sources alone.
      if (!e.sources) expect(e.mentions.length, e.id).toBeGreaterThan(0);
      for (const m of e.mentions) {
        const t = text.get(m.sentence)!.slice(m.start, m.end);
        expect(e.aliases, `${e.id} at ${m.sentence}`).toContain(t);
      }
    }
  });

  it('gives unique ids', () => {
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
  });
});
