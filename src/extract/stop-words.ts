/**
 * Word lists the rules share: function words, time words, and names that are
 * page chrome rather than anything an article talks about.
 */

/**
 * Function words and sentence adverbs. Capitalised at a sentence's start they
 * look like names ("But", "Still", "Rather", "Moreover"); they never begin one.
 */
const FUNCTION_WORDS = new Set(
  (
    'a an the and or but nor so yet for of on in at to from by with without within into onto upon over under about ' +
    'after before since until while when where whereas why how what which who whom whose that this these those there ' +
    'here it its he him his she her they them their we us our you your i me my one ones some any all each every both ' +
    'either neither no not none most more many much few several other another such same own only also still rather ' +
    'moreover however instead additionally accordingly clearly meanwhile furthermore nevertheless nonetheless thus ' +
    'hence therefore indeed then now even just already again ever never last next first earlier later recently ' +
    'according as if though although because unless whether than is are was were be been being has have had do does ' +
    'did will would shall should can could may might must yes ok please via per'
  ).split(' '),
);

const MONTHS = 'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec';
const DAYS = 'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow';
const DATE_WORDS = new Set(`${MONTHS} ${DAYS}`.split(' '));

/**
 * Share-link and platform names: in news pages they are chrome ("Follow us on
 * Twitter and Facebook"), never what the article is about.
 */
const CHROME_NAMES = new Set([
  'Facebook', 'Twitter', 'Instagram', 'YouTube', 'Google', 'Google Plus', 'WhatsApp', 'LinkedIn', 'Reddit', 'Pinterest', 'Tumblr', 'WeChat', 'Weibo', 'IFTTT', 'RSS',
  // Page furniture left in the text: headings, buttons, captions.
  'Section', 'Body', 'Menu', 'Home', 'Share', 'Comments', 'Comment', 'Advertisement', 'Subscribe', 'Newsletter', 'Sign', 'Log', 'Login',
  'Search', 'Skip', 'Related', 'Read', 'More', 'Video', 'Photo', 'Image', 'Caption', 'Credit', 'Email', 'Print', 'Close', 'Next', 'Previous',
  'Getty Images', 'Reuters Photo', 'AP Photo', 'Click', 'Download', 'Updated', 'Published', 'Posted',
]);

export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase().replace(/\.$/, ''));
}

export function isDateWord(word: string): boolean {
  return DATE_WORDS.has(word.toLowerCase().replace(/\.$/, ''));
}

export function isChromeName(name: string): boolean {
  return CHROME_NAMES.has(name);
}
