/**
 * Which parts of a page are never read: code, form fields, editors, invisible
 * machinery and the extension's own UI. Reading them would highlight what a
 * reader is typing or what no reader sees.
 */
// By `localName` (lower case), so a check is one property read and no string made.
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'head',
  'title',
]);

/** Elements whose text flows inline with their neighbours'; every other element starts a block. */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'del',
  'label',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'wbr',
  'big',
  'tt',
  'nobr',
]);

export function isOwnElement(el: Element): boolean {
  return el.localName.startsWith('sourcelight-');
}

/** True for a tag whose content is never read (or one of the extension's own elements). */
export function isSkippedTag(localName: string): boolean {
  return SKIPPED_TAGS.has(localName) || localName.startsWith('sourcelight-');
}

/**
 * The attributes that make an element's content unread, as one selector: a
 * collector asks for them once per root instead of reading three attributes of
 * every element (each a call into the DOM, the cost that dominates a walk).
 */
export const SKIPPED_BY_ATTRIBUTE = '[hidden],[contenteditable]:not([contenteditable="false" i]),[role="textbox" i]';

/** True when nothing inside `el` should ever be read. */
export function isSkippedElement(el: Element): boolean {
  if (isSkippedTag(el.localName)) return true;
  // isContentEditable also covers inherited editing and designMode.
  return Boolean((el as HTMLElement).isContentEditable) || el.matches(SKIPPED_BY_ATTRIBUTE);
}

/** True when `node` sits inside something never read (an editor, a form field, our UI). */
export function isInsideSkipped(node: Node): boolean {
  for (let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
  }
  return false;
}

export function isInlineElement(el: Element): boolean {
  return INLINE_TAGS.has(el.localName);
}
