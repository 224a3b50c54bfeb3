/**
 * Finds the painted match under a point. Highlights are not elements, so the
 * point is turned into a caret position, the caret into a match, and the match
 * checked against its rectangles (a caret is found even beside a line's end).
 */
import type { PaintedMatch, Spotter } from './spotter';

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as CaretDoc;
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** A live Range for a painted match: needed for geometry, which StaticRange lacks. */
export function liveRange(match: PaintedMatch, doc: Document = document): Range {
  const range = doc.createRange();
  const r = match.range;
  range.setStart(r.startContainer, Math.min(r.startOffset, (r.startContainer as Text).length ?? r.startOffset));
  range.setEnd(r.endContainer, Math.min(r.endOffset, (r.endContainer as Text).length ?? r.endOffset));
  return range;
}

function rectsContain(range: Range, x: number, y: number, slop = 1): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - slop && x <= rect.right + slop && y >= rect.top - slop && y <= rect.bottom + slop) return true;
  }
  return false;
}

export function matchAtPoint(spotter: Spotter, doc: Document, x: number, y: number): { match: PaintedMatch; range: Range } | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  // A caret in the right half of a word's last letter sits after it: try the offset before too.
  for (const offset of [caret.offset, caret.offset - 1]) {
    if (offset < 0) continue;
    const match = spotter.matchAt(caret.node, offset);
    if (!match) continue;
    const range = liveRange(match, doc);
    if (rectsContain(range, x, y)) return { match, range };
  }
  return null;
}
