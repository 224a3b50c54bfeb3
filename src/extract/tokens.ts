/**
 * Word tokens of one sentence, with offsets into that sentence's text.
 *
 * The span, topic and quote rules all need the same view of a sentence: words
 * with their capitalisation, the dotted acronyms ("U.S.", "F.B.I.") and initials
 * ("E.") kept whole, possessives ("Xi's", "States'") split off but remembered,
 * and what stands between two words (only a space lets a name continue).
 */

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

// Abbreviations whose period belongs to the word, not to the sentence.
const ABBREVIATIONS = new Set(['Mr', 'Ms', 'Mrs', 'Dr', 'Jr', 'Sr', 'St', 'Gen', 'Prof', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Sgt', 'Capt', 'Adm', 'Sept', 'Jan', 'Feb', 'Aug', 'Oct', 'Nov', 'Dec', 'Inc', 'Corp', 'Co']);

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'\u2019][\p{L}\p{N}]+)*/gu;
const UPPER = /^\p{Lu}/u;
const POSSESSIVE_S = /['\u2019]s$/u;

/**
 * Split a sentence into word tokens. Punctuation is not a token; `gapBefore`
 * tells what separates two tokens. Empty text → [].
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    const start = m.index!;
    let end = start + word.length;
    let possessive = false;
    if (POSSESSIVE_S.test(word) && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (/^['\u2019](?![\p{L}])/u.test(text.slice(end, end + 2)) && /s$/.test(word) && UPPER.test(word)) {
      // "the United States' development": a plural possessive.
      possessive = true;
    }
    const dotted = /^(?:\p{Lu}\.){2,}$/u.test(word);
    let initial = false;
    if (!dotted && text[start + word.length] === '.' && !possessive) {
      if (/^\p{Lu}$/u.test(word)) initial = true;
      if (initial || ABBREVIATIONS.has(word)) {
        word += '.';
        end = start + word.length;
      }
    } else {
      end = start + word.length;
    }
    const letters = word.replace(/\./g, '');
    const acronym = dotted || (/^\p{Lu}{2,5}$/u.test(letters) && !initial);
    out.push({ text: word, start, end, cap: UPPER.test(word), acronym, initial, possessive });
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
