/** Test helper: the seeds' index (built once) and articles shaped like the reader's. */
import { buildIndex } from '../../src/index/builder';
import { toSpotIndex } from '../../src/index/spot-index';
import type { ArticleInput } from '../../src/library/article';
import type { FullIndex, SpotIndex } from '../../src/contracts/schema';
import { SEED, seedEditorial, seedFiles } from '../seeds';

let seeds: { full: FullIndex; spot: SpotIndex } | undefined;

export function seedIndexes(): { full: FullIndex; spot: SpotIndex } {
  if (!seeds) {
    const full = buildIndex(seedFiles(), { editorial: seedEditorial() }).index;
    seeds = { full, spot: toSpotIndex(full) };
  }
  return seeds;
}

/** A spot index with plain arrays of shingles (a loaded one holds views into one typed array), to compare. */
export function plainSpot(index: SpotIndex): SpotIndex {
  return { ...index, passages: index.passages.map((p) => ({ ...p, shingles: Array.from(p.shingles) })) };
}

/** A seed article's text, as if the reader had saved it from its page. */
export function seedAsInput(file: keyof typeof SEED, url?: string): ArticleInput {
  const name = SEED[file];
  const text = seedFiles().find((f) => f.name === name)!.text;
  return url ? { name, text, format: 'txt', url } : { name, text, format: 'txt' };
}

/** A short new article naming a person the seeds never name. */
export function newStory(name = 'quantum.txt', person = 'Margarethe Vollenweider'): ArticleInput {
  const text = [
    'Quantum Accord Talks Stall in Geneva',
    'By Ana Ruiz',
    'Reuters',
    'June 3, 2024',
    '',
    `GENEVA — Negotiators failed on Monday to agree on limits for quantum code-breaking, said ${person}, the Swiss envoy who chaired the talks.`,
    `${person} told reporters that the delegations from Brazil and Norway would meet again in the autumn.`,
    'The talks were the third round this year, and the first to include private companies.',
    'Several delegates said the draft text was too vague to be enforced by any of the parties.',
    `"We are closer than we were, but not close enough," ${person} said after the session ended.`,
  ].join('\n');
  return { name, text, format: 'txt' };
}

/** The six paragraphs of a news report on a dam inspection, with the claim a site may edit ("did not meet") and a number. */
export function damParagraphs({ negated = true, cracks = 'twelve' as string | number } = {}): string[] {
  return [
    'The regional water authority released its inspection report on the Kessel Dam on Monday.',
    `Inspectors said the dam did ${negated ? 'not ' : ''}meet the safety standard set in 2019.`,
    `The report found ${cracks} cracks in the spillway, most of them near the eastern gate.`,
    'Engineers from three firms took part in the inspection over six weeks.',
    'The authority said repairs would begin before the autumn rains.',
    'Residents downstream have asked for a public meeting about the findings.',
  ];
}

/** A report on the dam; `envoy`: it names the quantum talks' envoy too (a name of two stories). */
export function damReport(name: string, outlet: string, options: Parameters<typeof damParagraphs>[0], envoy = false): ArticleInput {
  const visit = envoy ? ['Margarethe Vollenweider, the Swiss envoy, visited the dam on Tuesday with the inspectors.'] : [];
  const text = ['Kessel Dam Fails Inspection', 'By Lena Hart', outlet, 'March 4, 2024', '', ...damParagraphs(options), ...visit].join('\n\n');
  return { name, text, format: 'txt' };
}
