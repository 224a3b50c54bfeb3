/**
 * The byline a reader sees, as a list of names, from a ranked list of rules
 * (see `candidates.ts`):
 *
 * 1. editorial: the editorial file's byline;
 * 2. front matter: a Markdown file's `author`/`authors`;
 * 3. declared: JSON-LD `author` (persons only, `@id` references resolved),
 *    then `<meta>` author names (`author`, `article:author`, `dc.creator`,
 *    `parsely-author`, `sailthru.author`, `byl`);
 * 4. `itemprop=author` in the article's header;
 * 5. author-page links in the header (`rel=author`, `/author/`, `/staff/`,
 *    `/profile/`, `/people/`, `/@name`…);
 * 6. a "By …", "Written by …", "Von …", "Par …", "記者", "기자" line in the header, or the
 *    line after a line that is only an author label ("Penulis", "Yazar", "ผู้เขียน", "Author"), each run on into
 *    the next lines while it ends in a comma or "and" ("by" over "Priya Anand," over "Lukas Berger");
 * 7. a byline-classed block in the header (through its elements where its whole text names no one or runs a name into a role: names over roles);
 * 8. Readability's byline;
 * 9. the text: a "By …" line above the first paragraph;
 * 10. an author block after the article's text (read through its parts: one element per name).
 *
 * Where the header's `itemprop=author` names or author-page links (rules 4–5) name every declared
 * author and more, they go first: a theme's JSON-LD or `<meta name=author>` often names only the first
 * of several authors the page shows. (Lines split into names are not trusted so: an affiliation
 * after the names, "ACLU Speech, Privacy, and Technology Project", would read as more authors.)
 *
 * Names go through `splitAuthors` (dates, roles, desks, outlets and
 * addresses dropped; "and", commas and "und" split); visible text is read
 * strictly (a lone word is a section, not a name). A name that is the outlet
 * or the site's name is no author.
 */
import { compactName, splitAuthors, uniqueNames } from './authors';
import { candidate, choose, type Candidate, type Choice, type Found } from './candidates';
import type { PageHeader } from './page-header';

export interface BylineEvidence {
  editorial?: string;
  frontMatter?: string[];
  declared: Found<string[]>[];
  header?: PageHeader;
  readability?: string;
  textLine?: string;
  /** Names that are the outlet, not a person: the outlet, site names, publishers, JSON-LD organisation authors. */
  notNames: (string | undefined)[];
}

/** A "By" line; a Chinese one names a reporter (记者) in a short line, not in a sentence of the text that mentions one. */
const BY_LINE =
  /^(?:(?:text|words|story|written|posted|reported|curated|compiled)\s+)?(?:by|von|par|por|door|av|af|di)\b\s*:?\s*\S|^(?:authors?|autor(?:s|ius|ė)?|auteur|szerző|автор|аутор|curator|byline|رپورٹ|تحریر)\s*[:：]|^[［\[【]?[^\s［\]】]{2,8}[，,、][^\]］】]{2,30}[］\]】]$|^[^。！？]{0,30}(?:记者|記者)\s*[^。！？]{1,30}$|\S\s*(?:기자|記者)$/iu;

/** A line that is only an author's label: the byline is the line after it ("Penulis" over "Dian Pratiwi"). */
const AUTHOR_LABEL =
  /^(?:by|von|par|por|door|penulis|pewarta|wartawan|reporter|yazar|muhabir|tác giả|phóng viên|ผู้เขียน|ผู้สื่อข่าว|authors?|autor(?:a|in|s|ius|ė)?|auteur|autore|szerző|writer|written by|作者|記者|记者|글|작성자|著者|بقلم|كتب|लेखक)\s*[:：]?$/iu;

/**
 * The last one or two author blocks after the text, each read through its own author-marked parts where it
 * has them ("Авторы" over one element per name), not as the last two elements, which may be parts of one name.
 */
function trailingBylines(trailing: PageHeader['trailing']): string[] {
  const inside = (a: PageHeader['trailing'][number], b: PageHeader['trailing'][number]) => a !== b && b.el.contains(a.el);
  const outermost = trailing.filter((t) => !trailing.some((o) => inside(t, o)));
  return outermost.slice(-2).flatMap((block) => {
    const parts = trailing.filter((t) => inside(t, block) && !trailing.some((x) => inside(x, t)));
    return parts.length ? parts.map((t) => t.text) : [block.text];
  });
}

export function chooseByline(evidence: BylineEvidence): Choice<string[]> {
  const outlets = new Set(evidence.notNames.filter((n): n is string => !!n).map(compactName));
  const persons = (names: string[]) => uniqueNames(names.filter((n) => !outlets.has(compactName(n))));
  const strict = (raw: string[]) => persons(raw.flatMap((r) => splitAuthors(r, { strict: true })));
  const header = evidence.header;
  const inHeader = header?.authorish.filter((a) => a.inHeader) ?? [];

  const ranked: (Candidate<string[]> | undefined)[] = [
    candidate(evidence.editorial ? splitAuthors(evidence.editorial) : undefined, 'editorial file', 'editorial'),
    candidate(evidence.frontMatter && persons(evidence.frontMatter), 'front matter author', 'front matter'),
    ...evidence.declared.map((d) => candidate(persons(d.value), d.rule ?? 'declared author', d.from)),
  ];
  if (header) {
    const itemprop = inHeader.filter((a) => /\bauthor\b/.test(a.el.getAttribute('itemprop') ?? ''));
    ranked.push(candidate(strict(itemprop.map((a) => a.name)), 'itemprop=author in the header', 'header'));
    const links = inHeader.filter((a) => a.el.tagName.toUpperCase() === 'A' && a.text);
    ranked.push(candidate(strict(links.map((a) => a.text)), 'author-page links in the header', 'header'));
    const byLines = header.lines.flatMap((l, i) => (BY_LINE.test(l.text) ? [continued(header.lines, i)] : []));
    ranked.push(candidate(strict(byLines.slice(0, 2)), '"By …" line in the header', 'header'));
    const afterLabels = header.lines.flatMap((l, i) => {
      const next = header.lines[i + 1];
      return AUTHOR_LABEL.test(l.text) && next && next.el !== l.el && !AUTHOR_LABEL.test(next.text) ? [continued(header.lines, i + 1)] : [];
    });
    ranked.push(candidate(strict(afterLabels.slice(0, 2)), 'the line after an author label in the header', 'header'));
    const blocks = inHeader.filter((a) => a.el.tagName.toUpperCase() !== 'A' && !a.hasParagraph && !a.holdsByline);
    // A box whose text names no one as a whole may hold names and roles as elements side by side ("Tom Gerken" over
    // "Technology reporter", "Joe Marsh" over "Cyber correspondent"): read through them.
    // The first three blocks that name someone: a role's own block beside each name ("Principal Threat Researcher")
    // does not count, so a third author card is read.
    const blockNames = blocks
      .map((a) => {
        const whole = strict([a.text]);
        const byParts = strict(a.parts);
        if (!whole.length) return byParts;
        // A name run together with the role beside it ("Jane Doe Senior Writer"): its elements say where the name ends.
        return whole.map((w) => byParts.find((p) => w.startsWith(p + ' ')) ?? w);
      })
      .filter((names) => names.length)
      .slice(0, 3)
      .flat();
    ranked.push(candidate(uniqueNames(blockNames), 'byline block in the header', 'header'));
  }
  if (header && evidence.readability) ranked.push(candidate(boxLinkNames(header, evidence.readability, strict), AUTHOR_BOX_LINKS, 'header'));
  ranked.push(candidate(evidence.readability ? strict([evidence.readability]) : undefined, "Readability's byline", 'readability'));
  ranked.push(candidate(evidence.textLine ? persons(splitAuthors(evidence.textLine)) : undefined, '"By" line of the text', 'text'));
  if (header) ranked.push(candidate(strict(trailingBylines(header.trailing)), 'author block after the text', 'header'));
  return choose(withFullerByline(ranked));
}

/**
 * A byline line and the lines it runs on into: a list of one element per name whose parts end in a comma or "and"
 * ("by" over "Priya Anand," over "Lukas Berger") is one byline. Short lines only, at most four more.
 */
function continued(lines: PageHeader['lines'], i: number): string {
  let text = lines[i].text;
  const read = [lines[i].el];
  for (let k = i + 1, more = 0; k < lines.length && more < 4 && /(?:,|&|\band)\s*$/i.test(text); k++) {
    const next = lines[k];
    // A line inside one already read (the link inside a list item) is part of it.
    if (read.some((el) => el === next.el || el.contains(next.el))) continue;
    if (next.text.length > 80 || AUTHOR_LABEL.test(next.text)) break;
    text += ' ' + next.text;
    read.push(next.el);
    more++;
  }
  return text;
}

const AUTHOR_BOX_LINKS = "author-page links of the author box Readability's byline was read from";

/**
 * Author cards in a column beside or after the text ("Authors": a link to each person's page over a job title):
 * Readability reads the box as one byline with the name and the title run together ("Marieke OosterhuisPartner,
 * Technology Risk"). Where its byline opens with the first card's name, the box's author-page links are the names.
 */
function boxLinkNames(header: PageHeader, readability: string, strict: (raw: string[]) => string[]): string[] | undefined {
  const links = header.authorish.filter((a) => !a.inHeader && a.el.tagName.toUpperCase() === 'A' && a.text);
  const box = links[0]?.box;
  if (!box || !compactName(readability).startsWith(compactName(links[0].text))) return undefined;
  return strict(links.filter((a) => a.box === box).map((a) => a.text));
}

/**
 * A declared author list that the header's byline holds with more names beside it (a theme's JSON-LD and
 * `<meta name=author>` name the first of two authors; the page shows both): the header's byline goes first.
 */
function withFullerByline(ranked: (Candidate<string[]> | undefined)[]): (Candidate<string[]> | undefined)[] {
  const found = ranked.filter((c): c is Candidate<string[]> => !!c?.value.length);
  const top = found[0];
  if (!top || !DECLARED.has(top.from)) return ranked;
  const shown = (c: Candidate<string[]>) => new Set(c.value.map(compactName));
  const declared = shown(top);
  const fuller = found.find((c) => {
    if (!ELEMENT_PER_NAME.has(c.rule) || c.value.length <= top.value.length) return false;
    const names = shown(c);
    return [...declared].every((n) => names.has(n));
  });
  return fuller ? [{ ...fuller, rule: `${fuller.rule}: every declared author and more` }, ...found.filter((c) => c !== fuller)] : ranked;
}

const DECLARED = new Set<string>(['json-ld', 'og', 'meta']);
/** The header's rules that read one element per name (a line of text split into names may hold an affiliation). */
const ELEMENT_PER_NAME = new Set(['itemprop=author in the header', 'author-page links in the header']);
