/**
 * Names in sentences as real news pages write them: titles, party labels,
 * page furniture and group words must not become (or stick to) names.
 */
import { describe, expect, it } from 'vitest';
import { properNounSpans } from '../../src/extract/proper-noun-spans';
import { authorNames, outletNames } from '../../src/extract/source-entities';
import { spanEvidence, bestKind } from '../../src/extract/span-evidence';

const names = (sentence: string) => properNounSpans(sentence).spans.map((s) => s.text);
const roleOf = (sentence: string, name: string) => properNounSpans(sentence).spans.find((s) => s.text === name)?.role;

describe('titles kept apart from names', () => {
  it.each([
    ['The call came from President-elect Donald Trump late on Monday.', 'Donald Trump', 'President-elect'],
    ['The board heard Commissioner Julia Levin argue the case.', 'Julia Levin', 'Commissioner'],
    ['Markets rose after Fed Vice Chair Lael Brainard spoke.', 'Lael Brainard', 'Vice Chair, Fed'],
    ['The opinion by Justice Brett M. Kavanaugh was short.', 'Brett M. Kavanaugh', 'Justice'],
    ['He cited former Federal Reserve Chair Ben Bernanke twice.', 'Ben Bernanke', 'Chair, Federal Reserve'],
    ['The talks included Department of Homeland Security Undersecretary Suzanne Spaulding.', 'Suzanne Spaulding', 'Undersecretary, Department of Homeland Security'],
    ['He met the Minister of Public Security Guo Shengkun on Friday.', 'Guo Shengkun', 'Minister of Public Security'],
    ['But Ohio Republican Rob Portman voted no.', 'Rob Portman', 'Republican, Ohio'],
  ])('%s', (sentence, name, role) => {
    expect(names(sentence)).toContain(name);
    expect(roleOf(sentence, name)).toBe(role);
    expect(names(sentence).some((n) => n !== name && n.includes(name))).toBe(false);
  });

  it.each([
    ['The Justice Department filed the suit.', 'Justice Department'],
    ['Senator Rob Bishop objected.', 'Rob Bishop'],
  ])('%s keeps %s whole', (sentence, name) => {
    expect(names(sentence)).toContain(name);
  });
});

describe('party labels, fragments and page furniture are not names', () => {
  it.each([
    ['The Nevada Democrat said she would vote no.', 'Nevada Democrat'],
    ['Voters told the Ohio Republican to go home.', 'Ohio Republican'],
    ['Tap the Section to open it.', 'Section'],
    ['The U.S shares fell.', 'S'],
    ['Shares of Acme rose while Inc. fell.', 'Inc.'],
    ["Hello, I'm Alex Burns, and this is the show.", "I'm Alex Burns"],
    ['RetirementMoney MovesCalculatorsFinance Center', 'RetirementMoney MovesCalculatorsFinance Center'],
    ['Many Western officials doubt it.', 'Western'],
    ['Protestant voters turned out.', 'Protestant'],
    ['After the Midterms the House changed hands.', 'Midterms'],
  ])('%s has no name "%s"', (sentence, junk) => {
    expect(names(sentence)).not.toContain(junk);
  });
});

describe('kinds of names the text gives no cue for', () => {
  const kindOf = (sentence: string, name: string) => {
    const { tokens, spans } = properNounSpans(sentence);
    const span = spans.find((s) => s.text === name)!;
    return bestKind(spanEvidence(sentence, tokens, span));
  };
  it.each([
    ['The data came from NASA last year.', 'NASA', 'organization'],
    ['It aired on NBC and on CBS that night.', 'NBC', 'organization'],
    ['It aired on NBC and on CBS that night.', 'CBS', 'organization'],
    ['Oil prices rose after OPEC met.', 'OPEC', 'organization'],
    ['The review ran at Ars Technica on Monday.', 'Ars Technica', 'organization'],
  ])('%s: %s is an %s', (sentence, name, kind) => {
    expect(kindOf(sentence, name)).toBe(kind);
  });
});

describe('outlets and authors of a source', () => {
  it.each([
    ['By David E. Sanger', ['David E. Sanger']],
    ['Eleanor Ainge Roy and Adrian Malloch (photography)', ['Eleanor Ainge Roy', 'Adrian Malloch']],
    ['Bradley M. Kuhn (http://ebb.org/bkuhn/)', ['Bradley M. Kuhn']],
    ['Meta name author', []],
    ['FAIL', []],
  ])('byline %s', (byline, expected) => {
    expect(authorNames({ byline })).toEqual(expected);
  });

  it.each([
    ['Philippine News Agency (PTI wire)', ['Philippine News Agency', 'Press Trust of India']],
    ['PNA/PTI', ['Philippine News Agency', 'Press Trust of India']],
    ['Critical Infrastructure Alliance (blog repost)', ['Critical Infrastructure Alliance']],
    ['a.html', []],
  ])('outlet %s', (outlet, expected) => {
    expect(outletNames({ outlet, file: 'a.html' }).map((o) => o.name)).toEqual(expected);
  });
});
