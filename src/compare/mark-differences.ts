/**
 * Marks the words of a text that another text does not have: what a card
 * emphasises when it sets two versions of a statement side by side.
 */
import { WORDS_NEVER_MARKED } from '../text/lexicon';
import { words } from '../text/words';
import type { Span } from '../contracts/cards';

export function keySet(text: string): Set<string> {
  return new Set(words(text).map((w) => w.key));
}

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
    if (WORDS_NEVER_MARKED.has(w.key)) continue;
    const missing = others.filter((o) => !o.has(w.key)).length;
    if (others.length === 0 || missing < minMissing) continue;
    const last = spans[spans.length - 1];
    if (last && /^[\s,;:'"’“”-]*$/.test(text.slice(last[1], w.start))) last[1] = w.end;
    else spans.push([w.start, w.end]);
  }
  return spans;
}
