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
    [
      'The talks included Department of Homeland Security Undersecretary Suzanne Spaulding.',
      'Suzanne Spaulding',
      'Undersecretary, Department of Homeland Security',
    ],
    ['He met the Minister of Public Security Guo Shengkun on Friday.', 'Guo Shengkun', 'Minister of Public Security'],
    ['But Ohio Republican Rob Portman voted no.', 'Rob Portman', 'Republican, Ohio'],
    ['Tunisian Prime Minister Habib Essid said so.', 'Habib Essid', 'Tunisian Prime Minister'],
    ['Mr Obama lands in Kenya later on Friday.', 'Obama', 'Mr'],
  ])('%s', (sentence, name, role) => {
    expect(names(sentence)).toContain(name);
    expect(roleOf(sentence, name)).toBe(role);
    expect(names(sentence).some((n) => n !== name && n.includes(name))).toBe(false);
  });

  it.each([
    ['The Justice Department filed the suit.', 'Justice Department'],
    ['Senator Rob Bishop objected.', 'Rob Bishop'],
    ['Department of the Prime Minister and Cabinet.', 'Department of the Prime Minister and Cabinet'],
    ['He is at the Committee for a Responsible Federal Budget.', 'Committee for a Responsible Federal Budget'],
    ["She works at the Murdoch Children's Research Institute in Melbourne.", "Murdoch Children's Research Institute"],
    ['He sat on the Seattle-based International Pacific Halibut Commission.', 'International Pacific Halibut Commission'],
    ['My favorite is when Building Twenty points it out.', 'Building Twenty'],
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
    ['^ Wilmshurst, J. M.; Hunt, T. L.; Lipo, C. P. (2010).', 'C. P.'],
    ['^ Brailsford, Barry J. (1972).', 'Barry J.'],
    ['[Video call from Twenty-seven Hundred and Sixty-third General Evul]', 'Twenty-seven Hundred'],
    ["'Anyone who wants to work for them is a fool.", 'Anyone'],
    ['Ah Bartleby! Ah humanity!', 'Ah Bartleby'],
    ['Programs like this can run in WASI-supporting runtimes.', 'WASI-supporting'],
    ['Kroger-owned stores closed.', 'Kroger-owned'],
    ['Uncheck an engine in Search Preferences.', 'Search Preferences'],
    ['In an office, Office workers met.', 'Office'],
    ['The cast spoke to Vice-president elect Mike Pence.', 'Vice-president'],
    ['fetch(url, { method: "POST" }) posts it to the Post.', 'Post'],
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
    ['Heise Online adds that the conflict seemed to be about money.', 'Heise Online', 'organization'],
    ['The project was created in 1998 by members of Netscape.', 'Netscape', 'organization'],
    ['Sudan has said it will improve access for aid groups.', 'Sudan', 'place'],
    ['The cyberattacks on the enrichment site at Natanz worked.', 'Natanz', 'place'],
    ['She flew to Ketchikan on Monday.', 'Ketchikan', 'place'],
    ['Gunmen opened fire in Tunis on Wednesday.', 'Tunis', 'place'],
    ['It is a directorial debut from William Oldroyd.', 'William Oldroyd', 'person'],
    ['The film premiered in William Oldroyd country.', 'William Oldroyd', 'person'],
  ])('%s: %s is an %s', (sentence, name, kind) => {
    expect(kindOf(sentence, name)).toBe(kind);
  });

  it.each([
    ["Yahoo's $4.8 billion sale to Verizon is complicated.", 'Verizon'],
    ['The key words are interpreted as described in RFC 2119.', 'RFC'],
    ['Those key words are used in RFCs everywhere.', 'RFCs'],
    ['The discovery protocol is defined in WebFinger.', 'WebFinger'],
    ['The argument tells the V8 engine to collect data.', 'V8'],
    ['The figures are in the Human Development Report.', 'Human Development Report'],
    ['She studied it in Remain Co. for a year.', 'Remain Co.'],
    ["They are under house arrest at Mugabe's compound.", 'Mugabe'],
    ['A total of 2 million people get sick, according to Coresight Research.', 'Coresight Research'],
    ['It is licensed under the GNU General Public License.', 'General Public License'],
    ['As Nick of Arachnid Labs says, the chip is dying for it.', 'Arachnid Labs'],
    ['These are Alternatives to Amalgamation in Australian Local Government.', 'Australian Local Government'],
  ])('%s: %s is no place', (sentence, name) => {
    expect(names(sentence)).toContain(name);
    expect(kindOf(sentence, name)).not.toBe('place');
  });

  it.each([
    ['Specifically, the FSF asked that all communication come from officers.', 'FSF'],
    ['Heise Online adds that the conflict seemed to be about money.', 'Heise Online'],
  ])('%s: %s speaks, but is no person', (sentence, name) => {
    expect(names(sentence)).toContain(name);
    expect(kindOf(sentence, name)).not.toBe('person');
  });
});

describe('outlets and authors of a source', () => {
  it.each([
    ['By David E. Sanger', ['David E. Sanger']],
    ['Par Sébastien Farcis', ['Sébastien Farcis']],
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
    ['SIMPLYFOUND.COM | BY: JOE WEE', ['SIMPLYFOUND.COM']],
    ['a.html', []],
  ])('outlet %s', (outlet, expected) => {
    expect(outletNames({ outlet, file: 'a.html' }).map((o) => o.name)).toEqual(expected);
  });
});
