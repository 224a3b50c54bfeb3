/**
 * The outlet of an article, from a ranked list of rules (see `candidates.ts`):
 *
 * 1. editorial: the editorial file's correction;
 * 2. masthead: a known domain's masthead (`outlets.ts`), from the address the
 *    page was read from; only when there is none (a saved file), from its
 *    canonical link, `og:url`, JSON-LD `url`, or the front matter's address;
 * 3. title suffix naming the site: "… – CNN", "… | Boston Herald", when that
 *    name matches the address's domain or the declared site name (a suffix
 *    written as a domain, "… - kurierwislany.pl", in the declared name's
 *    spelling where one matches it: "Kurier Wiślany");
 * 4. site name: `og:site_name`, the front matter's `source`/`publisher`/`site_name`;
 * 5. publisher: JSON-LD `publisher`, `<meta name=publisher>`;
 * 5b. the logo's name in the page's link home (its `alt`, SVG title or label), where it names the domain;
 * 6. the text: an outlet the article's own lines name (byline "(People's
 *    Daily Online)", print-edition note, wire credit, site header, copyright);
 * 7. title suffix alone: a short capitalised name after " – " or " | ";
 * 8. a publishing platform's account name (a WeChat official account's);
 * 9. domain: the bare host of the address.
 *
 * A page cannot pass itself off as another outlet: read from an address, its
 * canonical link and `og:url` name no outlet (rules 2, 3 and 8 weigh the
 * address it was read from alone), and a known outlet's masthead name ("Reuters",
 * "The New York Times") in rules 3 to 7 on a page whose addresses are not that
 * outlet's is a claim, not the outlet: no candidate.
 *
 * A Markdown repost whose front matter gives both its own address and the
 * original's (`original_link`, `original_url`, `source_url`) keeps its own
 * outlet and records the original's.
 */
import { candidate, choose, type Candidate, type Choice, type Found } from './candidates';
import { claimsMasthead, cleanOutletName, hostOf, mastheadFor } from './outlets';
import { hasSpacelessScript } from '../text/segment';
import { countWords } from '../text/words';

export interface OutletEvidence {
  /** The editorial file's outlet. */
  editorial?: string;
  /** Addresses, most trusted first: the page's own, canonical, `og:url`, JSON-LD, front matter. */
  urls: Found<string>[];
  /** A declared site name: `og:site_name`, `application-name`, front matter `source`. */
  siteNames: Found<string>[];
  publishers: Found<string>[];
  /** The document title or front matter title, where a site name may trail. */
  title?: string;
  /** What the article's text lines name as the outlet. */
  text?: string;
  /** What the page's links home call the site (the logo's `alt`, SVG title or label). */
  logoNames?: string[];
  /** The publishing account a platform names beside the author (a WeChat official account). */
  accountName?: string;
  /** A repost's original address (front matter `original_link`…). */
  originalUrl?: string;
}

export interface OutletChoice extends Choice<string> {
  /** For a repost: the original's outlet and address. */
  original?: { outlet: string; url: string };
}

// Spaced separators, and in Chinese and Japanese titles the unspaced ones ("标题--时政--人民网", "标题_科技_腾讯网").
const SEPARATORS =
  /\s+[|–—·•:»]\s+|\s+-{1,2}\s+|\s+::\s+|(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{N}）」】])\s*(?:--|_|\||｜|－|—|-)\s*(?=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{L}])/u;

/** The parts of a title split at its separators: "Headline | Section | Site" → three. */
export function titleParts(title: string): string[] {
  return title
    .replace(/\s+/g, ' ')
    .trim()
    .split(SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
}

const compact = (name: string) =>
  name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');

const SECOND_LEVEL = /^(?:co|com|net|org|gov|ac|edu|ne|or|go|gv|nic|ltd|plc|sch|mil)$/;

/** The name part of a host: `www.dailystar.co.uk` → `dailystar`, `latino.foxnews.com` → `foxnews`. */
export function domainLabel(host: string): string {
  const parts = host.split('.');
  let i = parts.length - 2;
  if (i > 0 && SECOND_LEVEL.test(parts[i]) && parts[parts.length - 1].length === 2) i--;
  return parts[Math.max(0, i)] ?? host;
}

/** Whether a site name names this domain: "24/7 Wall St." and 247wallst.com, "Condé Nast Traveler" and cntraveler.com. */
export function namesDomain(name: string, host: string | undefined): boolean {
  if (!host) return false;
  const label = domainLabel(host).replace(/[^a-z0-9]/g, '');
  const c = compact(name);
  if (!c || !label) return false;
  if (c === label) return true;
  if (label.length >= 5 && c.length >= 5 && (c.includes(label) || label.includes(c))) return true;
  const words = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length < 2) return false;
  const initials = words.map((w) => w[0]).join('');
  const initialsThenLast =
    words
      .slice(0, -1)
      .map((w) => w[0])
      .join('') + words[words.length - 1];
  return label === initials || label === initialsThenLast;
}

const sameName = (a: string, b: string) => compact(a) === compact(b);

/** A name that could be an outlet: letters, no handle or address, not a sentence. */
function plausibleName(name: string | undefined): string | undefined {
  const cleaned = cleanOutletName(name);
  if (!cleaned || !/\p{L}/u.test(cleaned) || /[_@]|^www\.|\.(?:html?|php|aspx?)$/i.test(cleaned) || cleaned.length > 60) return undefined;
  return cleaned;
}

/** A trailing (or leading) part of the title that reads like a site's name. */
function suffixLike(part: string, rest: string): boolean {
  if (hasSpacelessScript(part)) return part.length <= 12 && countWords(rest) >= 3;
  const words = part.split(' ');
  return (
    words.length <= 4 &&
    part.length <= 40 &&
    rest.split(' ').length >= 3 &&
    words.every((w) => /^[\p{Lu}\p{N}&'.]/u.test(w) || /^(?:of|and|the|de|la|du|der|die|das|el)$/.test(w))
  );
}

export function chooseOutlet(evidence: OutletEvidence): OutletChoice {
  const ownHosts = evidence.urls.filter((u) => hostOf(u.value));
  const originalHost = hostOf(evidence.originalUrl);
  // A copy that gives only the original's address is the original's text.
  const urls =
    ownHosts.length || !evidence.originalUrl
      ? evidence.urls
      : [{ value: evidence.originalUrl, from: 'front matter' as const, rule: 'front matter original address' }];
  const allHosts = urls.map((u) => ({ ...u, host: hostOf(u.value) })).filter((u): u is Found<string> & { host: string } => !!u.host);
  // The address the page was read from, when there is one, is the only one that names its outlet: a canonical link or og:url is the page's own say.
  const readFrom = allHosts.filter((u) => u.from === 'url');
  const hosts = readFrom.length ? readFrom : allHosts;
  const hostNames = hosts.map((u) => u.host);
  /** A name the page gives, unless it is a known outlet's masthead name at an address not that outlet's (a claim). */
  const own = (name: string | undefined) => (claimsMasthead(name, hostNames) ? undefined : name);
  const ranked: (Candidate<string> | undefined)[] = [];
  ranked.push(candidate(evidence.editorial, 'editorial file', 'editorial'));
  for (const u of hosts) ranked.push(candidate(mastheadFor(u.host)?.name, `masthead of the ${u.rule ?? u.from} host (${u.host})`, 'url'));

  const parts = evidence.title ? titleParts(evidence.title) : [];
  const ends = parts.length >= 2 ? [parts[parts.length - 1], parts[0]] : [];
  const declared = [...evidence.siteNames, ...evidence.publishers].map((s) => s.value);
  for (const end of ends) {
    const name = plausibleName(end);
    // Spelled as the site declares itself where it does ("GADGETEER" in a title, "Gadgeteer" in og:site_name).
    const asDomain = name && /^[\p{L}\p{N}-]+(?:\.[a-z]{2,})+$/iu.test(name) ? domainLabel(name.toLowerCase()) : undefined;
    const declaredSpelling = name && declared.find((d) => sameName(d, name) || (asDomain && sameName(d, asDomain)));
    const named = name && (hosts.some((u) => namesDomain(name, u.host)) || declaredSpelling);
    if (named) ranked.push(candidate(own(plausibleName(declaredSpelling) ?? name), 'title suffix naming the site', 'meta'));
  }
  for (const s of evidence.siteNames) ranked.push(candidate(own(plausibleName(s.value)), s.rule ?? 'site name', s.from));
  for (const p of evidence.publishers) ranked.push(candidate(own(plausibleName(p.value)), p.rule ?? 'publisher', p.from));
  // The masthead a reader sees: the logo's name in the link home, where it names the address's domain ("Capitol Brief").
  for (const name of evidence.logoNames ?? [])
    if (hosts.some((u) => namesDomain(name, u.host))) ranked.push(candidate(own(plausibleName(name)), "the logo's name in the link home", 'header'));
  ranked.push(candidate(own(plausibleName(evidence.text)), "the article's own lines", 'text'));
  if (parts.length >= 2) {
    const last = parts[parts.length - 1];
    // A repost's title often keeps the original's name ("… - Reuters"): that names the original, not this site.
    const namesOriginal = originalHost && (namesDomain(last, originalHost) || sameName(last, mastheadFor(originalHost)?.name ?? ''));
    if (!namesOriginal && suffixLike(last, parts.slice(0, -1).join(' '))) ranked.push(candidate(own(plausibleName(last)), 'title suffix', 'meta'));
  }
  ranked.push(candidate(own(plausibleName(evidence.accountName)), "the publishing account's name", 'header'));
  for (const u of hosts) ranked.push(candidate(u.host, `${u.rule ?? u.from} host`, 'url'));

  const choice: OutletChoice = choose(ranked);
  const repost = originalHost && evidence.originalUrl && urls === evidence.urls && !allHosts.some((u) => u.host === originalHost);
  if (repost) choice.original = { outlet: mastheadFor(originalHost)?.name ?? originalHost, url: evidence.originalUrl! };
  return choice;
}
