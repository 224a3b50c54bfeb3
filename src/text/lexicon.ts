/**
 * The shared lexicon: the word lists every stage of the pipeline and the page
 * matcher agree on. One list per kind of word; a stage that needs a narrower
 * or wider view builds it here from these, so two stages never disagree about
 * what a month or a function word is.
 *
 * Words are lower case unless a list says otherwise.
 */

const list = (words: string): readonly string[] => words.split(' ');

export const MONTHS = list('january february march april may june july august september october november december');
/** Abbreviations as news copy writes them ("Sept. 20"); "may" is its own. */
export const MONTH_ABBREVIATIONS = list('jan feb mar apr jun jul aug sep sept oct nov dec');
export const WEEKDAYS = list('monday tuesday wednesday thursday friday saturday sunday');
/** Days named by where they stand from today. */
export const RELATIVE_DAYS = list('today yesterday tomorrow tonight');

/** "sept" → 9, "september" → 9; undefined for a word that is no month. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.indexOf(w);
  if (full >= 0) return full + 1;
  if (w === 'sept') return 9;
  const short = MONTH_ABBREVIATIONS.indexOf(w);
  return short >= 0 ? MONTHS.findIndex((m) => m.startsWith(w)) + 1 : undefined;
}

const DATE_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...MONTH_ABBREVIATIONS, ...WEEKDAYS, ...RELATIVE_DAYS]);

/**
 * A month, weekday or day word, in any case, with or without a closing dot or
 * "'s" ("Sept.", "Thursday's"); "may" is the month only as "May".
 */
export function isDateWord(word: string): boolean {
  const w = word.replace(/(?:\.|['\u2019]s)$/, '');
  return w !== 'may' && DATE_WORDS.has(w.toLowerCase());
}

/**
 * Closed-class words: articles, pronouns, auxiliaries, modals, the common
 * prepositions and conjunctions, and "not"/"no". Every sentence has them;
 * they carry no topic.
 */
const CLOSED_CLASS = list(
  'a an the and or but if so of to in on at by for with from as into about over under than then that this these ' +
    'those there it its is are was were be been being has have had do does did not no such their they them he she his ' +
    'her we our you your i me my who whom which what when where while how why all any each both also can could would ' +
    'will shall should may might must one more most other some',
);

/**
 * Words that qualify a sentence rather than name anything: connectives,
 * quantifiers, time and order adverbs ("however", "never", "first", "only").
 * A comparison keeps them, since changing one changes what a sentence says.
 */
const QUALIFIERS = list(
  'nor yet without within onto upon after before since until whereas whose here him us ones every either neither none ' +
    'many much few several another same own only still rather moreover however instead additionally accordingly ' +
    'clearly meanwhile furthermore nevertheless nonetheless thus hence therefore indeed now even just already again ' +
    'ever never last next first earlier later recently according though although because unless whether yes ok ' +
    'please via per anyone anybody anything everyone everybody everything someone somebody something nobody ' +
    'nothing whoever whatever ah oh hey wow alas',
);

/**
 * Function words and sentence adverbs: they carry no topic. Capitalised at a
 * sentence's start they look like names ("But", "Still", "Moreover") and never
 * begin one.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([...CLOSED_CLASS, ...QUALIFIERS]);

export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase().replace(/\.$/, ''));
}

/**
 * The words two sentences may share without being alike: the closed-class
 * words, and the reporting verbs every news sentence has ("said"), as
 * comparison keys (`foldKey`: "U.S." gives "u" and "s"). Qualifiers count.
 */
export const COMPARISON_STOP_WORDS: ReadonlySet<string> = new Set([...CLOSED_CLASS, ...list('s said says say very up out')]);

/**
 * The news agencies of datelines and credits ("QUETTA, Pakistan (Reuters) -",
 * "(AP Photo)"), and the data firms stories credit for their figures
 * ("according to Thomson Reuters I/B/E/S", "FactSet"): named in stories of
 * every kind, they are no name of any one story.
 */
export const NEWS_AGENCY_WORDS: ReadonlySet<string> = new Set(
  list('reuters ap afp associated press cnn bloomberg xinhua dpa ansa efe upi tass kyodo yonhap pti ani ians thomson factset getty'),
);

/**
 * The words a card never marks as changed on their own, when it sets two
 * versions of a statement side by side: articles, third-person pronouns, the
 * forms of "be", "have" and "do", the common prepositions and conjunctions.
 * Narrower than the closed class: a changed "not", "could", "all", "more" or
 * "you" changes what a statement says, so those are marked.
 */
export const WORDS_NEVER_MARKED: ReadonlySet<string> = new Set(
  list(
    'a an the and or but of to in on at by for with from as that this these those it its is are was were be been has ' +
      'have had do does did he she they we his her their our who which what when where how if than then so also such any ' +
      'some each other into about',
  ),
);

/** Words that deny what follows them, as comparison keys ("can't" is any word ending in "n't"). */
export const NEGATORS: ReadonlySet<string> = new Set(list('not no never nothing none neither nor without cannot'));

/** Comparatives that make "no more than", "not less than" a bound on a quantity, not a denial. */
export const NEGATION_BOUNDS: ReadonlySet<string> = new Set(
  list('more less fewer later earlier longer shorter sooner greater higher lower bigger smaller larger'),
);

/** "not only … but also", "not just", "not least": emphasis, not denial. */
export const NEGATION_EMPHASIS: ReadonlySet<string> = new Set(list('only just least'));

/** The forms of "be" and "have" before "yet to" that make it a denial ("have yet to announce"). */
export const BE_OR_HAVE: ReadonlySet<string> = new Set(list("has have had is are was were be been hasn't haven't"));

/** Modals by what they claim: something certain, or only possible. */
export const MODAL_CLAIMS: Readonly<Record<string, 'certain' | 'possible'>> = {
  will: 'certain',
  would: 'certain',
  shall: 'certain',
  must: 'certain',
  could: 'possible',
  can: 'possible',
  may: 'possible',
  might: 'possible',
  should: 'possible',
};

/**
 * The modals whose claim a sentence's certainty reading reports: `MODAL_CLAIMS`
 * without "would" (reported speech turns every "will" into one: "said it
 * would") and "should".
 */
export const SENTENCE_MODAL_CLAIMS: Readonly<Record<string, 'certain' | 'possible'>> = Object.fromEntries(
  Object.entries(MODAL_CLAIMS).filter(([modal]) => modal !== 'would' && modal !== 'should'),
);

/**
 * Words a verb follows ("could address", "cannot allow"): the modals but
 * "shall" (the topic rules were tuned without it), and "not" and "cannot".
 */
export const BEFORE_A_VERB: ReadonlySet<string> = new Set([...Object.keys(MODAL_CLAIMS).filter((modal) => modal !== 'shall'), 'cannot', 'not']);

/**
 * Verbs of speech that stand beside a speaker's name ("said Rice", "Rice
 * told"): a name next to one is a person's. As written, lower case.
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  list('said says told tells added adds stated states noted notes argued warned wrote writes explained asked replied cautioned'),
);

/**
 * Verbs that give a quotation its speaker ("…," said Vikram Singh; he told the
 * Global Times that "…"). Not `SPEECH_VERBS`: "asked" and "replied" introduce
 * questions and answers more than quotations, while "announced" and
 * "discussed" do introduce them.
 */
export const QUOTE_VERBS: readonly string[] = list(
  'said says told tells added adds stated states noted warned argued wrote writes announced discussed explained cautioned',
);

/**
 * Words too common to be a name on any page, even one that names the entity
 * in full: the function words, months and weekdays.
 */
export const NEVER_A_NAME: ReadonlySet<string> = new Set([...FUNCTION_WORDS, 'go', 'up', ...MONTHS, ...WEEKDAYS]);

/**
 * Share-link and platform names, and page furniture left in the text
 * (headings, buttons, captions): in news pages they are chrome ("Follow us on
 * Twitter and Facebook"), never what the article is about. As written.
 */
export const CHROME_NAMES: ReadonlySet<string> = new Set([
  'Facebook',
  'Twitter',
  'Instagram',
  'YouTube',
  'Google',
  'Google Plus',
  'WhatsApp',
  'LinkedIn',
  'Reddit',
  'Pinterest',
  'Tumblr',
  'WeChat',
  'Weibo',
  'IFTTT',
  'RSS',
  'Section',
  'Body',
  'Menu',
  'Home',
  'Share',
  'Comments',
  'Comment',
  'Advertisement',
  'Subscribe',
  'Newsletter',
  'Sign',
  'Log',
  'Login',
  'Search',
  'Skip',
  'Related',
  'Read',
  'More',
  'Video',
  'Photo',
  'Image',
  'Caption',
  'Credit',
  'Email',
  'Print',
  'Close',
  'Next',
  'Previous',
  'Getty Images',
  'Reuters Photo',
  'AP Photo',
  'Click',
  'Download',
  'Updated',
  'Published',
  'Posted',
  'Services',
  'Privacy',
  'Privacy Policy',
  'Terms',
  'Terms of Service',
  'Cookies',
  'Cookie Policy',
  'Preferences',
  'Settings',
  'Options',
  'Help',
  'Search Preferences',
]);

/**
 * Number words ("Twenty-seven Hundred", "Three"): capitalised at a heading's or
 * sentence's start, never a name on their own.
 */
export const NUMBER_WORDS: ReadonlySet<string> = new Set(
  list(
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
      'eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion ' +
      'dozen dozens hundreds thousands millions billions half',
  ),
);

/** Cardinals zero to twelve in order, so a word's index is its value. */
export const SMALL_CARDINALS = list('zero one two three four five six seven eight nine ten eleven twelve');

/** Words that scale the number before them ("22 million"); "percent" keeps it as it is. */
export const NUMBER_SCALES: Readonly<Record<string, number>> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  dozen: 12,
  percent: 1,
};

/** Words that may stand between a number and what it counts ("some 70 percent of the files", "more than 40 operations"). */
export const COUNT_FILLERS: ReadonlySet<string> = new Set(list('of more than about some nearly almost over the'));

/** Words that open a concession ("While such an agreement could address attacks, it would not protect …"). */
export const CONCESSIVE_OPENERS: ReadonlySet<string> = new Set(list('while although though whilst'));

/** Words a main clause opens with after a concession's comma ("…, it would not", "…, the deal will"). */
export const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(list('it they he she we this that these those the such its their'));

/** Words that open a clause: a negator before one does not govern the words after it. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(list('that which who whom whose but while although though because whereas if when'));

/** "Twenty-seven", "Hundred", "Three" (any case; parts of a hyphenated number too). */
export function isNumberWord(word: string): boolean {
  return word.split('-').every((part) => NUMBER_WORDS.has(part.toLowerCase()));
}

/**
 * The number words the comparison reads as counts when two versions differ
 * ("twenty" against "thirty"): narrower than `NUMBER_WORDS` (no zero, teens,
 * sixty to ninety or plurals), as the discrepancy rules were tuned.
 */
export const COMPARED_NUMBER_WORDS: ReadonlySet<string> = new Set(
  list('one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion trillion dozen half'),
);

/**
 * Given names common in English-language news, as written: "<given name>
 * <surname>" is a person ("from William Oldroyd" is not a place). Deliberately
 * modest; a name not listed here must earn its kind from its context.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  list(
    'Aaron Adam Alan Albert Alex Alexander Alice Alison Amanda Amy Andrew Andy Angela Ann Anna Anne Anthony Barack ' +
      'Barbara Ben Benjamin Bernie Beth Betty Bill Bob Brad Brian Bruce Carl Carol Caroline Catherine Charles Charlie ' +
      'Chris Christina Christine Christopher Claire Craig Dan Daniel David Dennis Diana Donald Donna Doug Douglas Ed ' +
      'Edward Elizabeth Ellen Emily Emma Eric Frank Gary George Greg Gregory Hannah Harold Harry Heather Helen Henry ' +
      'Hillary Ian Jack Jacob James Jamie Jane Janet Jason Jeff Jeffrey Jennifer Jeremy Jessica Jim Joan Joe John ' +
      'Jonathan Joseph Josh Joshua Julia Julie Justin Karen Kate Katherine Kathleen Keith Kelly Ken Kenneth Kevin Kim ' +
      'Laura Lauren Linda Lisa Louis Lucy Margaret Maria Marie Mark Martin Mary Matt Matthew Megan Melissa Michael ' +
      'Michelle Mike Nancy Nathan Nicholas Nick Nicole Oliver Pamela Patricia Patrick Paul Peter Philip Rachel Ralph ' +
      'Rebecca Richard Rick Robert Roger Ronald Ruth Ryan Sam Samuel Sandra Sarah Scott Sean Sharon Simon Sophie ' +
      'Stephanie Stephen Steve Steven Susan Thomas Tim Timothy Todd Tom Tony Victoria Walter Wayne William',
  ),
);

/**
 * Last words that make a name a law, a document or an event: not a person,
 * an organisation or a place ("Chatham Islands Council Act", "Human
 * Development Report", "Paris Motor Show").
 */
export const WORK_HEADS: ReadonlySet<string> = new Set(
  list(
    'Act Acts Bill Report Reports Award Awards Prize Festival Conference Summit Cup Series Show Edition Version ' +
      'Protocol Policy Plan Initiative Treaty Declaration Convention Amendment Doctrine Strategy Manifesto License ' +
      'Licence Release Agreement Standard Specification Manual Handbook Guide',
  ),
);

/**
 * Last words that make a name a firm, a publication or a building, never a
 * place, whatever preposition stands before it ("in Remain Co.", "in Irish Pubs").
 */
export const NOT_PLACE_HEADS: ReadonlySet<string> = new Set(
  list(
    'Review Journal Project Program Programme Research Co. Inc. Corp. Ltd LLC Labs Lab Group Media Magazine Blog ' +
      'News Press Studio Studios Pubs Pub Bar Restaurant Hospital Engine App Update Games',
  ),
);

/**
 * Last words that make a name a place: a street, a square, a body of water, a
 * landform ("Downing Street said" is the office there speaking, still a place).
 */
export const PLACE_NAME_HEADS: ReadonlySet<string> = new Set(
  list(
    'Street Avenue Road Boulevard Lane Square Bridge River Lake Mountain Mountains Valley Bay Beach Coast Peninsula ' +
      'Desert Forest Harbor Harbour Strait Sea Ocean Gulf Island Islands Canyon Falls Heights Hills Base',
  ),
);

/**
 * What an organisation has and a person does not, after its possessive ("Boeing's
 * board", "Unicef's regional director") or before "of" ("shares of Boeing").
 */
export const ORG_POSSESSIONS: ReadonlySet<string> = new Set(
  list(
    'board shares stock headquarters employees workforce subsidiary subsidiaries factory factories plant plants ' +
      'revenue revenues profit profits earnings customers subscribers spokesman spokeswoman spokesperson union ' +
      'website shareholders investors executives director directors members',
  ),
);

/**
 * Lower-case posts between an organisation and a person's name ("Chelsea coach
 * Mauricio Pochettino", "Apple chief executive Tim Cook"): the word before names
 * the organisation.
 */
export const ORG_POSTS: ReadonlySet<string> = new Set(
  list(
    'coach manager boss chief executive ceo chairman chairwoman president founder co-founder owner spokesman ' +
      'spokeswoman spokesperson director captain striker midfielder defender goalkeeper analyst economist engineer',
  ),
);

/** Degrees and post-nominals written after a name ("Eric Biondi, MD"): never a name of their own. */
export const POST_NOMINALS: ReadonlySet<string> = new Set(['MD', 'M.D.', 'PhD', 'Ph.D.', 'DDS', 'RN', 'MBA', 'Esq.', 'OBE', 'MBE', 'CBE', 'QC', 'KC']);

/** Words of a byline that credit a desk, not a person ("Our Foreign Staff", "Staff Reporter", "Agencies"), or a button ("Follow Author"). */
export const BYLINE_DESKS: ReadonlySet<string> = new Set(
  list('staff reporter reporters writer writers correspondent correspondents agencies agency desk team editors editorial wires newsroom follow author'),
);

/** Words that make a title on their own ("President", "Mr.", "Ambassador"), as written. */
export const CORE_TITLES: ReadonlySet<string> = new Set([
  'Mr.',
  'Ms.',
  'Mrs.',
  'Dr.',
  'Mr',
  'Ms',
  'Mrs',
  'Dr',
  'Prof.',
  'Professor',
  'President',
  'Premier',
  'Director',
  'Ambassador',
  'Minister',
  'Secretary',
  'Senator',
  'Sen.',
  'Rep.',
  'Gov.',
  'Governor',
  'General',
  'Gen.',
  'Chairman',
  'Coordinator',
  'Judge',
  'Adm.',
  'Admiral',
  'Lt.',
  'Col.',
  'Sgt.',
  'Capt.',
  'Envoy',
  'Councilor',
  'Spokesman',
  'Spokeswoman',
  'Chair',
  'Chairwoman',
  'Commissioner',
  'Justice',
  'Undersecretary',
  'Mayor',
  'Chancellor',
  'Leader',
  'Speaker',
  'Sheriff',
  'Representative',
  'Congressman',
  'Congresswoman',
  'Councilman',
  'Councilwoman',
  'Treasurer',
  'CEO',
  'Pope',
  'Sir',
  'Dame',
  'Bishop',
  'Cardinal',
  'Rabbi',
  'Detective',
  'Sergeant',
  'Lieutenant',
  'Colonel',
  'Attorney',
  'Prosecutor',
  'Lawmaker',
  'Rev.',
  'Inspector',
  'Superintendent',
  'Magistrate',
  // Party labels: "Nevada Democrat Catherine Cortez Masto" names her by her party, not a person called "Nevada Democrat".
  'Democrat',
  'Republican',
]);

/** Words that only qualify a title ("Assistant Foreign Minister", "Deputy Assistant Secretary"). */
export const TITLE_QUALIFIERS: ReadonlySet<string> = new Set([
  'Vice',
  'Assistant',
  'Deputy',
  'Foreign',
  'Senior',
  'Former',
  'Chief',
  'Executive',
  'State',
  'Prime',
  'Acting',
  'Interim',
  'Associate',
  'Principal',
  'Special',
  'Under',
  'Managing',
  'Majority',
  'Minority',
  'Opposition',
  'First',
  'Lead',
  'Supreme',
  'Court',
  'Press',
  'Defense',
  'Finance',
  'Trade',
  'Interior',
  'Energy',
  'Health',
  'Education',
  'Labor',
  'Home',
  // "U.S. District Judge Robert Pitman": the court's level qualifies the judge.
  'District',
  'Circuit',
  'Bankruptcy',
  'Appeals',
]);

/**
 * Titles short enough that "<title> <name>" is how readers meet the name on a
 * page, so the pair is an alias too ("Mr. Xi", "President Xi", "Ms. Rice").
 */
export const ALIAS_TITLES: ReadonlySet<string> = new Set([
  'Mr.',
  'Ms.',
  'Mrs.',
  'Dr.',
  'Mr',
  'Ms',
  'Mrs',
  'Dr',
  'President',
  'Ambassador',
  'Premier',
  'Prof.',
  'Senator',
]);

/** Honorifics that stand before a surname ("Mr. Xi"), with and without their dot. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.']);

/**
 * Abbreviations that stand before a name or a number ("Sen. Cotton", "Mt.
 * Everest", "No. 2"): a dot after one does not end the sentence.
 */
export const TITLE_ABBREVIATIONS = list('mr mrs ms dr prof gen lt col capt cmdr sgt adm maj sen rep gov pres st mt rev hon fr messrs vs');

/**
 * Abbreviations that close a name and may close a sentence too ("Inc.",
 * "Jr."): a dot after one ends the sentence only before a word that opens one.
 */
export const SUFFIX_ABBREVIATIONS = list('jr sr inc corp co ltd bros etc');

/**
 * Abbreviations whose dot the name tokenizer keeps as part of the word ("Mr.",
 * "Gen.", "Sept.", "Inc."), as written. Narrower than the sentence splitters'
 * (`TITLE_ABBREVIATIONS`, `SUFFIX_ABBREVIATIONS`, `MONTH_ABBREVIATIONS`): a
 * dot kept here becomes part of a name's text and key, so the list holds only
 * the abbreviations the name rules were tuned on.
 */
export const NAME_TOKEN_ABBREVIATIONS: ReadonlySet<string> = new Set(
  list('Mr Ms Mrs Dr Jr Sr St Gen Prof Sen Rep Gov Lt Col Sgt Capt Adm Sept Jan Feb Aug Oct Nov Dec Inc Corp Co'),
);

/** Lower-case words that join the capitalised parts of one name ("Ministry of Defence", "Council on Foreign Relations"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(list('of for on'));

/** Words left out of a name's comparison key: the connectors, "and" and "the" ("Ministry of Defence" and "Defence Ministry" meet). */
export const NAME_KEY_SKIPPED: ReadonlySet<string> = new Set([...NAME_CONNECTORS, 'and', 'the']);

/** Lower-case words a name on a page may hold: those of the key, and the particles of French and Spanish names ("Banco de España"). */
export const PAGE_NAME_JOINERS: ReadonlySet<string> = new Set([...NAME_KEY_SKIPPED, 'de', 'del', 'la', 'du']);

/**
 * "cyber" followed by one of these is one word to a reader: "cyber weapons",
 * "cyber-attacks" and "cyberweapons" are the same key everywhere.
 */
export const CYBER_TAILS = list('weapon weapons attack attacks security space warrior warriors warfare crime');

/**
 * Words news copy swaps for one another without changing what is said, one
 * set a line, as comparison keys (stems meet through `paraphraseKey`). What
 * the paraphrase aligner counts as the same word; never a reason by itself to
 * report a change.
 */
export const SYNONYM_SETS: readonly (readonly string[])[] = [
  'deal accord agreement pact treaty',
  'negotiate negotiating negotiations negotiation talks discussions',
  'aim goal objective purpose',
  'rising increasing growing',
  'prohibition ban',
  'protect defend',
  'steal theft stealing',
  'include contain cover',
  'embrace acceptance accept adopt',
  'generic general',
  'specific explicit detailed',
  'initial first early',
  'developed adopted',
  'cripple damage take',
  'visit arrives arrive',
  'us usa america american united states',
  'un united nations',
  'eu european',
  'ahead before',
  'report article',
  'warned cautioned',
  'official source',
  'rather instead',
  'focus focused focusing',
  'most bulk majority',
].map(list);

/** Words that hedge or firm up a claim, as they stand before or after a modal ("will most likely", "may not"). */
export const HEDGE_WORDS = list('likely unlikely probably possibly perhaps certainly definitely most');

/** Nouns naming a post a person holds: a change in the words before one changes who the person is. */
export const ROLE_NOUNS = list(
  'envoy adviser advisor director minister secretary spokesman spokeswoman spokesperson ambassador officer officers ' +
    'fellow professor expert analyst chief commander general coordinator negotiator judge prosecutor',
);

/** Ordinals: a copy's "second" for "third" changes a count ("won his third Wimbledon title"). */
export const ORDINALS = list('first second third fourth fifth sixth seventh eighth ninth tenth');

/** Nationality adjectives and the names they stand for, so "Chinese" and "of China" meet. */
export const DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  chinese: ['china', 'beijing'],
  american: ['us', 'u', 'america', 'united', 'washington'],
  russian: ['russia', 'moscow'],
  iranian: ['iran', 'tehran'],
  korean: ['korea'],
  british: ['britain', 'uk'],
};

/**
 * Ordinary English words that are also surnames, first names, companies or
 * places ("Rice", "Price", "Apple", "Bush"): one of these as a bare alias is
 * only trusted where the page also names the entity in full (a weak alias).
 */
export const NAMES_THAT_ARE_WORDS: ReadonlySet<string> = new Set(
  list(
    'rice price bush young brown white black green gray grey king queen park long short wood woods hall ' +
      'love hope faith grace joy case page bell cook baker fisher hunter miller smith taylor turner walker ' +
      'carpenter mason porter sharp strong hunt lamb fox wolf bird crane swan drake rose lily stone hill ' +
      'field fields ford lane street marsh moon star sun day knight bishop pope lord duke earl major rich ' +
      'little small large best good well wise wells west east north south banks cash gold silver steel ' +
      'booth church chase cross pierce power powers rice noble frank bond chance will bill mark grant ' +
      'apple amazon target shell oracle visa delta gap subway sprint windows office word edge square ' +
      'uber meta alphabet signal slack zoom twitter corona monster dove tide crest orange mint',
  ),
);
