/**
 * Splits one paragraph into sentences, returning character spans into it.
 *
 * Abbreviation-aware: no break after titles (Mr. Ms. Mrs. Dr.), months (Sept.),
 * "No." before a number, single initials ("Susan E. Rice"); after dotted
 * acronyms (U.S., F.B.I.) and Jr./Inc. a break happens only if the next word
 * commonly opens a sentence ("...in the U.S. The..."). A quotation closing a
 * sentence (`."`, `?"`) breaks after its quote mark. A paragraph with no words
 * gives []; a paragraph with no break gives one span.
 *
 * Chinese and Japanese end sentences with `。！？` (and their half- and
 * full-width kin) and no space after: a break follows the mark and any closing
 * quotes or brackets, except where a quotation closes inside a sentence that
 * goes on (「…。」と述べた). After a full stop, a word of a script without
 * capitals (Korean, Arabic, Hindi…) may open the next sentence.
 */

import { MONTH_ABBREVIATIONS, SUFFIX_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../text/lexicon';
import { hasSpacelessScript } from '../text/segment';

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

const CANDIDATE = /[.!?]+(["'\u2019\u201D\u201C\u00BB)\]]*)(?=\s+(\S))/g;
// Sentence ends without a following space: ideographic and full-width marks, or ! ? right after a Han or kana character.
const CJK_CANDIDATE = /(?:[。！？｡．]|(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[!?])[。！？｡．!?]*([」』）】〕》〉"”’)\]]*)/gu;
const HIRAGANA = /^\p{sc=Hiragana}/u;

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
  if (!/[\p{Lu}\p{Lo}\p{N}"'\u2018\u201C(\[「『（【]/u.test(next)) return false;
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

const OPENING = '「『（【〔《〈';
const CLOSING = '」』）】〕》〉';

/** How many Chinese and Japanese quotation brackets are open before each position (never below zero). */
function quoteDepths(text: string): Uint8Array {
  const depth = new Uint8Array(text.length + 1);
  let d = 0;
  for (let i = 0; i < text.length; i++) {
    depth[i] = d;
    if (OPENING.includes(text[i])) d = Math.min(d + 1, 255);
    else if (CLOSING.includes(text[i]) && d > 0) d--;
  }
  depth[text.length] = d;
  return depth;
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
  const breaks: number[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(paragraph); m; m = CANDIDATE.exec(paragraph)) {
    const end = m.index + m[0].length;
    let nextAt = end;
    while (nextAt < paragraph.length && /\s/.test(paragraph[nextAt])) nextAt++;
    const punct = m[0].slice(0, m[0].length - m[1].length);
    if (isBreak(paragraph, m.index, punct, m[1], nextAt)) breaks.push(end);
  }
  if (hasSpacelessScript(paragraph)) {
    const depth = quoteDepths(paragraph);
    CJK_CANDIDATE.lastIndex = 0;
    for (let m = CJK_CANDIDATE.exec(paragraph); m; m = CJK_CANDIDATE.exec(paragraph)) {
      const end = m.index + m[0].length;
      // 「…。」と述べた: the quotation ended, the sentence goes on.
      if (m[1] && HIRAGANA.test(paragraph.slice(end, end + 1))) continue;
      // 「…ている。国として…」: a stop inside a quotation that goes on is no sentence end.
      if (depth[end] > 0) continue;
      if (end < paragraph.length) breaks.push(end);
    }
    breaks.sort((a, b) => a - b);
  }
  for (const end of breaks) {
    if (end <= start) continue;
    push(end);
    start = end;
  }
  push(paragraph.length);
  return spans;
}
