/**
 * Where a weak alias (a bare surname, a short form) is not the entity even on a
 * page that names the entity in full. Three principled signs, read from the
 * words right around the occurrence:
 *
 *  1. An honorific that does not fit: "Mrs. Wu" when the sources only ever call
 *     the entity "Mr." (or never use an honorific for them at all: then the
 *     page calls someone by a form the corpus never used). Ungendered titles
 *     ("Dr.", "Prof.") are no sign either way.
 *  2. A place or institution word right after it: "Nye Street", "Kennedy
 *     Center", "Rice University". The name is part of another name there.
 *  3. Another capitalised name word right before it: "Bill Nye", "Condoleezza
 *     Rice", "Robert Kennedy". Names are an open class, so the test is the
 *     other way round: a capitalised word that is not a title or one of a
 *     closed list of words a sentence start capitalises ("Then", "But"). Or,
 *     for a surname-first name ("Wu Xinbo"), right after it: "Wu Jianmin".
 *     That is a different person's full name.
 */
import { isUpperAt, isWordCharAt } from '../text/words';

export type Gender = 'm' | 'f';

const GENDERED: Record<string, Gender> = { mr: 'm', mrs: 'f', ms: 'f', miss: 'f', madam: 'f', mme: 'f', mister: 'm' };
const UNGENDERED = new Set(['dr', 'prof', 'mx', 'sir', 'dame']);

/** The gender of an honorific word ("Mr." → m), or undefined. */
export function honorificGender(word: string): Gender | undefined {
  return GENDERED[word.replace(/\.$/, '').toLowerCase()];
}

const PLACE_WORDS = new Set(
  (
    'street st road rd avenue ave boulevard blvd lane drive way place square court county park bridge river ' +
    'lake island mountain mount valley center centre hall building tower school university college institute ' +
    'foundation airport station stadium hospital museum library hotel church academy prize award ' +
    'islands bay beach creek falls memorial plaza highway expressway tunnel dam'
  ).split(' '),
);

// Words that may stand capitalised right before a surname without being a given
// name: titles, and function words a headline or a sentence start capitalises.
export const TITLES = new Set(
  (
    'president premier chairman chairwoman secretary minister ambassador director professor prof senator sen ' +
    'representative rep governor gov general gen adviser advisor chancellor judge justice vice deputy chief ' +
    'commissioner mayor leader speaker officer agent dr mr mrs ms miss mx sir dame lord lady king queen prince ' +
    'princess pope father sister brother captain capt colonel col admiral adm sergeant sgt lieutenant lt ' +
    'fellow dean state former acting assistant associate attorney councillor councilor envoy counselor ' +
    // Closed-class words a sentence start or a headline capitalises ("Then Rice said").
    'the a an and or nor but so yet if as at by for from in into of off on onto out over to under up with ' +
    'without about after before since until while when where why how what who whom whose which that this ' +
    'these those then than there here now later today yesterday tomorrow also still even only just both ' +
    'either neither each every all some any no not never again instead however meanwhile moreover indeed ' +
    'perhaps maybe because although though unless once whether said says told asked added says meet meets ' +
    'met visit visits ask asks tell tells thank thanks dear'
  ).split(' '),
);

export interface WeakEntity {
  /** Honorific genders the index uses for this entity ("Mr. Xi" → m). */
  genders: ReadonlySet<Gender>;
  /** True when the alias is the first word of a multi-word name ("Wu" of "Wu Xinbo"). */
  surnameFirst: boolean;
  person: boolean;
}

/** The word ending right before `end` (letters and digits), or '' if none. */
export function wordBefore(text: string, end: number): string {
  let s = end;
  while (s > 0 && isWordCharAt(text, s - 1)) s--;
  return text.slice(s, end);
}

function wordAfter(text: string, start: number): string {
  let e = start;
  while (e < text.length && isWordCharAt(text, e)) e++;
  return text.slice(start, e);
}

const isCapitalised = (w: string) => w.length > 1 && isUpperAt(w, 0) && w !== w.toUpperCase();

/**
 * True when the weak alias at `text[start, end)` should not count (see the
 * module comment). `oneWord` says whether the alias is a single word: rules 1
 * and 3 concern bare surnames only.
 */
export function rejectsWeak(text: string, start: number, end: number, oneWord: boolean, entity: WeakEntity): boolean {
  // 2. "Nye Street", "Kennedy Center".
  if (text.charCodeAt(end) === 32) {
    const next = wordAfter(text, end + 1);
    if (isCapitalised(next) || next === next.toUpperCase()) {
      if (PLACE_WORDS.has(next.toLowerCase())) return true;
      // 3b. "Wu Jianmin" for "Wu Xinbo".
      if (oneWord && entity.person && entity.surnameFirst && isCapitalised(next) && !TITLES.has(next.toLowerCase())) return true;
    }
  }
  if (!oneWord || !entity.person) return false;

  // What stands right before: "Mrs. Wu", "Bill Nye".
  let p = start;
  if (p > 0 && text.charCodeAt(p - 1) === 32) p--;
  else return false;
  const dot = p > 0 && text.charCodeAt(p - 1) === 46;
  const word = wordBefore(text, dot ? p - 1 : p);
  if (!word) return false;
  const lower = word.toLowerCase();
  // 1. An honorific.
  const gender = GENDERED[lower];
  if (gender) return !entity.genders.has(gender);
  if (UNGENDERED.has(lower) || dot) return false;
  // 3. A given name: capitalised, and neither a title nor a closed-class word.
  return isCapitalised(word) && !TITLES.has(lower);
}
