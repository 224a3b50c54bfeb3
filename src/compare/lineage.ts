/**
 * Which sources reuse which: measured, never assumed.
 *
 * share(S ← P) is the share of S's words (comparison words of all its
 * sentences) matched, word for word, in P's sentences aligned with S's. A link
 * S ← P is kept when that share reaches `minShare`, or S names P's outlet and
 * reuses at least `minCitedShare` of its words. The direction between two
 * sources that share words: the one that names the other's outlet derives from
 * it; else the later publication date; else the one whose words are more
 * covered. A parent whose reused words an earlier parent already accounts for
 * (and which itself derives from that parent) is dropped: the blog that copied
 * the wire's source derives from the source, not the wire.
 *
 * Every source gets a Lineage entry (derivedFrom may be empty), in source order;
 * links sorted by share, highest first.
 */
import type { Lineage, Source, SourceRelation } from '../contracts/schema';
import type { AlignResult } from './align';
import { lcsPairs } from '../text/lcs';
import type { Prepared } from './prepare';
import { escapeRegExp } from '../text/regexp';

export interface LineageOptions {
  minShare?: number;
  minCitedShare?: number;
  /** A parent adding less than this share of new words beyond an earlier parent is redundant. */
  minAdded?: number;
}

const DEFAULTS: Required<LineageOptions> = { minShare: 0.15, minCitedShare: 0.03, minAdded: 0.05 };

/** A test for a body naming `outlet` ("The New York Times", also without "The" or a trailing parenthesis). */
function outletPattern(outlet: string): RegExp | undefined {
  const base = outlet
    .replace(/\s*\(.*\)\s*$/, '')
    .replace(/^the\s+/i, '')
    .trim();
  if (base.length < 4) return undefined;
  return new RegExp(`\\b${escapeRegExp(base)}\\b`, 'i');
}

/** Does `body` name `outlet`? Outlets shorter than four letters ("AP") are never matched: too ambiguous. */
export function names(body: string, outlet: string): boolean {
  return outletPattern(outlet)?.test(body) ?? false;
}

/** How much of each source reuses each other source, measured once for lineage and for how two sources stand to each other. */
export interface ReuseMeasure {
  /** Share of source s's words matched, word for word, in p's sentences aligned with s's (0..1). */
  share(s: number, p: number): number;
  /** Does s name p's outlet, p's own text not naming it (s cites p)? */
  cites(s: number, p: number): boolean;
  /** Source pairs sharing aligned words: `matched(s, p)` holds s's word positions found in p. */
  matched(s: number, p: number): ReadonlySet<number> | undefined;
  /** Each source's number of comparison words. */
  total: readonly number[];
  /** For each source, the sources it shares aligned words with, ascending. */
  sharing: readonly (readonly number[])[];
}

export function measureReuse(prepared: Prepared, aligned: AlignResult, sources: readonly Source[], bodies: readonly string[]): ReuseMeasure {
  const all = prepared.sentences;
  const n = sources.length;
  const keyOffset: number[] = [];
  const total = new Array<number>(n).fill(0);
  for (const s of all) {
    keyOffset.push(total[s.source]);
    total[s.source] += s.tokens.keys.length;
  }
  // matched[s][p]: S's word positions found in P's aligned sentences.
  const matched = new Map<number, Set<number>>();
  const cell = (s: number, p: number) => {
    const k = s * n + p;
    let set = matched.get(k);
    if (!set) matched.set(k, (set = new Set()));
    return set;
  };
  for (const group of aligned.members) {
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const a = all[group[x]];
        const b = all[group[y]];
        if (a.source === b.source) continue;
        const ab = cell(a.source, b.source);
        const ba = cell(b.source, a.source);
        for (const [i, j] of lcsPairs(a.tokens.keys, b.tokens.keys)) {
          ab.add(keyOffset[group[x]] + i);
          ba.add(keyOffset[group[y]] + j);
        }
      }
    }
  }
  const patterns = sources.map((src) => outletPattern(src.outlet));
  const namesOutlet = (s: number, p: number) => patterns[p]?.test(bodies[s]) ?? false;
  // Only sources that share aligned words can be linked: never look at all pairs.
  const sharing: number[][] = Array.from({ length: n }, () => []);
  for (const k of [...matched.keys()].sort((x, y) => x - y)) sharing[Math.floor(k / n)].push(k % n);
  return {
    share: (s, p) => (total[s] ? (matched.get(s * n + p)?.size ?? 0) / total[s] : 0),
    cites: (s, p) => namesOutlet(s, p) && !namesOutlet(p, p),
    matched: (s, p) => matched.get(s * n + p),
    total,
    sharing,
  };
}

/**
 * How two sources stand to each other: `versions` of one article when either
 * reuses at least `VERSION_SHARE` of its words from the other (a wire copy,
 * a repost: the same text edited); a `rewrite` when either names the
 * other's outlet and reuses some of its words ("according to The New York
 * Times"); else `independent` reports (two agencies' own accounts of one
 * event share words too, but neither copies the other).
 */
export function relationBetween(m: ReuseMeasure, a: number, b: number, options: LineageOptions = {}): SourceRelation {
  const { minCitedShare } = { ...DEFAULTS, ...options };
  if (Math.max(m.share(a, b), m.share(b, a)) >= VERSION_SHARE) return 'versions';
  if ((m.cites(a, b) && m.share(a, b) >= minCitedShare) || (m.cites(b, a) && m.share(b, a) >= minCitedShare)) return 'rewrite';
  return 'independent';
}

/** Sources sharing this share of their words are versions of one article. */
export const VERSION_SHARE = 0.5;

export function findLineage(
  prepared: Prepared,
  aligned: AlignResult,
  sources: Source[],
  bodies: string[],
  options: LineageOptions = {},
  measure: ReuseMeasure = measureReuse(prepared, aligned, sources, bodies),
): Lineage[] {
  const { minShare, minCitedShare, minAdded } = { ...DEFAULTS, ...options };
  const n = sources.length;
  const { share, cites, total, sharing } = measure;

  /** Does s derive from p (rather than p from s)? */
  const derives = (s: number, p: number): boolean => {
    const sp = cites(s, p);
    const ps = cites(p, s);
    if (sp !== ps) return sp;
    const ds = sources[s].published;
    const dp = sources[p].published;
    if (ds && dp && ds !== dp) return dp < ds;
    return share(s, p) > share(p, s);
  };

  const parents: number[][] = [];
  for (let s = 0; s < n; s++) {
    const list: number[] = [];
    for (const p of sharing[s]) {
      const sh = share(s, p);
      if ((sh >= minShare || (sh >= minCitedShare && cites(s, p))) && derives(s, p)) list.push(p);
    }
    parents.push(list);
  }
  const parentSets = parents.map((list) => new Set(list));
  const out: Lineage[] = [];
  for (let s = 0; s < n; s++) {
    const kept = parents[s].filter((p) => {
      const mine = measure.matched(s, p)!;
      return !parents[s].some((q) => {
        if (q === p || !parentSets[p].has(q)) return false;
        const theirs = measure.matched(s, q)!;
        // Counting stops once p adds enough: the share only grows with the count.
        let added = 0;
        for (const w of mine) if (!theirs.has(w) && ++added / total[s] >= minAdded) return false;
        return added / total[s] < minAdded;
      });
    });
    out.push({
      source: sources[s].id,
      derivedFrom: kept
        .map((p) => ({ from: sources[p].id, share: Math.round(share(s, p) * 1000) / 1000 }))
        .sort((x, y) => y.share - x.share || (x.from < y.from ? -1 : 1)),
    });
  }
  return out;
}
