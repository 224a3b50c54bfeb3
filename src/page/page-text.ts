/**
 * A page's text as one string, for the probe that asks whether a page can
 * name anything at all (see `Spotter.scanPage`), read in a few calls into the
 * browser rather than node by node: the whole text, less what scripts and
 * style sheets hold. Those are often most of a page's `textContent` (the data
 * a news site ships in its HTML) and the cost of sending it, and they are
 * never read for mentions anyway.
 */
import { PROBE_CHARS } from '../contracts/messages';

/**
 * Past this many elements a page is walked in slices at once: its text is read
 * in one go, in one task, and on the 100,000-node test page that task (or the
 * garbage collection of a text too long to send) ran past 50 ms in Firefox.
 */
export const PROBE_ELEMENTS = 20_000;

const CODE = 'script, style, noscript';

/**
 * The text of `root` to probe, or `undefined` where reading it whole would cost
 * more than it could save: a page whose HTML alone is longer than one probe may
 * carry (its text would likely not fit either), with more than `PROBE_ELEMENTS`
 * elements, or whose text is longer than `PROBE_CHARS`.
 */
export function probeText(root: Element): string | undefined {
  if (documentBytes() > PROBE_CHARS || root.getElementsByTagName('*').length > PROBE_ELEMENTS) return undefined;
  const text = textWithoutCode(root);
  return text.length > PROBE_CHARS ? undefined : text;
}

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

/** The size of the page's HTML as it arrived (0 where the browser does not say). */
function documentBytes(): number {
  const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return entry?.decodedBodySize ?? 0;
}
