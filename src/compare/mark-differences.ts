/**
 * Marks the words of a text that another text does not have: what a card
 * emphasises when it sets two versions of a statement side by side.
 */
import { foldKey } from '../shared/normalize';
import type { Span } from '../shared/cards';

/** Words as they stand in `text`, with their offsets and their comparison keys. */
export function wordSpans(text: string): { start: number; end: number; key: string }[] {
  const out: { start: number; end: number; key: string }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu)) {
    const key = foldKey(m[0]);
    if (key) out.push({ start: m.index!, end: m.index! + m[0].length, key });
  }
  return out;
}

export function keySet(text: string): Set<string> {
  return new Set(wordSpans(text).map((w) => w.key));
}

/**
 * Spans of the words of `text` missing from every one of `others` at least
 * `minMissing` times (default: missing from all). Adjacent marked words are
 * joined into one span.
 */
export function markMissingWords(text: string, others: Set<string>[], minMissing = others.length): Span[] {
  const spans: Span[] = [];
  for (const w of wordSpans(text)) {
    const missing = others.filter((o) => !o.has(w.key)).length;
    if (others.length === 0 || missing < minMissing) continue;
    const last = spans[spans.length - 1];
    if (last && /^[\s,;:'"’“”-]*$/.test(text.slice(last[1], w.start))) last[1] = w.end;
    else spans.push([w.start, w.end]);
  }
  return spans;
}
