/**
 * Names as news articles of every kind write them (politics, business, sport,
 * science, courts): whole names, titles apart, and the kind the sentence says.
 */
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract';
import { properNounSpans } from '../../src/extract/proper-noun-spans';
import { bestKind, spanEvidence } from '../../src/extract/span-evidence';
import { authorNames, outletNames } from '../../src/extract/source-entities';
import { sourceFromText } from './fixture';

const names = (sentence: string) => properNounSpans(sentence).spans.map((s) => s.text);
const kindOf = (sentence: string, name: string, bare = false) => {
  const { tokens, spans } = properNounSpans(sentence);
  const span = spans.find((s) => s.text === name);
  if (!span) throw new Error(`no span "${name}" in: ${sentence}`);
  return bestKind(spanEvidence(sentence, tokens, span, { bare }));
};

describe('names kept whole, titles and furniture apart', () => {
  it.each([
    [
      'The Department of Homeland Security Secretary, Alejandro Mayorkas, faces a trial.',
      'Department of Homeland Security',
      'Department of Homeland Security Secretary',
    ],
    ['The Executive Office of the President said so.', 'Executive Office of the President', 'Executive Office of the'],
    ['U.S. District Judge Robert Pitman wrote the order.', 'Robert Pitman', 'District'],
    [
      'It was a victory for the Computer & Communications Industry Association.',
      'Computer & Communications Industry Association',
      'Communications Industry Association',
    ],
    ['Ripple Labs must pay a penalty to the Securities and Exchange Commission.', 'Securities and Exchange Commission', 'Exchange Commission'],
    ['He filed with the U.S. Patent and Trademark Office in May.', 'Patent and Trademark Office', 'Trademark Office'],
    ['Haley was interviewed by USA Today on Monday.', 'USA Today', 'USA'],
    ['"What has the New York Times R&D lab been up to?"', 'New York Times', 'New York Times R'],
    ['The study is published in the New England Journal of Medicine today.', 'New England Journal of Medicine', 'New England Journal'],
    ['It met the Ministry of Business, Innovation and Employment on Monday.', 'Ministry of Business, Innovation and Employment', 'Ministry of Business'],
    [
      'It was presented at the American Academy of Allergy, Asthma and Immunology in Houston.',
      'American Academy of Allergy, Asthma and Immunology',
      'American Academy of Allergy',
    ],
    ['ABDO Publishing Company. p. 12.', 'ABDO Publishing Company', 'Publishing Company'],
    ['"It was seen as rote," said Mar Hicks, a historian.', 'Mar Hicks', 'Hicks'],
    ['Thanks to Jan Wildeboer and Jun Wang.', 'Jan Wildeboer', 'Wildeboer'],
    ['The whales beached on Ninety Mile Beach last week.', 'Ninety Mile Beach', 'Mile Beach'],
    [
      'said Tasos Georgelis of the Department of Environmental Protection.CreditAngel Franco',
      'Department of Environmental Protection',
      'Department of Environmental',
    ],
  ])('%s', (sentence, whole, fragment) => {
    expect(names(sentence)).toContain(whole);
    expect(names(sentence)).not.toContain(fragment);
  });

  it.each([
    ['It runs on Node.js and nothing else.', 'Node'],
    ['This article was reprinted on Wired.com today.', 'Wired'],
    ['Jim & Andy : the Great Beyond is on Netflix.', 'Jim & Andy'],
    ['"Know your risk," says Eric Biondi, MD, who runs a program.', 'MD'],
    ['The attack was condemned by Tunisian Islamists on Thursday.', 'Tunisian Islamists'],
    ['Later the Islamists who won said so.', 'Islamists'],
    ['He met the FSF and Conservancy staff.', 'FSF and Conservancy'],
    ['^ Murray-McIntosh, Rosalind P.; Hatfield, Peter J.; Penny, David (1998).', 'Peter'],
  ])('%s has no name "%s"', (sentence, junk) => {
    expect(names(sentence)).not.toContain(junk);
  });

  it.each([
    ['Apple and the Federal Trade Commission disagree.', 'Apple'],
    ['She flew American Airlines to Dallas.', 'American Airlines'],
    ['He studied at the University of Arizona, Stanford and Yale.', 'Stanford'],
    ['The Bank of America, Citigroup and Chase said no.', 'Bank of America'],
    ['Senator Rob Bishop objected.', 'Rob Bishop'],
    ['The NASA Goddard Space Flight Center is in Maryland.', 'Goddard Space Flight Center'],
    ['The report came out on Mar 5 in Paris.', 'Paris'],
  ])('%s still has %s', (sentence, name) => {
    expect(names(sentence)).toContain(name);
  });
});

describe('titles before a name', () => {
  it.each([
    ['Georgia Lt. Gov. Burt Jones, a Republican, leads.', 'Burt Jones', 'Lt. Gov., Georgia'],
    ['Federal Reserve Chair Jerome Powell said so.', 'Jerome Powell', 'Chair, Federal Reserve'],
  ])('%s', (sentence, name, role) => {
    expect(properNounSpans(sentence).spans.find((s) => s.text === name)?.role).toBe(role);
  });
});

describe('kinds news sentences give', () => {
  it.each([
    ['Chelsea coach Mauricio Pochettino said James was fit.', 'Chelsea', 'organization'],
    ['In California, Apple chief executive Tim Cook spoke.', 'Apple', 'organization'],
    ['Shares of Boeing rose 3 percent.', 'Boeing', 'organization'],
    ["Officials praised Unicef's regional director on Monday.", 'Unicef', 'organization'],
    ["The deal pleased Boeing's board.", 'Boeing', 'organization'],
    ['Downing Street said on Friday that talks had begun.', 'Downing Street', 'place'],
    ['It operates the Scott Base research facility.', 'Scott Base', 'place'],
    ['He serves on the Board of Directors.', 'Directors', undefined],
    ['"We were shocked," said Tyler Besecker, president of the firm.', 'Tyler Besecker', 'person'],
    ['The signal is faint, said Kevin Stevenson of the laboratory.', 'Kevin Stevenson', 'person'],
    ['Nordlys Frakt, a shipping firm based in Tromsø, said its systems were restored.', 'Nordlys Frakt', 'organization'],
    ['Halvard Marine, a shipping company owned by the state, declined to comment.', 'Halvard Marine', 'organization'],
  ])('%s: %s is an %s', (sentence, name, kind) => {
    expect(kindOf(sentence, name, name === 'Boeing')).toBe(kind);
  });

  it.each([
    ['Guardiola said City had not been good enough.', 'City'],
    ["Tinetti said Webb's results were exactly why.", 'Webb'],
    ['Analysts at Goldman Sachs said it was a clear signal.', 'Goldman Sachs'],
    ['It was founded by three Freemasons who were also members.', 'Freemasons'],
    ['A spokesman for Boeing said nothing.', 'Boeing'],
  ])('%s: %s is not the one who speaks', (sentence, name) => {
    expect(kindOf(sentence, name)).not.toBe('person');
  });

  it.each([
    ['Trade in Agricultural Products fell; agricultural products are cheap.', 'Agricultural Products'],
    ['New Zealand in World Affairs, a book on world affairs.', 'World Affairs'],
  ])('%s: %s, a common noun after "in", is no place', (sentence, name) => {
    const { tokens, spans } = properNounSpans(sentence);
    const span = spans.find((s) => s.text === name)!;
    const lower = new Set(sentence.split(/\W+/).filter((w) => /^[a-z]/.test(w)));
    expect(bestKind(spanEvidence(sentence, tokens, span))).toBe('place');
    expect(bestKind(spanEvidence(sentence, tokens, span, { commonWord: (w) => lower.has(w.toLowerCase()) }))).toBeUndefined();
  });

  it.each([
    ['The API is available in Firefox 39 and in Chrome 42.', 'Firefox'],
    ['It is in Trends in Ecology & Evolution this month.', 'Ecology & Evolution'],
  ])('%s: %s, a product or a journal, is no place', (sentence, name) => {
    expect(kindOf(sentence, name)).not.toBe('place');
  });

  it.each([['He grew up in Texas City, the largest city nearby.', 'Texas City']])('%s: %s, a known place and a common noun, is a place', (sentence, name) => {
    const { tokens, spans } = properNounSpans(sentence);
    const span = spans.find((s) => s.text === name)!;
    expect(bestKind(spanEvidence(sentence, tokens, span, { commonWord: (w) => w === 'City' }))).toBe('place');
  });

  it('Boeing said on Thursday that it would hire.: a bare word that speaks is no person', () => {
    const sentence = 'Boeing said on Thursday that it would hire.';
    expect(kindOf(sentence, 'Boeing', false)).toBe('person');
    expect(kindOf(sentence, 'Boeing', true)).toBeUndefined();
  });
});

describe('names across an article', () => {
  const entitiesOf = (text: string) => extractAll([sourceFromText('a', [text])], { overrides: false }).entities;

  it.each([
    ['On Thursday, Boeing said it would hire. Shares of Boeing rose.', 'Boeing', 'organization'],
    ['Hori Parata said the whales were sacred. Te Kaurinui Parata said so too. Later, Parata said they were old.', 'Parata', 'person'],
    ['It was licensed by McFarland & Company, which said so.', 'McFarland & Company', 'organization'],
    ['Photo by Roscosmos Space Agency Press Service. Later, Roscosmos said the launch failed.', 'Roscosmos Space Agency Press Service', 'organization'],
    ['Tom Becker met Emery on Monday. Emery, a reporter for the site, said no.', 'Emery', 'person'],
    ['Sarah Moran spoke first. Moran said the result was tantalising.', 'Sarah Moran', 'person'],
    ['New Zealand Parliamentary Counsel Office. It drafts the laws.', 'New Zealand Parliamentary Counsel Office', 'organization'],
  ])('%s: %s is an %s', (text, name, kind) => {
    const found = entitiesOf(text).find((e) => e.name === name);
    expect(found?.kind).toBe(kind);
  });
});

describe('descriptions cut by a quotation', () => {
  const descOf = (text: string, name: string) =>
    extractAll([sourceFromText('a', [text])], { overrides: false }).entities.find((e) => e.name === name)?.description?.text;

  it.each([
    ['Emery Smith, a writer for partisan "fact-checking" website Snopes.com, said no.', 'Emery Smith', 'a writer'],
    ['Fernando Caudevilla, a Spanish physician who is better known as "DoctorX", spoke.', 'Fernando Caudevilla', 'a Spanish physician'],
    [
      'Rae Zimmerman, a research professor of planning at New York University, said so.',
      'Rae Zimmerman',
      'a research professor of planning at New York University',
    ],
  ])('%s', (text, name, desc) => {
    expect(descOf(text, name)).toBe(desc);
  });
});

describe('outlets of a source', () => {
  it.each([
    ['Unknown outlet', 0],
    ['Aktuálně.cz - Víte, co se právě děje', 1],
    ['The Capitol Ledger', 1],
  ])('%s gives %i outlet entities', (outlet, count) => {
    expect(outletNames({ outlet, file: 'page.html' })).toHaveLength(count);
  });
});

describe('bylines that credit a desk', () => {
  it.each([
    ['By Our Foreign Staff', []],
    ['Staff Reporter', []],
    ['Follow Author', []],
    ['By Jane Smith and Agencies', ['Jane Smith']],
  ])('%s gives %j', (byline, authors) => {
    expect(authorNames({ byline })).toEqual(authors);
  });

  it('Aktuálně.cz - Víte, co se právě děje is named without its motto', () => {
    expect(outletNames({ outlet: 'Aktuálně.cz - Víte, co se právě děje', file: 'a.html' })[0].name).toBe('Aktuálně.cz');
  });
});

describe('initials that name no one', () => {
  it.each([["Massimo D'Alema, a former premier, spoke. The MD said nothing.", "Massimo D'Alema", 'MD']])('%s: %s has no alias %s', (text, name, acronym) => {
    const e = extractAll([sourceFromText('a', [text])], { overrides: false }).entities.find((x) => x.name === name);
    expect(e?.aliases).not.toContain(acronym);
  });
});

describe('a bare word that names an organisation too', () => {
  it('Mozilla Firefox grew. Later, Mozilla said it would grow.: Mozilla is no person', () => {
    const text = 'Mozilla Firefox grew. Later, Mozilla said it would grow.';
    const people = extractAll([sourceFromText('a', [text])], { overrides: false }).entities.filter((e) => e.kind === 'person');
    expect(people.map((e) => e.name)).not.toContain('Mozilla');
  });
});

describe("an outlet's own name", () => {
  it('Many sub-communities in Mozilla formed. (outlet Mozilla): Mozilla is an organization', () => {
    const src = sourceFromText('a', ['Many sub-communities in Mozilla formed around translation.']);
    src.source.outlet = 'Mozilla';
    const found = extractAll([src], { overrides: false }).entities.filter((e) => e.name === 'Mozilla');
    expect(found.map((e) => [e.id, e.kind])).toEqual([['organization:mozilla', 'organization']]);
    expect(found[0].mentions).toHaveLength(1);
  });
});
