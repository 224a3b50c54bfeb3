import type { ParsedSource } from '../intake/types';
/**
 * Renders a seed article as a plain, readable news page for the demo and the
 * browser tests: the text as a reader would meet it on a site, escaped.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A seed as a news page: its outlet, headline, byline and date, then the cleaned body. */
export function renderSourcePage(fileName: string, parsed: ParsedSource): string {
  const { source, body } = parsed;
  const meta = [source.byline && `By ${source.byline}`, source.published, source.dateline].filter(Boolean).join(' · ');
  return page(fileName, source.title, `<p class="outlet">${escapeHtml(source.outlet)}</p>`, meta, body.split('\n\n'));
}

/** A file as it is, paragraph by paragraph (for an article the parser could not read). */
export function renderArticlePage(fileName: string, text: string): string {
  const blocks = text
    .split(/\n\s*\n/)
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const [title = fileName, ...paragraphs] = blocks;
  return page(fileName, title, '', '', paragraphs);
}

function page(fileName: string, title: string, header: string, meta: string, paragraphs: string[]): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body { font: 18px/1.6 Georgia, 'DejaVu Serif', serif; max-width: 44em; margin: 2em auto; padding: 0 1em; color: #222; background: #fdfdfb; }
  h1 { font: 700 30px/1.2 'DejaVu Sans', sans-serif; }
  .file { color: #777; font: 13px 'DejaVu Sans Mono', monospace; }
  .outlet { font: 700 14px 'DejaVu Sans', sans-serif; text-transform: uppercase; letter-spacing: 0.06em; color: #8a1c12; margin: 0; }
  .meta { color: #666; font: 14px 'DejaVu Sans', sans-serif; }
  @media (prefers-color-scheme: dark) { body { color: #ddd; background: #18181b; } }
</style></head>
<body><article>
<p class="file">${escapeHtml(fileName)}</p>
${header}
<h1>${escapeHtml(title)}</h1>
${meta ? `<p class="meta">${escapeHtml(meta)}</p>` : ''}
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article></body></html>`;
}

export function renderDemoHome(files: string[]): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sourcelight demo</title>
<style>body { font: 16px/1.5 'DejaVu Sans', sans-serif; max-width: 40em; margin: 2em auto; }</style></head>
<body><h1>Sourcelight demo</h1><p>Five versions of one story. Open one, then hover a highlighted name.</p>
<ul>${files.map((f) => `<li><a href="/seed/${encodeURIComponent(f)}">${escapeHtml(f)}</a></li>`).join('')}</ul>
</body></html>`;
}
