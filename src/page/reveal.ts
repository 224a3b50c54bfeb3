/**
 * Flashes a range the reader asked to see (from the side panel): a short-lived
 * `sourcelight-flash` highlight, so the DOM stays untouched here too.
 */
export const FLASH_NAME = 'sourcelight-flash';
export const FLASH_MS = 1600;

let timer: ReturnType<typeof setTimeout> | undefined;

export function flashRange(range: Range): void {
  const highlight = new Highlight(range);
  highlight.priority = 10;
  CSS.highlights.set(FLASH_NAME, highlight);
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(() => {
    CSS.highlights.delete(FLASH_NAME);
    timer = undefined;
  }, FLASH_MS);
}

/** The passage whose card is open: shaded in full while the reader looks at it. */
export const OPEN_PASSAGE_NAME = 'sourcelight-passage-open';

export function showOpenPassage(range: Range | undefined): void {
  if (range) CSS.highlights.set(OPEN_PASSAGE_NAME, new Highlight(range));
  else CSS.highlights.delete(OPEN_PASSAGE_NAME);
}
