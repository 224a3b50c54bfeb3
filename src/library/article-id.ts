/**
 * The ids of library articles, apart from the reader: the background works out
 * a page's id on every match request, and must not load the article reader
 * (Readability, extraction) to do it.
 */
/** What names an article: the address it was saved from, else its file name. */
export interface ArticleName {
  name: string;
  url?: string;
}

/**
 * What makes two inputs the same article: its address, else `file:` + its
 * name. The two never meet: a `file:` address is taken in its full form
 * (`file:///…`, always a `/` after the colon), and a name's `/` is written
 * `%2F` (a file's own name holds none), so an imported address never takes
 * the id of a file of the same name (`file:x` and `x`).
 */
export function articleKey(input: ArticleName): string {
  if (input.url) return /^file:/i.test(input.url) ? fileHref(input.url) : input.url;
  return 'file:' + input.name.replace(/%/g, '%25').replace(/\//g, '%2F');
}

function fileHref(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return 'file:///' + url.slice('file:'.length).replace(/^\/*/, '');
  }
}

/** A 64-bit digest of `key` (two 32-bit FNV-1a lanes, the second stirred by the first) as 16 hex digits: a stable, file-name-safe id. */
export function hexDigest(key: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c ^ (h1 >>> 7), 0x01000193) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/** The source id the page at `url` has in the library if it was saved from there (the address without its fragment). */
export function savedPageSourceId(url: string): string | undefined {
  return /^(https?|file):/.test(url) ? articleId({ name: '', url: url.split('#')[0] }) : undefined;
}

/** The source id of an input: `src-lib-` + a hash of its key. */
export function articleId(input: ArticleName): string {
  return 'src-lib-' + hexDigest(articleKey(input));
}
