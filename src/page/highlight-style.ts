/**
 * The reader's highlight style. The background colours come from the content
 * stylesheet; "underline" and "off" (hover still works, nothing is painted)
 * are one adopted sheet of overrides, shared by the document and the shadow
 * roots that hold highlights. No node is added to the page.
 */
import type { HighlightStyle, PassageStyle } from '../contracts/settings';
import { SPOT_KINDS } from '../contracts/messages';
import { OPEN_PASSAGE_NAME } from './highlight-registry';

const names = SPOT_KINDS.map((k) => `::highlight(sourcelight-${k})`).join(', ');
const PASSAGE = '::highlight(sourcelight-passage)';
const PASSAGE_WASH = 'background-color: rgba(140, 140, 140, 0.18); text-decoration: none;';
const PASSAGE_MARK = 'background-color: transparent; text-decoration: underline dotted 1.5px rgba(110, 110, 125, 0.7); text-underline-offset: 3px;';

/**
 * The rules that differ from the content stylesheet, whose defaults are the
 * background colours with passages marked (`mark`): those need no sheet.
 */
export function overrideCss(style: HighlightStyle, passageStyle: PassageStyle = 'mark'): string {
  if (style === 'off') return `${names}, ::highlight(${OPEN_PASSAGE_NAME}) { background-color: transparent; text-decoration: none; }`;
  const passage = passageStyle === 'wash' ? PASSAGE_WASH : PASSAGE_MARK;
  if (style === 'underline') {
    const rest = `${names} { background-color: transparent; text-decoration: underline 2px rgba(190, 120, 20, 0.9); text-underline-offset: 3px; }`;
    return passageStyle === 'wash' ? rest : `${rest} ${PASSAGE} { ${passage} }`;
  }
  return passageStyle === 'wash' ? `${PASSAGE} { ${passage} }` : '';
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
  apply(style: HighlightStyle, passageStyle: PassageStyle, roots: Iterable<Document | ShadowRoot>): void {
    const css = overrideCss(style, passageStyle);
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
