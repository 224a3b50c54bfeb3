import { describe, expect, it } from 'vitest';
import type { LibraryRow } from '../../src/contracts/library-messages';
import { titleMatches } from '../../src/ui/library/quick-search';

const row = (id: string, title: string, outlet = 'Ledger', sample = false): LibraryRow => ({ id, title, outlet, name: `${id}.html`, sample });
const rows = [
  row('a', 'U.S. and China Seek Arms Deal for Cyberspace', 'NYT'),
  row('b', 'Cyber talks resume in Beijing', 'Wire'),
  row('c', 'Über Verhandlungen: Cyberwaffen', 'Zeitung'),
  row('d', '中美网络安全谈判', '人民日报'),
  row('s', 'Cyber accord: the sample story', 'Sample', true),
];

describe('the library page’s quick matches while the full-text search answers', () => {
  it.each([
    ['cyber', ['a', 'b', 'c']],
    ['CYBER TALKS', ['b']],
    ['talks cyber', ['b']],
    ['nyt', ['a']],
    ['wire beijing', ['b']],
    ['über', ['c']],
    ['网络', ['d']],
    ['人民', ['d']],
    ['deal arms seek', ['a']],
    ['cyber budget', []],
    ['ybe', []],
    ['  ', []],
    ['…', []],
  ])('%j finds %j (every word the start of a title or outlet word; never the sample)', (query, expected) => {
    expect(titleMatches(rows, query).map((r) => r.id)).toEqual(expected);
  });

  it('keeps the rows’ order and is the same asked again (words of a row are cut once)', () => {
    const reversed = [...rows].reverse();
    expect(titleMatches(reversed, 'cyber').map((r) => r.id)).toEqual(['c', 'b', 'a']);
    expect(titleMatches(reversed, 'cyber')).toEqual(titleMatches(reversed, 'cyber'));
  });
});
