/**
 * Open shadow roots under a root, found without visiting every node: the
 * collector finds them on its walk, but a page that names nothing is not
 * walked (see `Spotter.scanPage`), and its shadow roots must still be read.
 *
 * An XPath query runs inside the browser and hands back only the elements it
 * selects, where a walk from the content script pays for a script object per
 * node. It selects custom elements (a hyphen in the name), which is where open
 * shadow roots are on the web (web components, MSN's article pages); a shadow
 * root attached to a plain `div` or `span` is not looked for here.
 */
import { isInsideSkipped, isOwnElement } from './skip-rules';

const CUSTOM_ELEMENTS = ".//*[contains(local-name(), '-')]";

export function customElementShadowRoots(root: Node): ShadowRoot[] {
  const doc = root.ownerDocument ?? (root as Document);
  const found = doc.evaluate(CUSTOM_ELEMENTS, root, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
  const roots: ShadowRoot[] = [];
  for (let i = 0; i < found.snapshotLength; i++) {
    const el = found.snapshotItem(i) as Element;
    const shadow = el.shadowRoot;
    if (shadow && !isOwnElement(el) && !isInsideSkipped(el)) roots.push(shadow);
  }
  return roots;
}
