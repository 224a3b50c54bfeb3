/**
 * A compact Aho-Corasick automaton: built once from a few thousand patterns (the
 * index's aliases), then finds every occurrence of every pattern in one pass
 * over a page's text.
 *
 * Case-insensitive by code unit: patterns and text are folded to lower case one
 * UTF-16 code unit at a time, so an occurrence's offsets in the folded text are
 * its offsets in the text as given (a whole-string `toLowerCase()` can change
 * lengths, e.g. "İ"). Case rules are the caller's business, checked on the few
 * occurrences found.
 *
 * Layout: the trie lives in typed arrays (first child / next sibling lists, with
 * a dense table for the root, whose fan-out is the widest and which the search
 * returns to after most characters). Characters that occur in no pattern map to
 * symbol 0 and send the search straight back to the root. A word-start search
 * follows failure links that only lead to suffixes beginning at a word start.
 * Memory is 15 bytes per trie node, plus 12 for each set of links (each made on
 * the first search that needs it).
 *
 * A word-start search of a whole text does not step through every character:
 * a regular expression made from the trie finds the word starts where a
 * pattern may begin, natively, and the trie is walked from each (see
 * `wordStartFinder`). Same occurrences, far less script on a fresh page; it
 * allocates a match object per such start, the character loop nothing.
 */

import { escapeRegExp } from '../shared/regexp';
import { foldUnit, isWordCharAt } from '../shared/word-chars';

const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_WORD[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
}

const STARTS_WITH_ASCII_ALNUM = /^[A-Za-z0-9]/;

export interface Automaton {
  /** Number of patterns given to `buildAutomaton`, empty ones included. */
  readonly patternCount: number;
  /** Number of trie nodes, the root included (a measure of memory). */
  readonly nodeCount: number;
  /**
   * Whether a word-start search of a whole text finds its starts with a
   * regular expression (see `wordStartFinder`): when every pattern begins with
   * an ASCII letter or digit, and there are not too many.
   */
  readonly findsWordStartsNatively: boolean;
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
  search(text: string, onMatch: (pattern: number, end: number) => void, options?: SearchOptions): void;
}

interface Links {
  fail: Int32Array;
  dict: Int32Array;
  report: Int32Array;
}

export interface SearchOptions {
  from?: number;
  to?: number;
  wordStarts?: boolean;
}

/**
 * Builds the automaton. Patterns may repeat (each index is reported) and may be
 * empty (never reported). Cost is linear in the patterns' total length.
 */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  let total = 0;
  for (const p of patterns) total += p.length;
  const capacity = total + 1;

  // Symbols: 1.. for each folded code unit that occurs in some pattern.
  const asciiSym = new Uint16Array(128);
  const otherSym = new Map<number, number>();
  let symbols = 0;
  const charOf: string[] = ['']; // per symbol, the folded character it stands for
  const symbolOf = (folded: number): number => {
    if (folded < 128) {
      if (asciiSym[folded] === 0) {
        asciiSym[folded] = ++symbols;
        charOf[symbols] = String.fromCharCode(folded);
        // The page's upper-case letter takes the same path as the lower-case one.
        if (folded >= 97 && folded <= 122) asciiSym[folded - 32] = symbols;
      }
      return asciiSym[folded];
    }
    let sym = otherSym.get(folded);
    if (sym === undefined) {
      sym = ++symbols;
      charOf[sym] = String.fromCharCode(folded);
      otherSym.set(folded, sym);
      // Its upper-case form too, unless that is ASCII ("ı" → "I"): ASCII "I"
      // must keep folding to "i".
      const upper = String.fromCharCode(folded).toUpperCase();
      if (upper.length === 1 && upper.charCodeAt(0) >= 128 && upper.charCodeAt(0) !== folded) {
        otherSym.set(upper.charCodeAt(0), sym);
      }
    }
    return sym;
  };

  const first = new Int32Array(capacity); // first child, 0 = none (the root is never a child)
  const next = new Int32Array(capacity); // next sibling, 0 = none
  const label = new Uint16Array(capacity); // symbol on the edge into the node
  const wordEdge = new Uint8Array(capacity); // 1 when that edge's character is a letter or digit
  const patHead = new Int32Array(capacity).fill(-1); // a pattern ending here, -1 = none
  const samePattern = new Int32Array(patterns.length).fill(-1); // next pattern with the same folded text
  let nodes = 1;
  // The root's children are looked up by symbol; sized once the alphabet is known.
  const rootChildren = new Map<number, number>();

  // Whether every pattern begins with an ASCII letter or digit (see `wordStartFinder`).
  let asciiStarts = true;
  for (let p = 0; p < patterns.length; p++) {
    const pattern = patterns[p];
    if (pattern.length === 0) continue;
    if (asciiStarts && !STARTS_WITH_ASCII_ALNUM.test(pattern)) asciiStarts = false;
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const sym = symbolOf(foldUnit(pattern.charCodeAt(i)));
      let child = 0;
      if (node === 0) child = rootChildren.get(sym) ?? 0;
      else for (let c = first[node]; c !== 0; c = next[c]) if (label[c] === sym) { child = c; break; }
      if (child === 0) {
        child = nodes++;
        label[child] = sym;
        wordEdge[child] = isWordCharAt(pattern, i) ? 1 : 0;
        next[child] = first[node];
        first[node] = child;
        if (node === 0) rootChildren.set(sym, child);
      }
      node = child;
    }
    samePattern[p] = patHead[node];
    patHead[node] = p;
  }

  // Trim the build arrays to the nodes actually made.
  const firstT = first.slice(0, nodes);
  const nextT = next.slice(0, nodes);
  const labelT = label.slice(0, nodes);
  const patHeadT = patHead.slice(0, nodes);
  const wordEdgeT = wordEdge.slice(0, nodes);

  const rootNext = new Int32Array(symbols + 1);
  for (const [sym, child] of rootChildren) rootNext[sym] = child;

  const step = (state: number, sym: number): number => {
    if (state === 0) return rootNext[sym];
    for (let c = firstT[state]; c !== 0; c = nextT[c]) if (labelT[c] === sym) return c;
    return 0;
  };

  // Failure links (to the longest proper suffix that is a trie node) and
  // report links (per node, the first node whose patterns it reports: itself,
  // or down dictionary links to the nearest suffix where a pattern ends; 0 for
  // none), breadth first. Two sets: every suffix, for a plain search; and only
  // suffixes that begin at a word start (after a character that is not a letter
  // or digit), for a word-start search, which never begins a match inside a
  // word anyway. The second set spares the search the states of "ecur", "cur",
  // "r"... while it reads "security": on news text that was most of its work.
  const links = (wordStartsOnly: boolean): Links => {
    const fail = new Int32Array(nodes);
    const dict = new Int32Array(nodes);
    const report = new Int32Array(nodes);
    const queue = new Int32Array(nodes);
    let head = 0;
    let tail = 0;
    queue[tail++] = 0;
    while (head < tail) {
      const u = queue[head++];
      for (let v = firstT[u]; v !== 0; v = nextT[v]) {
        let f = 0;
        if (u !== 0) {
          for (let s = fail[u]; ; s = fail[s]) {
            if (s === 0) {
              // The suffix that is just this last character: a new match beginning here.
              f = wordStartsOnly && wordEdgeT[u] === 1 ? 0 : rootNext[labelT[v]];
              break;
            }
            const t = step(s, labelT[v]);
            if (t !== 0) {
              f = t;
              break;
            }
          }
        }
        fail[v] = f;
        dict[v] = patHeadT[f] >= 0 ? f : dict[f];
        report[v] = patHeadT[v] >= 0 ? v : dict[v];
        queue[tail++] = v;
      }
    }
    return { fail, dict, report };
  };
  // Each set is built on the first search that needs it: the matcher's
  // word-start searches of whole texts, found natively, need neither.
  let wordStartLinks: Links | undefined;
  let allLinks: Links | undefined;

  // Per ASCII code unit, its symbol and (bit 16) whether it is a letter or digit.
  const asciiInfo = new Int32Array(128);
  for (let c = 0; c < 128; c++) asciiInfo[c] = asciiSym[c] | (ASCII_WORD[c] << 16);

  const starts = asciiStarts
    ? wordStartFinder({ first: firstT, next: nextT, label: labelT, patHead: patHeadT, charOf })
    : undefined;

  // Reports the patterns that begin at `start`, walking the trie from the root
  // while the text follows it: in order of end.
  const reportFrom = (text: string, start: number, end: number, onMatch: (pattern: number, end: number) => void): void => {
    let state = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      const sym = c < 128 ? asciiSym[c] : (otherSym.get(c) ?? 0);
      if (sym === 0) return;
      state = step(state, sym);
      if (state === 0) return;
      for (let p = patHeadT[state]; p >= 0; p = samePattern[p]) onMatch(p, i + 1);
    }
  };

  return {
    patternCount: patterns.length,
    nodeCount: nodes,
    findsWordStartsNatively: starts !== undefined,
    search(text, onMatch, options = {}) {
      const { from = 0, to = text.length, wordStarts = false } = options;
      if (wordStarts && starts && from <= 0 && to >= text.length) {
        // Word starts where a pattern may begin, found natively; the trie
        // walks from each. No script loop over every character.
        // `lastIndex` is set before each use: `onMatch` may search too.
        for (let at = 0; ; ) {
          starts.lastIndex = at;
          const m = starts.exec(text);
          if (m === null) return;
          // The match holds the code unit before the start, unless at the text's start.
          const start = ASCII_WORD[text.charCodeAt(m.index)] === 1 ? m.index : m.index + 1;
          if (!isWordCharAt(text, start - 1)) reportFrom(text, start, text.length, onMatch);
          at = start + 1;
        }
      }
      const block = wordStarts ? 1 : 0;
      const { fail, dict, report } = wordStarts ? (wordStartLinks ??= links(true)) : (allLinks ??= links(false));
      const end = Math.min(to, text.length);
      let state = 0;
      let afterWord = 0; // 1 when the previous code unit is a letter or digit (and that matters)
      for (let i = Math.max(0, from); i < end; i++) {
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
          // Most characters of a page: at the root, and either barred or no alias starts so.
          if (barred === 1) continue;
          state = rootNext[sym];
          if (state === 0) continue;
        } else {
          for (;;) {
            let child = 0;
            for (let k = firstT[state]; k !== 0; k = nextT[k]) {
              if (labelT[k] === sym) {
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
          for (let p = patHeadT[o]; p >= 0; p = samePattern[p]) onMatch(p, i + 1);
        }
      }
    },
  };
}

/** Above this many trie nodes the regular expression would be slow to compile, or too large. */
const MAX_FINDER_NODES = 20_000;

/**
 * A regular expression that finds, case-insensitively, each place where a
 * pattern may begin at the start of a word (the text's start, or after a code
 * unit that is not an ASCII letter or digit), with that code unit: a superset
 * of what a word-start search reports, found by the regular expression engine,
 * which scans natively. On a fresh page a script loop over every character runs
 * unoptimised for most of its first megabyte, two to three times slower.
 *
 * Built from the trie, one branch per next character. A branch ends at the
 * first pattern end (the walk from the start then finds every pattern there),
 * and before a character outside ASCII, whose case the expression would fold
 * differently. Undefined, and the automaton searches alone, unless every
 * pattern begins with an ASCII letter or digit: a match's start is then known
 * from its first code unit.
 */
function wordStartFinder(trie: {
  first: Int32Array;
  next: Int32Array;
  label: Uint16Array;
  patHead: Int32Array;
  charOf: string[];
}): RegExp | undefined {
  const { first, next, label, patHead, charOf } = trie;
  if (first.length > MAX_FINDER_NODES || first[0] === 0) return undefined;
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
