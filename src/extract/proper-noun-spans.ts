/**
 * Candidate names in one sentence: runs of capitalised words, joined across
 * "of/for/on/and/the" only inside organisation names, with titles stripped
 * (and remembered as evidence) and function words, dates and chrome dropped.
 */
import { isConnectingHead } from './org-heads';
import { isAliasTitle, titleLength } from './honorifics';
import { isDemonym } from './gazetteer';
import { CHROME_NAMES, isDateWord, isFunctionWord } from '../shared/lexicon';
import { tokenize, type Token } from './tokens';

export interface NameSpan {
  /** The name as written, title excluded ("Xi Jinping" in "President Xi Jinping"). */
  text: string;
  /** Offsets of `text` in the sentence. */
  start: number;
  end: number;
  /** Index in the sentence's tokens of the name's first and last token. */
  first: number;
  last: number;
  /** The stripped title as written ("Assistant Foreign Minister"), if any. */
  title?: string;
  /** "Mr. Xi", "President Xi": the short title and the name, as written, when they are adjacent. */
  titledForm?: string;
  /** The name's first word is the sentence's first word (capitalised for that reason alone?). */
  sentenceInitial: boolean;
}

export interface SentenceSpans {
  tokens: Token[];
  spans: NameSpan[];
}

// "People's Daily", "People's Liberation Army": the possessive is inside the name.
const INNER_POSSESSIVE = new Set(['People']);
const OF_CONNECTORS = new Set(['of', 'for', 'on']);

function isNameWord(t: Token): boolean {
  return t.cap;
}

function onlySpace(text: string, a: Token, b: Token): boolean {
  return /^\s+$/.test(text.slice(a.end, b.start));
}

/** Last token index of the capitalised run starting at `i`. */
function runEnd(text: string, tokens: Token[], i: number): number {
  let j = i;
  let connected = false;
  for (;;) {
    const cur = tokens[j];
    const next = tokens[j + 1];
    if (!next) return j;
    const gap = text.slice(cur.end, next.start);
    if (cur.possessive) {
      if (INNER_POSSESSIVE.has(cur.text) && /^['\u2019]s\s+$/u.test(gap) && isNameWord(next)) {
        j++;
        continue;
      }
      return j;
    }
    if (isNameWord(next)) {
      if (/^\s+&\s+$/.test(gap) && connected) {
        j++;
        continue;
      }
      // "FBI James Comey", "US State Department": an acronym and a worded name are two names.
      if (!/^\s+$/.test(gap) || cur.acronym !== next.acronym) return j;
      j++;
      continue;
    }
    if (!/^\s+$/.test(gap)) return j;
    const word = next.text;
    const canConnect = (OF_CONNECTORS.has(word) && (isConnectingHead(cur.text) || connected)) || (word === 'and' && connected);
    if (!canConnect) return j;
    let k = j + 2;
    if (tokens[k]?.text === 'the' && onlySpace(text, tokens[k - 1], tokens[k])) k++;
    const after = tokens[k];
    if (!after || !isNameWord(after) || after.acronym || !onlySpace(text, tokens[k - 1], after)) return j;
    connected = true;
    j = k;
  }
}

/**
 * Find the candidate names of a sentence. Nothing here decides a kind; an empty
 * or lower-case sentence gives no spans.
 */
export function properNounSpans(text: string): SentenceSpans {
  const tokens = tokenize(text);
  const spans: NameSpan[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (!isNameWord(tokens[i])) {
      i++;
      continue;
    }
    const j = runEnd(text, tokens, i);
    const span = trimRun(text, tokens, i, j);
    if (span) spans.push(span);
    i = j + 1;
  }
  return { tokens, spans };
}

/** Strip what a run carries but a name does not; undefined when nothing is left. */
function trimRun(text: string, tokens: Token[], i: number, j: number): NameSpan | undefined {
  let a = i;
  let b = j;
  // "US" is not "us": acronyms are never function words.
  const droppable = (t: Token) => !t.acronym && (isFunctionWord(t.text) || isDateWord(t.text));
  while (a <= b && droppable(tokens[a])) a++;
  while (b >= a && droppable(tokens[b])) b--;
  if (a > b) return undefined;
  // "Chinese President Xi Jinping": the nationality qualifies the title.
  let lead = a;
  if (isDemonym(tokens[lead].text) && titleLength(words(tokens, lead + 1, b)) > 0) lead++;
  const tl = titleLength(words(tokens, lead, b));
  let title: string | undefined;
  let titledForm: string | undefined;
  if (tl > 0) {
    const titleEnd = lead + tl - 1;
    if (titleEnd >= b) return undefined; // "President" alone names no one.
    title = text.slice(tokens[lead].start, tokens[titleEnd].end);
    a = titleEnd + 1;
    if (isAliasTitle(tokens[titleEnd].text)) titledForm = text.slice(tokens[titleEnd].start, tokens[b].end);
  }
  const nameWords = words(tokens, a, b);
  if (nameWords.every((w) => isDemonym(w) || isDateWord(w))) return undefined;
  if (nameWords.every((w) => CHROME_NAMES.has(w)) || CHROME_NAMES.has(nameWords.join(' '))) return undefined;
  if (/^\d/.test(nameWords[0])) return undefined;
  return {
    text: text.slice(tokens[a].start, tokens[b].end),
    start: tokens[a].start,
    end: tokens[b].end,
    first: a,
    last: b,
    title,
    titledForm,
    sentenceInitial: a === 0,
  };
}

function words(tokens: Token[], a: number, b: number): string[] {
  const out: string[] = [];
  for (let k = a; k <= b; k++) out.push(tokens[k].text);
  return out;
}
