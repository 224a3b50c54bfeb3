/**
 * `::highlight()` rules in the document do not reach into shadow trees, so each
 * open shadow root that holds highlights adopts one shared sheet of them. This
 * adds no node to the page: `adoptedStyleSheets` is a list, not the DOM.
 */
import highlightCss from './highlights.css?inline';

let sheet: CSSStyleSheet | undefined;
const adopted = new WeakSet<ShadowRoot>();

export function adoptHighlightStyles(root: ShadowRoot): void {
  if (adopted.has(root)) return;
  adopted.add(root);
  try {
    sheet ??= new CSSStyleSheet();
    if (sheet.cssRules.length === 0) sheet.replaceSync(highlightCss);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // A page may freeze or proxy its shadow roots; its highlights then stay unstyled there, nothing breaks.
  }
}
