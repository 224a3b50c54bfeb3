import { describe, expect, it } from 'vitest';
import { isStoryPage, isWorthPainting, STORY_NAMES_ON_PAGE } from '../../src/spot/relevance';
import { isGenericName } from '../../src/index/spot-index';
import { packSpotReply, parseSpotReply } from '../../src/contracts/messages';
import { parseSettings } from '../../src/contracts/settings';

describe('isStoryPage', () => {
  it.each([
    ['nothing', 0, 0, false],
    ['one specific name (it may be a namesake)', 1, 0, false],
    [`${STORY_NAMES_ON_PAGE} specific names`, STORY_NAMES_ON_PAGE, 0, true],
    ['a reused passage alone', 0, 1, true],
  ])('%s', (_, specificNames, storyPassages, expected) => {
    expect(isStoryPage({ specificNames, storyPassages })).toBe(expected);
  });
});

describe('isWorthPainting', () => {
  it.each([
    ['a specific name on a page of no story', false, false, false, true],
    ['a generic name on a page of no story', true, false, false, false],
    ['a generic name on a page of a story', true, true, false, true],
    ['a generic name when the reader asks for every name', true, false, true, true],
  ])('%s', (_, generic, storyPage, everyName, expected) => {
    expect(isWorthPainting(generic, storyPage, everyName)).toBe(expected);
  });
});

describe('isGenericName', () => {
  it.each([
    ['United States', 'place', ['United States', 'US', 'U.S.'], true],
    ['Washington', 'place', ['Washington'], true],
    ['Sunnylands', 'place', ['Sunnylands'], false],
    ['Federal Bureau of Investigation', 'organization', ['FBI'], true],
    ['Pentagon', 'organization', ['Pentagon'], true],
    ['Business Roundtable', 'organization', ['Business Roundtable'], false],
    ['Barack Obama', 'person', ['Obama'], false],
  ] as const)('%s (%s)', (name, kind, aliases, expected) => {
    expect(isGenericName({ name, kind, aliases: [...aliases] })).toBe(expected);
  });
});

describe('the generic flag on the way to the page', () => {
  it('survives packing and parsing, per entity', () => {
    const texts = ['US and Xi'];
    const reply = packSpotReply([
      [
        { start: 0, end: 2, kind: 'place', id: 'place:united-states', label: 'United States', generic: true },
        { start: 7, end: 9, kind: 'person', id: 'person:xi-jinping', label: 'Xi Jinping' },
      ],
    ]);
    const parsed = parseSpotReply(JSON.parse(JSON.stringify(reply)), texts)!;
    expect(parsed[0].map((c) => [c.id, c.generic])).toEqual([
      ['place:united-states', true],
      ['person:xi-jinping', false],
    ]);
  });

  it('a found entry with a generic that is not true makes the reply unreadable', () => {
    expect(parseSpotReply({ found: [{ kind: 'place', id: 'x', generic: 'yes' }], hits: [[0, 1, 0, 0]] }, ['ab'])).toBeNull();
  });
});

describe('the everyName setting', () => {
  it.each([
    ['nothing stored', undefined, false],
    ['true', true, true],
    ['a string', 'yes', false],
  ])('%s gives %s', (_, stored, expected) => {
    expect(parseSettings({ everyName: stored }).everyName).toBe(expected);
  });
});
