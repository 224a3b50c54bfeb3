/**
 * A qualification left out across paraphrase. A concession ("While such an
 * agreement could address attacks on power stations …") sets up its main
 * clause ("… it would not protect against most of the attacks China is
 * accused of"): a version that says the concession but none of the main
 * clause turns a limited claim into a plain one. Read per sentence of an
 * alignment: the main clause is "included" where the sentence says it, "left
 * out" where the sentence says most of the concession and almost none of it;
 * a sentence saying neither is left out of the reading.
 */
import { CLAUSE_SUBJECTS, COMPARISON_STOP_WORDS, CONCESSIVE_OPENERS } from '../text/lexicon';
import { orderKey, phrase, sideOf, type Reading, type SentenceSide, type SpotReadings } from './finding';
import { paraphraseKey } from './paraphrase';
import type { Prepared } from './prepare';
import { modalClass } from './word-classes';

const MIN_MAIN = 6;
const SAYS = 0.6;
const LEAVES_OUT = 0.2;

interface Concession {
  /** Key ranges [start, end) of the concession and of its main clause. */
  concession: [number, number];
  main: [number, number];
}

/** Does a comma stand right before key k (closing the word before it)? */
const afterComma = (side: SentenceSide, k: number) => /,\s*$/.test(side.text.slice(0, side.tokens.starts[k]));
const opensSentence = (side: SentenceSide, k: number) => k === 0 || /[.!?]["”’]?\s*$/.test(side.text.slice(0, side.tokens.starts[k]));
const meaning = (keys: readonly string[]) => new Set(keys.filter((k) => !COMPARISON_STOP_WORDS.has(k) && k.length > 1).map(paraphraseKey));

/** The first concession of the text with its main clause (to the end of that sentence). */
function concessionOf(side: SentenceSide): Concession | undefined {
  const { keys } = side;
  const open = keys.findIndex((k, at) => CONCESSIVE_OPENERS.has(k) && opensSentence(side, at));
  if (open < 0) return undefined;
  let main = -1;
  for (let k = open + 2; k < keys.length - 1 && main < 0; k++) {
    const verbSoon = keys.slice(k + 1, k + 4).some((w) => modalClass(w) || ['is', 'are', 'was', 'were', 'has', 'have', 'does', 'did'].includes(w));
    if (afterComma(side, k) && CLAUSE_SUBJECTS.has(keys[k]) && verbSoon) main = k;
  }
  if (main < 0) return undefined;
  let end = main + 1;
  while (end < keys.length && !opensSentence(side, end)) end++;
  return meaning(keys.slice(main, end)).size >= MIN_MAIN ? { concession: [open + 1, main], main: [main, end] } : undefined;
}

const share = (want: ReadonlySet<string>, have: ReadonlySet<string>) => [...want].filter((k) => have.has(k)).length / Math.max(1, want.size);

export function clauseReadings(prepared: Prepared, group: readonly number[]): SpotReadings[] {
  const sides = group.map((i) => sideOf(prepared, i));
  const holder = sides.findIndex((side) => concessionOf(side));
  if (holder < 0) return [];
  const found = concessionOf(sides[holder])!;
  const concession = meaning(sides[holder].keys.slice(...found.concession));
  const main = meaning(sides[holder].keys.slice(...found.main));
  const words = phrase(sides[holder], ...found.main);
  const readings: Reading[] = [];
  group.forEach((i, m) => {
    const own = meaning(sides[m].keys);
    const ownMain = m === holder ? found : concessionOf(sides[m]);
    const changed = ownMain ? phrase(sides[m], ...ownMain.main) : '';
    if (share(main, own) >= SAYS) readings.push({ sentence: i, value: 'included', changed, phrase: words });
    else if (share(main, own) < LEAVES_OUT && share(concession, own) >= SAYS) readings.push({ sentence: i, value: 'left out', changed: '', phrase: '' });
  });
  return new Set(readings.map((r) => r.value)).size >= 2
    ? [{ kind: 'omission', reader: 'concession', order: orderKey('omission', 'concession'), readings }]
    : [];
}
