/**
 * Candidate names in one sentence: runs of capitalised words, joined across
 * "of/for/on/and/the" only inside organisation names, with titles stripped
 * (and remembered as evidence) and function words, dates and chrome dropped.
 */
import { isConnectingHead, isKnownOrg, isOrgAcronym, isOrgHead } from './org-heads';
import { isAliasTitle, isCoreTitle, isTitleQualifier, titleLength } from './honorifics';
import { isDemonym, isKnownPlace } from './gazetteer';
import {
  CHROME_NAMES,
  GIVEN_NAMES,
  POST_NOMINALS,
  MONTH_ABBREVIATIONS,
  NAME_CONNECTORS,
  PLACE_NAME_HEADS,
  RELATIVE_DAYS,
  WORK_HEADS,
  isDateWord,
  isFunctionWord,
  isNumberWord,
} from '../text/lexicon';
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
  /** The title as a description, its organisation after it ("Undersecretary, Department of Homeland Security"). */
  role?: string;
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
// "Murdoch Children's Research Institute", "Women's March": so is a plural's.
const INNER_POSSESSIVE = new Set(['People', 'Children', 'Women', 'Men', 'Workers', 'Veterans']);

function isNameWord(t: Token, text: string): boolean {
  // "Node.js", "Wired.com", "Libération.fr": part of a file's or a site's name.
  return t.cap && !/^\.\p{Ll}/u.test(text.slice(t.end, t.end + 2));
}

function onlySpace(text: string, a: Token, b: Token): boolean {
  return /^\s+$/.test(text.slice(a.end, b.start));
}

/**
 * "the Securities and Exchange Commission", "the U.S. Patent and Trademark Office":
 * one word after "the" or an acronym, then "and", then words that end at an
 * organisation's head, are one name.
 */
function pairedHead(text: string, tokens: Token[], i: number, j: number): boolean {
  const before = tokens[i - 1];
  if (i !== j || tokens[i].acronym || !before || !(before.text === 'the' || before.acronym)) return false;
  for (let k = j + 2; k <= j + 4 && k < tokens.length; k++) {
    if (!tokens[k].cap || !onlySpace(text, tokens[k - 1], tokens[k])) return false;
    if (isOrgHead(tokens[k].text)) return true;
  }
  return false;
}

function opensOrgName(text: string, tokens: Token[], j: number): boolean {
  const letters = tokens[j].text.replace(/\./g, '');
  if (!tokens[j].acronym || letters.length < 3 || isOrgAcronym(letters) || isKnownPlace(letters)) return false;
  for (let k = j + 1; k <= j + 3 && k < tokens.length; k++) {
    if (!tokens[k].cap || tokens[k].acronym || !onlySpace(text, tokens[k - 1], tokens[k])) return false;
    if (isOrgHead(tokens[k].text)) return true;
  }
  return false;
}

/**
 * "Ministry of Business, Innovation and Employment", "American Academy of Allergy, Asthma and Immunology":
 * after "<head> of X", ", Y and Z" of single plain words ends the organisation's name. Not "University of
 * Arizona, Stanford and Yale" (known names) nor a list of people (given names). The index of Z, if so.
 */
// Heads whose names list their fields ("Department of Agriculture, Fisheries and Forestry"); a bank's or a
// firm's comma is a list of firms ("Bank of America, Citigroup and Chase").
const LISTING_HEADS = new Set(['Ministry', 'Department', 'Academy', 'Institute', 'School', 'College', 'Society', 'Association', 'Federation', 'Council']);

function commaListEnd(text: string, tokens: Token[], j: number): number | undefined {
  const plain = (t: Token | undefined) =>
    t !== undefined && t.cap && !t.acronym && !t.possessive && !isKnownPlace(t.text) && !isKnownOrg(t.text) && !GIVEN_NAMES.has(t.text);
  const [y, and, z, after] = [tokens[j + 1], tokens[j + 2], tokens[j + 3], tokens[j + 4]];
  if (!plain(y) || and?.text !== 'and' || !plain(z) || !onlySpace(text, y, and) || !onlySpace(text, and, z) || z.possessive) return undefined;
  if (after && after.cap && onlySpace(text, z, after)) return undefined;
  return j + 3;
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
      if (INNER_POSSESSIVE.has(cur.text) && /^['\u2019]s\s+$/u.test(gap) && isNameWord(next, text)) {
        j++;
        continue;
      }
      return j;
    }
    if (isNameWord(next, text)) {
      // "Procter & Gamble", "Computer & Communications Industry Association".
      // Not "Jim & Andy": two given names are two people (or a work's title).
      if (/^\s+&\s+$/.test(gap) && !GIVEN_NAMES.has(cur.text)) {
        j++;
        continue;
      }
      // "FBI James Comey", "US State Department": an acronym and a worded name are two names;
      // not "ABDO Publishing Company": an acronym no one knows opens the organisation's name.
      const listed = connected && /^,\s+$/.test(gap) && tokens.slice(i, j).some((t) => LISTING_HEADS.has(t.text));
      const listEnd = listed ? commaListEnd(text, tokens, j) : undefined;
      if (listEnd !== undefined) {
        j = listEnd;
        continue;
      }
      const titleDay = cur.acronym && next.text === 'Today';
      if (!/^\s+$/.test(gap) || (cur.acronym !== next.acronym && !titleDay && !opensOrgName(text, tokens, j))) return j;
      j++;
      continue;
    }
    if (!/^\s+$/.test(gap)) return j;
    const word = next.text;
    const canConnect =
      (NAME_CONNECTORS.has(word) && (isConnectingHead(cur.text) || connected)) || (word === 'and' && (connected || pairedHead(text, tokens, i, j)));
    if (!canConnect) return j;
    let k = j + 2;
    // "Council on the Environment", "Committee for a Responsible Federal Budget".
    if ((tokens[k]?.text === 'the' || tokens[k]?.text === 'a') && onlySpace(text, tokens[k - 1], tokens[k])) k++;
    const after = tokens[k];
    if (!after || !isNameWord(after, text) || after.acronym || !onlySpace(text, tokens[k - 1], after)) return j;
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
  for (let i = 0; i < tokens.length;) {
    if (!isNameWord(tokens[i], text)) {
      i++;
      continue;
    }
    const j = runEnd(text, tokens, i);
    spans.push(...trimRun(text, tokens, i, j));
    i = j + 1;
  }
  return { tokens, spans };
}

// "I'm Alex Burns", "We're": a contraction opens a sentence, never a name.
const CONTRACTION = /^\p{Lu}\p{Ll}*['\u2019](?:m|re|ve|ll|d|t)$/u;
// "RetirementMoney MovesCalculators": menu items run together where a page lost its spaces.
const RUN_TOGETHER = /\p{Lu}\p{Ll}{4,}\p{Lu}|\p{Ll}\p{Lu}.*\p{Ll}\p{Lu}/u;
const PARTY_LABELS = new Set(['Democrat', 'Republican']);
// "Seattle-based International Pacific Halibut Commission", "Kroger-owned": the hyphenated word describes the name.
// So is "WASI-supporting": a name and a lower-case participle.
const DESCRIBING_COMPOUND = /-(?:based|owned|led|backed|born|funded|linked|made|run|controlled|affiliated|style|era|\p{Ll}+(?:ing|ed))$/u;
const COMPANY_SUFFIXES = new Set(['Inc.', 'Corp.', 'Co.', 'Ltd', 'LLC', 'PLC', 'AG', 'SA']);

function isNotName(nameWords: string[]): boolean {
  if (nameWords.every((w) => isDemonym(w) || isDateWord(w) || isNumberWord(w) || COMPANY_SUFFIXES.has(w) || POST_NOMINALS.has(w))) return true;
  if (nameWords.every((w) => CHROME_NAMES.has(w)) || CHROME_NAMES.has(nameWords.join(' '))) return true;
  if (/^\d/.test(nameWords[0])) return true;
  // "Tunisian Islamists", "Chinese Americans": a nationality and a plural name a group.
  const last = nameWords[nameWords.length - 1];
  const nationality = isDemonym(nameWords[0]) || /(?:ian|ean|ese|ish)$/.test(nameWords[0]);
  if (nameWords.length === 2 && nationality && /(?:ists|ans|ers|ites)$/.test(last) && !isOrgHead(last)) return true;
  // "Islamists", "Nationalists": followers of a creed, alone.
  if (nameWords.length === 1 && /\p{Ll}ists$/u.test(last)) return true;
  // "Post", "State", "Office" alone: an organisation's head word names no organisation ("head of State").
  if (nameWords.length === 1 && isOrgHead(nameWords[0]) && !isKnownOrg(nameWords[0])) return true;
  // "S" of a split "U.S", a stray initial.
  if (nameWords.length === 1 && nameWords[0].replace(/\./g, '').length < 2) return true;
  return nameWords.some((w) => RUN_TOGETHER.test(w));
}

/** "Department of Homeland Security Undersecretary" → "Undersecretary, Department of Homeland Security". */
function roleText(text: string, tokens: Token[], a: number, titleStart: number, titleEnd: number): string {
  const title = text.slice(tokens[titleStart].start, tokens[titleEnd].end);
  if (titleStart === a) return title;
  // "Tunisian Prime Minister": a nationality qualifies the title, listed or shaped like one.
  const nationality = isDemonym(tokens[a].text) || /(?:ian|ean|ese|ish|i)$/.test(tokens[a].text);
  if (titleStart === a + 1 && nationality) return text.slice(tokens[a].start, tokens[titleEnd].end);
  return `${title}, ${text.slice(tokens[a].start, tokens[titleStart - 1].end)}`;
}

/** Where the title of a run starts and ends, if it has one in front of the name. */
function findTitle(tokens: Token[], a: number, b: number): { start: number; end: number } | undefined {
  // "Chinese President Xi Jinping": the nationality qualifies the title.
  let lead = a;
  if (isDemonym(tokens[lead].text) && titleLength(words(tokens, lead + 1, b)) > 0) lead++;
  const tl = titleLength(words(tokens, lead, b));
  if (tl > 0) return { start: lead, end: lead + tl - 1 };
  // "Federal Reserve Chair Ben Bernanke", "Nevada Democrat Catherine Cortez Masto": a title after its organisation or place.
  for (let p = b; p > a; p--) {
    // At the run's end only a party label is a title ("Ohio Republican"), or one after an organisation
    // ("The Department of Homeland Security Secretary, Alejandro Mayorkas"); "Rob Bishop" is a name.
    const closes = PARTY_LABELS.has(tokens[p].text) || (tokens[p - 1].cap && words(tokens, a, p - 1).some(isOrgHead));
    if (!isCoreTitle(tokens[p].text) || (p === b && !closes)) continue;
    let q = p;
    // "Georgia Lt. Gov. Burt Jones": a rank may qualify the title too.
    while (q > a && (isTitleQualifier(tokens[q - 1].text) || isCoreTitle(tokens[q - 1].text))) q--;
    return { start: q, end: p };
  }
  return undefined;
}

/**
 * "Minister of Public Security Guo Shengkun": a run after "<title> of" holds
 * the office's name and then the person's; the person is the last two words
 * (three with an initial).
 */
function afterTitleOf(tokens: Token[], a: number, b: number): number | undefined {
  if (tokens[a - 1]?.text !== 'of' || !isCoreTitle(tokens[a - 2]?.text ?? '') || !tokens[a - 2].cap) return undefined;
  const size = tokens[b - 1]?.initial ? 3 : 2;
  if (b - a + 1 < size + 1) return undefined;
  const first = b - size + 1;
  if (words(tokens, first, b).some((w) => isOrgHead(w) || isKnownPlace(w)) || tokens[first].acronym) return undefined;
  return first;
}

/**
 * Token `k` of the run `i`..`j` may be trimmed from its ends: a function word, a
 * date word, a contraction. "US" is not "us": acronyms are never function words.
 */
function droppable(tokens: Token[], i: number, j: number, k: number): boolean {
  const t = tokens[k];
  return !t.acronym && (isFunctionWord(t.text) || runDateWord(tokens, i, j, k) || CONTRACTION.test(t.text));
}

/**
 * "Mar Hicks", "Jan Wildeboer", "Jun Wang": a month's short form before a capitalised word is a given name.
 * "USA Today", "Psychology Today": a day word after a name ends a title.
 */
function runDateWord(tokens: Token[], i: number, j: number, k: number): boolean {
  const text = tokens[k].text;
  return isDateWord(text) && !(k < j && MONTH_ABBREVIATIONS.includes(text.toLowerCase())) && !(k > i && RELATIVE_DAYS.includes(text.toLowerCase()));
}

/** "New York Times R&D": a letter of an abbreviation is no part of the name. */
const ampersandLetter = (text: string, token: Token) => token.text.length === 1 && text[token.end] === '&';

/** Strip what a run carries but a name does not; no spans when nothing is left. */
function trimRun(text: string, tokens: Token[], i: number, j: number): NameSpan[] {
  let a = i;
  let b = j;
  // "Three Chinese hackers", "Seattle-based International...": leading words that describe the name; at its end a number is part of it ("Building Twenty").
  // "Ninety Mile Beach": a place's name may open with a number.
  const numbered = PLACE_NAME_HEADS.has(tokens[b].text);
  while (a <= b && (droppable(tokens, i, j, a) || (isNumberWord(tokens[a].text) && !numbered) || DESCRIBING_COMPOUND.test(tokens[a].text))) a++;
  // "Lipo, C. P.", "Brailsford, Barry J.": a reference list's initials end no name in running text.
  const end = b;
  while (b >= a && (droppable(tokens, i, j, b) || tokens[b].initial || ampersandLetter(text, tokens[b]))) b--;
  if (a > b || tokens.slice(a, b + 1).every((t) => t.initial)) return [];
  // "Hatfield, Peter J.": a given name left alone by its initials names no one.
  if (a === b && tokens[b + 1]?.initial && b < end) return [];
  const out: NameSpan[] = [];
  let title: string | undefined;
  let role: string | undefined;
  let titledForm: string | undefined;
  let found = findTitle(tokens, a, b);
  // "Department of the Prime Minister and Cabinet": a title followed by a connector is inside an organisation's name.
  if (found && found.end < b && !tokens[found.end + 1].cap) found = undefined;
  const ofFirst = found ? undefined : afterTitleOf(tokens, a, b);
  if (found) {
    // "Justice Department", "General Public License": a title before an organisation's or a work's head is part of its name.
    const rest = words(tokens, found.end + 1, b);
    if (found.end >= b || !(rest.some(isOrgHead) || WORK_HEADS.has(rest[rest.length - 1]))) {
      const prefix = found.start > a ? plainSpan(text, tokens, a, found.start - 1) : undefined;
      if (prefix && !isNotName(words(tokens, a, found.start - 1))) out.push(prefix);
      if (found.end >= b) return out; // "President" alone names no one.
      title = text.slice(tokens[found.start].start, tokens[found.end].end);
      role = roleText(text, tokens, a, found.start, found.end);
      if (isAliasTitle(tokens[found.end].text)) titledForm = text.slice(tokens[found.end].start, tokens[b].end);
      a = found.end + 1;
    }
  } else if (ofFirst !== undefined) {
    title = text.slice(tokens[a - 2].start, tokens[ofFirst - 1].end);
    role = title;
    a = ofFirst;
  }
  if (isNotName(words(tokens, a, b))) return out;
  out.push({ ...plainSpan(text, tokens, a, b), title, role, titledForm });
  return out;
}

function plainSpan(text: string, tokens: Token[], a: number, b: number): NameSpan {
  return { text: text.slice(tokens[a].start, tokens[b].end), start: tokens[a].start, end: tokens[b].end, first: a, last: b, sentenceInitial: a === 0 };
}

function words(tokens: Token[], a: number, b: number): string[] {
  const out: string[] = [];
  for (let k = a; k <= b; k++) out.push(tokens[k].text);
  return out;
}
