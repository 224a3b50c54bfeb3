/**
 * `npm run stream:make`: writes the labelled news streams of
 * `test/fixtures/stream/` (Markdown articles with YAML front matter, and a
 * `labels.json` beside them) from the authoring files in
 * `test/fixtures/stream/authoring/*.story`.
 *
 * An authoring file holds blocks, each opened by a line starting with `@` and
 * closed by `@end`:
 *
 *  - `@site <host>`: `name:` the outlet, `footer:` paragraphs every article of
 *    the site ends with, `rotate:` paragraphs of which each article gets one
 *    (the newsletter promotion one day, the podcast the next);
 *  - `@story <id>`: `stream:` tune or held-out, `kind:` event, dispute or
 *    single, `related:` other story ids, `about:` one line; the articles after
 *    it belong to it;
 *  - `@article <id>`: fields (`outlet`, `site`, `date`, `title`, `author`,
 *    `link`: the front-matter key of the address, `path`, `suffix: no`), then
 *    `body:` and the paragraphs;
 *  - `@copy <id> of=<article>`: another version of an article: the same fields
 *    (inherited when left out), then edits applied in order: `keep: 1-3,5`
 *    (paragraphs kept, by number), `sub: old => new` (a rewording),
 *    `real: kind | old => new | note` (a planted disagreement), `drop: text`
 *    (a sentence left out), `insert: n | paragraph` (before paragraph n of the
 *    result; 0 at the end), `lead: paragraph` (a new first paragraph);
 *  - `@in <story>` (one line): the articles after it belong to a story opened earlier;
 *  - `@planted <kind> | <note>`: a disagreement written into independent
 *    articles, one line per reading: `article, article: phrase`.
 *
 * Every edit and planted phrase is checked: an `old` text missing from the
 * article it edits, or a phrase missing from its article, stops the build.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', 'test', 'fixtures', 'stream');
const AUTHORING = join(ROOT, 'authoring');
const STREAMS = ['tune', 'held-out'] as const;
type StreamName = (typeof STREAMS)[number];

interface Site {
  host: string;
  name: string;
  footer: string[];
  rotate: string[];
}

interface StoryLabel {
  stream: StreamName;
  kind: 'event' | 'dispute' | 'single';
  related: string[];
  about: string;
}

interface Article {
  id: string;
  story: string;
  outlet: string;
  site: string;
  date: string;
  title: string;
  suffix: boolean;
  author?: string;
  link: string;
  path?: string;
  paragraphs: string[];
  copyOf?: string;
  /** Where the authoring file put it, for error messages. */
  where: string;
}

interface Planted {
  id: string;
  story: string;
  kind: string;
  note: string;
  /** Each reading: its phrase and the articles (ids) holding it. */
  readings: { phrase: string; articles: string[] }[];
  /** Planted by a copy's edit: the copy and the article it edits. */
  copy?: { copy: string; of: string };
}

const sites = new Map<string, Site>();
const stories = new Map<string, StoryLabel>();
const articles = new Map<string, Article>();
const planted: Planted[] = [];

function fail(where: string, message: string): never {
  throw new Error(`${where}: ${message}`);
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Paragraphs of a body: blank lines separate them; lines inside one are joined. */
function paragraphsOf(lines: string[]): string[] {
  return lines
    .join('\n')
    .split(/\n\s*\n/)
    .map(squash)
    .filter(Boolean);
}

/** `1-3,5` → [0, 1, 2, 4]. */
function paragraphNumbers(spec: string, where: string): number[] {
  const out: number[] = [];
  for (const part of spec.split(',')) {
    const m = /^\s*(\d+)(?:\s*-\s*(\d+))?\s*$/.exec(part);
    if (!m) fail(where, `bad paragraph list "${spec}"`);
    const [from, to] = [Number(m[1]), Number(m[2] ?? m[1])];
    for (let k = from; k <= to; k++) out.push(k - 1);
  }
  return out;
}

function replaceOnce(paragraphs: string[], old: string, next: string, where: string): string[] {
  const want = squash(old);
  const at = paragraphs.findIndex((p) => p.includes(want));
  if (at < 0) fail(where, `"${old}" is not in the article`);
  const copy = [...paragraphs];
  copy[at] = copy[at].replace(want, squash(next));
  return copy;
}

function parseFields(lines: string[], where: string): { fields: Map<string, string[]>; body: string[] } {
  const fields = new Map<string, string[]>();
  const bodyAt = lines.findIndex((l) => l.trim() === 'body:');
  const head = bodyAt >= 0 ? lines.slice(0, bodyAt) : lines;
  for (const line of head) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const m = /^([a-z-]+):\s?(.*)$/.exec(line.trim());
    if (!m) fail(where, `not a field: "${line}"`);
    fields.set(m[1], [...(fields.get(m[1]) ?? []), m[2].trim()]);
  }
  return { fields, body: bodyAt >= 0 ? lines.slice(bodyAt + 1) : [] };
}

const one = (fields: Map<string, string[]>, key: string) => fields.get(key)?.[fields.get(key)!.length - 1];

function readAuthoring(file: string): void {
  const lines = readFileSync(join(AUTHORING, file), 'utf8').split('\n');
  let story: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.startsWith('@') || line.startsWith('@end')) {
      if (line.trim() && !line.trim().startsWith('#')) fail(`${file}:${i + 1}`, `text outside a block: "${line.slice(0, 60)}"`);
      continue;
    }
    const where = `${file}:${i + 1}`;
    if (line.startsWith('@in ')) {
      // More articles of a story opened earlier (in this file or another): one line, no block.
      story = line.slice(4).trim();
      if (!stories.has(story)) fail(where, `@in an unknown story ${story}`);
      continue;
    }
    const end = lines.findIndex((l, k) => k > i && l.trim() === '@end');
    if (end < 0) fail(where, 'block without @end');
    const block = lines.slice(i + 1, end);
    const [keyword, ...rest] = line.slice(1).trim().split(/\s+/);
    const { fields, body } = parseFields(keyword === 'planted' ? [] : block, where);
    switch (keyword) {
      case 'site':
        sites.set(rest[0], { host: rest[0], name: one(fields, 'name') ?? rest[0], footer: fields.get('footer') ?? [], rotate: fields.get('rotate') ?? [] });
        break;
      case 'story': {
        story = rest[0];
        if (stories.has(story)) fail(where, `story ${story} twice`);
        const stream = (one(fields, 'stream') ?? 'tune') as StreamName;
        if (!STREAMS.includes(stream)) fail(where, `unknown stream ${stream}`);
        const related = (one(fields, 'related') ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        stories.set(story, { stream, kind: (one(fields, 'kind') ?? 'event') as StoryLabel['kind'], related, about: one(fields, 'about') ?? '' });
        break;
      }
      case 'article': {
        if (!story) fail(where, 'an article before any @story');
        addArticle(rest[0], story, fields, paragraphsOf(body), where);
        break;
      }
      case 'copy': {
        if (!story) fail(where, 'a copy before any @story');
        const of = /^of=(.+)$/.exec(rest[1] ?? '')?.[1];
        if (!of || !articles.has(of)) fail(where, `copy of an unknown article "${rest[1]}"`);
        addCopy(rest[0], story, of, fields, block, where);
        break;
      }
      case 'planted': {
        if (!story) fail(where, 'a planted disagreement before any @story');
        const [kind, note = ''] = rest
          .join(' ')
          .split('|')
          .map((s) => s.trim());
        const readings = block
          .filter((l) => l.trim() && !l.trim().startsWith('#'))
          .map((l) => {
            const m = /^\s*([^:]+):\s*(.+)$/.exec(l);
            if (!m) fail(where, `not a reading: "${l}"`);
            return { articles: m[1].split(',').map((s) => s.trim()), phrase: squash(m[2]) };
          });
        planted.push({ id: '', story, kind, note, readings });
        break;
      }
      default:
        fail(where, `unknown block @${keyword}`);
    }
    i = end;
  }
}

function addArticle(id: string, story: string, fields: Map<string, string[]>, paragraphs: string[], where: string): void {
  if (articles.has(id)) fail(where, `article ${id} twice`);
  const need = (key: string) => one(fields, key) ?? fail(where, `article ${id} has no ${key}`);
  if (!paragraphs.length) fail(where, `article ${id} has no body`);
  articles.set(id, {
    id,
    story,
    outlet: need('outlet'),
    site: need('site'),
    date: need('date'),
    title: need('title'),
    suffix: one(fields, 'suffix') !== 'no',
    author: one(fields, 'author'),
    link: one(fields, 'link') ?? ['original_link', 'permalink', 'url'][articles.size % 3],
    path: one(fields, 'path'),
    paragraphs,
    where,
  });
}

function addCopy(id: string, story: string, of: string, fields: Map<string, string[]>, block: string[], where: string): void {
  if (articles.has(id)) fail(where, `article ${id} twice`);
  const parent = articles.get(of)!;
  let paragraphs = [...parent.paragraphs];
  for (const raw of block) {
    const line = raw.trim();
    const m = /^(keep|sub|real|drop|insert|lead):\s?(.*)$/.exec(line);
    if (!m) continue;
    const [, op, arg] = m;
    if (op === 'keep') {
      const keep = paragraphNumbers(arg, where);
      for (const k of keep) if (k >= paragraphs.length) fail(where, `${id}: no paragraph ${k + 1}`);
      paragraphs = keep.map((k) => paragraphs[k]);
    } else if (op === 'sub') {
      const [old, next] = arg.split('=>').map((s) => s.trim());
      if (next === undefined) fail(where, `sub without "=>": ${arg}`);
      paragraphs = replaceOnce(paragraphs, old, next, `${where} (${id})`);
    } else if (op === 'real') {
      const [kind, change, note = ''] = arg.split('|').map((s) => s.trim());
      const [old, next] = change.split('=>').map((s) => s.trim());
      if (next === undefined) fail(where, `real without "=>": ${arg}`);
      paragraphs = replaceOnce(paragraphs, old, next, `${where} (${id})`);
      planted.push({
        id: '',
        story,
        kind,
        note,
        readings: [
          { phrase: squash(old), articles: [] },
          { phrase: squash(next), articles: [] },
        ],
        copy: { copy: id, of },
      });
    } else if (op === 'drop') {
      const want = squash(arg);
      const at = paragraphs.findIndex((p) => p.includes(want));
      if (at < 0) fail(where, `${id}: nothing to drop "${arg}"`);
      paragraphs = paragraphs.map((p, k) => (k === at ? squash(p.replace(want, '')) : p)).filter(Boolean);
    } else if (op === 'insert') {
      const [n, text] = arg.split('|').map((s) => s.trim());
      const at = Number(n) === 0 ? paragraphs.length : Number(n) - 1;
      paragraphs = [...paragraphs.slice(0, at), squash(text), ...paragraphs.slice(at)];
    } else if (op === 'lead') {
      paragraphs = [squash(arg), ...paragraphs.slice(1)];
    }
  }
  articles.set(id, {
    ...parent,
    id,
    story,
    outlet: one(fields, 'outlet') ?? parent.outlet,
    site: one(fields, 'site') ?? parent.site,
    date: one(fields, 'date') ?? parent.date,
    title: one(fields, 'title') ?? parent.title,
    suffix: one(fields, 'suffix') ? one(fields, 'suffix') !== 'no' : parent.suffix,
    author: one(fields, 'author') ?? (one(fields, 'outlet') ? undefined : parent.author),
    link: one(fields, 'link') ?? ['original_link', 'permalink', 'url'][articles.size % 3],
    path: one(fields, 'path'),
    paragraphs,
    copyOf: of,
    where,
  });
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-[^-]*$/, '');

const fileOf = (a: Article) => `${a.date.slice(0, 10)}-${a.id}.md`;

/** The site's boilerplate for the article: its footer, and one of its rotating paragraphs. */
function boilerplate(a: Article, nth: number): string[] {
  const site = sites.get(a.site);
  if (!site) return [];
  const rotate = site.rotate.length ? [site.rotate[nth % site.rotate.length]] : [];
  return [...rotate, ...site.footer];
}

const yamlString = (s: string) => (/[:#"'\[\]{}&*!|>%@`,]|^\s|\s$|^[-?]/.test(s) ? JSON.stringify(s) : s);

function render(a: Article, nth: number): string {
  const title = a.suffix ? `${a.title} – ${a.outlet}` : a.title;
  const address = `https://${a.site.startsWith('www.') || a.site.split('.').length > 2 ? a.site : 'www.' + a.site}${a.path ?? `/${a.date.slice(0, 4)}/${a.date.slice(5, 7)}/${a.date.slice(8, 10)}/${slug(a.title)}`}`;
  const head = ['---', `title: ${yamlString(title)}`, `date: ${a.date}`];
  if (a.author) head.push(`author: ${yamlString(a.author)}`);
  head.push(`${a.link}: ${address}`, '---', '');
  return head.join('\n') + [...a.paragraphs, ...boilerplate(a, nth)].join('\n\n') + '\n';
}

function main(): void {
  for (const file of readdirSync(AUTHORING)
    .filter((f) => f.endsWith('.story'))
    .sort())
    readAuthoring(file);
  for (const [id, s] of stories) for (const r of s.related) if (!stories.has(r)) fail('related', `${id} names an unknown story ${r}`);
  const bodyOf = new Map([...articles.values()].map((a) => [a.id, squash(a.paragraphs.join(' '))]));
  // A copy's planted change: the phrase each article of the story holds, read from the texts themselves (copies of the copy inherit it).
  for (const p of planted) {
    if (p.copy) {
      const members = [...articles.values()].filter((a) => a.story === p.story);
      const [old, next] = p.readings;
      // One phrase may hold the other ("Deputy FBI Director …" / "FBI Director …"): the longer one decides.
      const holds = (id: string, phrase: string, other: string) => {
        const body = bodyOf.get(id)!;
        return body.includes(phrase) && !(phrase.length < other.length && other.includes(phrase) && body.includes(other));
      };
      next.articles = members.filter((a) => holds(a.id, next.phrase, old.phrase)).map((a) => a.id);
      old.articles = members.filter((a) => holds(a.id, old.phrase, next.phrase)).map((a) => a.id);
      if (!old.articles.includes(p.copy.of) && !old.articles.length) fail(p.copy.copy, `no article keeps "${old.phrase}"`);
    } else {
      for (const r of p.readings) {
        for (const id of r.articles) {
          if (!articles.has(id)) fail(p.story, `planted ${p.kind}: unknown article ${id}`);
          if (!bodyOf.get(id)!.includes(r.phrase)) fail(id, `planted ${p.kind}: "${r.phrase}" is not in it`);
        }
      }
    }
  }
  for (const stream of STREAMS) {
    const dir = join(ROOT, stream);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const mine = [...articles.values()].filter((a) => stories.get(a.story)!.stream === stream).sort((x, y) => (fileOf(x) < fileOf(y) ? -1 : 1));
    const perSite = new Map<string, number>();
    const files = new Map<string, string>();
    for (const a of mine) {
      const nth = perSite.get(a.site) ?? 0;
      perSite.set(a.site, nth + 1);
      const file = fileOf(a);
      if ([...files.values()].includes(file)) fail(a.where, `two articles would be ${file}`);
      files.set(a.id, file);
      writeFileSync(join(dir, file), render(a, nth));
    }
    const fileFor = (id: string) => files.get(id)!;
    const storyIds = [...new Set(mine.map((a) => a.story))].sort();
    const myPlanted = planted.filter((p) => stories.get(p.story)!.stream === stream);
    myPlanted.forEach((p, k) => (p.id = `${stream}:${k + 1}`));
    const labels = {
      about:
        "Labels of this stream, written with it by scripts/make-stream.ts from test/fixtures/stream/authoring (see its README): each article's story; which articles are versions of one article (copies with edits); every disagreement planted in it, with the phrase each article holds; the sites' boilerplate.",
      articles: Object.fromEntries(
        mine.map((a) => [fileOf(a), { story: a.story, outlet: a.outlet, site: a.site, ...(a.copyOf ? { copyOf: fileFor(a.copyOf) } : {}) }]),
      ),
      stories: Object.fromEntries(storyIds.map((id) => [id, { ...stories.get(id)!, stream: undefined, related: stories.get(id)!.related }])),
      discrepancies: myPlanted.map((p) => ({
        id: p.id,
        story: p.story,
        kind: p.kind,
        note: p.note,
        ...(p.copy ? { copy: fileFor(p.copy.copy), of: fileFor(p.copy.of) } : {}),
        readings: p.readings.map((r) => ({ phrase: r.phrase, files: r.articles.map(fileFor) })),
      })),
      boilerplate: Object.fromEntries([...sites.values()].filter((s) => mine.some((a) => a.site === s.host)).map((s) => [s.host, [...s.rotate, ...s.footer]])),
    };
    writeFileSync(join(dir, 'labels.json'), JSON.stringify(labels, null, 2) + '\n');
    const multi = storyIds.filter((id) => mine.filter((a) => a.story === id).length > 1).length;
    console.log(`${stream}: ${mine.length} articles, ${storyIds.length} stories (${multi} of several articles), ${myPlanted.length} planted disagreements`);
  }
}

main();
