/**
 * A name's appositive: the one line in the source's own words that says who or
 * what it is ("Susan E. Rice, Mr. Obama's national security adviser, took...",
 * "a high-level Communist Party envoy, Meng Jianzhu, who is responsible...").
 * Its head noun is also evidence of the kind ("adviser" → person).
 */
import type { EntityKind } from '../contracts/schema';
import { isOrgHead } from './org-heads';
import { isTitleWord } from './honorifics';
import type { NameSpan } from './proper-noun-spans';
import { tokenize, type Token } from './tokens';

const PERSON_HEADS = new Set(
  (
    'adviser advisor professor official fellow director envoy expert coordinator secretary minister ambassador ' +
    'president analyst spokesman spokeswoman chairman chairwoman leader researcher scholar editor reporter ' +
    'correspondent officer aide diplomat chief member lawyer contractor engineer student dean premier senator ' +
    'governor general admiral commander author founder executive manager specialist consultant strategist negotiator ' +
    'writer journalist columnist blogger photographer actor actress singer musician player scientist physician ' +
    'teacher artist novelist historian economist activist critic'
  ).split(' '),
);
const ORG_HEADS = new Set(
  'giant company firm group agency organization organisation newspaper institute tank bank maker carrier university network startup'.split(' '),
);
const PLACE_HEADS = new Set('estate city town village province country region site capital island state county district resort compound'.split(' '));

/** Words that end an appositive's head phrase ("professor known for...", "director of...", "a firm based in..."). */
const HEAD_STOPS = new Set(
  'of at for who known in with from on that which whose to based headquartered owned backed founded controlled operated funded listed led run'.split(' '),
);
/** Lower-case words that may open an appositive without an article ("director of...", "vice director of..."). */
const OPENERS = new Set('director vice former senior deputy chief head president professor'.split(' '));
const ARTICLES = new Set(['a', 'an', 'the']);

export interface Appositive {
  /** The description as written, without its commas. */
  text: string;
  /** What the head noun says the named thing is. */
  kind: Exclude<EntityKind, 'topic'>;
}

function headKind(desc: string): Appositive['kind'] | undefined {
  const toks = tokenize(desc);
  let head: Token | undefined;
  for (const t of toks) {
    if (HEAD_STOPS.has(t.text)) break;
    head = t;
  }
  if (!head) return undefined;
  const h = head.text.toLowerCase();
  if (PERSON_HEADS.has(h)) return 'person';
  // "..., the Pacific Community and the Pacific Islands Forum", "New Zealand, the Middle Island":
  // a capitalised head names another thing (a list), it describes nothing.
  if (head.cap) return undefined;
  if (ORG_HEADS.has(h)) return 'organization';
  if (PLACE_HEADS.has(h)) return 'place';
  return undefined;
}

/**
 * Reject a description that runs into another person's name ("director of FBI
 * James Comey" after "Susan Rice"): a bare two-word capitalised run that is
 * neither after "of/at/for/the" nor an organisation.
 */
function namesSomeoneElse(desc: string): boolean {
  const toks = tokenize(desc);
  for (let i = 0; i + 1 < toks.length; i++) {
    const a = toks[i];
    const b = toks[i + 1];
    if (!a.cap || !b.cap || a.acronym || b.acronym || a.possessive) continue;
    if (!/^\s+$/.test(desc.slice(a.end, b.start))) continue;
    if (isTitleWord(a.text) || isOrgHead(a.text) || isOrgHead(b.text) || isTitleWord(b.text)) continue;
    if (toks[i + 2]?.cap && isOrgHead(toks[i + 2].text)) continue;
    if (i > 0 && /&/.test(desc.slice(toks[i - 1].end, a.start))) continue;
    const before = toks[i - 1]?.text.toLowerCase();
    if (before && ['of', 'at', 'for', 'the', 'a', 'an', 'and'].includes(before)) continue;
    return true;
  }
  return false;
}

function clean(s: string): string {
  const t = s
    .replace(/\s*\([^)]*\)?\s*$/, '')
    .replace(/[\s,;:]+$/, '')
    .trim();
  // A final period ends the sentence, unless it ends "F.B.I." or "Jr.".
  if (/(?:\p{Lu}\.){2,}$|\b(?:Jr|Sr|Inc|Corp|Co)\.$/u.test(t)) return t;
  return t.replace(/\.$/, '');
}

/** Text after the name up to the next comma or the sentence's end. */
function after(text: string, span: NameSpan): string | undefined {
  const rest = text.slice(span.end);
  const m = /^,\s+([^,;"\u201C\u201D]+)(["\u201C\u201D])?/.exec(rest);
  if (!m) return undefined;
  // 'a writer for partisan "fact-checking" website': a quotation cuts the phrase; keep its head alone.
  if (m[2]) return clean(m[1].replace(/\s+(?:who|which|that|for|of|as|at|known|with)\b.*$/s, ''));
  return clean(m[1]);
}

/**
 * The appositive of a name in its sentence, or undefined when the sentence
 * gives none (or gives something that is not a description: a list, a verb).
 */
export function describeSpan(text: string, span: NameSpan): Appositive | undefined {
  return postAppositive(text, span) ?? preAppositive(text, span);
}

/** "Joseph S. Nye, a Harvard professor known for ..., said". */
function postAppositive(text: string, span: NameSpan): Appositive | undefined {
  const desc = after(text, span);
  if (!desc) return undefined;
  const first = tokenize(desc)[0];
  if (!first) return undefined;
  const opens =
    ARTICLES.has(first.text) || OPENERS.has(first.text) || isTitleWord(first.text) || (first.cap && /^(Mr|Ms|Mrs|Dr)\.\s+\S+['\u2019]s\s/u.test(desc));
  if (!opens) return undefined;
  const kind = headKind(ARTICLES.has(first.text) ? desc.slice(first.end) : desc);
  if (!kind || namesSomeoneElse(desc)) return undefined;
  return { text: desc, kind };
}

/** "a high-level Communist Party envoy, Meng Jianzhu, who is responsible for state security". */
function preAppositive(text: string, span: NameSpan): Appositive | undefined {
  const nameStart = span.title ? text.lastIndexOf(span.title, span.start) : span.start;
  const before = text.slice(0, nameStart);
  if (!/,\s*$/.test(before)) return undefined;
  const rest = text.slice(span.end);
  if (!/^(?:,|\s+who\b|[.;]|$)/.test(rest)) return undefined;
  const head = before.replace(/,\s*$/, '');
  const seg = head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('\u2014')) + 1);
  const toks = tokenize(seg);
  const k = lastArticle(toks);
  if (k < 0) return undefined;
  let desc = clean(seg.slice(toks[k].start));
  const kind = headKind(desc.slice(toks[k].text.length));
  if (!kind || namesSomeoneElse(desc)) return undefined;
  const who = /^,\s+(who\s+[^,;.]+)/.exec(rest);
  if (who) desc += ' ' + clean(who[1]);
  return { text: desc, kind };
}

function lastArticle(toks: Token[]): number {
  let k = -1;
  for (let i = toks.length - 1; i >= 0; i--) {
    if (ARTICLES.has(toks[i].text.toLowerCase())) {
      k = i;
      break;
    }
  }
  // "the director of the F.B.I.": step back over "<role> of".
  while (k >= 2 && toks[k - 1].text === 'of' && PERSON_HEADS.has(toks[k - 2].text.toLowerCase())) {
    let j = k - 3;
    while (j >= 0 && !ARTICLES.has(toks[j].text.toLowerCase())) j--;
    if (j < 0 || j < k - 4) break;
    k = j;
  }
  return k;
}
