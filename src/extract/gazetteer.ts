/**
 * Places the text names without a cue, and the adjectives of nationality.
 *
 * Deliberately modest: countries and capitals that cyber-policy news names, a
 * few regions. Anything else must earn "place" from its context ("in X", "a
 * California estate").
 */

const PLACES = new Set([
  // Countries and unions of them.
  'China', 'United States', 'America', 'Russia', 'Iran', 'North Korea', 'South Korea', 'Korea', 'Japan', 'India',
  'Pakistan', 'Israel', 'Syria', 'Iraq', 'Afghanistan', 'Ukraine', 'Germany', 'France', 'Britain', 'United Kingdom',
  'Brazil', 'Canada', 'Mexico', 'Australia', 'Taiwan', 'Vietnam', 'Philippines', 'Estonia', 'Georgia', 'Soviet Union',
  'Europe', 'Asia', 'Africa',
  // Cities.
  'Beijing', 'Shanghai', 'Hong Kong', 'Washington', 'New York', 'London', 'Moscow', 'Tokyo', 'Seoul', 'Tehran',
  'Pyongyang', 'Paris', 'Berlin', 'Geneva', 'Brussels', 'San Francisco', 'Los Angeles', 'Seattle',
  // States and regions.
  'California', 'Virginia', 'Maryland', 'Texas', 'Xinjiang', 'Tibet', 'Silicon Valley', 'Asia Pacific',
]);

/**
 * Nationality adjectives. Decision: they do NOT mention the country. "Chinese
 * leaders", "American power", "Chinese origin" speak of people, power or origin;
 * highlighting them as "China" would flood a page. They are never entities
 * either, and a name that starts with one keeps it only if it is part of the
 * name ("Chinese Academy of Social Sciences").
 */
const DEMONYMS = new Set([
  'Chinese', 'American', 'Americans', 'Russian', 'Iranian', 'Korean', 'North Korean', 'Japanese', 'Indian',
  'Brazilian', 'British', 'French', 'German', 'European', 'Soviet', 'Israeli', 'Asian',
  // Words for groups of people, not names of anyone or anywhere ("Western officials", "Protestant voters").
  'Western', 'Eastern', 'Northern', 'Southern', 'Protestant', 'Protestants', 'Catholic', 'Catholics', 'Muslim', 'Muslims',
  'Christian', 'Christians', 'Jewish', 'Jews', 'Hindu', 'Sunni', 'Shiite', 'Shia', 'Arab', 'Arabs', 'Latino', 'Latinos',
  'Hispanic', 'Democrats', 'Republicans', 'Democrat', 'Republican', 'Democratic', 'Midterms', 'Midterm', 'People', 'English',
  'Canadian', 'Australian', 'Mexican', 'Ukrainian', 'Syrian', 'Iraqi', 'Afghan', 'Pakistani', 'Taiwanese', 'Vietnamese',
  'Italian', 'Spanish', 'Dutch', 'Swedish', 'Polish', 'Turkish', 'Saudi', 'Egyptian', 'African', 'Latin', 'Scottish', 'Irish',
  'Māori', 'Maori', 'Communism', 'Communist', 'Socialism', 'Capitalism',
]);

export function isKnownPlace(name: string): boolean {
  return PLACES.has(name);
}

export function isDemonym(word: string): boolean {
  return DEMONYMS.has(word);
}

/**
 * Place names that also name another place, with the words that give the
 * other one away on a page. The index's "Washington" is the capital (the seeds
 * say "in Washington" of the talks); a page that names Seattle, Spokane or
 * "Washington state" is about the state, and its bare "Washington" is not the
 * capital, unless the page also names something else the story is about
 * (Xi's visit went to Seattle and then to Washington). The page side applies this.
 */
const OTHER_SENSES: Record<string, readonly string[]> = {
  Washington: [
    'Washington state', 'Washington State', 'state of Washington', 'Seattle', 'Spokane', 'Tacoma', 'Olympia',
    'Puget Sound', 'Oregon', 'Idaho',
  ],
  Georgia: ['Atlanta', 'Savannah', 'state of Georgia', 'Georgia state', 'Alabama', 'Florida'],
};

/** Words that name another place called `name`; empty when there is none. */
export function otherSenseCues(name: string): readonly string[] {
  return OTHER_SENSES[name] ?? [];
}
