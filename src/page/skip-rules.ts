/**
 * Which parts of a page are never read: code, form fields, editors, invisible
 * machinery and the extension's own UI. Reading them would highlight what a
 * reader is typing or what no reader sees.
 */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'VAR', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE',
]);

/** Elements whose text flows inline with their neighbours'; every other element starts a block. */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'LABEL',
  'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'WBR', 'BIG', 'TT', 'NOBR',
]);

export function isOwnElement(el: Element): boolean {
  return el.localName.startsWith('sourcelight-');
}

/** True when nothing inside `el` should ever be read. */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) return true;
  if (isOwnElement(el)) return true;
  if (el.hasAttribute('hidden')) return true;
  // isContentEditable covers inherited editing; the attribute check is for documents not yet laid out.
  const editable = (el as HTMLElement).isContentEditable;
  if (editable || el.getAttribute('contenteditable') === 'true' || el.getAttribute('contenteditable') === '') return true;
  return el.getAttribute('role') === 'textbox';
}

export function isInlineElement(el: Element): boolean {
  return INLINE_TAGS.has(el.tagName.toUpperCase());
}
