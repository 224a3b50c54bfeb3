/**
 * The only module that touches `CSS.highlights`. One `Highlight` per kind,
 * registered as `sourcelight-<kind>` (the public test contract): the page's DOM
 * is never modified to paint.
 */
import { SPOT_KINDS, type SpotKind } from '../contracts/messages';

export const HIGHLIGHT_PREFIX = 'sourcelight-';
/** A mention the reader asked to see, flashed for a moment; the passage whose card is open (see `reveal.ts`). */
export const FLASH_NAME = 'sourcelight-flash';
export const OPEN_PASSAGE_NAME = 'sourcelight-passage-open';

export function highlightName(kind: SpotKind): string {
  return HIGHLIGHT_PREFIX + kind;
}

/** True where the CSS Custom Highlight API is there to paint with. */
export function canPaintHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class HighlightRegistry {
  private readonly highlights = new Map<SpotKind, Highlight>();

  constructor(private readonly registry: HighlightRegistry_ = CSS.highlights) {
    for (const kind of SPOT_KINDS) {
      const highlight = new Highlight();
      // Passages sit under names, quotes and topics: a name inside a reused sentence still shows as a name.
      highlight.priority = kind === 'passage' ? 0 : kind === 'quote' ? 1 : 2;
      this.highlights.set(kind, highlight);
      this.registry.set(highlightName(kind), highlight);
    }
  }

  add(kind: SpotKind, range: AbstractRange): void {
    this.highlights.get(kind)!.add(range);
  }

  delete(kind: SpotKind, range: AbstractRange): void {
    this.highlights.get(kind)!.delete(range);
  }

  clear(): void {
    for (const highlight of this.highlights.values()) highlight.clear();
  }

  /** Removes every `sourcelight-` highlight from the page's registry. */
  dispose(): void {
    for (const kind of SPOT_KINDS) this.registry.delete(highlightName(kind));
    this.highlights.clear();
  }
}

type HighlightRegistry_ = typeof CSS.highlights;
