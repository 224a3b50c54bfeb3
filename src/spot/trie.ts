/**
 * The pattern trie under the Aho-Corasick automaton, in typed arrays.
 *
 * Case-insensitive by code unit: patterns are folded to lower case one UTF-16
 * code unit at a time, and each folded unit that occurs in some pattern gets a
 * symbol (1..); every other character is symbol 0, which no edge carries.
 * Children are first child / next sibling lists, except the root's: a dense
 * table by symbol, as its fan-out is the widest and a search returns to it
 * after most characters. 15 bytes per node.
 */
import { foldUnit, isWordCharAt } from '../text/words';

export interface Trie {
  /** First child per node, 0 = none (the root is never a child). */
  first: Int32Array;
  /** Next sibling per node, 0 = none. */
  next: Int32Array;
  /** Symbol on the edge into each node. */
  label: Uint16Array;
  /** 1 where the edge into the node carries a letter or digit. */
  wordEdge: Uint8Array;
  /** A pattern ending at each node, -1 = none; further ones through `samePattern`. */
  patHead: Int32Array;
  /** Per pattern, the next pattern with the same folded text, -1 = none. */
  samePattern: Int32Array;
  /** The root's child per symbol, 0 = none. */
  rootNext: Int32Array;
  /** Symbol of each ASCII code unit, upper case included. */
  asciiSym: Uint16Array;
  /** Symbol of each other code unit that has one. */
  otherSym: Map<number, number>;
  /** Per symbol, the folded character it stands for. */
  charOf: string[];
  /** Whether every non-empty pattern begins with an ASCII letter or digit. */
  asciiStarts: boolean;
}

const STARTS_WITH_ASCII_ALNUM = /^[A-Za-z0-9]/;

/** True for the code unit of an ASCII letter or digit. */
export function isAsciiAlnum(c: number): boolean {
  const lower = c | 32;
  return (c >= 48 && c <= 57) || (lower >= 97 && lower <= 122);
}

/** Symbols for folded code units, made as patterns bring them. */
class Alphabet {
  readonly asciiSym = new Uint16Array(128);
  readonly otherSym = new Map<number, number>();
  readonly charOf: string[] = [''];
  size = 0;

  symbolOf(folded: number): number {
    if (folded < 128) {
      if (this.asciiSym[folded] === 0) {
        this.asciiSym[folded] = this.add(folded);
        // The page's upper-case letter takes the same path as the lower-case one.
        if (folded >= 97 && folded <= 122) this.asciiSym[folded - 32] = this.size;
      }
      return this.asciiSym[folded];
    }
    let sym = this.otherSym.get(folded);
    if (sym === undefined) {
      sym = this.add(folded);
      this.otherSym.set(folded, sym);
      // Its upper-case form too, unless that is ASCII ("ı" → "I"): ASCII "I"
      // must keep folding to "i".
      const upper = String.fromCharCode(folded).toUpperCase();
      if (upper.length === 1 && upper.charCodeAt(0) >= 128 && upper.charCodeAt(0) !== folded) {
        this.otherSym.set(upper.charCodeAt(0), sym);
      }
    }
    return sym;
  }

  private add(folded: number): number {
    this.charOf[++this.size] = String.fromCharCode(folded);
    return this.size;
  }
}

/** Builds the trie of `patterns`, in time linear in their total length. Empty patterns end nowhere. */
export function buildTrie(patterns: readonly string[]): Trie {
  let total = 0;
  for (const p of patterns) total += p.length;
  const capacity = total + 1;
  const first = new Int32Array(capacity);
  const next = new Int32Array(capacity);
  const label = new Uint16Array(capacity);
  const wordEdge = new Uint8Array(capacity);
  const patHead = new Int32Array(capacity).fill(-1);
  const samePattern = new Int32Array(patterns.length).fill(-1);
  const alphabet = new Alphabet();
  // The root's children by symbol; made dense once the alphabet is known.
  const rootChildren = new Map<number, number>();
  let nodes = 1;
  let asciiStarts = true;

  for (let p = 0; p < patterns.length; p++) {
    const pattern = patterns[p];
    if (pattern.length === 0) continue;
    if (asciiStarts && !STARTS_WITH_ASCII_ALNUM.test(pattern)) asciiStarts = false;
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const sym = alphabet.symbolOf(foldUnit(pattern.charCodeAt(i)));
      let child = node === 0 ? (rootChildren.get(sym) ?? 0) : listChild(first, next, label, node, sym);
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

  const rootNext = new Int32Array(alphabet.size + 1);
  for (const [sym, child] of rootChildren) rootNext[sym] = child;
  return {
    first: first.slice(0, nodes),
    next: next.slice(0, nodes),
    label: label.slice(0, nodes),
    wordEdge: wordEdge.slice(0, nodes),
    patHead: patHead.slice(0, nodes),
    samePattern,
    rootNext,
    asciiSym: alphabet.asciiSym,
    otherSym: alphabet.otherSym,
    charOf: alphabet.charOf,
    asciiStarts,
  };
}

function listChild(first: Int32Array, next: Int32Array, label: Uint16Array, node: number, sym: number): number {
  for (let c = first[node]; c !== 0; c = next[c]) if (label[c] === sym) return c;
  return 0;
}

/** The child of `node` along `sym`, 0 = none. */
export function childOf(trie: Trie, node: number, sym: number): number {
  return node === 0 ? trie.rootNext[sym] : listChild(trie.first, trie.next, trie.label, node, sym);
}

/**
 * Reports the patterns that begin at `start` (and end by `end`), walking the
 * trie from the root while the text follows it: in order of end.
 */
export function reportFrom(trie: Trie, text: string, start: number, end: number, onMatch: (pattern: number, end: number) => void): void {
  const { first, next, label, rootNext, asciiSym, otherSym, patHead, samePattern } = trie;
  let node = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const sym = c < 128 ? asciiSym[c] : (otherSym.get(c) ?? 0);
    if (sym === 0) return;
    node = node === 0 ? rootNext[sym] : listChild(first, next, label, node, sym);
    if (node === 0) return;
    for (let p = patHead[node]; p >= 0; p = samePattern[p]) onMatch(p, i + 1);
  }
}
