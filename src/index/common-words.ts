/**
 * The word list `toSpotIndex` uses to judge how risky an alias is on an arbitrary
 * page. Build time only: none of this ships in the content script.
 */

/**
 * Ordinary English words that are also surnames, first names, companies or
 * places ("Rice", "Price", "Apple", "Bush"): one of these as a bare alias is
 * only trusted where the page also names the entity in full (a weak alias).
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    'rice price bush young brown white black green gray grey king queen park long short wood woods hall ' +
    'love hope faith grace joy case page bell cook baker fisher hunter miller smith taylor turner walker ' +
    'carpenter mason porter sharp strong hunt lamb fox wolf bird crane swan drake rose lily stone hill ' +
    'field fields ford lane street marsh moon star sun day knight bishop pope lord duke earl major rich ' +
    'little small large best good well wise wells west east north south banks cash gold silver steel ' +
    'booth church chase cross pierce power powers rice noble frank bond chance will bill mark grant ' +
    'apple amazon target shell oracle visa delta gap subway sprint windows office word edge square ' +
    'uber meta alphabet signal slack zoom twitter corona monster dove tide crest orange mint'
  ).split(' '),
);
