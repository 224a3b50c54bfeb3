/**
 * Marks the words of a text that another text does not have: what a card
 * emphasises when it sets two versions of a statement side by side.
 */
import { words } from '../text/words';
import type { Span } from '../contracts/cards';

export function keySet(text: string): Set<string> {
  return new Set(words(text).map((w) => w.key));
}

/** Words too small to be worth marking as a difference on their own. */
const FUNCTION_WORDS = new Set(
  'a an the and or but of to in on at by for with from as that this these those it its is are was were be been has have had do does did he she they we his her their our who which what when where how if than then so also such any some each other into about'.split(
    ' ',
  ),
);

/**
 * Spans of the words of `text` missing from at least `minMissing` of
 * `others` (default: missing from all). Function words are never marked on
 * their own; adjacent marked words are joined into one span (across the small
 * words between them).
 */
export function markMissingWords(text: string, others: Set<string>[], minMissing = others.length): Span[] {
  const spans: Span[] = [];
  for (const w of words(text)) {
    // A changed "the" or "and" tells a reader nothing; marking it hides what does.
    if (FUNCTION_WORDS.has(w.key)) continue;
    const missing = others.filter((o) => !o.has(w.key)).length;
    if (others.length === 0 || missing < minMissing) continue;
    const last = spans[spans.length - 1];
    if (last && /^[\s,;:'"’“”-]*$/.test(text.slice(last[1], w.start))) last[1] = w.end;
    else spans.push([w.start, w.end]);
  }
  return spans;
}
