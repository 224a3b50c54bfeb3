/**
 * Spots the index's entities, quotations and reused passages in a page's text.
 *
 * The content script hands over the page's text as one flat string (its text
 * nodes joined) and gets back matches with offsets into that same string; it
 * maps them to DOM nodes itself. Pure TypeScript: no DOM.
 *
 * Pipeline: normalise (the shared `normalizeWithOffsets`, as at index time) →
 * one Aho-Corasick pass for every alias → per occurrence: whole word, case
 * rule, weak-alias context → quotations between quote marks → passages by
 * sentence shingles → map offsets back to the input.
 *
 * Weak aliases ("Rice", "Xi") count only where the page also names the entity
 * by a strong alias. That is a property of the whole page, so the work is in
 * two steps a page can run slice by slice:
 *
 * ```ts
 * const matcher = createMatcher(spotIndex);
 * // One string: both steps at once.
 * const matches = matcher.match(pageText);
 * // Slices: scan each, pool the anchors, then resolve each.
 * const scans = slices.map((s) => matcher.scan(s));
 * const anchors = new Set(scans.flatMap((s) => [...s.anchors]));
 * const perSlice = scans.map((s) => matcher.resolve(s, anchors));
 * ```
 *
 * Slices should end at block boundaries: a quotation or a sentence cut in two
 * by a slice edge is looked for in each half only. An entity is an anchor as
 * soon as a strong alias of it passes the word, case and context checks, even
 * if a longer overlapping match of another entity later wins the span.
 *
 * Known limits: a page in capitals ("LET US GO") can show an acronym alias
 * that is really a word; quotations in single quote marks are not looked for.
 */
import type { EntityKind, SpotAlias, SpotIndex } from '../contracts/schema';
import type { SpotKind } from '../contracts/messages';
import { normalizeWithOffsets } from '../text/normalize';
import { buildAutomaton, type Automaton } from './aho-corasick';
import { fitsCase } from './case-rules';
import { citesOutlet } from './outlet-citation';
import { rejectsInContext, rejectsInOwnWords } from './name-context';
import { createPassageFinder, type PassageFinder } from './passages';
import { meansOtherPlace } from './other-sense';
import { createQuoteFinder, type QuoteFinder } from './quotes';
import { honorificGender, rejectsWeak, type Gender, type WeakEntity } from './weak-context';
import { isDigitAt, isUpperAt, isWordCharAt } from '../text/words';

export interface SpotMatch {
  /** Offsets into the text given to `match` / `scan`: `text === input.slice(start, end)`. */
  start: number;
  end: number;
  kind: SpotKind;
  /** Entity id, quote id or passage id (alignment or sentence id). */
  id: string;
  text: string;
}

/** An entity occurrence found by `scan`, kept or dropped by `resolve`. */
export interface EntityCandidate extends SpotMatch {
  kind: EntityKind;
  /** Index into `SpotIndex.aliases` of the alias that matched. */
  alias: number;
  weak: boolean;
}

/** What `scan` found in one text (or one slice of a page). */
export interface PageScan {
  /** Entity occurrences that passed the word, case and context checks; may overlap. */
  candidates: EntityCandidate[];
  /** Quote and passage matches: final, they need no anchoring. */
  others: SpotMatch[];
  /** Ids of the entities this text names by a strong alias. */
  anchors: Set<string>;
  /**
   * Words saying the text means another place of an entity's name ("Seattle"
   * for Washington the state), with that entity's id: on a page holding one
   * and naming nothing else the index knows, the entity is not painted (see
   * `SpotEntity.otherSense`).
   */
  otherSense: SpotMatch[];
}

export interface MatchOptions {
  /** Entity ids named by a strong alias elsewhere on the page (other slices). */
  anchors?: Iterable<string>;
}

export interface Matcher {
  /**
   * Everything spotted in `text`, sorted by start (longer first on a tie).
   * Entity matches never overlap one another; a quote or passage match may
   * contain entity matches (they are other layers). Weak aliases count where
   * `text` itself or `options.anchors` names their entity strongly. Empty for
   * an empty text or an empty index.
   */
  match(text: string, options?: MatchOptions): SpotMatch[];
  /** Step one: candidates, final quote/passage matches and anchors of `text`. */
  scan(text: string): PageScan;
  /**
   * Step two: keeps the weak candidates whose entity is in `anchors` (the
   * scan's own anchors always count), resolves overlaps (longest wins, then
   * strong before weak, then earlier alias), returns as `match` does.
   */
  resolve(scan: PageScan, anchors?: Iterable<string>): SpotMatch[];
  /**
   * A quick yes or no for a whole page read as one string (an element's
   * `textContent`, its blocks run together: "…in 2015.Susan Rice said"):
   * false only when no block of it can hold anything `scan` would report,
   * weak aliases and other-sense cues included. So it is lenient where `scan`
   * is strict: an alias counts at a word boundary or at a seam where blocks
   * may have met (a capital after a small letter or digit, a digit after a
   * letter), and only the context rules that read the match's own words
   * and the characters touching it (a locale's "en-US", a Title Cased phrase)
   * apply, never one that reads a neighbouring word, which may belong to
   * another block.
   *
   * Misses what no seam shows: a block that begins with a small letter right
   * after a word ("…endcyberweapons"), or a capital after a capital
   * ("WASHINGTONObama").
   */
  mayMention(text: string): boolean;
  /**
   * Makes ahead what the first texts would make at once, in steps (see
   * `PassageFinder.prepare`): the passages' filter and table, which grow with
   * the reader's library.
   */
  prepare(): Generator<void, void, void>;
}

const HONORIFIC_ALIAS = /^(\S+)\s/;

/** Builds the automaton and lookup tables once; `match` then allocates only per match. */
export function createMatcher(index: SpotIndex): Matcher {
  const tables = matcherTables(index);
  const scan = (text: string) => scanText(tables, text);
  return {
    scan,
    resolve,
    mayMention: (text) => mayMention(tables, text),
    match: (text, options) => resolve(scan(text), options?.anchors),
    prepare: () => tables.passageFinder.prepare(),
  };
}

/** An other-sense cue, searched in the same pass as the aliases (numbered after them). */
interface Cue {
  text: string;
  entity: number;
}

/** What `scan` and `mayMention` read, made once per index. */
interface MatcherTables {
  index: SpotIndex;
  aliases: readonly SpotAlias[];
  cues: readonly Cue[];
  automaton: Automaton;
  quoteFinder: QuoteFinder;
  passageFinder: PassageFinder;
  /** Per alias: what the weak-context rules need about its entity, for a weak alias. */
  weakInfo: readonly (WeakEntity | undefined)[];
  oneWord: readonly boolean[];
  kinds: readonly EntityKind[];
  /** Per alias: its entity is an outlet, highlighted only where cited. */
  outlets: readonly boolean[];
}

function matcherTables(index: SpotIndex): MatcherTables {
  const aliases = index.aliases;
  const cues: Cue[] = [];
  index.entities.forEach((e, entity) => {
    for (const text of e.otherSense ?? []) cues.push({ text, entity });
  });
  return {
    index,
    aliases,
    cues,
    automaton: buildAutomaton([...aliases.map((a) => a.text), ...cues.map((c) => c.text)]),
    quoteFinder: createQuoteFinder(index.quotes),
    passageFinder: createPassageFinder(index.passages),
    weakInfo: weakEntities(index),
    oneWord: aliases.map((a) => !a.text.includes(' ')),
    kinds: aliases.map((a) => index.entities[a.entity].kind),
    outlets: aliases.map((a) => index.entities[a.entity].outlet === true),
  };
}

/** Per alias, for a weak one: its entity's genders (from its honorific aliases), whether a person, whether the alias is the surname. */
function weakEntities(index: SpotIndex): (WeakEntity | undefined)[] {
  const genders = index.entities.map(() => new Set<Gender>());
  for (const a of index.aliases) {
    const g = honorificGender(HONORIFIC_ALIAS.exec(a.text)?.[1] ?? '');
    if (g) genders[a.entity].add(g);
  }
  return index.aliases.map((a) => {
    if (!a.weak) return undefined;
    const entity = index.entities[a.entity];
    const nameWords = entity.name.split(' ');
    return {
      genders: genders[a.entity],
      person: entity.kind === 'person',
      surnameFirst: nameWords.length > 1 && nameWords[0] === a.text,
    };
  });
}

/** Step one of `match` (see `Matcher.scan`). */
function scanText(tables: MatcherTables, input: string): PageScan {
  const { index, cues } = tables;
  const { text, toInput } = normalizeWithOffsets(input);
  const { found, cueHits } = findNames(tables, text);
  const span = inputSpans(input, toInput);
  const { candidates, anchors } = entityCandidates(tables, input, found, span);
  const others: SpotMatch[] = [];
  for (const hit of tables.quoteFinder.find(text, (i) => input.charCodeAt(toInput(i)))) {
    others.push(span.match(hit.start, hit.end, 'quote', index.quotes[hit.quote].id));
  }
  for (const hit of tables.passageFinder.find(text)) {
    others.push(span.match(hit.start, hit.end, 'passage', index.passages[hit.passage].id));
  }
  const otherSense: SpotMatch[] = [];
  for (let k = 0; k < cueHits.length; k += 3) {
    const entity = index.entities[cues[cueHits[k]].entity];
    otherSense.push(span.match(cueHits[k + 1], cueHits[k + 2], entity.kind, entity.id));
  }
  return { candidates, others, anchors, otherSense };
}

/**
 * The aliases and other-sense cues that pass the word, case and context
 * checks in normalised `text`, flat: `alias, start, end` and `cue, start, end`.
 */
function findNames(tables: MatcherTables, text: string): { found: number[]; cueHits: number[] } {
  const { aliases, cues, weakInfo, oneWord, kinds, outlets } = tables;
  const found: number[] = [];
  const cueHits: number[] = [];
  tables.automaton.search(
    text,
    (p, end) => {
      if (p >= aliases.length) {
        const cue = cues[p - aliases.length].text;
        const start = end - cue.length;
        if (isWholeWord(text, start, end) && fitsCase(text, start, cue, 'title')) cueHits.push(p - aliases.length, start, end);
        return;
      }
      const alias = aliases[p];
      const start = end - alias.text.length;
      if (!isWholeWord(text, start, end)) return;
      if (!fitsCase(text, start, alias.text, alias.case)) return;
      if (rejectsInContext(text, start, end, alias.text, alias.case, kinds[p])) return;
      if (outlets[p] && !citesOutlet(text, start, end)) return;
      const weak = weakInfo[p];
      if (weak && rejectsWeak(text, start, end, oneWord[p], weak)) return;
      found.push(p, start, end);
    },
    { wordStarts: true },
  );
  return { found, cueHits };
}

/** Maps normalised offsets back to the input given to `scan`. */
interface InputSpans {
  start(s: number): number;
  /** Just past the input code units of the normalised one before `e` (a surrogate pair whole). */
  end(e: number): number;
  match(s: number, e: number, kind: SpotKind, id: string): SpotMatch;
}

function inputSpans(input: string, toInput: (i: number) => number): InputSpans {
  const end = (e: number): number => {
    if (e === 0) return toInput(0);
    const j = toInput(e - 1);
    const c = input.charCodeAt(j);
    return j + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
  };
  return {
    start: toInput,
    end,
    // Plain object literals of one shape: a spread here cost microseconds each.
    match(s, e, kind, id) {
      const from = toInput(s);
      const to = end(e);
      return { start: from, end: to, kind, id, text: input.slice(from, to) };
    },
  };
}

/** The entity candidates of `findNames`'s hits, in input offsets, and the entities named strongly. */
function entityCandidates(
  tables: MatcherTables,
  input: string,
  found: readonly number[],
  span: InputSpans,
): { candidates: EntityCandidate[]; anchors: Set<string> } {
  const candidates: EntityCandidate[] = [];
  const anchors = new Set<string>();
  for (let k = 0; k < found.length; k += 3) {
    const alias = tables.aliases[found[k]];
    const entity = tables.index.entities[alias.entity];
    const start = span.start(found[k + 1]);
    const end = span.end(found[k + 2]);
    candidates.push({ start, end, kind: entity.kind, id: entity.id, text: input.slice(start, end), alias: found[k], weak: alias.weak });
    if (!alias.weak) anchors.add(entity.id);
  }
  return { candidates, anchors };
}

/** Step two of `match` (see `Matcher.resolve`). */
function resolve(page: PageScan, anchors: Iterable<string> = []): SpotMatch[] {
  const known = new Set(anchors);
  const cued = new Set(page.otherSense.map((m) => m.id));
  const kept = page.candidates.filter((c) => (!c.weak || known.has(c.id) || page.anchors.has(c.id)) && !meansOtherPlace(c.id, cued, page.anchors));
  const out: SpotMatch[] = [];
  for (const c of longestFirst(kept)) out.push({ start: c.start, end: c.end, kind: c.kind, id: c.id, text: c.text });
  out.push(...page.others);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** See `Matcher.mayMention`. */
function mayMention(tables: MatcherTables, input: string): boolean {
  const { text, toInput } = normalizeWithOffsets(input);
  return (
    mayNameAny(tables, text) || tables.quoteFinder.find(text, (i) => input.charCodeAt(toInput(i))).length > 0 || tables.passageFinder.find(text).length > 0
  );
}

/** Whether some alias or cue in normalised `text` passes the lenient checks `mayMention` describes. */
function mayNameAny(tables: MatcherTables, text: string): boolean {
  const { aliases, cues, kinds } = tables;
  let found = false;
  // A plain search: an alias may start inside what looks like a word ("HelloSusan").
  tables.automaton.search(text, (p, end) => {
    if (found) return;
    const alias = p < aliases.length ? aliases[p] : undefined;
    const pattern = alias ? alias.text : cues[p - aliases.length].text;
    const start = end - pattern.length;
    if (!opensAt(text, start) || !closesAt(text, end) || isGluedByApostrophe(text, start, end)) return;
    if (!alias) {
      found = fitsCase(text, start, pattern, 'title');
      return;
    }
    found = fitsCase(text, start, pattern, alias.case) && !rejectsInOwnWords(text, start, end, pattern, alias.case, kinds[p]);
  });
  return found;
}

/**
 * True when `text[start, end)` is a whole word (or words): no letter or digit
 * touches it, and no apostrophe glues it to one ("O'Rice", "Xi'an"), except a
 * possessive "'s" after it ("Obama's", "Sony's").
 */
function isWholeWord(text: string, start: number, end: number): boolean {
  return !isWordCharAt(text, start - 1) && !isWordCharAt(text, end) && !isGluedByApostrophe(text, start, end);
}

/** True when an apostrophe joins `text[start, end)` to a word, a possessive "'s" after it aside. */
function isGluedByApostrophe(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) === 39 && isWordCharAt(text, start - 2)) return true;
  if (text.charCodeAt(end) === 39 && isWordCharAt(text, end + 1)) {
    const s = text.charCodeAt(end + 1);
    return !((s === 115 || s === 83) && !isWordCharAt(text, end + 2));
  }
  return false;
}

/** True where a word may begin at `start`: after no word character, or at a seam (a capital after a small letter or digit). */
function opensAt(text: string, start: number): boolean {
  return !isWordCharAt(text, start - 1) || (isUpperAt(text, start) && !isUpperAt(text, start - 1));
}

/** True where a word may end at `end`: before no word character, or at a seam (a capital after a non-capital, a digit after a letter). */
function closesAt(text: string, end: number): boolean {
  if (!isWordCharAt(text, end)) return true;
  if (isUpperAt(text, end)) return !isUpperAt(text, end - 1);
  return isDigitAt(text, end) && !isDigitAt(text, end - 1);
}

/**
 * Non-overlapping candidates, longest first: overlapping candidates form a
 * cluster, and inside one the longest is kept, then the longest that does not
 * overlap what is kept, and so on. Ties: strong before weak, then lower alias index.
 */
function longestFirst(candidates: EntityCandidate[]): EntityCandidate[] {
  const byStart = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: EntityCandidate[] = [];
  for (let i = 0; i < byStart.length;) {
    let j = i + 1;
    let reach = byStart[i].end;
    while (j < byStart.length && byStart[j].start < reach) reach = Math.max(reach, byStart[j++].end);
    if (j === i + 1) out.push(byStart[i]);
    else {
      const cluster = byStart.slice(i, j).sort((a, b) => b.end - b.start - (a.end - a.start) || Number(a.weak) - Number(b.weak) || a.alias - b.alias);
      const kept: EntityCandidate[] = [];
      for (const c of cluster) if (kept.every((k) => k.end <= c.start || c.end <= k.start)) kept.push(c);
      out.push(...kept);
    }
    i = j;
  }
  return out;
}
