/**
 * What one sentence says about the kind of one of its names: titles, initials,
 * organisation heads, gazetteer places, "said X", "in X", appositives.
 * Scores add up over every mention of an entity; the highest kind wins.
 */
import type { EntityKind } from '../contracts/schema';
import { describeSpan } from './describe-entity';
import { isDemonym, isKnownPlace } from './gazetteer';
import { isKnownOrg, isOrgAcronym, isOrgHead } from './org-heads';
import type { NameSpan } from './proper-noun-spans';
import type { Token } from './tokens';
import { GIVEN_NAMES, NOT_PLACE_HEADS, isNumberWord, ORG_POSSESSIONS, ORG_POSTS, PLACE_NAME_HEADS, SPEECH_VERBS, WORK_HEADS } from '../text/lexicon';

export type NamedKind = Exclude<EntityKind, 'topic'>;
export type KindScores = Record<NamedKind, number>;

// "in X" and "visited X"; "to/from/at X" name firms and people as often as places ("sale to Verizon"),
// so they count only after a word of moving or of a site ("flew to X", "the site at Natanz").
const PLACE_PREPOSITIONS = new Set('in visited visit near'.split(' '));
const LEADS_TO_PLACE: Record<string, ReadonlySet<string>> = {
  to: new Set(
    'flew fly flying travel traveled travelled traveling travelling trip trips visit visits journey moved move returned return returning went headed deployed sent back way'.split(
      ' ',
    ),
  ),
  from: new Set('flew fly flying returned return returning came arrived fled back'.split(' ')),
  at: new Set('site sites facility facilities base bases plant plants headquarters camp airport port summit talks meeting held'.split(' ')),
};

function placeCue(prev: Token, prevPrev: Token | undefined): boolean {
  if (PLACE_PREPOSITIONS.has(prev.text)) return true;
  const leads = LEADS_TO_PLACE[prev.text];
  return leads !== undefined && prevPrev !== undefined && leads.has(prevPrev.text.toLowerCase());
}
const CREDITS = new Set(['Editor', 'Editors', 'Reporter', 'Reporting', 'Writer', 'Author', 'Photo', 'Photos', 'Photographer', 'Translator']);
const ROLE_OF = new Set('director head chief member members employees staff spokesman spokeswoman officials official officers'.split(' '));

export function emptyScores(): KindScores {
  return { person: 0, organization: 0, place: 0 };
}

/** "WASHINGTON" in a dateline is "Washington". */
function titleCase(name: string): string {
  return /^[\p{Lu}\s.]+$/u.test(name) && name.replace(/[\s.]/g, '').length > 5 ? name.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()) : name;
}

/**
 * Could "in X" make X a place? Not when X is shaped like a product, a
 * code or a work: an acronym ("in RFC 2119", "to GET"), digits ("V8"), inner
 * capitals ("WebFinger", "RFCs"), a work's or firm's last word ("Human Development
 * Report", "Remain Co."), an organisation's head, or a given name first.
 */
function mayBePlace(name: string, nameTokens: Token[], after: string): boolean {
  // "in Node.js", "on Wired.com": a file's or a site's name.
  if (/^\.\p{L}/u.test(after)) return false;
  // "in Firefox 39", "in Overcast 2.0": a product's version.
  if (/^\s+\d/.test(after)) return false;
  // "at Mugabe's compound": the possessor is not the place.
  if (nameTokens[nameTokens.length - 1].possessive) return false;
  // "in Ecology & Evolution": a firm's or a journal's name.
  if (name.includes('&')) return false;
  if (nameTokens.some((t) => t.acronym || /\p{N}/u.test(t.text) || /\p{Ll}\p{Lu}|\p{Lu}{2}/u.test(t.text) || isOrgHead(t.text))) return false;
  // "in Australian Local Government": a nationality opens a name of what a country has, not of a place.
  if (nameTokens.length > 1 && isDemonym(nameTokens[0].text)) return false;
  const last = nameTokens[nameTokens.length - 1].text;
  return !NOT_PLACE_HEADS.has(last) && !(nameTokens.length > 1 && GIVEN_NAMES.has(nameTokens[0].text));
}

/** Options of `spanEvidence`. */
export interface EvidenceOptions {
  /**
   * A one-word name its article never gives in full ("Boeing said", "Unicef
   * said"): in news a person is named in full first, so a bare word that speaks
   * is as likely an organisation as a person, and speaking says neither.
   */
  bare?: boolean;
  /**
   * Is this word mostly written in lower case (a common noun: "Products", "Affairs")?
   * "in Agricultural Products", "in World Affairs" then name a subject or a work, not a place.
   */
  commonWord?: (word: string) => boolean;
}

// "said Tyler Besecker, president of...", "said Kevin Stevenson of...": what may follow a name the speech verb attributes.
const AFTER_ATTRIBUTION = new Set('of in at on from who whose to during after before when with as'.split(' '));
// "Analysts at Goldman Sachs said", "a spokesman for Boeing said": the name is not the subject.
const PREPOSITIONS = new Set('at of for from with by to in on'.split(' '));

/** "said X, ..." / "X said": the speech verb's subject is the name. */
function speechScore(text: string, tokens: Token[], span: NameSpan): number {
  const prev = tokens[span.first - 1];
  const next = tokens[span.last + 1];
  const after = text.slice(span.end);
  let n = 0;
  if (prev && !span.title && /^\s+$/.test(text.slice(prev.end, span.start)) && SPEECH_VERBS.has(prev.text)) {
    const lastPossessive = tokens[span.last].possessive;
    const attributed = !next || /^\s*[,.;:)\u2014\u2013-]/u.test(after) || (!next.cap && AFTER_ATTRIBUTION.has(next.text));
    if (!lastPossessive && attributed) n += 2;
  }
  const before = tokens[span.first - 1];
  if (next && /^\s+$/.test(text.slice(span.end, next.start)) && SPEECH_VERBS.has(next.text) && !(before && PREPOSITIONS.has(before.text))) n += 2;
  return n;
}

/** "Boeing's board", "shares of Boeing", "Chelsea coach Mauricio Pochettino": what only an organisation has. */
function orgCue(text: string, tokens: Token[], span: NameSpan): boolean {
  const last = tokens[span.last];
  if (last.possessive) {
    for (let k = span.last + 1; k <= span.last + 3 && k < tokens.length && !tokens[k].cap; k++) if (ORG_POSSESSIONS.has(tokens[k].text)) return true;
  }
  // "Shares of Boeing", not "Board of Directors".
  const owner = tokens[span.first - 2];
  if (tokens[span.first - 1]?.text === 'of' && owner && (!owner.cap || span.first === 2) && ORG_POSSESSIONS.has(owner.text.toLowerCase())) return true;
  const post = tokens[span.last + 1];
  const then = tokens[span.last + 2];
  if (!last.possessive && post && !post.cap && ORG_POSTS.has(post.text) && /^\s+$/.test(text.slice(span.end, post.start))) {
    // "chief executive Tim Cook": the person may follow the post's second word.
    const person = then && !then.cap && ORG_POSTS.has(then.text) ? tokens[span.last + 3] : then;
    return person !== undefined && person.cap;
  }
  return false;
}

/** Kind scores for one mention. All zero when the sentence gives no evidence. */
export function spanEvidence(text: string, tokens: Token[], span: NameSpan, options: EvidenceOptions = {}): KindScores {
  const s = emptyScores();
  const nameTokens = tokens.slice(span.first, span.last + 1);
  const letters = span.text.replace(/\./g, '');
  const name = titleCase(span.text.replace(/['\u2019]/g, "'"));
  const lastWord = nameTokens[nameTokens.length - 1].text;
  // A law, a report, an event: none of the three kinds, whatever the sentence says.
  if (WORK_HEADS.has(lastWord)) return s;
  if (span.title) s.person += 3;
  if (nameTokens.some((t, i) => t.initial && i > 0)) s.person += 2;
  // "William Oldroyd": a given name and a surname.
  if (nameTokens.length >= 2 && nameTokens.length <= 3 && GIVEN_NAMES.has(nameTokens[0].text) && !nameTokens.some((t) => isOrgHead(t.text))) s.person += 2;
  if (nameTokens.some((t) => isOrgHead(t.text))) s.organization += 3;
  if (isKnownOrg(name)) s.organization += 3;
  if (nameTokens.length === 1 && nameTokens[0].acronym && isOrgAcronym(letters)) s.organization += 2;
  if (isKnownPlace(name)) s.place += 3;
  if (nameTokens.length > 1 && PLACE_NAME_HEADS.has(lastWord)) s.place += 3;
  if (nameTokens.length === 1 && nameTokens[0].acronym && (letters === 'US' || letters === 'USA')) s.place += 3;
  if (orgCue(text, tokens, span)) s.organization += 2;

  // "the FSF asked", "Heise Online adds": organisations speak too; so do places' offices ("Downing Street said").
  // "McFarland & Company": two names joined by "&" are a firm's.
  const speaksAsPerson = !nameTokens.some((t) => t.acronym || isOrgHead(t.text)) && !PLACE_NAME_HEADS.has(lastWord) && !span.text.includes('&');
  if (speaksAsPerson && !options.bare) s.person += speechScore(text, tokens, span);
  const prev = tokens[span.first - 1];
  const gapBefore = prev ? text.slice(prev.end, span.start) : '';
  // Not "three Freemasons who": a counted plural is a group.
  const counted = prev !== undefined && (isNumberWord(prev.text) || /^\d/.test(prev.text));
  if (/^\s*,?\s*who\b/.test(text.slice(span.end)) && !counted) s.person += 2;
  if (!span.title && prev && /^\s+$/.test(gapBefore)) {
    // "in Kansas City": a known place before the common word keeps it a place.
    const placeFirst = nameTokens.length > 1 && isKnownPlace(text.slice(span.start, nameTokens[nameTokens.length - 2].end));
    const common = !PLACE_NAME_HEADS.has(lastWord) && !placeFirst && options.commonWord?.(lastWord) === true;
    if (placeCue(prev, tokens[span.first - 2]) && mayBePlace(span.text, nameTokens, text.slice(span.end)) && !common) s.place += 1;
    if (prev.text === 'By' && span.first === 1) s.person += 2;
  }
  // "(Editor:Luxiao Zou, Bianji)", "Photo: Thomas Coex": a credit names a person.
  if (prev && CREDITS.has(prev.text) && /^:\s*$/.test(gapBefore)) s.person += 2;
  // "director of (the) X": X is what someone directs.
  const of = tokens[span.first - 1]?.text === 'the' ? span.first - 2 : span.first - 1;
  // Not "member of Hori Parata's team": the possessor is not what is directed.
  if (tokens[of]?.text === 'of' && ROLE_OF.has(tokens[of - 1]?.text ?? '') && !nameTokens[nameTokens.length - 1].possessive) s.organization += 2;

  const appositive = describeSpan(text, span);
  if (appositive) s[appositive.kind] += 3;
  return s;
}

/** The winning kind, or undefined when nothing speaks for any kind. Ties: org, person, place. */
export function bestKind(s: KindScores): NamedKind | undefined {
  const order: NamedKind[] = ['organization', 'person', 'place'];
  let best: NamedKind | undefined;
  for (const k of order) if (s[k] > 0 && (!best || s[k] > s[best])) best = k;
  return best;
}
