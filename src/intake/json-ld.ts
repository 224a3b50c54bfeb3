/**
 * The article object in a page's JSON-LD: `NewsArticle`, `Article`,
 * `ReportageNewsArticle`, `BlogPosting`…, found at the top, in arrays, in
 * `@graph`, or as a page's `mainEntity`. Unparseable blocks are ignored (pages
 * ship broken JSON-LD often enough).
 */

export interface JsonLdArticle {
  headline?: string;
  authors: string[];
  /** Authors that are organisations (`@type` Organization), kept apart: no person's name. */
  organisationAuthors: string[];
  datePublished?: string;
  publisher?: string;
  url?: string;
  lang?: string;
}

const ARTICLE_TYPE = /^(?:\w+)?(?:Article|BlogPosting|Report|NewsArticle|Posting|LiveBlogPosting)$/;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function types(node: Json): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Every object in the JSON-LD tree, breadth first, so the top article wins over nested ones. */
function* nodes(root: unknown): Generator<Json> {
  const queue: unknown[] = [root];
  for (let i = 0; i < queue.length && i < 2000; i++) {
    const item = queue[i];
    if (Array.isArray(item)) queue.push(...item);
    else if (isObject(item)) {
      yield item;
      for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) if (item[key]) queue.push(item[key]);
    }
  }
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return text(value[0]);
  if (isObject(value)) return text(value.name ?? value['@value']);
  return undefined;
}

/** Author as a string, an object with `name`, or an array of either. */
export function jsonLdNames(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(jsonLdNames);
  const name = text(value);
  return name && !/^https?:/i.test(name) ? [name] : [];
}

/**
 * `headline` and `name` differ on some pages (Wikipedia: name "New Zealand",
 * headline a description): the one the page's own title contains wins.
 */
function headline(node: Json, pageTitle: string): string | undefined {
  const h = text(node.headline);
  const n = text(node.name);
  if (h && n && h !== n) return pageTitle.toLowerCase().includes(n.toLowerCase()) && !pageTitle.toLowerCase().includes(h.toLowerCase()) ? n : h;
  return h ?? n;
}

/** Objects that stand for another by reference (`{"@id": …}` alone) replaced by the node of that id. */
function resolver(all: Json[]): (value: unknown) => unknown {
  const byId = new Map<string, Json>();
  for (const node of all) if (typeof node['@id'] === 'string' && Object.keys(node).length > 1) byId.set(node['@id'], node);
  const resolve = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(resolve);
    if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) return byId.get(value['@id']) ?? value;
    return value;
  };
  return resolve;
}

const isOrganisation = (v: unknown) => isObject(v) && types(v).some((t) => /Organization|Corporation|NewsMediaOrganization|WebSite/.test(t));

export function readJsonLd(blocks: string[], pageTitle = ''): JsonLdArticle | undefined {
  const all: Json[] = [];
  for (const block of blocks) {
    let data: unknown;
    try {
      data = JSON.parse(block.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue;
    }
    for (const node of nodes(data)) all.push(node);
  }
  const resolve = resolver(all);
  for (const node of all) {
    if (!types(node).some((t) => ARTICLE_TYPE.test(t))) continue;
    const url =
      text(node.url) ?? (typeof node.mainEntityOfPage === 'string' ? node.mainEntityOfPage : text((node.mainEntityOfPage as Json | undefined)?.['@id']));
    const rawAuthors = resolve(node.author ?? node.creator);
    const authorList = Array.isArray(rawAuthors) ? rawAuthors.map(resolve) : [rawAuthors];
    return {
      headline: headline(node, pageTitle),
      authors: jsonLdNames(authorList.filter((a) => !isOrganisation(a))),
      organisationAuthors: jsonLdNames(authorList.filter(isOrganisation)),
      datePublished: text(node.datePublished) ?? text(node.dateCreated),
      publisher: text(resolve(node.publisher)) ?? text(resolve(node.sourceOrganization)),
      url,
      lang: text(node.inLanguage),
    };
  }
  return undefined;
}
