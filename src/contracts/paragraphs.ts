/** A stored article's body again, for the pages that show it. */
import type { FullIndex } from './schema';

/** A source's body as paragraphs of sentence texts, in reading order. */
export function paragraphsOf(index: Pick<FullIndex, 'sentences'>, sourceId: string): string[] {
  const paragraphs = new Map<number, string[]>();
  for (const s of index.sentences) {
    if (s.source !== sourceId) continue;
    const list = paragraphs.get(s.paragraph) ?? [];
    list[s.index] = s.text;
    paragraphs.set(s.paragraph, list);
  }
  return [...paragraphs.entries()].sort(([a], [b]) => a - b).map(([, texts]) => texts.filter(Boolean).join(' '));
}
