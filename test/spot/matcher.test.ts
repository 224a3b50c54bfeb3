import { describe, expect, it } from 'vitest';
import { toSpotIndex } from '../../src/index/spot-index';
import { INDEX_VERSION, type SpotIndex } from '../../src/contracts/schema';
import { createMatcher, type SpotMatch } from '../../src/spot/matcher';
import { fullIndex } from './fixtures';
import { mulberry32 } from './prng';

const matcher = createMatcher(toSpotIndex(fullIndex));
const entityMatches = (text: string) => matcher.match(text).filter((m) => m.kind !== 'quote' && m.kind !== 'passage');
const pairs = (ms: SpotMatch[]) => ms.map((m) => [m.id, m.text]);

describe('createMatcher: returns matches for', () => {
  it.each([
    ['Chinese President Xi Jinping arrived.', [['person:xi-jinping', 'President Xi Jinping']]],
    ['Susan E. Rice met him.', [['person:susan-e-rice', 'Susan E. Rice']]],
    [
      'The FBI, or the F.B.I., said so.',
      [
        ['organization:fbi', 'FBI'],
        ['organization:fbi', 'F.B.I.'],
      ],
    ],
    [
      'The US, the U.S. and the United States.',
      [
        ['place:united-states', 'US'],
        ['place:united-states', 'U.S.'],
        ['place:united-states', 'United States'],
      ],
    ],
    ["Obama's adviser", [['person:barack-obama', 'Obama']]],
    // "Sony" alone is weak (the first word of a longer name): it needs the full name on the page.
    [
      "Sony Pictures Entertainment said Sony's computers",
      [
        ['organization:sony-pictures-entertainment', 'Sony Pictures Entertainment'],
        ['organization:sony-pictures-entertainment', 'Sony'],
      ],
    ],
    [
      'the UN code of conduct',
      [
        ['organization:united-nations', 'UN'],
        ['topic:code-of-conduct', 'code of conduct'],
      ],
    ],
    ['files from the Office of Personnel Management.', [['organization:office-of-personnel-management', 'Office of Personnel Management']]],
    ['The OPM breach', [['organization:office-of-personnel-management', 'OPM']]],
    [
      'Cyber weapons and cyberweapons',
      [
        ['topic:cyberweapons', 'Cyber weapons'],
        ['topic:cyberweapons', 'cyberweapons'],
      ],
    ],
    ['CRITICAL INFRASTRUCTURE', [['topic:critical-infrastructure', 'CRITICAL INFRASTRUCTURE']]],
    ['XI JINPING VISITS', [['person:xi-jinping', 'XI JINPING']]],
    [
      'US-China talks; Sino-US ties',
      [
        ['place:united-states', 'US'],
        ['place:china', 'China'],
        ['place:united-states', 'US'],
      ],
    ],
    [
      'Susan Rice flew in. Rice said no; Ms. Rice left.',
      [
        ['person:susan-e-rice', 'Susan Rice'],
        ['person:susan-e-rice', 'Rice'],
        ['person:susan-e-rice', 'Ms. Rice'],
      ],
    ],
    [
      'Joseph S. Nye spoke. Then Nye left. Professor Nye agreed.',
      [
        ['person:joseph-s-nye', 'Joseph S. Nye'],
        ['person:joseph-s-nye', 'Nye'],
        ['person:joseph-s-nye', 'Nye'],
      ],
    ],
    [
      'Wu Xinbo said. Wu added, and Mr. Obama nodded.',
      [
        ['person:wu-xinbo', 'Wu Xinbo'],
        ['person:wu-xinbo', 'Wu'],
        ['person:barack-obama', 'Mr. Obama'],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(pairs(entityMatches(text))).toEqual(expected);
  });
});

describe('createMatcher: never matches', () => {
  it.each([
    ['Rice is the backbone of this dish.'],
    ['Kennedy scored twice in the second half.'],
    ['let us go; un peu; Us and them'],
    ['Plug in the USB cable at UNICEF.'],
    ['The Ricelands farm sells rice and RICE.'],
    ['Xi'],
    ['Comey'],
  ])('%j', (text) => {
    expect(entityMatches(text)).toEqual([]);
  });

  it.each([
    ['Chapter XI of the code', 'XI'],
    ['Mrs. Wu runs the shop', 'Wu'],
    ['He lives on Nye Street.', 'Nye'],
    ['Bill Nye explains science.', 'Nye'],
    ['Condoleezza Rice was there.', 'Rice'],
    ['a visit to Xi\u2019an', 'Xi'],
    ['at the Kennedy Center', 'Kennedy'],
    ['Wu Jianmin, a diplomat', 'Wu'],
  ])('%j even on a page that names the entity in full', (text, word) => {
    const page = `Xi Jinping, Wu Xinbo, Joseph S. Nye, Susan E. Rice and John F. Kennedy. ${text}`;
    const prefix = page.length - text.length;
    const inText = entityMatches(page).filter((m) => m.start >= prefix);
    expect(inText.map((m) => m.text)).not.toContain(word);
  });
});

describe('createMatcher: longest match, whole words', () => {
  it('prefers the longest alias and never overlaps entity matches', () => {
    const index: SpotIndex = {
      version: INDEX_VERSION,
      entities: [
        { id: 'organization:opm', kind: 'organization', name: 'Office of Personnel Management' },
        { id: 'topic:personnel', kind: 'topic', name: 'personnel' },
        { id: 'topic:personnel-management', kind: 'topic', name: 'personnel management' },
      ],
      aliases: [
        { text: 'Personnel', entity: 1, case: 'any', weak: false },
        { text: 'Office of Personnel Management', entity: 0, case: 'title', weak: false },
        { text: 'personnel management', entity: 2, case: 'any', weak: false },
      ],
      quotes: [],
      passages: [],
    };
    const m = createMatcher(index);
    expect(pairs(m.match('the Office of Personnel Management and personnel management'))).toEqual([
      ['organization:opm', 'Office of Personnel Management'],
      ['topic:personnel-management', 'personnel management'],
    ]);
    const all = m.match('Office of Personnel Management personnel management personnel');
    for (let i = 1; i < all.length; i++) expect(all[i].start).toBeGreaterThanOrEqual(all[i - 1].end);
  });

  it('takes "Susan E. Rice" over "Rice" and "President Xi Jinping" over "Xi Jinping"', () => {
    expect(pairs(entityMatches('President Xi Jinping met Susan E. Rice.'))).toEqual([
      ['person:xi-jinping', 'President Xi Jinping'],
      ['person:susan-e-rice', 'Susan E. Rice'],
    ]);
  });
});

describe('createMatcher: offsets into the input', () => {
  it.each([
    ['non-breaking spaces and a curly apostrophe', 'He met President\u00A0Xi\u00A0Jinping\u2019s envoy', 'President\u00A0Xi\u00A0Jinping'],
    ['a line break and runs of space', 'from the Office of  Personnel\n  Management today', 'Office of  Personnel\n  Management'],
    ['a zero-width space inside a name', 'Xi\u00A0Ji\u200Bnping \u2014 Susan\u00A0E. Rice', 'Xi\u00A0Ji\u200Bnping'],
    ['an astral character before it', '\u{1F600}\u{1F600} The F.B.I. said', 'F.B.I.'],
    ['a ligature before it', '\uFB01rst the UN', 'UN'],
  ])('%s', (_name, input, expected) => {
    const found = matcher.match(input).find((m) => m.text === expected);
    expect(found, JSON.stringify(matcher.match(input))).toBeDefined();
    expect(input.slice(found!.start, found!.end)).toBe(expected);
    expect(found!.start).toBe(input.indexOf(expected));
  });

  it('maps every match back exactly, on random pages', () => {
    const rand = mulberry32(19);
    const pieces = [
      'Xi Jinping',
      'Xi',
      'Susan E. Rice',
      'Rice',
      'US',
      'U.S.',
      'FBI',
      ' ',
      '\u00A0',
      '\n\n',
      '\u2014',
      '\u201C',
      '\u201D',
      '\u2019s',
      '\u200B',
      'the',
      'critical\u00A0infrastructure',
      '\u{1F600}',
      '\uFB01',
      '.',
      ', ',
      'Cyber weapons',
    ];
    for (let round = 0; round < 300; round++) {
      let input = '';
      for (let i = 0, n = Math.floor(rand() * 30); i < n; i++) input += pieces[Math.floor(rand() * pieces.length)];
      for (const m of matcher.match(input)) {
        expect(m.text).toBe(input.slice(m.start, m.end));
        expect(m.start).toBeLessThan(m.end);
        // No stray space or invisible character at either edge.
        expect(m.text.trim()).toBe(m.text);
        expect(/^[\u200B]|[\u200B]$/.test(m.text)).toBe(false);
      }
    }
  });
});

describe('createMatcher: anchoring across slices', () => {
  const slices = ['Susan E. Rice took a trip to Beijing.', 'Rice said the talks went well.'];

  it('keeps a weak alias anchored in another slice', () => {
    const scans = slices.map((s) => matcher.scan(s));
    const anchors = new Set(scans.flatMap((s) => [...s.anchors]));
    expect(anchors.has('person:susan-e-rice')).toBe(true);
    expect(pairs(matcher.resolve(scans[1], anchors))).toEqual([['person:susan-e-rice', 'Rice']]);
    expect(pairs(matcher.match(slices[1], { anchors }))).toEqual([['person:susan-e-rice', 'Rice']]);
  });

  it('drops it without the anchor', () => {
    expect(matcher.resolve(matcher.scan(slices[1]))).toEqual([]);
    expect(matcher.match(slices[1])).toEqual([]);
  });

  it('does not anchor an entity by a weak alias alone', () => {
    expect(matcher.scan('Rice and Ms. Rice').anchors.size).toBe(0);
  });
});

describe('createMatcher: empty cases', () => {
  it('returns nothing for an empty text or an empty index', () => {
    expect(matcher.match('')).toEqual([]);
    const empty = createMatcher({ version: INDEX_VERSION, entities: [], aliases: [], quotes: [], passages: [] });
    expect(empty.match('Xi Jinping said "It could create some self-restraint," he said.')).toEqual([]);
  });
});

describe('createMatcher: mayMention, for a whole page read as one string', () => {
  const anything = (text: string) => {
    const s = matcher.scan(text);
    return s.candidates.length + s.others.length + s.otherSense.length > 0;
  };

  it.each([
    ['a strong name', 'Chinese President Xi Jinping arrived.'],
    ['a weak alias alone (its anchor may come later)', 'Rice said the talks went well.'],
    ['an other-sense cue alone', 'Rain again in Seattle today.'],
    ['a quotation of a source', 'He said \u201Cit could create some self-restraint\u201D and left.'],
    ['a key phrase in a Title Case headline', 'Experts Warn on Cyber Weapons'],
  ])('says yes to %s', (_name, text) => {
    expect(anything(text)).toBe(true);
    expect(matcher.mayMention(text)).toBe(true);
  });

  it.each([
    ['an unrelated page', 'The weather in the mountains was cold, and the soup was good.'],
    ['"us", "un" and acronyms inside words in capitals', 'let us go; un peu; MUSIC AND BUSINESS; Plug in the USB cable at UNICEF.'],
    ['"XI" and "RICE" alone in capitals', 'Chapter XI; RICE on the menu'],
    ["locale and currency codes, as in a page's scripts", 'lang="en_US"; hreflang="en-US"; US$ 100'],
    ['a name an apostrophe joins to a word', "O'Rice and d'Rice"],
    ["a Title Cased phrase (a link's name)", 'Read our Code of Conduct'],
    ['an empty string', ''],
  ])('says no to %s', (_name, text) => {
    expect(matcher.mayMention(text)).toBe(false);
  });

  it.each([
    ['after a small letter', 'Top storiesObama met him'],
    ['after a digit', 'September 25, 2015Obama arrived'],
    ['before a capital', 'Read about ObamaMore stories'],
    ['before a digit', 'with Obama2 comments'],
  ])('finds a name where two blocks met without a space, %s', (_name, text) => {
    // Read as one block, the name is inside a word: scan rightly finds nothing there.
    expect(anything(text)).toBe(false);
    expect(matcher.mayMention(text)).toBe(true);
  });

  it('never says no to a page whose blocks, read one by one, hold something', () => {
    const rand = mulberry32(7);
    const words = [
      'the',
      'talks',
      'went',
      'well',
      'in',
      'August',
      '2015',
      'said',
      'it',
      'Ms.',
      'Rice',
      'rice',
      'US',
      'us',
      'Xi',
      'XI',
      'Beijing',
      'Nye',
      'Street',
      'Seattle',
      'cyber',
      'weapons',
      'Chapter',
      'Washington',
    ];
    const sentences = fullIndex.sentences.map((s) => s.text);
    let positives = 0;
    for (let round = 0; round < 400; round++) {
      const blocks: string[] = [];
      for (let b = 0, n = 1 + Math.floor(rand() * 5); b < n; b++) {
        if (rand() < 0.15) {
          blocks.push(sentences[Math.floor(rand() * sentences.length)]);
          continue;
        }
        let block = '';
        for (let w = 0, k = 1 + Math.floor(rand() * 8); w < k; w++) block += (w ? ' ' : '') + words[Math.floor(rand() * words.length)];
        // Blocks as pages have them: they begin with a capital or a digit.
        blocks.push(block[0].toUpperCase() + block.slice(1) + (rand() < 0.5 ? '.' : ''));
      }
      if (!blocks.some(anything)) continue;
      positives++;
      expect(matcher.mayMention(blocks.join('')), JSON.stringify(blocks)).toBe(true);
      expect(matcher.mayMention(blocks.join('\n'))).toBe(true);
    }
    expect(positives).toBeGreaterThan(100);
  });
});
