/**
 * Cutting comments, whole elements and tags out of HTML text in one pass
 * each, in time linear in the text whatever it holds.
 *
 * The regular expressions these replace (`<!--[\s\S]*?-->`,
 * `<script\b[^>]*>[\s\S]*?<\/script>`, `<[^>]*>`) look for the end from every
 * start: on a page of unclosed `<!--` or `<div` each start reads on to the end
 * of the text, and the time grows with its square (80 KB of `<!--` took
 * 0.68 s). Here an end that was looked for and not found is remembered, so no
 * part of the text is read twice for the same thing.
 */

/**
 * Each `<!-- … -->` replaced by `replacement`. An unclosed one stays as
 * written, or with `unclosedToEnd` goes with all that follows it (as a parser
 * reads it: a comment to the end).
 */
export function dropComments(html: string, replacement = '', unclosedToEnd = false): string {
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const start = html.indexOf('<!--', from);
    if (start < 0) break;
    const end = html.indexOf('-->', start + 4);
    if (end < 0) {
      if (!unclosedToEnd) break;
      out.push(html.slice(from, start), replacement);
      return out.join('');
    }
    out.push(html.slice(from, start), replacement);
    from = end + 3;
  }
  out.push(html.slice(from));
  return out.join('');
}

/**
 * Each element named in `names` (`<script …> … </script>`, case-insensitive),
 * opening tag to closing tag, replaced by `replacement`, unless `keep` says
 * otherwise from its opening tag's attributes. One without its closing tag
 * stays as written, or with `unclosedToEnd` goes with all that follows it (as
 * a parser reads a `<script>` never closed); one `keep` spares stays with all
 * that follows it.
 */
export function dropElements(
  html: string,
  names: readonly string[],
  replacement = '',
  keep?: (name: string, attrs: string) => boolean,
  unclosedToEnd = false,
): string {
  const open = new RegExp(`<(${names.join('|')})\\b`, 'gi');
  /** Where each name's next closing tag is at or after a position, `-1` once there is none. */
  const closes = new Map<string, { re: RegExp; at: number; end: number }>();
  const closeAfter = (name: string, from: number): { at: number; end: number } => {
    let c = closes.get(name);
    if (!c) closes.set(name, (c = { re: new RegExp(`</${name}\\s*>`, 'gi'), at: -2, end: -1 }));
    if (c.at === -1 || (c.at >= from && c.at !== -2)) return c;
    c.re.lastIndex = from;
    const m = c.re.exec(html);
    c.at = m ? m.index : -1;
    c.end = m ? m.index + m[0].length : -1;
    return c;
  };
  let nextGt = -2;
  const gtAfter = (from: number) => {
    if (nextGt === -1 || (nextGt >= from && nextGt !== -2)) return nextGt;
    return (nextGt = html.indexOf('>', from));
  };
  const out: string[] = [];
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = open.exec(html))) {
    const name = m[1].toLowerCase();
    const tagEnd = gtAfter(m.index + m[0].length);
    if (tagEnd < 0) break;
    const close = closeAfter(name, tagEnd + 1);
    if (close.at < 0) {
      if (unclosedToEnd) {
        if (keep?.(name, html.slice(m.index + m[0].length, tagEnd))) out.push(html.slice(from));
        else out.push(html.slice(from, m.index), replacement);
        return out.join('');
      }
      open.lastIndex = tagEnd + 1;
      continue;
    }
    if (!keep?.(name, html.slice(m.index + m[0].length, tagEnd))) out.push(html.slice(from, m.index), replacement);
    else out.push(html.slice(from, close.end));
    from = close.end;
    open.lastIndex = close.end;
  }
  out.push(html.slice(from));
  return out.join('');
}

/**
 * Each tag (`<` to the next `>`) replaced by what `replace` gives for it; a
 * `<` with no `>` after it, and all that follows, stays as written. With
 * `innermost`, a tag starts at the last `<` before its `>` (text that is not
 * HTML: `a < b <i>` holds the tag `<i>`).
 */
export function replaceTags(html: string, replace: (tag: string) => string, innermost = false): string {
  const out: string[] = [];
  let from = 0;
  for (;;) {
    let start = html.indexOf('<', from);
    if (start < 0) break;
    const end = html.indexOf('>', start + 1);
    if (end < 0) break;
    if (innermost) start = html.lastIndexOf('<', end);
    out.push(html.slice(from, start), replace(html.slice(start, end + 1)));
    from = end + 1;
  }
  out.push(html.slice(from));
  return out.join('');
}
