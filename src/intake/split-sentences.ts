/**
 * Splits one paragraph into sentences, returning character spans into it.
 *
 * Abbreviation-aware: no break after titles (Mr. Ms. Mrs. Dr.), months (Sept.),
 * "No." before a number, single initials ("Susan E. Rice"); after dotted
 * acronyms (U.S., F.B.I.) and Jr./Inc. a break happens only if the next word
 * commonly opens a sentence ("...in the U.S. The..."). A quotation closing a
 * sentence (`."`, `?"`) breaks after its quote mark. A paragraph with no words
 * gives []; a paragraph with no break gives one span.
 */

import { MONTH_ABBREVIATIONS, SUFFIX_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../text/lexicon';

export interface Span {
  start: number;
  end: number;
}

const NEVER_ENDS: ReadonlySet<string> = new Set([...TITLE_ABBREVIATIONS, ...MONTH_ABBREVIATIONS]);
// Abbreviations that also end sentences: break only before a typical sentence opener.
const AMBIGUOUS: ReadonlySet<string> = new Set(SUFFIX_ABBREVIATIONS);
const OPENERS = new Set(
  (
    'the a an but and or it its he she they we i you this that these those there in on at for as after before ' +
    'when while if his her their our one some most many still however yet so meanwhile last earlier what who why ' +
    'how no not with from by under since although though both each all then also even'
  ).split(' '),
);

const CANDIDATE = /[.!?]+(["'\u2019\u201D)\]]*)(?=\s+(\S))/g;

function wordAt(text: string, end: number): string {
  let s = end;
  while (s > 0 && !/\s/.test(text[s - 1])) s--;
  return text.slice(s, end).replace(/^["'\u2018\u201C(\[]+/, '');
}

function nextWord(text: string, from: number): string {
  const m = /^["'\u2018\u201C(\[]*([\p{L}\p{N}]+)/u.exec(text.slice(from, from + 40));
  return m ? m[1].toLowerCase() : '';
}

/** Whether a break at the candidate found by CANDIDATE is a real sentence end. */
function isBreak(text: string, punctAt: number, punct: string, closers: string, nextAt: number): boolean {
  const next = text[nextAt];
  if (/\p{Ll}/u.test(next)) return false;
  if (!/[\p{Lu}\p{N}"'\u2018\u201C(\[]/u.test(next)) return false;
  // A quotation or bracket closed after the stop: the sentence ended inside it.
  if (closers || punct !== '.') return true;
  const word = wordAt(text, punctAt);
  const lower = word.toLowerCase();
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "Susan E. Rice"
  if (NEVER_ENDS.has(lower)) return false;
  if (lower === 'no' && /\p{N}/u.test(next)) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word) || AMBIGUOUS.has(lower)) return OPENERS.has(nextWord(text, nextAt));
  return true;
}

export function splitSentences(paragraph: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(paragraph[s])) s++;
    while (e > s && /\s/.test(paragraph[e - 1])) e--;
    if (/[\p{L}\p{N}]/u.test(paragraph.slice(s, e))) spans.push({ start: s, end: e });
  };
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(paragraph); m; m = CANDIDATE.exec(paragraph)) {
    const end = m.index + m[0].length;
    let nextAt = end;
    while (nextAt < paragraph.length && /\s/.test(paragraph[nextAt])) nextAt++;
    const punct = m[0].slice(0, m[0].length - m[1].length);
    if (isBreak(paragraph, m.index, punct, m[1], nextAt)) {
      push(end);
      start = end;
    }
  }
  push(paragraph.length);
  return spans;
}
