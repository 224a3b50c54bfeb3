/**
 * Places the text names without a cue, and the adjectives of nationality.
 *
 * Deliberately modest: countries and capitals that cyber-policy news names, a
 * few regions. Anything else must earn "place" from its context ("in X", "a
 * California estate").
 */

const PLACES = new Set([
  // Countries and unions of them.
  'China',
  'United States',
  'America',
  'Russia',
  'Iran',
  'North Korea',
  'South Korea',
  'Korea',
  'Japan',
  'India',
  'Pakistan',
  'Israel',
  'Syria',
  'Iraq',
  'Afghanistan',
  'Ukraine',
  'Germany',
  'France',
  'Britain',
  'United Kingdom',
  'Brazil',
  'Canada',
  'Mexico',
  'Australia',
  'Taiwan',
  'Vietnam',
  'Philippines',
  'Estonia',
  'Georgia',
  'Soviet Union',
  'Europe',
  'Asia',
  'Africa',
  // Cities.
  'Beijing',
  'Shanghai',
  'Hong Kong',
  'Washington',
  'New York',
  'New York City',
  'London',
  'Moscow',
  'Tokyo',
  'Seoul',
  'Tehran',
  'Pyongyang',
  'Paris',
  'Berlin',
  'Geneva',
  'Brussels',
  'San Francisco',
  'Los Angeles',
  'Seattle',
  // States and regions.
  'California',
  'Virginia',
  'Maryland',
  'Texas',
  'Xinjiang',
  'Tibet',
  'Silicon Valley',
  'Asia Pacific',
  // The other countries, the US states and large cities: a name news gives without a cue ("Sudan has said").
  ...(
    'Albania Algeria Andorra Angola Argentina Armenia Austria Azerbaijan Bahamas Bahrain Bangladesh Barbados Belarus ' +
    'Belgium Belize Benin Bhutan Bolivia Botswana Brunei Bulgaria Burundi Cambodia Cameroon Chile Colombia Comoros ' +
    'Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Dominica Ecuador Egypt Eritrea Eswatini Ethiopia Fiji Finland ' +
    'Gabon Gambia Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras Hungary Iceland Indonesia Ireland Italy ' +
    'Jamaica Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya ' +
    'Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Micronesia ' +
    'Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nauru Nepal Netherlands Nicaragua Niger ' +
    'Nigeria Norway Oman Palau Palestine Panama Paraguay Peru Poland Portugal Qatar Romania Rwanda Samoa Senegal Serbia ' +
    'Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Tajikistan Tanzania Thailand ' +
    'Togo Tonga Tunisia Turkey Turkmenistan Tuvalu Uganda Uruguay Uzbekistan Vanuatu Venezuela Yemen Zambia Zimbabwe ' +
    'England Scotland Wales Alabama Alaska Arizona Arkansas Colorado Connecticut Delaware Florida Hawaii Idaho Illinois ' +
    'Indiana Iowa Kansas Kentucky Louisiana Maine Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska ' +
    'Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Utah Vermont Wisconsin Wyoming Chicago Boston Houston Miami ' +
    'Atlanta Dallas Denver Philadelphia Detroit Toronto Montreal Vancouver Sydney Melbourne Auckland Wellington Dublin ' +
    'Madrid Rome Milan Vienna Amsterdam Stockholm Oslo Copenhagen Helsinki Warsaw Prague Budapest Athens Istanbul Ankara ' +
    'Cairo Nairobi Lagos Johannesburg Dubai Riyadh Jerusalem Baghdad Damascus Kabul Islamabad Delhi Mumbai Bangkok ' +
    'Singapore Jakarta Manila Hanoi Taipei Osaka Kyiv Kiev Minsk Havana Caracas Bogota Lima Santiago Seoul Shenzhen'
  ).split(' '),
  'New Zealand',
  'South Africa',
  'South Sudan',
  'Saudi Arabia',
  'Sri Lanka',
  'Costa Rica',
  'El Salvador',
  'Ivory Coast',
  'Czech Republic',
  'Dominican Republic',
  'Papua New Guinea',
  'United Arab Emirates',
  'Bosnia and Herzegovina',
  'North Macedonia',
  'East Timor',
  'Sierra Leone',
  'Burkina Faso',
  'Cape Verde',
  'Central African Republic',
  'Equatorial Guinea',
  'Marshall Islands',
  'Solomon Islands',
  'San Marino',
  'Vatican City',
  'Trinidad and Tobago',
  'New Jersey',
  'New Mexico',
  'New Hampshire',
  'North Carolina',
  'South Carolina',
  'North Dakota',
  'South Dakota',
  'Rhode Island',
  'West Virginia',
  'New Delhi',
  'Buenos Aires',
  'Mexico City',
  'Rio de Janeiro',
  'Sao Paulo',
  'São Paulo',
  'Tel Aviv',
  'Abu Dhabi',
  'Kuala Lumpur',
  'Hong Kong',
  'Middle East',
  'Latin America',
  'South America',
  'North America',
  'Central America',
  'Southeast Asia',
  'East Asia',
  'South Asia',
  'Central Asia',
  'Western Europe',
  'Eastern Europe',
  'Gaza',
  'West Bank',
  'Crimea',
  'Kashmir',
  'Siberia',
  'Antarctica',
  'Arctic',
  'Oceania',
  'Caribbean',
  'Las Vegas',
  'San Diego',
  'San Jose',
  'New Orleans',
  'Santa Clara',
]);

/**
 * Nationality adjectives. Decision: they do NOT mention the country. "Chinese
 * leaders", "American power", "Chinese origin" speak of people, power or origin;
 * highlighting them as "China" would flood a page. They are never entities
 * either, and a name that starts with one keeps it only if it is part of the
 * name ("Chinese Academy of Social Sciences").
 */
const DEMONYMS = new Set([
  'Chinese',
  'American',
  'Americans',
  'Russian',
  'Iranian',
  'Korean',
  'North Korean',
  'Japanese',
  'Indian',
  'Brazilian',
  'British',
  'French',
  'German',
  'European',
  'Soviet',
  'Israeli',
  'Asian',
  // Words for groups of people, not names of anyone or anywhere ("Western officials", "Protestant voters").
  'Western',
  'Eastern',
  'Northern',
  'Southern',
  'Protestant',
  'Protestants',
  'Catholic',
  'Catholics',
  'Muslim',
  'Muslims',
  'Christian',
  'Christians',
  'Jewish',
  'Jews',
  'Hindu',
  'Sunni',
  'Shiite',
  'Shia',
  'Arab',
  'Arabs',
  'Latino',
  'Latinos',
  'Hispanic',
  'Democrats',
  'Republicans',
  'Democrat',
  'Republican',
  'Democratic',
  'Midterms',
  'Midterm',
  'People',
  'English',
  'Canadian',
  'Australian',
  'Mexican',
  'Ukrainian',
  'Syrian',
  'Iraqi',
  'Afghan',
  'Pakistani',
  'Taiwanese',
  'Vietnamese',
  'Italian',
  'Spanish',
  'Dutch',
  'Swedish',
  'Polish',
  'Turkish',
  'Saudi',
  'Egyptian',
  'African',
  'Latin',
  'Scottish',
  'Irish',
  'Māori',
  'Maori',
  'Communism',
  'Communist',
  'Socialism',
  'Capitalism',
]);

export function isKnownPlace(name: string): boolean {
  return PLACES.has(name);
}

let placeWords: ReadonlySet<string> | undefined;

/** A lower-case word of a known place's name ("korea" of "North Korea", "york" of "New York"). */
export function isKnownPlaceWord(word: string): boolean {
  placeWords ??= new Set([...PLACES].flatMap((p) => p.toLowerCase().split(/\s+/)));
  return placeWords.has(word);
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
  Washington: ['Washington state', 'Washington State', 'state of Washington', 'Seattle', 'Spokane', 'Tacoma', 'Olympia', 'Puget Sound', 'Oregon', 'Idaho'],
  Georgia: ['Atlanta', 'Savannah', 'state of Georgia', 'Georgia state', 'Alabama', 'Florida'],
};

/** Words that name another place called `name`; empty when there is none. */
export function otherSenseCues(name: string): readonly string[] {
  return OTHER_SENSES[name] ?? [];
}
