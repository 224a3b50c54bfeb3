/**
 * Versions of one article: which changes of a page make a new version (a
 * reader would call it one), which sentences changed between two versions,
 * and the meaning changes the comparison finds in them.
 */
import { describe, expect, it } from 'vitest';
import { readArticleText } from '../../src/library/article';
import { isNewVersion, meaningfulParagraphs, sentenceChanges, textKey, versionChanges } from '../../src/library/versions';
import type { ParsedSource } from '../../src/intake/types';
import { damParagraphs } from './fixtures';

const TITLE = 'Dam Inspection Report Released';

/** An article body as ParsedSource keeps it: paragraphs joined by a blank line. */
const PARAGRAPHS = [
  'Updated at 3:02 PM',
  'The regional water authority released its inspection report on the Kessel Dam on Monday.',
  'Inspectors said the dam did not meet the safety standard set in 2019, according to the report.',
  'Related: Flood warnings',
  'The report found 12 cracks in the spillway, most of them near the eastern gate.',
  'Advertisement: Buy shoes',
  'Engineers from three firms took part in the inspection over six weeks.',
];
const body = (paragraphs: readonly string[]) => paragraphs.join('\n\n');
const BEFORE = { title: TITLE, body: body(PARAGRAPHS) };

/** The article with paragraph `i` replaced by `text` (or removed, when `text` is undefined). */
function edited(i: number, text: string | undefined): { title: string; body: string } {
  const paragraphs = [...PARAGRAPHS];
  if (text === undefined) paragraphs.splice(i, 1);
  else paragraphs[i] = text;
  return { title: TITLE, body: body(paragraphs) };
}

describe('textKey', () => {
  it.each([
    ['Hello,  World!', 'hello world'],
    ['  “Quoted” — text… ', 'quoted text'],
    ['ＦＵＬＬ width', 'full width'],
    ['12.5% of 2,000', '12 5 of 2 000'],
  ])('%j → %j', (text, key) => {
    expect(textKey(text)).toBe(key);
  });
});

describe('meaningfulParagraphs', () => {
  it('leaves out timestamp lines and paragraphs of fewer than six words', () => {
    expect(meaningfulParagraphs(BEFORE.body)).toEqual([
      'the regional water authority released its inspection report on the kessel dam on monday',
      'inspectors said the dam did not meet the safety standard set in 2019 according to the report',
      'the report found 12 cracks in the spillway most of them near the eastern gate',
      'engineers from three firms took part in the inspection over six weeks',
    ]);
  });
});

describe('isNewVersion', () => {
  it.each<[string, { title: string; body: string }]>([
    ['the same text', { ...BEFORE }],
    ['white space inside a paragraph', edited(1, 'The regional  water authority\nreleased its inspection report on the Kessel Dam on Monday. ')],
    ['white space between paragraphs', { title: TITLE, body: PARAGRAPHS.join('\n   \n\n') }],
    ['punctuation', edited(2, 'Inspectors said the dam did not meet the safety standard set in 2019 — according to the report')],
    ['curly quotes and dashes', edited(1, 'The regional water authority released its “inspection report” on the Kessel Dam on Monday…')],
    ['case', edited(1, 'THE REGIONAL WATER AUTHORITY released its inspection report on the Kessel Dam on Monday.')],
    ['title case and punctuation', { title: 'Dam inspection report released!', body: BEFORE.body }],
    ['the "Updated at" line changed', edited(0, 'Updated at 4:47 PM')],
    ['the "Updated at" line gone', edited(0, undefined)],
    ['a "Last updated" line with a date', edited(0, 'Last updated June 4, 2024 at 9:15 a.m. EDT')],
    ['an "Updated" line with weekday and zone', edited(0, 'Updated: Thursday, 5 December 2024, 14:02 GMT')],
    ['a short related-links line swapped', edited(3, 'Related: Oil prices climb again')],
    ['a rotating 3-word ad slot', edited(5, 'Advertisement: Try Prime')],
    ['a short caption added', { title: TITLE, body: body([...PARAGRAPHS, 'Photo: Reuters']) }],
  ])('not a version: %s', (_name, after) => {
    expect(isNewVersion(BEFORE, after)).toBe(false);
  });

  it.each<[string, { title: string; body: string }]>([
    ['a dropped "not"', edited(2, 'Inspectors said the dam did meet the safety standard set in 2019, according to the report.')],
    ['a changed number', edited(4, 'The report found 31 cracks in the spillway, most of them near the eastern gate.')],
    ['a changed name', edited(1, 'The regional water authority released its inspection report on the Hollen Dam on Monday.')],
    ['a new paragraph', { title: TITLE, body: body([...PARAGRAPHS, 'The authority said repairs would begin before the autumn rains.']) }],
    ['a removed paragraph', edited(6, undefined)],
    ['two paragraphs swapped', { title: TITLE, body: body([PARAGRAPHS[0], PARAGRAPHS[2], PARAGRAPHS[1], ...PARAGRAPHS.slice(3)]) }],
    ['a changed title', { title: 'Dam Fails Inspection, Report Says', body: BEFORE.body }],
    // Sentences that open like a timestamp line are sentences.
    ['a dropped "not" in a paragraph opening "Published"', edited(2, 'Published figures show the dam did meet the safety standard set in 2019.')],
    ['a dropped "not" in a live blog\'s timed line', edited(6, '10:30 am: The minister said he would resign before the vote.')],
  ])('a version: %s', (_name, after) => {
    expect(isNewVersion(BEFORE, after)).toBe(true);
  });
});

describe('sentenceChanges', () => {
  const A = 'The regional water authority released its inspection report on Monday.';
  const B = 'Inspectors said the dam did not meet the safety standard set in 2019.';
  const C = 'The report found 12 cracks in the spillway, most near the eastern gate.';
  const D = 'Engineers from three firms took part in the inspection over six weeks.';
  const B2 = 'Inspectors said the dam did meet the safety standard set in 2019.';
  const C2 = 'The report found 31 cracks in the spillway, most near the eastern gate.';
  const NEW = 'Residents downstream have asked for a public meeting about the findings.';
  const REWRITTEN = 'A spokesman for the governor declined to comment on Tuesday evening.';

  it.each<[string, string[], string[], ReturnType<typeof sentenceChanges>]>([
    ['identical', [A, B, C, D], [A, B, C, D], { changed: [], added: [], removed: [] }],
    ['punctuation and case only', [A, B, C], [A.toUpperCase(), B.replace('.', '!'), C], { changed: [], added: [], removed: [] }],
    ['one sentence changed', [A, B, C, D], [A, B2, C, D], { changed: [{ before: B, after: B2 }], added: [], removed: [] }],
    [
      'the first and the last changed',
      [B, A, C],
      [B2, A, C2],
      {
        changed: [
          { before: B, after: B2 },
          { before: C, after: C2 },
        ],
        added: [],
        removed: [],
      },
    ],
    ['one added in the middle', [A, B, C, D], [A, B, NEW, C, D], { changed: [], added: [NEW], removed: [] }],
    ['one added at the start', [A, B], [NEW, A, B], { changed: [], added: [NEW], removed: [] }],
    ['one removed', [A, B, C, D], [A, C, D], { changed: [], added: [], removed: [B] }],
    ['moved to the end', [A, B, C, D], [B, C, D, A], { changed: [], added: [A], removed: [A] }],
    ['completely rewritten', [A, B, C], [A, REWRITTEN, C], { changed: [], added: [REWRITTEN], removed: [B] }],
    ['changed, with one added after it', [A, B, D], [A, B2, NEW, D], { changed: [{ before: B, after: B2 }], added: [NEW], removed: [] }],
    ['one added before a changed one', [A, B, D], [A, NEW, B2, D], { changed: [{ before: B, after: B2 }], added: [NEW], removed: [] }],
    ['everything new', [A, B], [NEW, REWRITTEN], { changed: [], added: [NEW, REWRITTEN], removed: [A, B] }],
    ['from nothing', [], [A, B], { changed: [], added: [A, B], removed: [] }],
    ['to nothing', [A, B], [], { changed: [], added: [], removed: [A, B] }],
  ])('%s', (_name, before, after, expected) => {
    expect(sentenceChanges(before, after)).toEqual(expected);
  });
});

describe('versionChanges', () => {
  const ID = 'src-lib-00000000000000aa';
  const article = (title: string, negated: boolean, cracks: number): ParsedSource => {
    const text = [title, 'By Ana Ruiz', 'Reuters', 'June 3, 2024', '', ...damParagraphs({ negated, cracks })].join('\n');
    const { parsed, problems } = readArticleText({ name: 'dam.txt', text, format: 'txt' }, ID);
    if (!parsed) throw new Error(problems.join('; '));
    return parsed;
  };

  it('lists the changed sentences and finds a dropped "not" and a changed number', () => {
    const changes = versionChanges(article(TITLE, true, 12), article(TITLE, false, 31), ['version 1', 'version 2']);
    expect(changes.changed).toEqual([
      {
        before: 'Inspectors said the dam did not meet the safety standard set in 2019.',
        after: 'Inspectors said the dam did meet the safety standard set in 2019.',
      },
      {
        before: 'The report found 12 cracks in the spillway, most of them near the eastern gate.',
        after: 'The report found 31 cracks in the spillway, most of them near the eastern gate.',
      },
    ]);
    expect(changes.added).toEqual([]);
    expect(changes.removed).toEqual([]);
    expect(changes.title).toBeUndefined();
    expect(changes.meaning.map((m) => m.kind).sort()).toEqual(['negation', 'number']);
    // The comparison names the versions as given.
    expect(changes.meaning.find((m) => m.kind === 'number')?.summary).toMatch(/12 in version 1.*31 in version 2/);
  });

  it('gives no meaning changes when nothing changed', () => {
    const changes = versionChanges(article(TITLE, true, 12), article(TITLE, true, 12), ['version 1', 'version 2']);
    expect(changes).toEqual({ changed: [], added: [], removed: [], meaning: [] });
  });

  it('reports a changed title', () => {
    const changes = versionChanges(article(TITLE, true, 12), article('Dam Fails Inspection, Report Says', true, 12), ['version 1', 'version 2']);
    expect(changes.title).toEqual({ before: TITLE, after: 'Dam Fails Inspection, Report Says' });
    expect(changes.changed).toEqual([]);
  });
});
