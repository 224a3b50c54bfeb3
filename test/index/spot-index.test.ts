import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { INDEX_VERSION, type Entity, type FullIndex } from '../../src/contracts/schema';
import { aliasCase, isTooRisky, isWeakAlias, mergeSpotEntities, MIN_LONE_SENTENCE_WORDS, toSpotIndex } from '../../src/index/spot-index';
import { foldKey, keyWords, normalizeText } from '../../src/text/normalize';
import { sentenceShingles } from '../../src/text/shingles';
import { ALIGNMENT_UN_PRINCIPLE, ALIGNMENT_VISIT, fullIndex } from '../spot/fixtures';

const spot = toSpotIndex(fullIndex);
const aliasOf = (text: string) => {
  const found = spot.aliases.filter((a) => a.text === text);
  expect(found, text).toHaveLength(1);
  return { ...found[0], entityId: spot.entities[found[0].entity].id };
};

describe('toSpotIndex: aliases', () => {
  it.each([
    ['US', 'place:united-states', 'exact', false],
    ['U.S.', 'place:united-states', 'exact', false],
    ['United States', 'place:united-states', 'title', false],
    ['FBI', 'organization:fbi', 'exact', false],
    ['F.B.I.', 'organization:fbi', 'exact', false],
    ['UN', 'organization:united-nations', 'exact', false],
    ['OPM', 'organization:office-of-personnel-management', 'exact', false],
    ['Sony', 'organization:sony-pictures-entertainment', 'title', true],
    ['Susan E. Rice', 'person:susan-e-rice', 'title', false],
    ['Susan Rice', 'person:susan-e-rice', 'title', false],
    ['Ms. Rice', 'person:susan-e-rice', 'title', true],
    ['Rice', 'person:susan-e-rice', 'title', true],
    ['President Xi', 'person:xi-jinping', 'title', false],
    ['Mr. Xi', 'person:xi-jinping', 'title', true],
    ['Xi', 'person:xi-jinping', 'title', true],
    ['Kennedy', 'person:john-f-kennedy', 'title', true],
    ['Obama', 'person:barack-obama', 'title', false],
    ['cyber weapons', 'topic:cyberweapons', 'any', false],
    ['critical infrastructure', 'topic:critical-infrastructure', 'any', false],
  ] as const)('%s → %s, %s, weak %s', (text, entityId, rule, weak) => {
    const alias = aliasOf(text);
    expect(alias.entityId).toBe(entityId);
    expect(alias.case).toBe(rule);
    expect(alias.weak).toBe(weak);
  });

  it('keeps every alias normalised, unique per entity, pointing at a kept entity', () => {
    const seen = new Set<string>();
    for (const a of spot.aliases) {
      expect(a.text).toBe(normalizeText(a.text));
      expect(spot.entities[a.entity]).toBeDefined();
      const key = `${a.entity}\n${a.text}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
    expect(spot.version).toBe(INDEX_VERSION);
  });

  it('marks an alias two entities share as weak for both', () => {
    const index: FullIndex = {
      ...fullIndex,
      entities: [
        { id: 'person:a', kind: 'person', name: 'Kim Jong-un', aliases: ['Kim'], mentions: [] },
        { id: 'person:b', kind: 'person', name: 'Kim', aliases: ['Kim'], mentions: [] },
      ],
    };
    const aliases = toSpotIndex(index).aliases.filter((a) => a.text === 'Kim');
    expect(aliases).toHaveLength(2);
    expect(aliases.every((a) => a.weak)).toBe(true);
  });

  it('leaves out an entity with no usable alias and renumbers the rest', () => {
    const index: FullIndex = {
      ...fullIndex,
      entities: [{ id: 'person:x', kind: 'person', name: 'X', aliases: ['X', 'May'], mentions: [] }, fullIndex.entities[0]],
    };
    const out = toSpotIndex(index);
    expect(out.entities.map((e) => e.id)).toEqual([fullIndex.entities[0].id]);
    expect(out.aliases.every((a) => a.entity === 0)).toBe(true);
  });

  it('gives empty lists for an empty index', () => {
    const empty: FullIndex = { ...fullIndex, sentences: [], entities: [], quotes: [], alignments: [] };
    expect(toSpotIndex(empty)).toEqual({ version: INDEX_VERSION, entities: [], aliases: [], quotes: [], passages: [] });
  });
});

describe('alias rules', () => {
  it.each([
    ['US', 'place', 'exact'],
    ['F.B.I.', 'organization', 'exact'],
    ['AI', 'topic', 'exact'],
    ['Xi Jinping', 'person', 'title'],
    ['Office of Personnel Management', 'organization', 'title'],
    ['cyberweapons', 'topic', 'any'],
    ['I', 'person', 'title'],
  ] as const)('aliasCase(%j, %s) = %s', (alias, kind, expected) => {
    expect(aliasCase(alias, kind)).toBe(expected);
  });

  it.each([
    ['X', 'title', true],
    ['May', 'title', true],
    ['Will', 'title', true],
    ['US', 'exact', false],
    ['Xi', 'title', false],
    ['Wu', 'title', false],
  ] as const)('isTooRisky(%j, %s) = %s', (alias, rule, expected) => {
    expect(isTooRisky(alias, rule)).toBe(expected);
  });

  it.each([
    ['Apple', 'organization', 'Apple Inc.', true],
    ['Sony', 'organization', 'Sony Pictures Entertainment', true],
    ['Pentagon', 'organization', 'Pentagon', false],
    ['UN', 'organization', 'UN Security Council', false],
    ['Bush', 'person', 'Bush', true],
    ['Nye', 'person', 'Joseph S. Nye', true],
    ['Obama', 'person', 'Obama', false],
    ['President Xi', 'person', 'Xi Jinping', false],
    ['Dr. Nye', 'person', 'Joseph S. Nye', true],
    ['cyberweapons', 'topic', 'cyberweapons', false],
  ] as const)('isWeakAlias(%j of %s %j) = %s', (alias, kind, name, expected) => {
    expect(isWeakAlias(alias, { kind, name })).toBe(expected);
  });
});

describe('toSpotIndex: quotes', () => {
  it('keys each quotation of four words or more by foldKey, once per distinct key', () => {
    const keysOf = (id: string) => spot.quotes.filter((q) => q.id === id).map((q) => q.key);
    expect(keysOf('quote:2')).toEqual([foldKey(fullIndex.quotes[1].text)]);
    expect(keysOf('quote:3')).toEqual(['it could create some self-restraint']);
    expect(keysOf('quote:4')).toEqual([]); // "no first use": three words
  });
});

describe('toSpotIndex: passages', () => {
  const passage = (id: string) => spot.passages.find((p) => p.id === id)!;
  const textOf = (id: string) => fullIndex.sentences.find((s) => s.id === id)!.text;

  it('fingerprints each alignment with the union of its sentences, size = shortest', () => {
    for (const id of [ALIGNMENT_VISIT, ALIGNMENT_UN_PRINCIPLE]) {
      const alignment = fullIndex.alignments.find((a) => a.id === id)!;
      const each = alignment.sentences.map((s) => sentenceShingles(textOf(s)));
      const p = passage(id);
      expect(p.shingles).toEqual([...new Set(each.flat())].sort((a, b) => a - b));
      expect(p.size).toBe(Math.min(...each.map((s) => s.length)));
    }
  });

  it('adds lone sentences of eight words or more, and no aligned sentence', () => {
    const aligned = new Set(fullIndex.alignments.flatMap((a) => a.sentences));
    const expected = fullIndex.sentences.filter((s) => !aligned.has(s.id) && keyWords(s.text).length >= MIN_LONE_SENTENCE_WORDS).map((s) => s.id);
    expect(expected.length).toBeGreaterThan(5);
    expect(spot.passages.map((p) => p.id).filter((id) => !id.startsWith('align:'))).toEqual(expected);
  });

  it('keeps the shipped JSON small', () => {
    const json = JSON.stringify(spot);
    const gz = gzipSync(json).length;
    // Measured on this fixture of 20 sentences and 24 entities; see the report in the commit log.
    expect(gz).toBeLessThan(8 * 1024);
  });
});

describe('mergeSpotEntities: a new article folded into the spot index alone, as folding it into the full index and cutting again gives', () => {
  const entity = (id: string, kind: Entity['kind'], name: string, aliases: string[], more: Partial<Entity> = {}): Entity => ({
    id,
    kind,
    name,
    aliases,
    mentions: [],
    ...more,
  });
  const index = (entities: Entity[]): FullIndex => ({ ...EMPTY, entities });
  const EMPTY: FullIndex = {
    version: INDEX_VERSION,
    sources: [],
    sentences: [],
    entities: [],
    quotes: [],
    alignments: [],
    discrepancies: [],
    lineage: [],
    stories: [],
  };
  const KNOWN = [
    entity('person:margarethe-vollenweider', 'person', 'Margarethe Vollenweider', ['Margarethe Vollenweider']),
    entity('organization:fabrikam-labs', 'organization', 'Fabrikam Labs', ['Fabrikam Labs']),
    entity('place:kessel', 'place', 'Kessel', ['Kessel']),
    entity('organization:contoso-news', 'organization', 'Contoso News', ['Contoso News'], { sources: [{ role: 'outlet', source: 'src-a' }] }),
  ];
  // The reference: merge.ts's rule (a known id keeps its name, kind and sources and gains the aliases), then toSpotIndex.
  const folded = (known: Entity[], more: Entity[]): FullIndex => {
    const entities = known.map((e) => ({ ...e }));
    for (const e of more) {
      const i = entities.findIndex((k) => k.id === e.id);
      if (i < 0) entities.push(e);
      else entities[i] = { ...entities[i], aliases: [...new Set([...entities[i].aliases, ...e.aliases])] };
    }
    return index(entities);
  };
  const cases: [string, Entity[]][] = [
    ['a new person', [entity('person:ottoline-brackenridge', 'person', 'Ottoline Brackenridge', ['Ottoline Brackenridge', 'Brackenridge'])]],
    [
      'a known person gains a surname (weak) and a title (weak)',
      [entity('person:margarethe-vollenweider', 'person', 'Vollenweider', ['Vollenweider', 'Ms. Vollenweider'])],
    ],
    ['a known organisation gains a name that makes it generic', [entity('organization:fabrikam-labs', 'organization', 'Congress', ['Congress'])]],
    [
      'a new entity sharing an alias with a known one: both weak',
      [entity('organization:fabrikam-inc', 'organization', 'Fabrikam Labs', ['Fabrikam Labs', 'Fabrikam Inc'])],
    ],
    [
      'a known outlet keeps its flag; an alias too risky stays out',
      [entity('organization:contoso-news', 'organization', 'Contoso News', ['Contoso News', 'the'])],
    ],
    [
      'several at once, one twice',
      [
        entity('place:kessel', 'place', 'Kessel', ['Kessel', 'Kessel Valley']),
        entity('person:ottoline-brackenridge', 'person', 'Ottoline Brackenridge', ['Ottoline Brackenridge']),
        entity('person:ottoline-brackenridge', 'person', 'Brackenridge', ['Brackenridge', 'O. Brackenridge']),
      ],
    ],
  ];
  it.each(cases)('%s', (_, more) => {
    const before = toSpotIndex(index(KNOWN));
    const { entities, aliases } = mergeSpotEntities(before, more);
    const reference = toSpotIndex(folded(KNOWN, more));
    expect({ entities, aliases }).toEqual({ entities: reference.entities, aliases: reference.aliases });
  });

  it('the spot index given is left as it was', () => {
    const before = toSpotIndex(index(KNOWN));
    const copy = structuredClone(before);
    mergeSpotEntities(
      before,
      cases.flatMap(([, more]) => more),
    );
    expect(before).toEqual(copy);
  });
});
