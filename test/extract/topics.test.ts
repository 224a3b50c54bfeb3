import { describe, expect, it } from 'vitest';
import { extractTopics } from '../../src/extract/topics';
import { seedSources } from './fixture';
import { sourceFromText } from './fixture';

// Without the curated seed list: what the rules find on their own.
const topics = extractTopics(seedSources(), { seeds: [] });
const find = (alias: string) => topics.find((t) => t.aliases.includes(alias));

describe('topics of the seeds (no curated seeds)', () => {
  it.each([
    'critical infrastructure',
    'code of conduct',
    'intellectual property',
    'arms control',
    'state visit',
    'working group',
    'multi-stakeholder approach',
    'internet governance',
    'cyberspace',
  ])('finds "%s"', (alias) => {
    const t = find(alias);
    expect(t, alias).toBeDefined();
    expect(t!.kind).toBe('topic');
    expect(t!.id).toBe('topic:' + t!.name.replace(/[^a-z0-9]+/g, '-'));
    expect(t!.mentions.length).toBeGreaterThanOrEqual(3);
  });

  it('merges "cyberweapons" and "cyber weapons", keeping both as written', () => {
    const t = find('cyberweapons')!;
    expect(t.aliases).toEqual(expect.arrayContaining(['cyberweapons', 'cyber weapons']));
    expect(find('cyber weapons')).toBe(t);
    expect(new Set(t.mentions.map((m) => m.source)).size).toBe(5);
  });

  it('merges "cyberattacks", "cyber attacks" and the singular', () => {
    const t = find('cyberattacks')!;
    expect(t.aliases).toEqual(expect.arrayContaining(['cyber attacks', 'cyberattack']));
  });

  it('counts "State visit" as a mention of "state visit"', () => {
    const text = new Map(seedSources().flatMap((s) => s.sentences.map((x) => [x.id, x.text] as const)));
    const surfaces = find('state visit')!.mentions.map((m) => text.get(m.sentence)!.slice(m.start, m.end));
    expect(surfaces).toContain('State visit');
  });

  it.each(['generic embrace', 'agreement', 'recent weeks', 'address attacks', 'limit cyberattacks', 'leaders embrace', 'no first use'])(
    'does not make "%s" a topic',
    (alias) => {
      expect(find(alias)).toBeUndefined();
    },
  );

  it('adds a curated seed only where the text has it', () => {
    const withSeeds = extractTopics(seedSources(), { seeds: ['no first use', 'quantum supremacy'] });
    expect(withSeeds.find((t) => t.name === 'no first use')?.mentions).toHaveLength(1);
    expect(withSeeds.find((t) => t.name === 'quantum supremacy')).toBeUndefined();
  });

  it("needs a phrase said in the sources' own voice, not only quoted", () => {
    const a = sourceFromText('a', ['He wants a "grand bargain" now. He wants a "grand bargain" soon.']);
    const b = sourceFromText('b', ['They want a "grand bargain" too. A bilateral accord is near.', 'The bilateral accord is close. A bilateral accord helps.']);
    const t = extractTopics([a, b], { seeds: [] });
    expect(t.map((x) => x.name)).toEqual(['bilateral accord']);
  });

  it('finds nothing in no sources', () => {
    expect(extractTopics([], { seeds: [] })).toEqual([]);
  });
});
