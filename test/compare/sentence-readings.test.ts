import { describe, expect, it } from 'vitest';
import { compareSources } from '../../src/compare/compare';
import { OTHER_SUBJECTS, sources } from './sentence-sources';
import type { DiscrepancyKind } from '../../src/contracts/schema';

const FILLER = OTHER_SUBJECTS.slice(0, 3);

/** The discrepancies of `kind` between two versions of one statement, as each version's changed words. */
function changes(kind: DiscrepancyKind, a: string, b: string): string[][] {
  const found = compareSources(sources([a, ...FILLER], [...FILLER.slice(0, 1), b, ...FILLER.slice(1)])).discrepancies;
  return found.filter((d) => d.kind === kind).map((d) => d.variants.map((v) => v.changed));
}

describe('readings that hold across paraphrase', () => {
  it.each([
    [
      'negation',
      'The regulator said the new rules will not apply to small banks in the eastern provinces this year.',
      'According to the regulator, the new rules apply to small banks in the eastern provinces from this year.',
      [['not', '']],
    ],
    [
      'negation',
      'Investigators have focused on the stolen passwords of the hospital staff in Leeds.',
      'The Leeds investigation does not focus on stolen passwords of hospital staff, police said.',
      [['have focused', 'not focus']],
    ],
    [
      'negation',
      'The first draft may not contain a detailed mention of a ban on facial recognition in schools.',
      'The first draft would set a general principle for schools rather than a detailed ban on facial recognition.',
      [],
    ],
    [
      'modal',
      'A ministry official said the final treaty may not contain an explicit ban on mining in the Arctic.',
      'Another source at the ministry said the final treaty will not likely include an explicit ban on Arctic mining.',
      [['may', 'will']],
    ],
    [
      'modal',
      'A senior official cautioned that the initial statement on grid security may not contain a specific mention of a ban on attacking power grids.',
      'Another source told the newspaper that the initial grid security accord will not likely include an explicit prohibition on attacks against power grids.',
      [['may not contain', 'will not likely include']],
    ],
    [
      'date',
      'The ministry hopes to sign the grid security pact when the Brazilian president arrives in Oslo for talks.',
      'Officials said the ministry wants the grid security pact signed before the Brazilian president visits Oslo for talks.',
      [['when the Brazilian president arrives', 'before the Brazilian president visits']],
    ],
    [
      'date',
      'The ministry hopes to sign the grid security pact before the Brazilian president arrives in Oslo for talks.',
      'Officials said the ministry wants the grid security pact signed ahead of the Brazilian president visiting Oslo.',
      [],
    ],
    [
      'date',
      'The ministry hopes to sign the grid security pact when the Brazilian president arrives in Oslo for talks.',
      'Officials said the ministry wants the grid security pact signed during the visit of the Brazilian president.',
      [['when the Brazilian president arrives', 'during the visit of the']],
    ],
    [
      'number',
      'The breach exposed 22 million personnel files held by the Office of Personnel Management in Washington.',
      'Hackers stole some 21.5 million personnel files from the Office of Personnel Management in Washington, officials said.',
      [['22 million', '21.5 million']],
    ],
    [
      'number',
      'Prosecutors charged five officers of the army unit with hacking the steel companies in Pittsburgh.',
      'Six army officers were charged by prosecutors for hacking steel companies in Pittsburgh.',
      [['five', 'Six']],
    ],
    [
      'number',
      'Prosecutors charged five officers of the army unit with hacking the steel companies in Pittsburgh in 2014.',
      'In 2014 five army officers were charged by prosecutors for hacking steel companies in Pittsburgh.',
      [],
    ],
    [
      'omission',
      'While the new law could fine companies that hide data breaches from regulators, it would not, in its first version, cover breaches at hospitals or schools run by local councils.',
      'The new law would fine companies that hide data breaches from regulators, the minister said on Tuesday.',
      [['it would not, in its first version, cover breaches at hospitals or schools run by local councils', '']],
    ],
    [
      'omission',
      'While the new law could fine companies that hide data breaches from regulators, it would not, in its first version, cover breaches at hospitals or schools run by local councils.',
      'Although the law can fine firms hiding data breaches from regulators, it does not cover breaches at hospitals or council schools in its first version.',
      [],
    ],
    [
      'omission',
      'While the new law could fine companies that hide data breaches from regulators, it would not, in its first version, cover breaches at hospitals or schools run by local councils.',
      'Breaches at hospitals and schools run by local councils fall outside the first version of the law that fines companies.',
      [],
    ],
  ])('%s: "%s" against "%s"', (kind, a, b, expected) => {
    expect(changes(kind as DiscrepancyKind, a, b)).toEqual(expected);
  });
});
