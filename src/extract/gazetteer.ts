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
]);

export function isKnownPlace(name: string): boolean {
  return PLACES.has(name);
}

export function isDemonym(word: string): boolean {
  return DEMONYMS.has(word);
}
