/**
 * The Aho-Corasick links over a trie, made breadth first: per node, its
 * failure link (the longest proper suffix that is a trie node), its dictionary
 * link (the nearest such suffix where a pattern ends) and its report link (the
 * first node whose patterns it reports: itself, or its dictionary link; 0 for
 * none).
 *
 * Two kinds: over every suffix, for a plain search; and over only the suffixes
 * that begin at a word start (after a character that is not a letter or digit),
 * for a word-start search, which never begins a match inside a word anyway.
 * The second spares the search the states of "ecur", "cur", "r"... while it
 * reads "security": on news text that was most of its work. 12 bytes per node.
 */
import { childOf, type Trie } from './trie';

export interface Links {
  fail: Int32Array;
  dict: Int32Array;
  report: Int32Array;
}

export function buildLinks(trie: Trie, wordStartsOnly: boolean): Links {
  const { first, next, label, wordEdge, patHead, rootNext } = trie;
  const nodes = first.length;
  const fail = new Int32Array(nodes);
  const dict = new Int32Array(nodes);
  const report = new Int32Array(nodes);
  const queue = new Int32Array(nodes);
  let head = 0;
  let tail = 0;
  queue[tail++] = 0;
  while (head < tail) {
    const u = queue[head++];
    for (let v = first[u]; v !== 0; v = next[v]) {
      let f = 0;
      if (u !== 0) {
        for (let s = fail[u]; ; s = fail[s]) {
          if (s === 0) {
            // The suffix that is just this last character: a new match beginning here.
            f = wordStartsOnly && wordEdge[u] === 1 ? 0 : rootNext[label[v]];
            break;
          }
          const t = childOf(trie, s, label[v]);
          if (t !== 0) {
            f = t;
            break;
          }
        }
      }
      fail[v] = f;
      dict[v] = patHead[f] >= 0 ? f : dict[f];
      report[v] = patHead[v] >= 0 ? v : dict[v];
      queue[tail++] = v;
    }
  }
  return { fail, dict, report };
}
