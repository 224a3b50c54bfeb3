/**
 * A card's disagreements are about the item hovered: a table of written
 * sentences for the words that are about a name, then the seeds' cards.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { entityCard, passageCard, quoteCard } from '../../src/background/cards';
import { IndexLookup } from '../../src/background/index-lookup';
import { entityScope, isAboutEntity } from '../../src/background/item-scope';
import type { Span } from '../../src/contracts/cards';
import { buildIndexFromFolder } from '../../src/node/folder';
import { SEEDS_DIR } from '../seeds';

/** The span of the `n`th occurrence of `words` in `text`. */
function at(text: string, words: string, n = 0): Span {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(words, i + 1);
  if (i < 0) throw new Error(`"${words}" not in "${text}"`);
  return [i, i + words.length];
}

// [sentence, the name, other names, changed words, about the name?]
const CASES: [string, string, string[], string, boolean][] = [
  // The seeds' Rice/Meng sentence: the envoy's title is Meng's, not Rice's.
  [
    'Last week, a high-level Communist Party envoy, Meng Jianzhu, who is responsible for state security, came to Washington and met with Ms. Rice, several American intelligence officials and the director of the F.B.I., James B. Comey.',
    'Rice',
    ['Meng Jianzhu', 'Communist Party', 'Washington', 'F.B.I.', 'James B. Comey'],
    'Communist Party envoy',
    false,
  ],
  [
    'Last week, a high-level Communist Party envoy, Meng Jianzhu, who is responsible for state security, came to Washington and met with Ms. Rice, several American intelligence officials and the director of the F.B.I., James B. Comey.',
    'Meng Jianzhu',
    ['Rice', 'Communist Party', 'Washington', 'F.B.I.', 'James B. Comey'],
    'Communist Party envoy',
    true,
  ],
  [
    'Last week, a high-level Communist Party envoy, Meng Jianzhu, who is responsible for state security, came to Washington and met with Ms. Rice, several American intelligence officials and the director of the F.B.I., James B. Comey.',
    'Meng Jianzhu',
    ['Rice', 'Communist Party', 'Washington', 'F.B.I.', 'James B. Comey'],
    'state security',
    true,
  ],
  // What the envoy did to Rice is the clause she is the object of.
  [
    'Last week, a high-level Communist Party envoy, Meng Jianzhu, who is responsible for state security, came to Washington and met with Ms. Rice, several American intelligence officials and the director of the F.B.I., James B. Comey.',
    'Rice',
    ['Meng Jianzhu', 'Communist Party', 'Washington', 'F.B.I.', 'James B. Comey'],
    'met with',
    true,
  ],
  [
    'Last week, a high-level Communist Party envoy, Meng Jianzhu, who is responsible for state security, came to Washington and met with Ms. Rice, several American intelligence officials and the director of the F.B.I., James B. Comey.',
    'Rice',
    ['Meng Jianzhu', 'Communist Party', 'Washington', 'F.B.I.', 'James B. Comey'],
    'state security',
    false,
  ],
  // Her own title before her name.
  ["Meng met with Obama's national security adviser Susan Rice and others.", 'Susan Rice', ['Meng', 'Obama'], 'national security adviser', true],
  // The day a man arrives is in the clause he is the subject of.
  [
    'The negotiations have been conducted with urgency, with a goal to announce an agreement when President Xi Jinping of China arrives in Washington for a state visit on Thursday.',
    'Xi Jinping',
    ['China', 'Washington'],
    'Thursday',
    true,
  ],
  // Who reported it is not about the people reported on.
  [
    'The United States and China are negotiating an accord, embracing a commitment by each country, according to officials involved in the talks.',
    'United States',
    ['China'],
    'according to officials involved in the talks',
    false,
  ],
  ['The United States and China are negotiating what could become the first accord for cyberspace.', 'United States', ['China'], 'could become', true],
  // Written cases, not from the seeds.
  [
    'Jane Doe, the agency’s chief information officer, resigned on Monday after the breach, a spokesman said.',
    'Jane Doe',
    [],
    'chief information officer',
    true,
  ],
  ['Jane Doe, the agency’s chief information officer, resigned on Monday after the breach, a spokesman said.', 'Jane Doe', [], 'a spokesman said', false],
  [
    'The minister, Ana Silva, praised the new law, while the opposition leader, Rui Costa, called it a disaster.',
    'Ana Silva',
    ['Rui Costa'],
    'called it a disaster',
    false,
  ],
  [
    'The minister, Ana Silva, praised the new law, while the opposition leader, Rui Costa, called it a disaster.',
    'Rui Costa',
    ['Ana Silva'],
    'opposition leader',
    true,
  ],
  ['The minister, Ana Silva, praised the new law, while the opposition leader, Rui Costa, called it a disaster.', 'Ana Silva', ['Rui Costa'], 'praised', true],
  ['Microsoft said that hackers linked to Russia had stolen emails from senior executives in January.', 'Russia', ['Microsoft'], 'in January', true],
  [
    'Hackers linked to Russia stole emails from Microsoft in January, the company said on Friday.',
    'Russia',
    ['Microsoft'],
    'the company said on Friday',
    false,
  ],
  ['The deal was reached in March, a media report said ahead of Chinese President Xi Jinping’s visit.', 'Xi Jinping', [], 'in March', false],
];

describe('isAboutEntity: which changed words are about a name', () => {
  it.each(CASES)('%s | %s, others %j, changed "%s" → %s', (text, name, others, changed, expected) => {
    const scope = entityScope(
      text,
      [at(text, name)],
      others.map((o) => at(text, o)),
    );
    expect(isAboutEntity(scope, at(text, changed))).toBe(expected);
  });
});

describe('cards of the seeds', () => {
  let lookup: IndexLookup;
  beforeAll(() => {
    lookup = new IndexLookup(buildIndexFromFolder(SEEDS_DIR).index);
  });

  const labels = (card: { disagreements: { label: string; summary: string }[] }) => card.disagreements.map((d) => `${d.label}: ${d.summary}`);

  it('Susan E. Rice: no change about Meng Jianzhu, and the others counted', () => {
    const card = entityCard(lookup, 'person:susan-e-rice')!;
    expect(labels(card).join('\n')).not.toMatch(/envoy|Meng/);
    expect(card.otherChanges).toBeGreaterThan(0);
  });

  it.each([
    ['person:meng-jianzhu', /role changed.*envoy/],
    ['person:xi-jinping', /day changed.*Tuesday in People's Daily/],
    ['person:xi-jinping', /timing changed/],
  ])('%s shows %s', (id, expected) => {
    expect(labels(entityCard(lookup, id)!).join('\n')).toMatch(expected);
  });

  it.each([
    ['person:xi-jinping', /envoy|negation|accord/],
    ['person:barack-obama', /envoy/],
  ])('%s does not show %s', (id, unexpected) => {
    expect(labels(entityCard(lookup, id)!).join('\n')).not.toMatch(unexpected);
  });

  it('every change of the sentences naming a name is shown or counted', () => {
    for (const id of ['person:susan-e-rice', 'person:xi-jinping', 'person:meng-jianzhu', 'organization:new-york-times']) {
      const entity = lookup.entities.get(id)!;
      const card = entityCard(lookup, id)!;
      expect(card.disagreements.length + card.otherChanges).toBe(lookup.discrepanciesFor(entity.mentions.map((m) => m.sentence)).length);
    }
  });

  it('a quotation shows the changes to its own words, not those beside it', () => {
    const biggest = lookup.index.quotes.find((q) => q.text.includes('probably be one of the biggest topics'))!;
    const card = quoteCard(lookup, biggest.id)!;
    expect(labels(card).join('\n')).not.toMatch(/Wednesday/);
    expect(card.otherChanges).toBeGreaterThan(0);
    const detailed = lookup.index.quotes.find((q) => q.text === 'a specific, detailed mention')!;
    expect(labels(quoteCard(lookup, detailed.id)!).join('\n')).toMatch(/quote paraphrased.*a specific, detailed mention/);
  });

  it('a passage shows the changes inside the page’s sentence', () => {
    const date = lookup.index.discrepancies.find((d) => d.kind === 'date')!;
    const pageText =
      'The negotiations have been conducted with urgency in recent weeks, with a goal to announce an agreement when President Xi Jinping of China arrives in Washington for a state visit on Thursday.';
    const card = passageCard(lookup, date.alignment, pageText)!;
    expect(card.disagreements.map((d) => d.label)).toContain('day changed');
    const first = lookup.index.discrepancies.find((d) => d.kind === 'negation')!;
    const part = 'The United States and China are negotiating what could become the first arms control accord for cyberspace';
    const partCard = passageCard(lookup, first.alignment, part)!;
    expect(partCard.disagreements.map((d) => d.label)).toContain('certainty changed');
    expect(partCard.disagreements.map((d) => d.label)).not.toContain('clause left out');
    expect(partCard.otherChanges).toBeGreaterThan(0);
  });
});
