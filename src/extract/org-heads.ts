/**
 * Organisation evidence: words that head an organisation's name, a few
 * one-word organisations, and the acronyms whose kind the text rarely states.
 */

/**
 * A name containing one of these is an organisation's ("Office of Personnel
 * Management", "Global Times", "White House": in news the House is an institution,
 * not a building, so it counts as an organisation).
 */
const ORG_HEADS = new Set([
  'Department', 'Office', 'Council', 'Center', 'Centre', 'Agency', 'Institute', 'University', 'Academy', 'School',
  'College', 'Party', 'Army', 'Navy', 'Group', 'Times', 'Daily', 'Post', 'Journal', 'Roundtable', 'House', 'Ministry',
  'Bureau', 'Commission', 'Committee', 'Association', 'Foundation', 'Federation', 'Administration', 'Corporation',
  'Company', 'Inc.', 'Corp.', 'Entertainment', 'Pictures', 'Nations', 'Organization', 'Organisation', 'Court',
  'Congress', 'Senate', 'Parliament', 'Bank', 'Fund', 'Forum', 'Alliance', 'Command', 'Service', 'Services', 'Assembly',
  'Airlines', 'Airways', 'Conservancy', 'Labs', 'Laboratory', 'Laboratories', 'Online', 'Media', 'Studios',
  'Technologies', 'Systems', 'Networks', 'Software', 'Games', 'Partners', 'Holdings', 'Ventures', 'Motors', 'Records',
  'Publishing',
]);

/**
 * Heads after which "of", "for", "on", "and" may continue the name
 * ("Office of Personnel Management", "Council on Foreign Relations").
 */
const CONNECTING_HEADS = new Set([
  'Department', 'Office', 'Council', 'Center', 'Centre', 'Agency', 'Institute', 'University', 'Academy', 'School',
  'College', 'Ministry', 'Bureau', 'Commission', 'Committee', 'Association', 'Foundation', 'Federation',
  'Organization', 'Organisation', 'Court', 'Bank', 'Fund', 'Forum', 'Alliance', 'Command', 'Service',
  // "New England Journal of Medicine", "Journal of Ecology".
  'Journal',
]);

/** One-word organisations that news names without any cue ("told Congress"). */
const KNOWN_ORGS = new Set([
  'Pentagon', 'Congress', 'Kremlin', 'Senate', 'Parliament', 'NATO', 'Interpol',
  // News outlets and agencies, named bare in credits and attributions ("told Reuters", "at Ars Technica").
  'Reuters', 'Bloomberg', 'Associated Press', 'Agence France-Presse', 'Xinhua', 'Politico', 'Axios', 'Ars Technica', 'Wired',
  'The Guardian', 'Guardian', 'The Economist', 'Economist', 'Forbes', 'Fortune', 'Vox', 'Slate', 'BuzzFeed',
  'TechCrunch', 'The Verge', 'Verge', 'CNBC', 'Al Jazeera', 'Kyodo', 'Yonhap', 'Press Trust of India', 'Nikkei',
  'Microsoft', 'Apple', 'Amazon', 'Sony', 'Huawei', 'Alibaba', 'Tencent', 'Baidu', 'Samsung', 'Intel', 'Nvidia', 'Meta',
  'Fed', 'Federal Reserve', 'Supreme Court', 'White House', 'Treasury', 'Interpol', 'Europol',
  // Universities named by one word ("a Harvard professor").
  'Harvard', 'Stanford', 'Yale', 'Princeton',
]);

/** Acronyms of organisations, for when no expansion or cue is in the text. */
const ORG_ACRONYMS = new Set([
  'FBI', 'CIA', 'NSA', 'OPM', 'UN', 'NATO', 'DHS', 'PLA', 'WTO', 'IMF', 'EU',
  'NASA', 'NBC', 'CBS', 'ABC', 'CNN', 'BBC', 'NPR', 'PBS', 'MSNBC', 'ESPN', 'HBO', 'AP', 'AFP', 'OPEC', 'SEC', 'FCC', 'FTC',
  'FDA', 'EPA', 'IRS', 'DOJ', 'DOD', 'NIH', 'CDC', 'GOP', 'DNC', 'RNC', 'ACLU', 'EFF', 'ICANN', 'OECD', 'ASEAN', 'GCHQ',
  'KGB', 'FSB', 'GRU', 'ECB', 'NHS', 'IBM', 'AMD', 'NTSB', 'FAA', 'TSA', 'ICE', 'CBP', 'ATF', 'DEA', 'USDA', 'NOAA', 'WHO',
  'IAEA', 'UNESCO', 'UNICEF', 'FIFA', 'NFL', 'NBA', 'MLB', 'NHL', 'NYPD', 'LAPD', 'MIT', 'UCLA', 'CISA', 'NIST', 'ODNI', 'NSC',
]);

export function isOrgHead(word: string): boolean {
  return ORG_HEADS.has(word);
}

export function isConnectingHead(word: string): boolean {
  return CONNECTING_HEADS.has(word);
}

export function isKnownOrg(name: string): boolean {
  return KNOWN_ORGS.has(name);
}

let orgWords: ReadonlySet<string> | undefined;

/** A lower-case word of a known organisation's name or acronym ("fed", "house" of "White House", "fbi"). */
export function isKnownOrgWord(word: string): boolean {
  orgWords ??= new Set([...KNOWN_ORGS, ...ORG_ACRONYMS].flatMap((o) => o.toLowerCase().split(/\s+/)));
  return orgWords.has(word);
}

/** `letters`: the acronym without its dots ("F.B.I." → "FBI"). */
export function isOrgAcronym(letters: string): boolean {
  return ORG_ACRONYMS.has(letters);
}
