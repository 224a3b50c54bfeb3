/**
 * Readings that belong to a sentence as a whole rather than to one stretch of
 * a word diff, so they hold across paraphrase:
 *  - attribution: who the sentence cites (officials, a media report, one
 *    official or several, "a senior US official" / "a senior administration official");
 *  - modal: how certain the claim is, from its first modal and the hedges
 *    round it ("could become" / "will most likely include"); "would" is left
 *    out, as reported speech turns every "will" into one;
 *  - negation: a word the sentences share, negated in one only ("do not
 *    focus on" / "have focused on");
 *  - date: the first weekday and what places it ("last Wednesday" / "on Wednesday"),
 *    and when the event falls relative to another ("before the visit" / "when Xi arrives");
 *  - role: the capitalised words before a post ("Chinese Communist Party
 *    envoy" / "Communist Party envoy"), unless the other sentence says them elsewhere;
 *  - number: how many of a thing each sentence counts (see `number-readings`);
 *  - omission: the main clause of a concession that a version leaves out (see `clause-readings`);
 *  - quote: a quotation that another source gives without quotation marks,
 *    or in its own words (see `quote-readings`).
 * A kind the word diff already found in the alignment is not read again.
 */
import { CLAUSE_OPENERS, DEMONYMS, HEDGE_WORDS, isDateWord, MONTHS, ROLE_NOUNS, SENTENCE_MODAL_CLAIMS, WEEKDAYS, FUNCTION_WORDS } from '../text/lexicon';
import type { DiscrepancyKind } from '../contracts/schema';
import { attributionSource, findAttribution } from './attribution';
import { orderKey, phrase, sideOf, type Reader, type Reading, type SentenceSide, type SpotReadings } from './finding';
import { paraphraseKey } from './paraphrase';
import type { Prepared } from './prepare';
import { clauseReadings } from './clause-readings';
import { numberReadings } from './number-readings';
import { quoteReadings } from './quote-readings';
import { isNegator, negatorAt } from './word-classes';

const PLACING_WORDS = new Set(['last', 'next', 'this', 'early', 'late']);
const HEDGES = new Set(HEDGE_WORDS);
const ROLES = new Set(ROLE_NOUNS);
const AUXILIARIES = new Set(['have', 'has', 'had', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could']);
const WEEKDAY_SET = new Set(WEEKDAYS);

/** The readings of one spot, when they hold two values or more; `reader` is set by `sentenceReadings`. */
const spot = (kind: DiscrepancyKind, position: number | string, readings: Reading[]): SpotReadings[] =>
  new Set(readings.map((r) => r.value)).size >= 2 ? [{ kind, reader: 'diff', order: orderKey(kind, position), readings }] : [];

const reading = (sentence: number, side: SentenceSide, start: number, end: number, value: string): Reading => {
  const words = phrase(side, start, end);
  return { sentence, value, changed: words, phrase: words };
};

function attributionReadings(prepared: Prepared, group: readonly number[]): SpotReadings[] {
  const readings: Reading[] = [];
  for (const i of group) {
    const { sentence, parts } = prepared.sentences[i];
    // A split sentence's citation is read sentence by sentence: each one's closing "…, it said" counts, the first found first.
    const cited = (parts ?? [sentence.text]).map(findAttribution).find((c) => c);
    if (!cited) continue;
    const who = attributionSource(cited);
    readings.push({ sentence: i, value: who ? `${cited.cls}|${who.value}` : cited.cls, changed: cited.phrase, phrase: who?.phrase ?? '' });
  }
  return spot('attribution', '', readings);
}

function certaintyReadings(prepared: Prepared, group: readonly number[]): SpotReadings[] {
  const readings: Reading[] = [];
  for (const i of group) {
    const side = sideOf(prepared, i);
    const at = side.keys.findIndex((k) => SENTENCE_MODAL_CLAIMS[k]);
    if (at < 0) continue;
    let end = at + 1;
    let hedged = false;
    for (; end < side.keys.length && end - at <= 3 && (HEDGES.has(side.keys[end]) || isNegator(side.keys[end])); end++) {
      if (HEDGES.has(side.keys[end])) hedged = true;
    }
    readings.push(reading(i, side, at, end + 1, hedged ? 'likely' : SENTENCE_MODAL_CLAIMS[side.keys[at]]));
  }
  return spot('modal', 0, readings);
}

/** "rather than", "instead of" ending at keys[j]: what follows is denied. */
const opensContrast = (keys: readonly string[], j: number) =>
  (keys[j] === 'than' && keys[j - 1] === 'rather') || (keys[j] === 'of' && keys[j - 1] === 'instead');

/** Is there a negator earlier in the clause that holds keys[at]? */
function negatedClause(keys: readonly string[], at: number): boolean {
  for (let j = at - 1; j >= 0 && !CLAUSE_OPENERS.has(keys[j]); j--) if (negatorAt(keys, j) || opensContrast(keys, j)) return true;
  return false;
}
const SKIPPED_BEFORE_NEGATED = new Set(['a', 'an', 'the', ...HEDGE_WORDS]);

/**
 * Index of the negator among the three words before `at` (articles and hedges
 * not counted: "will not likely include an explicit ban"), or -1. "Rather than"
 * and "instead of" negate what follows them ("rather than a detailed mention").
 * A comma ends the search: "airbags not deploying, including six crashes"
 * does not deny the crashes.
 */
function negatorBefore(side: SentenceSide, at: number): number {
  const { keys } = side;
  for (let j = at - 1, seen = 0; j >= 0 && seen < 3; j--) {
    if (/[,;:]["”’)]?$/.test(side.text.slice(side.tokens.starts[j], side.tokens.ends[j]))) break;
    if (negatorAt(keys, j)) return j;
    if (opensContrast(keys, j)) return j - 1;
    if (!SKIPPED_BEFORE_NEGATED.has(keys[j])) seen++;
  }
  return -1;
}

/** A denied word with one of these after it is bounded, not denied ("not … above 60 percent"). */
const BOUND_WORDS = new Set(['above', 'over', 'beyond', 'exceeding', 'more', 'less', 'fewer', 'below', 'under']);

function polarityReadings(prepared: Prepared, group: readonly number[]): SpotReadings[] {
  const sides = group.map((i) => sideOf(prepared, i));
  const firstAt = sides.map((side) => {
    const at = new Map<string, number>();
    side.keys.forEach((k, j) => !FUNCTION_WORDS.has(k) && !isNegator(k) && !at.has(paraphraseKey(k)) && at.set(paraphraseKey(k), j));
    return at;
  });
  // Each word once, in the order the members first say it: a word read again gives the same readings.
  const keys = firstAt[0].size ? new Set(firstAt.flatMap((m) => [...m.keys()])) : [];
  for (const key of keys) {
    // Each member's reading first, as a bare word; the readings are written out only where members disagree.
    const found: { m: number; from: number; at: number; value: string }[] = [];
    group.forEach((_, m) => {
      const at = firstAt[m].get(key);
      if (at === undefined) return;
      const not = negatorBefore(sides[m], at);
      // A negator further back in the clause may still govern the word ("not contain a mention of a prohibition"): no plain affirmation.
      if (not < 0 && negatedClause(sides[m].keys, at)) return;
      // "not to charge their phones above 60 percent" bounds the charging, as "charge them to no more than 60 percent" does.
      if (not >= 0 && sides[m].keys.slice(at + 1, at + 5).some((k) => BOUND_WORDS.has(k))) return;
      const helper = at > 0 && AUXILIARIES.has(sides[m].keys[at - 1]) ? at - 1 : at;
      found.push({ m, from: not >= 0 ? not : helper, at, value: not >= 0 ? 'negated' : 'affirmed' });
    });
    if (found.length >= 2 && found.some((f) => f.value !== found[0].value)) {
      return spot(
        'negation',
        key,
        found.map(({ m, from, at, value }) => reading(group[m], sides[m], from, at + 1, value)),
      );
    }
  }
  return [];
}

/** When something happens relative to an event: "before the visit" / "when Xi arrives" ("as" and "since" say too many other things). */
const TIMING: Record<string, string> = {
  before: 'before',
  ahead: 'before',
  prior: 'before',
  when: 'when',
  once: 'when',
  upon: 'when',
  after: 'after',
  following: 'after',
  until: 'until',
  during: 'during',
  while: 'during',
};
const TIMING_WORDS = 5;

/** The first word placing the sentence's event in time relative to another, with the words after it. */
function timingReadings(prepared: Prepared, group: readonly number[]): SpotReadings[] {
  const found: { reading: Reading; event: Set<string> }[] = [];
  for (const i of group) {
    const side = sideOf(prepared, i);
    const at = side.keys.findIndex((k, j) => TIMING[k] && (k !== 'ahead' || side.keys[j + 1] === 'of') && (k !== 'prior' || side.keys[j + 1] === 'to'));
    if (at < 0) continue;
    const event = new Set(
      side.keys
        .slice(at + 1, at + TIMING_WORDS)
        .filter((k) => !FUNCTION_WORDS.has(k))
        .map(paraphraseKey),
    );
    found.push({ reading: reading(i, side, at, at + TIMING_WORDS, TIMING[side.keys[at]]), event });
  }
  // "before Xi's visit" and "when Xi arrives" place one event; "after ten wrong passcode attempts" and "when a judge ordered" two.
  const placesShared = found.filter((f) => found.some((g) => g !== f && [...f.event].some((k) => g.event.has(k))));
  return spot(
    'date',
    'timing',
    placesShared.map((f) => f.reading),
  );
}

/** Verbs of saying: a weekday right after one is the day something was said, not the day of the event ("police said on Monday"). */
const SAYING = new Set(['said', 'says', 'told', 'announced', 'reported', 'stated', 'added', 'confirmed', 'warned', 'wrote', 'statement']);

/** The weekday of the sentence's event: the first weekday not right after a verb of saying, with the word placing it. */
function eventWeekday(side: SentenceSide): { at: number; placed: boolean } | undefined {
  for (let at = 0; at < side.keys.length; at++) {
    if (!WEEKDAY_SET.has(side.keys[at])) continue;
    const before = side.keys.slice(Math.max(0, at - 3), at);
    if (before.some((k) => SAYING.has(k))) continue;
    return { at, placed: at > 0 && PLACING_WORDS.has(side.keys[at - 1]) };
  }
  return undefined;
}

const DAY_MS = 86_400_000;

/**
 * The calendar day a weekday names in an article published on `published`:
 * the last such day up to the publication day ("on Tuesday" in Thursday's
 * paper), or the next one when the sentence speaks of what will happen
 * ("will arrive on Thursday", "next Thursday").
 */
export function dayOfWeekday(weekday: string, published: string | undefined, future: boolean): string | undefined {
  const day = WEEKDAYS.indexOf(weekday);
  const base = published ? Date.parse(published.slice(0, 10) + 'T00:00:00Z') : NaN;
  if (day < 0 || Number.isNaN(base)) return undefined;
  const today = (new Date(base).getUTCDay() + 6) % 7;
  const offset = future ? (day - today + 7) % 7 || 7 : -((today - day + 7) % 7);
  return new Date(base + offset * DAY_MS).toISOString().slice(0, 10);
}

const FUTURE = new Set(['will', 'next', "won't", 'shall']);

/** "2016-04-08" → "8 April". */
const spokenDate = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1].replace(/^./, (c) => c.toUpperCase())}`;

/**
 * The day of each sentence's event: the weekday as written ("last
 * Wednesday") between versions of one article, where the copy desk's change
 * of it is the change; the calendar day it names between other sources,
 * whose "on Wednesday" and "last Wednesday" written on different days may be
 * the same day.
 */
function timeReadings(prepared: Prepared, group: readonly number[], context: ReadingContext): SpotReadings[] {
  const readings: Reading[] = [];
  for (const i of group) {
    const side = sideOf(prepared, i);
    const found = eventWeekday(side);
    if (!found) continue;
    const { at, placed } = found;
    const placing = placed ? side.keys[at - 1] : '';
    const written = (placing && placing !== 'early' && placing !== 'late' ? placing + ' ' : '') + side.keys[at];
    const future = side.keys.slice(Math.max(0, at - 8), at).some((k) => FUTURE.has(k)) || placing === 'next';
    const day = context.allVersions ? undefined : dayOfWeekday(side.keys[at], prepared.sources[prepared.sentences[i].source].source.published, future);
    const r = reading(i, side, placed ? at - 1 : at, at + 1, day ?? written);
    // Two Fridays a week apart are told apart by their dates: "Friday (8 April)".
    readings.push(day ? { ...r, phrase: `${r.phrase} (${spokenDate(day)})` } : r);
  }
  return spot('date', 0, readings);
}

/** The capitalised words right before each post ("Chinese Communist Party" before "envoy"). */
function roleModifiers(side: SentenceSide): Map<string, { start: number; end: number; words: string[] }> {
  const out = new Map<string, { start: number; end: number; words: string[] }>();
  side.keys.forEach((k, at) => {
    if (!ROLES.has(k) || out.has(k)) return;
    let start = at;
    const capitalised = (k: number) =>
      /^\p{Lu}/u.test(side.text.slice(side.tokens.starts[k])) && !/[,;:]$/.test(side.text.slice(side.tokens.starts[k], side.tokens.ends[k]));
    while (start > 0 && capitalised(start - 1) && !FUNCTION_WORDS.has(side.keys[start - 1])) start--;
    out.set(k, { start, end: at + 1, words: side.keys.slice(start, at) });
  });
  return out;
}

/** Does the sentence say `word` anywhere (or the country a nationality names)? */
const says = (side: SentenceSide, word: string) => {
  // "Iran's oil minister" says "Iran" and "Iranian".
  const keys = side.keys.map((k) => k.replace(/'s$/, ''));
  return keys.includes(word) || (DEMONYMS[word] ?? []).some((w) => keys.includes(w));
};

function roleReadings(prepared: Prepared, group: readonly number[]): SpotReadings[] {
  const sides = group.map((i) => sideOf(prepared, i));
  const mods = sides.map(roleModifiers);
  const roles = [...new Set(mods.flatMap((m) => [...m.keys()]))];
  return roles.flatMap((role) => {
    const holders = group.map((i, m) => ({ i, m, mod: mods[m].get(role) })).filter((h) => h.mod);
    const words = new Set(holders.flatMap((h) => h.mod!.words));
    const differs = [...words].some((w) => holders.some((h) => !h.mod!.words.includes(w) && !says(sides[h.m], w)));
    if (!differs) return [];
    return spot(
      'role',
      role,
      holders.map((h) => reading(h.i, sides[h.m], h.mod!.start, h.mod!.end, h.mod!.words.join(' '))),
    );
  });
}

/** What the readings know of the group's sources as a whole. */
export interface ReadingContext {
  /** Are all the group's sources versions of one article (the same text edited)? */
  allVersions: boolean;
}

export function sentenceReadings(
  prepared: Prepared,
  group: readonly number[],
  foundKinds: ReadonlySet<DiscrepancyKind>,
  context: ReadingContext = { allVersions: true },
): SpotReadings[] {
  // The timing reading is its own reading of the date kind: a changed day does not make a changed "before" / "when" found.
  const readers: [Reader, DiscrepancyKind | undefined, (p: Prepared, g: readonly number[]) => SpotReadings[]][] = [
    ['attribution', 'attribution', attributionReadings],
    ['certainty', 'modal', certaintyReadings],
    ['polarity', 'negation', polarityReadings],
    ['weekday', 'date', (p, g) => timeReadings(p, g, context)],
    ['timing', undefined, timingReadings],
    ['role', 'role', roleReadings],
    ['count', 'number', numberReadings],
    ['concession', 'omission', clauseReadings],
    ['quote', 'quote', quoteReadings],
  ];
  return readers.flatMap(([reader, kind, read]) => (kind && foundKinds.has(kind) ? [] : read(prepared, group).map((s) => ({ ...s, reader }))));
}
