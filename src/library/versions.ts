/**
 * Versions of one article: what the reader's library keeps when a page it
 * has changes (issue: "every version of an article kept and compared").
 * Pure: the store keeps the records, the background asks for the changes.
 *
 * A change is a version only when a reader would call it one: white space,
 * punctuation and case, an "Updated at …" line, and short lines that come and
 * go around an article (related links, ad slots, captions, share prompts) are
 * not. Sentences are then paired in order (the longest run of sentences the
 * two texts share), and the sentences between two shared ones are paired by
 * the words they share: a sentence that keeps most of its words is changed,
 * the rest are removed or added.
 */
import type { VersionChanges } from '../contracts/library-messages';
import type { Discrepancy } from '../contracts/schema';
import type { ParsedSource } from '../intake/types';
import { compareSources } from '../compare/compare';
import { isDateWord } from '../text/lexicon';
import { lcsPairs } from '../text/lcs';

/** One earlier reading of an article, kept when the page changed after it. */
export interface ArticleVersion {
  /** The article's id. */
  id: string;
  /** 1 for the first reading; the article's record itself is the latest. */
  n: number;
  /** When this text was first read (ISO). */
  readAt: string;
  /** The article as it was read then. */
  parsed: ParsedSource;
}

/** Paragraphs shorter than this (in words) do not make a version: menus, related links, captions, ad slots. */
const MIN_PARAGRAPH_WORDS = 6;

/** Words of a line that only says when the page was published or updated ("Updated 3:02 p.m. ET, Dec. 5"). */
const STAMP_WORDS = new Set(
  'last first updated update modified edited published posted on at am pm p m a m gmt utc et est edt ct cst cdt pt pst pdt bst cet cest jst ist hrs h'.split(
    ' ',
  ),
);

/** A date and time alone, with at most the words that say so: a sentence that opens with "Published figures show" is none. */
function isTimestampLine(line: string): boolean {
  if (line.length > 100 || !/\d/.test(line)) return false;
  return textKey(line)
    .split(' ')
    .every((w) => STAMP_WORDS.has(w) || /^\d+(?:st|nd|rd|th)?$/.test(w) || isDateWord(w));
}

/** Letters and digits only, in lower case: what a change must touch to count. */
export function textKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The paragraphs of a body that a change must touch to be a new version. */
export function meaningfulParagraphs(body: string): string[] {
  const kept: string[] = [];
  for (const paragraph of body.split(/\n\s*\n/)) {
    const line = paragraph.replace(/\s+/g, ' ').trim();
    if (!line || isTimestampLine(line)) continue;
    const key = textKey(line);
    if (key.split(' ').length < MIN_PARAGRAPH_WORDS) continue;
    kept.push(key);
  }
  return kept;
}

/** Whether `after` is another version of the article than `before` (not only a trivial change). */
export function isNewVersion(before: { title: string; body: string }, after: { title: string; body: string }): boolean {
  if (textKey(before.title) !== textKey(after.title)) return true;
  const a = meaningfulParagraphs(before.body);
  const b = meaningfulParagraphs(after.body);
  return a.length !== b.length || a.some((p, i) => p !== b[i]);
}

/** Share of the shorter sentence's words the two share, in order: 1 for a copy. */
function overlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  return lcsPairs(a, b).length / Math.min(a.length, b.length);
}

/** A changed sentence keeps at least this share of its words (fewer: one removed and another added). */
const CHANGED_OVERLAP = 0.5;

/** The sentences removed, added and changed from `before` to `after` (the meaning changes are the caller's). */
export function sentenceChanges(before: readonly string[], after: readonly string[]): Omit<VersionChanges, 'meaning' | 'title'> {
  const keysA = before.map(textKey);
  const keysB = after.map(textKey);
  const anchors = lcsPairs(keysA, keysB);
  const result: Omit<VersionChanges, 'meaning' | 'title'> = { changed: [], added: [], removed: [] };
  let i = 0;
  let j = 0;
  for (const [ai, bj] of [...anchors, [before.length, after.length] as [number, number]]) {
    pairGap(before.slice(i, ai), after.slice(j, bj), keysA.slice(i, ai), keysB.slice(j, bj), result);
    i = ai + 1;
    j = bj + 1;
  }
  return result;
}

/** Pairs the sentences between two shared ones: each old sentence with the new one (after the last paired) sharing most words. */
function pairGap(a: string[], b: string[], keysA: string[], keysB: string[], out: Omit<VersionChanges, 'meaning' | 'title'>): void {
  const wordsA = keysA.map((k) => k.split(' ').filter(Boolean));
  const wordsB = keysB.map((k) => k.split(' ').filter(Boolean));
  let next = 0;
  for (let x = 0; x < a.length; x++) {
    let best = -1;
    let bestScore = CHANGED_OVERLAP;
    for (let y = next; y < b.length; y++) {
      const score = overlap(wordsA[x], wordsB[y]);
      if (score >= bestScore) {
        best = y;
        bestScore = score;
        if (score === 1) break;
      }
    }
    if (best < 0) {
      out.removed.push(a[x]);
      continue;
    }
    for (let y = next; y < best; y++) out.added.push(b[y]);
    // A sentence whose words are all there (only punctuation or case changed) is no change.
    if (keysA[x] !== keysB[best]) out.changed.push({ before: a[x], after: b[best] });
    next = best + 1;
  }
  for (let y = next; y < b.length; y++) out.added.push(b[y]);
}

/**
 * What a change of meaning is called between two versions of one article:
 * the comparison's own labels read from whichever source it takes as the
 * origin ("negation added"), but here the earlier version is the origin.
 */
const CHANGE_LABELS: Partial<Record<Discrepancy['kind'], string>> = {
  negation: 'negation changed',
  date: 'date changed',
  number: 'number changed',
  modal: 'certainty changed',
  attribution: 'attribution changed',
  role: 'role changed',
  quote: 'quotation changed',
};

/** One version as the comparison takes it: its own source id and name, so that two readings of one article compare as two sources. */
function asSource(parsed: ParsedSource, id: string, name: string): ParsedSource {
  const prefix = parsed.source.id;
  return {
    ...parsed,
    source: { ...parsed.source, id, shortName: name, outlet: name },
    sentences: parsed.sentences.map((s) => ({ ...s, source: id, id: id + s.id.slice(prefix.length) })),
  };
}

/** Everything that changed from `before` to `after`, with the meaning changes the comparison finds. */
export function versionChanges(before: ParsedSource, after: ParsedSource, names: [string, string]): VersionChanges {
  const changes: VersionChanges = {
    ...sentenceChanges(
      before.sentences.map((s) => s.text),
      after.sentences.map((s) => s.text),
    ),
    meaning: [],
  };
  if (textKey(before.source.title) !== textKey(after.source.title)) changes.title = { before: before.source.title, after: after.source.title };
  if (changes.changed.length === 0 && !changes.title) return changes;
  const compared = compareSources([asSource(before, 'src-version-a', names[0]), asSource(after, 'src-version-b', names[1])]);
  // Wording and omissions are the sentence lists' already: the meaning changes are the rest.
  changes.meaning = compared.discrepancies
    .filter((d) => d.kind !== 'wording' && d.kind !== 'omission')
    .map(({ kind, summary }) => ({ kind, label: CHANGE_LABELS[kind] ?? `${kind} changed`, summary }));
  return changes;
}
