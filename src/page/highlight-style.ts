/**
 * The reader's highlight style. The background colours come from the content
 * stylesheet; "underline" and "off" (hover still works, nothing is painted)
 * are one adopted sheet of overrides, shared by the document and the shadow
 * roots that hold highlights. No node is added to the page.
 */
import type { HighlightStyle } from '../shared/settings';
import { SPOT_KINDS } from '../shared/messages';

const names = SPOT_KINDS.map((k) => `::highlight(sourcelight-${k})`).join(', ');

export function overrideCss(style: HighlightStyle): string {
  if (style === 'underline') {
    return `${names} { background-color: transparent; text-decoration: underline 2px rgba(190, 120, 20, 0.9); text-underline-offset: 3px; }`;
  }
  if (style === 'off') return `${names} { background-color: transparent; text-decoration: none; }`;
  return '';
}

export class HighlightStyleSheet {
  private sheet: CSSStyleSheet | undefined;
  private readonly roots = new Set<Document | ShadowRoot>();

  constructor() {
    try {
      this.sheet = new CSSStyleSheet();
    } catch {
      // No constructable sheets: the default style stays, the rest works.
    }
  }

  attach(root: Document | ShadowRoot): void {
    if (!this.sheet || this.roots.has(root)) return;
    try {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
      this.roots.add(root);
    } catch {
      // A frozen or foreign root: leave it with the default style.
    }
  }

  /** Roots get the sheet only once a style needs it: the default style touches nothing. */
  apply(style: HighlightStyle, roots: Iterable<Document | ShadowRoot>): void {
    const css = overrideCss(style);
    this.sheet?.replaceSync(css);
    if (css) for (const root of roots) this.attach(root);
  }

  detach(): void {
    for (const root of this.roots) {
      try {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== this.sheet);
      } catch {
        // Nothing to undo.
      }
    }
    this.roots.clear();
  }
}
