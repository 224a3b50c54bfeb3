/**
 * The title a reader sees, from a ranked list of rules (see `candidates.ts`):
 *
 * 1. editorial: the editorial file's correction;
 * 2. front matter: a Markdown file's `title`;
 * 3. main heading: the page's `<h1>` (or headline-classed heading) closest to
 *    its declared titles, never a logo (`page-header.ts`);
 * 4. declared titles: JSON-LD `headline`, Dublin Core, `og:title`,
 *    `twitter:title`, other title meta;
 * 5. document title: `<title>`;
 * 6. Readability's title;
 * 7. the text: a headline line above the first paragraph;
 * 8. the first words of the first sentence.
 *
 * Every title has the site's name cut where it trails or leads (" | Site",
 * "Site - "), matched against the outlet and the declared site names.
 */
import { candidate, choose, type Candidate, type Choice, type Found } from './candidates';
import { titleParts } from './outlet';

export interface TitleEvidence {
  editorial?: string;
  frontMatter?: string;
  heading?: { text: string; why: string };
  declared: Found<string>[];
  documentTitle?: string;
  readability?: string;
  textLine?: string;
  firstWords?: string;
  /** Names to cut from a title's ends: the outlet, site names, authors. */
  names: (string | undefined)[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Drops a trailing " | Site", " - Site" or " — Site" (or a leading "Site: ") naming the outlet, and collapses white space. */
export function cleanTitle(title: string, names: (string | undefined)[]): string {
  let t = title.replace(/\s+/g, ' ').trim();
  for (const name of names) {
    if (!name) continue;
    const escaped = escape(name.trim());
    const stripped = t
      .replace(new RegExp(`\\s*(?:\\s[|\\-–—:·•»]|[|–—·•»]|\\s::)\\s*${escaped}\\s*$`, 'i'), '')
      .replace(new RegExp(`^${escaped}\\s*(?:[|\\-–—:·•»]|::)\\s+`, 'i'), '');
    if (stripped.length >= 4 && stripped !== t) t = stripped;
  }
  return t;
}

/**
 * A document title without its site name: the names cut, and of what is left
 * split at separators ("Headline | Section | Site"), the first part long
 * enough to be a headline.
 */
function documentHeadline(title: string, names: (string | undefined)[]): string {
  const cut = cleanTitle(title, names);
  const parts = titleParts(cut);
  if (parts.length < 2) return cut;
  const words = (p: string) => p.split(' ').length;
  const head = parts[0];
  return words(head) >= 4 || head.length >= 20 ? head : cut;
}

export function chooseTitle(evidence: TitleEvidence): Choice<string> {
  const names = evidence.names.filter((n): n is string => !!n && n.length >= 2);
  const ranked: (Candidate<string> | undefined)[] = [
    candidate(evidence.editorial, 'editorial file', 'editorial'),
    candidate(evidence.frontMatter && cleanTitle(evidence.frontMatter, names), 'front matter title', 'front matter'),
    candidate(evidence.heading && cleanTitle(evidence.heading.text, names), `main heading (${evidence.heading?.why})`, 'header'),
    ...evidence.declared.map((d) => candidate(documentHeadline(d.value, names), d.rule ?? 'declared title', d.from)),
    candidate(evidence.documentTitle && documentHeadline(evidence.documentTitle, names), 'document <title>', 'meta'),
    candidate(evidence.readability && documentHeadline(evidence.readability, names), "Readability's title", 'readability'),
    candidate(evidence.textLine, 'headline line of the text', 'text'),
    candidate(evidence.firstWords, 'first words of the text', 'text'),
  ];
  // A title of one or two letters ("x", "…") is no headline; a text line or the first words say more.
  const tidy = ranked.map((c) => (c && c.value.replace(/\s+/g, ' ').trim() ? { ...c, value: c.value.replace(/\s+/g, ' ').trim() } : undefined));
  const headlines = tidy.filter((c) => c && (c.value.length >= 4 || c.rule === 'editorial file'));
  return choose(headlines.length ? headlines : tidy);
}
