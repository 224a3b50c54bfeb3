/**
 * Titles and honorifics: stripped from a name, kept as evidence that the name is
 * a person's ("President Xi Jinping" → "Xi Jinping", a person).
 */

/** Words that make a title on their own ("President", "Mr.", "Ambassador"). */
const CORE_TITLES = new Set([
  'Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Prof.', 'Professor', 'President', 'Premier', 'Director', 'Ambassador', 'Minister',
  'Secretary', 'Senator', 'Sen.', 'Rep.', 'Gov.', 'Governor', 'General', 'Gen.', 'Chairman', 'Coordinator', 'Judge',
  'Adm.', 'Admiral', 'Lt.', 'Col.', 'Sgt.', 'Capt.', 'Envoy', 'Councilor', 'Spokesman', 'Spokeswoman',
  'Chair', 'Chairwoman', 'Commissioner', 'Justice', 'Undersecretary', 'Mayor', 'Chancellor', 'Leader', 'Speaker',
  'Sheriff', 'Representative', 'Congressman', 'Congresswoman', 'Councilman', 'Councilwoman', 'Treasurer', 'CEO',
  'Pope', 'Sir', 'Dame', 'Bishop', 'Cardinal', 'Rabbi', 'Detective', 'Sergeant', 'Lieutenant', 'Colonel', 'Attorney',
  'Prosecutor', 'Lawmaker', 'Rev.', 'Inspector', 'Superintendent', 'Magistrate',
  // Party labels: "Nevada Democrat Catherine Cortez Masto" names her by her party, not a person called "Nevada Democrat".
  'Democrat', 'Republican',
]);

/** Words that only qualify a title ("Assistant Foreign Minister", "Deputy Assistant Secretary"). */
const TITLE_QUALIFIERS = new Set([
  'Vice', 'Assistant', 'Deputy', 'Foreign', 'Senior', 'Former', 'Chief', 'Executive', 'State', 'Prime', 'Acting', 'Interim',
  'Associate', 'Principal', 'Special', 'Under', 'Managing', 'Majority', 'Minority', 'Opposition', 'First', 'Lead', 'Supreme',
  'Court', 'Press', 'Defense', 'Finance', 'Trade', 'Interior', 'Energy', 'Health', 'Education', 'Labor', 'Home',
]);

/**
 * Titles short enough that "<title> <name>" is how readers meet the name on a
 * page, so the pair is an alias too ("Mr. Xi", "President Xi", "Ms. Rice").
 */
const ALIAS_TITLES = new Set(['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'President', 'Ambassador', 'Premier', 'Prof.', 'Senator']);

/** "President", and its "-elect" or "-designate" ("President-elect"). */
export function isCoreTitle(word: string): boolean {
  return CORE_TITLES.has(word) || CORE_TITLES.has(word.replace(/-(?:elect|designate)$/, ''));
}

export function isTitleWord(word: string): boolean {
  return isCoreTitle(word) || TITLE_QUALIFIERS.has(word);
}

export function isTitleQualifier(word: string): boolean {
  return TITLE_QUALIFIERS.has(word);
}

export function isAliasTitle(word: string): boolean {
  return ALIAS_TITLES.has(word);
}

/**
 * How many leading words of `words` form a title: qualifiers then at least one
 * core title ("Assistant Foreign Minister" → 3; "Foreign Relations" → 0).
 * The caller decides what is left; 0 when there is no title.
 */
export function titleLength(words: string[]): number {
  let lastCore = -1;
  for (let i = 0; i < words.length; i++) {
    if (isCoreTitle(words[i])) lastCore = i;
    else if (!TITLE_QUALIFIERS.has(words[i])) break;
  }
  return lastCore + 1;
}

/** Name suffixes that stay in a name but are not its surname ("Jr."). */
export const NAME_SUFFIXES = new Set(['Jr.', 'Sr.', 'II', 'III', 'IV']);
