/**
 * Outlet names a reader recognises: the masthead name for major outlets'
 * domains, a cleaned site or publisher name otherwise, the bare domain last.
 * Legal lines ("… All Rights Reserved") and registered company names ("NYTC",
 * "NBC UNIVERSAL") are never an outlet where the masthead name is known.
 */

interface Masthead {
  name: string;
  short: string;
}

const MASTHEADS: Record<string, Masthead> = {
  'nytimes.com': { name: 'The New York Times', short: 'NYT' },
  'washingtonpost.com': { name: 'The Washington Post', short: 'WaPo' },
  'reuters.com': { name: 'Reuters', short: 'Reuters' },
  'theguardian.com': { name: 'The Guardian', short: 'Guardian' },
  'guardian.co.uk': { name: 'The Guardian', short: 'Guardian' },
  'bbc.co.uk': { name: 'BBC News', short: 'BBC' },
  'bbc.com': { name: 'BBC News', short: 'BBC' },
  'cnn.com': { name: 'CNN', short: 'CNN' },
  'wsj.com': { name: 'The Wall Street Journal', short: 'WSJ' },
  'apnews.com': { name: 'Associated Press', short: 'AP' },
  'bloomberg.com': { name: 'Bloomberg', short: 'Bloomberg' },
  'ft.com': { name: 'Financial Times', short: 'FT' },
  'nbcnews.com': { name: 'NBC News', short: 'NBC' },
  'cbsnews.com': { name: 'CBS News', short: 'CBS' },
  'abcnews.go.com': { name: 'ABC News', short: 'ABC' },
  'foxnews.com': { name: 'Fox News', short: 'Fox' },
  'npr.org': { name: 'NPR', short: 'NPR' },
  'politico.com': { name: 'Politico', short: 'Politico' },
  'axios.com': { name: 'Axios', short: 'Axios' },
  'thehill.com': { name: 'The Hill', short: 'The Hill' },
  'usatoday.com': { name: 'USA Today', short: 'USA Today' },
  'latimes.com': { name: 'Los Angeles Times', short: 'LAT' },
  'vox.com': { name: 'Vox', short: 'Vox' },
  'theverge.com': { name: 'The Verge', short: 'Verge' },
  'wired.com': { name: 'Wired', short: 'Wired' },
  'arstechnica.com': { name: 'Ars Technica', short: 'Ars' },
  'theatlantic.com': { name: 'The Atlantic', short: 'Atlantic' },
  'newyorker.com': { name: 'The New Yorker', short: 'New Yorker' },
  'economist.com': { name: 'The Economist', short: 'Economist' },
  'aljazeera.com': { name: 'Al Jazeera', short: 'Al Jazeera' },
  'scmp.com': { name: 'South China Morning Post', short: 'SCMP' },
  'people.com.cn': { name: "People's Daily", short: "People's Daily" },
  'chinadaily.com.cn': { name: 'China Daily', short: 'China Daily' },
  'xinhuanet.com': { name: 'Xinhua', short: 'Xinhua' },
  'yahoo.com': { name: 'Yahoo News', short: 'Yahoo' },
  'buzzfeed.com': { name: 'BuzzFeed', short: 'BuzzFeed' },
  'buzzfeednews.com': { name: 'BuzzFeed News', short: 'BuzzFeed' },
  'huffpost.com': { name: 'HuffPost', short: 'HuffPost' },
  'huffingtonpost.com': { name: 'HuffPost', short: 'HuffPost' },
  'telegraph.co.uk': { name: 'The Telegraph', short: 'Telegraph' },
  'independent.co.uk': { name: 'The Independent', short: 'Independent' },
  'lemonde.fr': { name: 'Le Monde', short: 'Le Monde' },
  'spiegel.de': { name: 'Der Spiegel', short: 'Spiegel' },
  'time.com': { name: 'Time', short: 'Time' },
  'forbes.com': { name: 'Forbes', short: 'Forbes' },
  'cnbc.com': { name: 'CNBC', short: 'CNBC' },
  'msnbc.com': { name: 'MSNBC', short: 'MSNBC' },
  'theregister.com': { name: 'The Register', short: 'Register' },
  'zdnet.com': { name: 'ZDNet', short: 'ZDNet' },
  'techcrunch.com': { name: 'TechCrunch', short: 'TechCrunch' },
  'engadget.com': { name: 'Engadget', short: 'Engadget' },
  'medium.com': { name: 'Medium', short: 'Medium' },
  'wikipedia.org': { name: 'Wikipedia', short: 'Wikipedia' },
};

const MASTHEAD_NAMES = new Set(Object.values(MASTHEADS).flatMap((m) => [m.name.toLowerCase(), m.short.toLowerCase()]));

/** Registered company names that stand for a masthead we know. */
const COMPANY_NAMES: Record<string, string> = {
  nytc: 'The New York Times',
  'the new york times company': 'The New York Times',
  'nbc universal': 'NBC News',
  nbcuniversal: 'NBC News',
  'wp company llc': 'The Washington Post',
  'thomson reuters': 'Reuters',
  'guardian news and media': 'The Guardian',
  'dow jones & company': 'The Wall Street Journal',
  'cable news network': 'CNN',
};

const LEGAL = /all rights reserved|^©|^\(c\)|^copyright\b|\b(llc|inc|ltd|plc|gmbh|corp)\b\.?/i;

/** The host of a URL without `www.`, or undefined for a relative or broken URL. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host ? host.replace(/^www\d?\./, '') : undefined;
  } catch {
    return undefined;
  }
}

export function mastheadFor(host: string | undefined): Masthead | undefined {
  if (!host) return undefined;
  const parts = host.split('.');
  for (let i = 0; i < parts.length - 1; i++) {
    const hit = MASTHEADS[parts.slice(i).join('.')];
    if (hit) return hit;
  }
  return undefined;
}

/** A site or publisher name cleaned of legal wording; undefined when nothing readable is left. */
export function cleanOutletName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const company =
    COMPANY_NAMES[
      name
        .trim()
        .toLowerCase()
        .replace(/[.,]+$/, '')
    ];
  if (company) return company;
  const cleaned = name
    .replace(/all rights reserved\.?/gi, '')
    .replace(/^\s*(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]?\s*)*/i, '')
    .replace(/,?\s*\b(llc|inc|ltd|plc|gmbh|corp)\b\.?/gi, '')
    .replace(/[\s,|–-]+$/, '')
    // A full stop after a word ends a legal line; after an abbreviation ("Wall St.") it is part of the name.
    .replace(/(\p{Ll}{3,})\.$/u, '$1')
    .trim();
  if (!cleaned || cleaned.length < 2 || LEGAL.test(cleaned) || /^https?:/i.test(cleaned)) return undefined;
  return cleaned;
}

/**
 * Whether `name` (cleaned) is a known outlet's masthead name while none of
 * `hosts` is that outlet's: on a page at another address the name is a claim,
 * not the outlet (`outlet.ts`). Without an address there is nothing to weigh
 * it against.
 */
export function claimsMasthead(name: string | undefined, hosts: readonly string[]): boolean {
  if (!name || !hosts.length || !MASTHEAD_NAMES.has(name.toLowerCase())) return false;
  const named = name.toLowerCase();
  return !hosts.some((host) => {
    const own = mastheadFor(host);
    return !!own && (own.name.toLowerCase() === named || own.short.toLowerCase() === named);
  });
}

/** "The New York Times" → "NYT"; a short name stays; a long one becomes its initials, never one letter. */
export function shortNameFor(outlet: string): string {
  const known = Object.values(MASTHEADS).find((m) => m.name === outlet);
  if (known) return known.short;
  if (outlet.length <= 20) return outlet;
  const initials = outlet
    .split(/\s+/)
    .filter((w) => !/^(the|of|and|for|a)$/i.test(w))
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
  return initials.length >= 2 ? initials : outlet.split(/\s+/).slice(0, 3).join(' ').slice(0, 20);
}
