/**
 * Word tokens of one sentence, with offsets into that sentence's text.
 *
 * The span, topic and quote rules all need the same view of a sentence: words
 * with their capitalisation, the dotted acronyms ("U.S.", "F.B.I.") and initials
 * ("E.") kept whole, possessives ("Xi's", "States'") split off but remembered,
 * and what stands between two words (only a space lets a name continue).
 */
import { NAME_TOKEN_ABBREVIATIONS } from '../text/lexicon';
import { WRITTEN_WORD } from '../text/words';

export interface Token {
  /** The word as written, possessive ending and trailing period (unless part of it) excluded. */
  text: string;
  start: number;
  end: number;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Two or more capitals, dotted or not ("US", "F.B.I."), at most five letters undotted. */
  acronym: boolean;
  /** A single capital with its period ("E." in "Susan E. Rice"). */
  initial: boolean;
  /** Followed by "'s" / "'" in the text: a name must end here. */
  possessive: boolean;
}

// A dotted acronym ("U.S.", "F.B.I."), else a written word.
const TOKEN = new RegExp(String.raw`(?:\p{Lu}\.){2,}|` + WRITTEN_WORD, 'gu');
const UPPER = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
const SINGLE_UPPER = /^\p{Lu}$/u;
const SHORT_CAPITALS = /^\p{Lu}{2,5}$/u;

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;

/** The first code point is an upper-case letter; ASCII answered without the regular expression engine. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER.test(word);
}

/** Two to five upper-case letters and nothing else ("US", "NATO"). */
function isShortCapitals(word: string): boolean {
  let ascii = true;
  for (let i = 0; i < word.length && ascii; i++) ascii = word.charCodeAt(i) < 0x80;
  if (!ascii) return SHORT_CAPITALS.test(word);
  if (word.length < 2 || word.length > 5) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x41 || c > 0x5a) return false;
  }
  return true;
}

/**
 * Split a sentence into word tokens. Punctuation is not a token; `gapBefore`
 * tells what separates two tokens. Empty text → [].
 *
 * Every sentence of a corpus is tokenised several times over, so each test
 * looks at character codes first and leaves the regular expressions to
 * non-ASCII words; `tokenizeByRules` in the tests is the plain statement of
 * the same rules, and the two must agree.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    let word = m[0];
    const start = m.index;
    let end = start + word.length;
    let possessive = false;
    const lastCode = word.charCodeAt(word.length - 1);
    // Only the dotted-acronym alternative ends in a period.
    const dotted = lastCode === 0x2e;
    if (lastCode === 0x73 && word.length > 2 && isApostrophe(word.charCodeAt(word.length - 2))) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (lastCode === 0x73 && isApostrophe(text.charCodeAt(end)) && !LETTER.test(text.slice(end + 1, end + 2)) && startsUpper(word)) {
      // "the United States' development": a plural possessive.
      possessive = true;
    }
    let initial = false;
    if (!dotted && !possessive && text.charCodeAt(start + word.length) === 0x2e) {
      if (word.length <= 2 && SINGLE_UPPER.test(word)) initial = true;
      if (initial || NAME_TOKEN_ABBREVIATIONS.has(word)) word += '.';
    }
    end = start + word.length;
    const acronym = dotted || (!initial && isShortCapitals(word.charCodeAt(word.length - 1) === 0x2e ? word.slice(0, -1) : word));
    out.push({ text: word, start, end, cap: startsUpper(word), acronym, initial, possessive });
  }
  return out;
}

/** The text between two tokens of the same sentence ("" at the start). */
export function gapBefore(text: string, tokens: Token[], i: number): string {
  return i === 0 ? text.slice(0, tokens[0].start) : text.slice(tokens[i - 1].end, tokens[i].start);
}

/** True where only white space separates token i-1 from token i (a name may run on). */
export function joinsPrevious(text: string, tokens: Token[], i: number): boolean {
  if (i === 0) return false;
  const prev = tokens[i - 1];
  if (prev.possessive) return false;
  return /^\s+$/.test(text.slice(prev.end, tokens[i].start));
}
