/**
 * Readings that misfired on a real news stream, each with sentences of its
 * kind written for these tests: what must not be reported, and the real
 * change next to it that still must be.
 */
import { describe, expect, it } from 'vitest';
import { compareSources } from '../../src/compare/compare';
import { countsDisagree, countsOf } from '../../src/compare/number-readings';
import { isPreview } from '../../src/compare/discrepancies';
import { dayOfWeekday } from '../../src/compare/sentence-readings';
import { comparisonTokens } from '../../src/compare/tokens';
import { negatorAt } from '../../src/compare/word-classes';
import type { Discrepancy } from '../../src/contracts/schema';
import { OTHER_SUBJECTS, sources } from './sentence-sources';

/** Two versions of one article: the same sentences round the one compared (most of their words shared). */
function asVersions(a: string, b: string): Discrepancy[] {
  const filler = OTHER_SUBJECTS.slice(0, 3);
  return compareSources(sources([a, ...filler], [...filler.slice(0, 1), b, ...filler.slice(1)])).discrepancies;
}

/** Two independent reports: the compared sentences among sentences of their own. */
function asReports(a: string, b: string): Discrepancy[] {
  return compareSources(sources([a, OTHER_SUBJECTS[0], OTHER_SUBJECTS[1]], [OTHER_SUBJECTS[2], b, OTHER_SUBJECTS[3]])).discrepancies;
}

const kinds = (found: Discrepancy[]) => found.map((d) => `${d.kind}: ${d.variants.map((v) => v.changed).join(' / ')}`);

describe('negatorAt', () => {
  it.each([
    ["the world's No. 3 smartphone maker", 'no', false],
    ['charge the phones to no more than 60 percent', 'no', false],
    ['not more than 40 people may gather', 'not', false],
    ['reflects not only weak hiring but also weak investment', 'not', false],
    ['health officials have yet to find infected mosquitoes', 'yet', true],
    ['the yet unnamed suspect', 'yet', false],
    ['policymakers no longer expect two increases', 'no', true],
    ['the agency did not say why', 'not', true],
    ["the company won't comment", "won't", true],
  ])('"%s": %s denies → %s', (text, word, denies) => {
    const { keys } = comparisonTokens(text);
    expect(negatorAt(keys, keys.indexOf(word))).toBe(denies);
  });
});

describe('comparisonTokens reads a figure as one word', () => {
  it.each([
    ['a range of 0.25 to 0.50 percent', ['a', 'range', 'of', '0.25', 'to', '0.50', 'percent']],
    ['flew 6,765 km in 71 hours', ['flew', '6765', 'km', 'in', '71', 'hours']],
    ['votes 12, 13 and 14', ['votes', '12', '13', 'and', '14']],
  ])('%s', (text, keys) => {
    expect(comparisonTokens(text).keys).toEqual(keys);
  });
});

describe('countsOf: what a sentence counts', () => {
  const counts = (text: string) =>
    countsOf({ text, keys: comparisonTokens(text).keys, tokens: comparisonTokens(text) }).map((c) => `${c.value} ${c.thing}${c.rough ? ' (rough)' : ''}`);
  it.each([
    ['The Solar Impulse 2 plane landed in Seville after flying for 71 hours.', ['71 hour']],
    ['EgyptAir Flight 804 crashed into the sea with 66 people on board.', ['66 peopl']],
    ["The recall is a blow for the world's No. 3 smartphone maker, which sold 2.5 million phones.", ['2500000 phon']],
    ['The bomber killed 12 people, a week after a bombing in Quetta killed more than 70 lawyers.', ['12 peopl']],
    ['The company is recalling more than a million bottles of the drug.', ['1000000 bottl (rough)']],
    ['Hackers stole 22 million personnel files from the agency.', ['22000000 personnel']],
  ])('%s', (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });
});

describe('countsDisagree', () => {
  it.each([
    [
      'two exact counts that differ',
      [
        { value: 70, rough: false },
        { value: 63, rough: false },
      ],
      true,
    ],
    [
      'a rough count and a count inside it',
      [
        { value: 1e6, rough: true },
        { value: 1.2e6, rough: false },
      ],
      false,
    ],
    [
      'a rough count and a count far outside it',
      [
        { value: 1e6, rough: true },
        { value: 3e6, rough: false },
      ],
      true,
    ],
    [
      'one value',
      [
        { value: 5, rough: false },
        { value: 5, rough: true },
      ],
      false,
    ],
  ])('%s', (_what, list, disagree) => {
    expect(countsDisagree(list)).toBe(disagree);
  });
});

describe('dayOfWeekday: the calendar day a weekday names', () => {
  it.each([
    ['tuesday', '2016-02-18', false, '2016-02-16'],
    ['monday', '2016-08-08', false, '2016-08-08'],
    ['thursday', '2015-09-19', true, '2015-09-24'],
    ['saturday', '2016-02-07', true, '2016-02-13'],
    ['friday', undefined, false, undefined],
  ])('%s in a paper of %s (of the future: %s) is %s', (weekday, published, future, day) => {
    expect(dayOfWeekday(weekday, published, future)).toBe(day);
  });
});

describe('isPreview: what someone will say, not what they said', () => {
  it.each([
    ['The deputy director will testify on Tuesday that the bureau cannot unlock the phone.', true],
    ['The chief executive is expected to tell lawmakers that the price went up because of middlemen.', true],
    ['The deputy director told lawmakers on Tuesday that the bureau had tried everything.', false],
    ['The bank will cut 1,200 jobs by the end of the year.', false],
  ])('%s → %s', (text, preview) => {
    expect(isPreview(comparisonTokens(text).keys)).toBe(preview);
  });
});

describe('no misfire between versions of one article', () => {
  it.each([
    [
      '"No." before a number is a rank',
      "The recall is a blow for the world's No. 3 smartphone maker, which launched the phone in August.",
      "The recall is a setback for the world's No. 3 smartphone maker, which launched the phone in August.",
    ],
    [
      'a negation on both sides, worded apart',
      'The agency said it had received 14 complaints of airbags not deploying, including six crashes in which people were hurt.',
      'The agency says it has 14 complaints, including six crashes in which people were hurt.',
    ],
    [
      'a number inside a name',
      'The Solar Impulse 2 plane landed in Seville on Thursday after a flight of 71 hours across the Atlantic.',
      'The Solar Impulse plane landed in Seville on Thursday after a flight of 71 hours across the Atlantic.',
    ],
    [
      'one figure written two ways',
      'The central bank held its benchmark rate in a range of 0.25 to 0.50 percent on Wednesday.',
      'The central bank held its benchmark rate in a range of 0.25 to 0.5 percent on Wednesday.',
    ],
    [
      'the day the police spoke against the day of the theft',
      'Armed thieves stole nine paintings from the city museum on Sunday evening, police said on Monday.',
      'Armed thieves stole nine paintings from the city museum on Sunday evening, police said.',
    ],
    [
      'a quotation closed before the full stop',
      'State television called the launch of the weather satellite a "complete success".',
      'State television called the launch of the weather satellite a "complete success" on Sunday.',
    ],
  ])('%s', (_what, a, b) => {
    expect(kinds(asVersions(a, b))).toEqual([]);
  });
});

describe('no misfire between independent reports', () => {
  it.each([
    [
      '"no more than" is a bound, as "not … above" is',
      'Until the phones are replaced, customers should charge them to no more than 60 percent, the company said.',
      'The company advised owners not to charge the phones above 60 percent until they are replaced.',
    ],
    [
      '"yet to" denies as "not" does',
      'State health officials have yet to find mosquitoes carrying the virus in the Miami area.',
      'Health workers have not found any mosquitoes carrying the virus in the Miami area.',
    ],
    [
      '"not only" is emphasis',
      'The decision reflects not only weak hiring in May but also a slowdown in business investment, the chair said.',
      'The chair said the decision reflects weak hiring in May and a slowdown in business investment.',
    ],
    [
      '"early on Thursday" and "early Thursday"',
      'The airliner crashed into the sea early on Thursday with 66 people on board, officials said.',
      'The airliner plunged into the sea early Thursday with 66 people aboard, officials said.',
    ],
    [
      'a post in lower case and in capitals',
      "Iran's oil minister, Bijan Zanganeh, said the group would cut output to 32.5 million barrels a day.",
      'The group would cut output to 32.5 million barrels a day, Iranian Oil Minister Bijan Zanganeh said.',
    ],
    [
      'a preview against the testimony',
      'The deputy director will testify on Tuesday that the bureau cannot unlock the phone without the company.',
      "The deputy director told lawmakers on Tuesday that the bureau had tried every way to unlock the phone without the company's help.",
    ],
    [
      "a later article's shortened background",
      'Quetta, the capital of resource-rich Baluchistan province, has long been hit by violence from Islamist militants, sectarian groups and separatists fighting for autonomy.',
      'Quetta, the capital of Baluchistan province, has long been hit by militant violence, sectarian groups and separatists.',
    ],
    [
      'a rough count and a precise one',
      'The company is recalling more than a million bottles of its blood pressure drug after tests.',
      'The company is recalling about 1.2 million bottles of its blood pressure drug after tests.',
    ],
  ])('%s', (_what, a, b) => {
    expect(kinds(asReports(a, b))).toEqual([]);
  });
});

describe('the real changes next to them are still found', () => {
  it.each([
    [
      'a negation dropped in a copy',
      'The agency said it had not received any reports of patients being harmed by the tablets.',
      'The agency said it had received reports of patients being harmed by the tablets.',
      'negation',
    ],
    [
      'a count changed in a copy',
      'Two policemen died in the blast, and at least 40 people were wounded, he said.',
      'Two policemen died in the blast, and at least 14 people were wounded, he said.',
      'number',
    ],
    [
      'a day changed in a copy',
      'North Korea launched a long-range rocket on Sunday carrying what it said was a satellite.',
      'North Korea launched a long-range rocket on Saturday carrying what it said was a satellite.',
      'date',
    ],
    [
      'an ordinal changed in a copy',
      'Andy Murray won his second Wimbledon title on Sunday, beating Milos Raonic in straight sets.',
      'Andy Murray won his third Wimbledon title on Sunday, beating Milos Raonic in straight sets.',
      'number',
    ],
    [
      'a compound led by a figure changed in a copy',
      'The 15-member council adopted the resolution drafted by the two powers on Wednesday.',
      'The 14-member council adopted the resolution drafted by the two powers on Wednesday.',
      'number',
    ],
    [
      "a judge's court changed in a copy",
      'The provisions target black voters, U.S. Circuit Judge Diana Motz wrote for the three-judge panel.',
      'The provisions target black voters, U.S. District Judge Diana Motz wrote for the three-judge panel.',
      'role',
    ],
  ])('%s', (_what, a, b, kind) => {
    const found = asVersions(a, b);
    expect(found.map((d) => d.kind)).toContain(kind);
    expect(found.find((d) => d.kind === kind)!.relation).toBe('versions');
    expect(found.find((d) => d.kind === kind)!.confidence).toBeGreaterThanOrEqual(0.5);
  });
});
