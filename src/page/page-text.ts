/**
 * A page's text as one string, read in a few calls into the browser rather
 * than node by node (see `Spotter.scanPage`): the whole text, less what
 * scripts and style sheets hold. Those are often most of a page's
 * `textContent` (the data a news site ships in its HTML) and the cost of
 * sending it, and they are never read for mentions anyway.
 */
const CODE = 'script, style, noscript';

export function textWithoutCode(root: Element): string {
  const code = root.querySelectorAll(CODE);
  if (code.length === 0) return root.textContent ?? '';
  const range = root.ownerDocument.createRange();
  range.selectNodeContents(root);
  let text = '';
  // Where scripts run, their contents are raw text, so none holds another: each cuts the text once.
  for (const el of code) {
    range.setEndBefore(el);
    text += range.toString();
    range.setStartAfter(el);
  }
  range.setEnd(root, root.childNodes.length);
  return text + range.toString();
}
