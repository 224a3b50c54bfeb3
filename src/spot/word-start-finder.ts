/**
 * A word-start search of a whole text without a script loop over every
 * character: a regular expression made from the trie finds, natively, each
 * word start where a pattern may begin, and the trie is walked from each. On a
 * fresh page a script loop over every character runs unoptimised for most of
 * its first megabyte, two to three times slower. It allocates a match object
 * per such start.
 */
import { escapeRegExp } from '../text/regexp';
import { isWordCharAt } from '../text/words';
import { isAsciiAlnum, reportFrom, type Trie } from './trie';

/** Above this many trie nodes the regular expression would be slow to compile, or too large. */
const MAX_FINDER_NODES = 20_000;

/**
 * A regular expression that finds, case-insensitively, each place where a
 * pattern may begin at the start of a word (the text's start, or after a code
 * unit that is not an ASCII letter or digit), with that code unit: a superset
 * of what a word-start search reports.
 *
 * One branch per next character. A branch ends at the first pattern end (the
 * walk from the start then finds every pattern there), and before a character
 * outside ASCII, whose case the expression would fold differently. Undefined,
 * and the automaton searches alone, unless every pattern begins with an ASCII
 * letter or digit (a match's start is then known from its first code unit),
 * or when the trie is too large.
 */
export function wordStartFinder(trie: Trie): RegExp | undefined {
  const { first, next, label, patHead, charOf } = trie;
  if (!trie.asciiStarts || first.length > MAX_FINDER_NODES || first[0] === 0) return undefined;
  const source = (node: number): string => {
    if (node !== 0 && patHead[node] >= 0) return '';
    const branches: string[] = [];
    for (let c = first[node]; c !== 0; c = next[c]) {
      const ch = charOf[label[c]];
      if (ch.charCodeAt(0) >= 128) return '';
      branches.push(escapeRegExp(ch) + source(c));
    }
    return branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  };
  try {
    return new RegExp(`(?:^|[^a-z0-9])${source(0)}`, 'gi');
  } catch {
    return undefined; // too large for the engine after all: the automaton alone
  }
}

/** Reports, from each word start `finder` finds in `text`, the patterns that begin there. */
export function searchFromWordStarts(trie: Trie, finder: RegExp, text: string, onMatch: (pattern: number, end: number) => void): void {
  // `lastIndex` is set before each use: `onMatch` may search too.
  for (let at = 0; ;) {
    finder.lastIndex = at;
    const m = finder.exec(text);
    if (m === null) return;
    // The match holds the code unit before the start, unless at the text's start.
    const start = isAsciiAlnum(text.charCodeAt(m.index)) ? m.index : m.index + 1;
    if (!isWordCharAt(text, start - 1)) reportFrom(trie, text, start, text.length, onMatch);
    at = start + 1;
  }
}
