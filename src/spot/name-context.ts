/**
 * Context rules for names and phrases that match as words but are not
 * mentions: found by reading every highlight on 129 real pages unrelated to
 * the story (see the README's precision figures). Each rule names the pattern
 * it stops; none is about one page.
 *
 * Offsets are into the normalised page text.
 */
import type { AliasCase, EntityKind } from '../contracts/schema';
import { TITLES, wordBefore } from './weak-context';
import { PAGE_NAME_JOINERS } from '../text/lexicon';
import { isUpperAt, isWordCharAt } from '../text/words';

const isUpperWordAt = (text: string, i: number) => isUpperAt(text, i) && !isWordCharAt(text, i - 1);

/**
 * A place or organisation named inside a longer proper name that the index does
 * not know is not a mention of it: "The Washington Post", "US Weekly",
 * "California Institute of Technology", "University of California", "New York
 * Times Company". Seen as: the match is followed by a capitalised word in the
 * same phrase, or preceded by "<Capitalised word> of".
 */
function isInsideLongerName(text: string, start: number, end: number): boolean {
  // Followed by " Word" (one space, no punctuation): the name goes on.
  if (text.charCodeAt(end) === 32 && isUpperWordAt(text, end + 1)) return true;
  // Preceded by "Word of " or "Word de ": the match ends a longer name.
  const before = text.slice(Math.max(0, start - 30), start);
  const m = /([\p{Lu}][\p{L}.'-]*) (of|de|del|du) $/u.exec(before);
  return m !== null && PAGE_NAME_JOINERS.has(m[2]);
}

/** Capitalised words that qualify a place rather than name something else ("Mainland China"). */
const PLACE_MODIFIERS = new Set(
  (
    'mainland communist greater southern northern eastern western central north south east west red imperial ' +
    'modern ancient rural coastal inner outer upper lower new old official socialist democratic free ' +
    'nationalist republican today tomorrow yesterday'
  ).split(' '),
);

/**
 * A place right after another proper name, with only a space between, is the
 * end of that name: "Mozilla China", "Google China", "Air China" (a company's
 * branch, an airline). Not when the word before is a closed-class word or a
 * title a sentence start capitalises ("In China", "Then China"), a qualifier
 * of places ("Mainland China"), a possessive ("Xi's China"), or an acronym
 * ("US China trade"), or when the two stand in a Title Case headline.
 */
function isAfterAnotherName(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 32) return false;
  const word = wordBefore(text, start - 1);
  const s = start - 1 - word.length;
  // A letter right before the word means it is no whole word; an apostrophe, a possessive.
  if (word.length < 2 || (s > 0 && (isWordCharAt(text, s - 1) || text.charCodeAt(s - 1) === 39))) return false;
  if (!isUpperAt(word, 0) || word === word.toUpperCase()) return false;
  const lower = word.toLowerCase();
  if (TITLES.has(lower) || PLACE_MODIFIERS.has(lower)) return false;
  // A capitalised word before that one makes a Title Case run, a headline's
  // ("Trade Could Put China in a Difficult Spot"), where every word has a capital.
  const previous = text.charCodeAt(s - 1) === 32 ? wordBefore(text, s - 1) : '';
  return previous === '' || !isUpperAt(previous, 0);
}

/**
 * An acronym inside a code rather than prose: a locale ("en-US"), a currency
 * ("US$ 100"), an identifier joined by an underscore ("UN_willing").
 */
function isInsideCode(text: string, start: number, end: number): boolean {
  const prev = text.charCodeAt(start - 1);
  const next = text.charCodeAt(end);
  if (prev === 95 || next === 95) return true; // _
  if (next === 36) return true; // $
  // A hyphen after two or three lower-case letters: a language tag.
  return prev === 45 && /(^|[^\p{L}])\p{Ll}{2,3}$/u.test(text.slice(Math.max(0, start - 5), start - 1));
}

/**
 * An acronym in a run of capitals ("FOLLOW US", "LET US KNOW") cannot be told
 * from a word written in capitals: a neighbouring word of two or more capital
 * letters and no lower-case one makes the case carry no information.
 */
function isInsideCapitals(text: string, start: number, end: number): boolean {
  const before = /(\p{L}+)[^\p{L}\n]{1,3}$/u.exec(text.slice(Math.max(0, start - 24), start))?.[1];
  const after = /^[^\p{L}\n]{1,3}(\p{L}+)/u.exec(text.slice(end, end + 24))?.[1];
  const shouted = (w?: string) => w !== undefined && w.length >= 2 && !/\p{Ll}/u.test(w);
  // Only when separated by a space: "US-China" or "(US)" are not a run of words.
  return (shouted(before) && /\s$/.test(text.slice(Math.max(0, start - 1), start))) || (shouted(after) && /^\s/.test(text.slice(end, end + 1)));
}

/**
 * A key phrase written in lower case by the sources ("code of conduct") but
 * Title Cased on the page ("Code of Conduct", "Working Group", "National
 * Security") is the name of something (a link, a section, a body), not the
 * phrase. A capital on the first word alone is a sentence start and fits. A
 * Title Case headline is the exception (`isInTitleCaseHeadline`).
 */
function isTitleCasedPhrase(text: string, start: number, end: number, alias: string): boolean {
  if (!alias.includes(' ') || /\p{Lu}/u.test(alias)) return false;
  // ALL CAPS is a shouted heading about the thing, not a name: it still fits.
  if (!/\p{Ll}/u.test(text.slice(start, end))) return false;
  let capitals = 0;
  for (let i = start; i < end; i++) if (isUpperWordAt(text, i) && i > start) capitals++;
  return capitals > 0;
}

/** Words a Title Case headline leaves in lower case. */
const HEADLINE_MINOR_WORDS = new Set('a an the and or but nor of on in to for with at by from into over about against as after before amid via vs'.split(' '));
/** Words that lead into a headline's topic ("Warns on Cyber Weapons"); an article or possessive leads into a name ("our Code of Conduct"). */
const HEADLINE_LEAD_WORDS = new Set('on of for in to with at by from into over about against after before amid and or'.split(' '));

/** The lower-case lead word right before the match ("on" in "Warns on Cyber Weapons"), if it is one. */
function followsLeadWord(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 32) return false;
  const word = wordBefore(text, start - 1);
  const s = start - 1 - word.length;
  return HEADLINE_LEAD_WORDS.has(word) && (s === 0 || !isWordCharAt(text, s - 1));
}

/**
 * A Title Cased key phrase in a Title Case headline is the phrase, not a name:
 * "Obama Warns on Cyber Weapons". Seen as: the line around it (to a newline or
 * a sentence stop) has at least three other words, every word but the small
 * ones capitalised; a lead word ("on", "for") comes right before the phrase,
 * and no capitalised word right after it (which would make it part of a longer
 * name, "Cyber Weapons Working Group").
 */
export function isInTitleCaseHeadline(text: string, start: number, end: number): boolean {
  if (!followsLeadWord(text, start)) return false;
  const lineStart = Math.max(0, start - 160);
  const before =
    text
      .slice(lineStart, start)
      .split(/[\n.!?:;|•]/u)
      .pop() ?? '';
  const after = text.slice(end, end + 160).split(/[\n.!?:;|•]/u)[0];
  const words = `${before} ${after}`.split(/[^\p{L}\p{N}'’-]+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length < 3) return false;
  const next = after.match(/^\s+([\p{L}'’-]+)/u)?.[1];
  if (next && !HEADLINE_MINOR_WORDS.has(next)) return false;
  return words.every((w) => HEADLINE_MINOR_WORDS.has(w) || /^\p{Lu}/u.test(w) || /^\p{N}/u.test(w));
}

/** True when a candidate must be dropped for its context (see the rules above). */
export function rejectsInContext(text: string, start: number, end: number, alias: string, rule: AliasCase, kind: EntityKind): boolean {
  if (rejectsInOwnWords(text, start, end, alias, rule, kind)) return true;
  if (kind === 'topic') return rule === 'any' && isTitleCasedPhrase(text, start, end, alias) && !isInTitleCaseHeadline(text, start, end);
  if (rule === 'exact' && isInsideCapitals(text, start, end)) return true;
  if (kind === 'place' && isAfterAnotherName(text, start)) return true;
  return (kind === 'place' || kind === 'organization') && isInsideLongerName(text, start, end);
}

/**
 * The rules whose evidence is inside the match or touches it, never across
 * white space: they hold even where a page is read whole, with the blocks run
 * together, and a neighbouring word may belong to another block.
 */
export function rejectsInOwnWords(text: string, start: number, end: number, alias: string, rule: AliasCase, kind: EntityKind): boolean {
  // A lead word before a Title Cased phrase may start a headline: only the whole block can tell (rejectsInContext).
  if (kind === 'topic') return rule === 'any' && isTitleCasedPhrase(text, start, end, alias) && !followsLeadWord(text, start);
  return rule === 'exact' && isInsideCode(text, start, end);
}
