/**
 * A compact Aho-Corasick automaton: built once from a few thousand patterns (the
 * index's aliases), then finds every occurrence of every pattern in one pass
 * over a page's text.
 *
 * Case-insensitive by code unit (see `trie.ts`): an occurrence's offsets in the
 * folded text are its offsets in the text as given (a whole-string
 * `toLowerCase()` can change lengths, e.g. "İ"). Case rules are the caller's
 * business, checked on the few occurrences found.
 *
 * Three parts: the trie (`trie.ts`); the failure links (`failure-links.ts`),
 * each set made on the first search that needs it; and, for a word-start
 * search of a whole text, a regular expression that finds natively where a
 * pattern may begin (`word-start-finder.ts`), which needs no links at all.
 * The stepwise search below allocates nothing per character.
 */
import { buildLinks, type Links } from './failure-links';
import { buildTrie, isAsciiAlnum, type Trie } from './trie';
import { searchFromWordStarts, wordStartFinder } from './word-start-finder';
import { isWordCharAt } from '../text/words';

export type OnMatch = (pattern: number, end: number) => void;

export interface SearchOptions {
  from?: number;
  to?: number;
  wordStarts?: boolean;
}

export interface Automaton {
  /**
   * Reports every occurrence of every non-empty pattern in `text[from, to)`,
   * overlapping ones included, as `onMatch(pattern, end)` with `pattern` the
   * index in the list given to `buildAutomaton` and `end` the offset just past
   * the occurrence (its start is `end - patterns[pattern].length`). Occurrences
   * are reported in order of `end`; for one `end`, longer patterns first; equal
   * patterns in descending index order. Reports nothing for an empty range.
   *
   * With `wordStarts`, only the occurrences that start at a word start (offset
   * `from`, or after a code unit that is not a letter or digit) are reported:
   * the search never begins a match inside a word, which skips most of the
   * work on ordinary text. Each is reported once, in an order of the search's
   * own (by start, when found natively).
   */
  search(text: string, onMatch: OnMatch, options?: SearchOptions): void;
}

/**
 * Builds the automaton. Patterns may repeat (each index is reported) and may be
 * empty (never reported). Cost is linear in the patterns' total length.
 */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const trie = buildTrie(patterns);
  const finder = wordStartFinder(trie);
  const asciiInfo = asciiSymbolsAndWordFlags(trie);
  let wordStartLinks: Links | undefined;
  let allLinks: Links | undefined;
  return {
    search(text, onMatch, options = {}) {
      const { from = 0, to = text.length, wordStarts = false } = options;
      if (wordStarts && finder && from <= 0 && to >= text.length) return searchFromWordStarts(trie, finder, text, onMatch);
      const links = wordStarts ? (wordStartLinks ??= buildLinks(trie, true)) : (allLinks ??= buildLinks(trie, false));
      searchStepwise(trie, links, asciiInfo, text, Math.max(0, from), Math.min(to, text.length), wordStarts, onMatch);
    },
  };
}

/** Per ASCII code unit, its symbol and (bit 16) whether it is a letter or digit: one read per character. */
function asciiSymbolsAndWordFlags(trie: Trie): Int32Array {
  const info = new Int32Array(128);
  for (let c = 0; c < 128; c++) info[c] = trie.asciiSym[c] | ((isAsciiAlnum(c) ? 1 : 0) << 16);
  return info;
}

/** The classic search, one character at a time along the trie and `links`. */
function searchStepwise(trie: Trie, links: Links, asciiInfo: Int32Array, text: string, from: number, end: number, wordStarts: boolean, onMatch: OnMatch): void {
  const { first, next, label, rootNext, otherSym, patHead, samePattern } = trie;
  const { fail, dict, report } = links;
  const block = wordStarts ? 1 : 0;
  let state = 0;
  let afterWord = 0; // 1 when the previous code unit is a letter or digit (and that matters)
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    let sym: number;
    let word: number;
    if (c < 128) {
      const info = asciiInfo[c];
      sym = info & 0xffff;
      word = info >>> 16;
    } else {
      sym = otherSym.get(c) ?? 0;
      word = block === 1 && isWordCharAt(text, i) ? 1 : 0;
    }
    // Beginning a match here is barred inside a word, when asked so.
    const barred = afterWord & block;
    afterWord = word;
    if (sym === 0) {
      state = 0;
      continue;
    }
    if (state === 0) {
      // Most characters of a page: at the root, and either barred or no pattern starts so.
      if (barred === 1) continue;
      state = rootNext[sym];
      if (state === 0) continue;
    } else {
      // Down to a child along `sym`, or along failure links until one has such a child.
      for (;;) {
        let child = 0;
        for (let k = first[state]; k !== 0; k = next[k]) {
          if (label[k] === sym) {
            child = k;
            break;
          }
        }
        if (child !== 0) {
          state = child;
          break;
        }
        state = fail[state];
        if (state === 0) {
          state = barred === 1 ? 0 : rootNext[sym];
          break;
        }
      }
      if (state === 0) continue;
    }
    for (let o = report[state]; o !== 0; o = dict[o]) {
      for (let p = patHead[o]; p >= 0; p = samePattern[p]) onMatch(p, i + 1);
    }
  }
}
