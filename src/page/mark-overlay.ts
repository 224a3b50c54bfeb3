/**
 * Paints the marks only the reader's library gives, where the page cannot
 * read them (docs/privacy.md). The page's highlight registry (`CSS.highlights`)
 * belongs to the document and any script may list it, so these marks never
 * go there: they are boxes drawn in one `<sourcelight-marks>` element, its
 * shadow root closed, that lets the pointer through and is on every page
 * Sourcelight runs on, whatever the library holds. Boxes are drawn only for
 * the marks in view, once a frame at most, after a scroll, a resize, a
 * change of the page or of the marks; which marks are near the view the
 * browser tells (an IntersectionObserver on the elements that hold them), so
 * a frame's work grows with the marks on screen, not with the page. Hovering
 * a mark stays the content script's own hit-testing (`hit-test.ts`).
 *
 * What the page can see of it: that the element is there (as it can see
 * Sourcelight's highlight names in the registry), never what it draws.
 */
import highlightCss from './highlights.css?inline';
import { liveRange } from './hit-test';
import { overrideCss } from './highlight-style';
import type { PaintedMatch, PrivatePaint } from './spotter';
import type { HighlightStyle, PassageStyle } from '../contracts/settings';

export const OVERLAY_TAG = 'sourcelight-marks';

/** The host takes no room and no pointer, whatever the page's own rules say. */
const HOST_STYLE = [
  'all: initial !important',
  'position: fixed !important',
  'top: 0 !important',
  'left: 0 !important',
  'width: 0 !important',
  'height: 0 !important',
  'overflow: visible !important',
  'display: block !important',
  'margin: 0 !important',
  'padding: 0 !important',
  'border: 0 !important',
  'transform: none !important',
  'visibility: visible !important',
  'opacity: 1 !important',
  'pointer-events: none !important',
  // Under the card (2147483647), over the page.
  'z-index: 2147483646 !important',
].join('; ');

/**
 * The highlight rules, as rules for boxes: the same palette (highlights.css
 * and the reader's style overrides), each `::highlight(sourcelight-<name>)`
 * a `.<name>` box, and an underline a bottom border (a box holds no text to
 * underline).
 */
export function boxCss(highlightRules: string): string {
  return highlightRules
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/::highlight\(sourcelight-([a-z-]+)\)/g, '.m.$1')
    .replace(/text-decoration:\s*none/g, 'border-bottom: 0')
    .replace(
      /text-decoration:\s*underline(?:\s+(dotted|dashed|wavy))?\s+([\d.]+px)\s+([^;]+)/g,
      (_m, line: string | undefined, width: string, colour: string) => {
        return `border-bottom: ${width} ${line === 'dotted' || line === 'dashed' ? line : 'solid'} ${colour.trim()}`;
      },
    )
    .replace(/text-underline-offset:[^;]+;?/g, '')
    .replace(/color:\s*inherit;?/g, '');
}

/**
 * A box lies over the words, where a highlight lies under them: blended, it
 * tints the page as a highlighter does and leaves the letters as dark (or,
 * on a dark page, as light) as they were. Chosen once from the page's own
 * text colour, never from what is marked.
 */
function blendFor(doc: Document): 'multiply' | 'screen' {
  const element = doc.body ?? doc.documentElement;
  const colour = element ? (doc.defaultView?.getComputedStyle(element).color ?? '') : '';
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? ['0', '0', '0']).map(Number);
  // Light text: a dark page.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 140 ? 'screen' : 'multiply';
}

const BASE_CSS = `:host { all: initial; }
.m { position: absolute; left: 0; top: 0; box-sizing: border-box; pointer-events: none; border-radius: 1px; }
`;

/** The open passage's shading and a revealed mention's flash, when they are the reader's alone. */
export type SpecialMark = 'passage-open' | 'flash';

interface Box {
  kind: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export class MarkOverlay implements PrivatePaint {
  private host: HTMLElement | undefined;
  private layer: HTMLDivElement | undefined;
  private sheet: HTMLStyleElement | undefined;
  /** The marks, by the element that holds their words. */
  private readonly marks = new Map<Element, Set<PaintedMatch>>();
  private count = 0;
  /** Holders of marks in or near the view, as the observer last said. */
  private readonly nearView = new Set<Element>();
  private readonly observer: IntersectionObserver | undefined =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              if (entry.isIntersecting) this.nearView.add(entry.target);
              else this.nearView.delete(entry.target);
            }
            this.schedule();
          },
          // Half a screen's worth around the view: a fast scroll finds its marks already known.
          { rootMargin: '50% 0px' },
        )
      : undefined;
  private readonly special = new Map<SpecialMark, Range>();
  private pool: HTMLDivElement[] = [];
  private frame = 0;
  private stopListening: (() => void) | undefined;

  constructor(private readonly doc: Document = document) {}

  /** Puts the (empty) overlay on the page and starts following scrolls and resizes. */
  attach(): void {
    if (!this.host) {
      const host = this.doc.createElement(OVERLAY_TAG);
      host.setAttribute('style', `${HOST_STYLE}; mix-blend-mode: ${blendFor(this.doc)} !important`);
      // Not registered with customElements (content scripts have none); a valid custom element name is all attachShadow needs.
      const root = host.attachShadow({ mode: 'closed' });
      this.sheet = this.doc.createElement('style');
      this.sheet.textContent = BASE_CSS + boxCss(highlightCss);
      this.layer = this.doc.createElement('div');
      root.append(this.sheet, this.layer);
      this.host = host;
    }
    this.ensureAttached();
    if (!this.stopListening) {
      const schedule = () => this.schedule();
      const options = { capture: true, passive: true } as const;
      this.doc.addEventListener('scroll', schedule, options);
      const view = this.doc.defaultView;
      view?.addEventListener('resize', schedule, options);
      this.stopListening = () => {
        this.doc.removeEventListener('scroll', schedule, options);
        view?.removeEventListener('resize', schedule, options);
      };
    }
  }

  /**
   * Puts the host back if the page took it out. Called on the page's own
   * changes (the mutation batches), never because of a mark, so that when it
   * happens says nothing about the library.
   */
  ensureAttached(): void {
    const parent = this.doc.documentElement;
    if (this.host && parent && this.host.parentNode !== parent) parent.append(this.host);
  }

  detach(): void {
    this.stopListening?.();
    this.stopListening = undefined;
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.marks.clear();
    this.nearView.clear();
    this.count = 0;
    this.observer?.disconnect();
    this.special.clear();
    this.host?.remove();
  }

  /** The reader's highlight style, as the registry's highlights get it. */
  setStyle(style: HighlightStyle, passageStyle: PassageStyle): void {
    if (this.sheet) this.sheet.textContent = BASE_CSS + boxCss(highlightCss) + boxCss(overrideCss(style, passageStyle));
  }

  add(match: PaintedMatch): void {
    const holder = holderOf(match);
    if (!holder) return;
    let held = this.marks.get(holder);
    if (!held) {
      this.marks.set(holder, (held = new Set()));
      if (this.observer) this.observer.observe(holder);
      else this.nearView.add(holder);
    }
    if (held.has(match)) return;
    held.add(match);
    this.count++;
    if (this.nearView.has(holder)) this.schedule();
  }

  delete(match: PaintedMatch): void {
    const holder = holderOf(match);
    const held = holder ? this.marks.get(holder) : undefined;
    if (!holder || !held?.delete(match)) return;
    this.count--;
    if (held.size === 0) {
      this.marks.delete(holder);
      this.observer?.unobserve(holder);
      this.nearView.delete(holder);
    }
    this.schedule();
  }

  /** Shows (or, with `undefined`, takes away) the open passage's shading or a flash. */
  setSpecial(mark: SpecialMark, range: Range | undefined): void {
    if (range) this.special.set(mark, range);
    else if (!this.special.delete(mark)) return;
    this.schedule();
  }

  /** Draws again on the next frame (the page moved or changed). */
  schedule(): void {
    if (this.frame || !this.layer) return;
    if (this.count === 0 && this.special.size === 0 && this.pool.every((box) => box.hidden)) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  /** Seam for the benchmark: how many times it drew, the main-thread time that took, the boxes last drawn. */
  readonly stats = { renders: 0, renderMs: 0, lastRenderMs: 0, boxes: 0 };

  private render(): void {
    const start = performance.now();
    const boxes: Box[] = [];
    for (const holder of this.nearView) for (const match of this.marks.get(holder) ?? []) this.place(liveRange(match, this.doc), match.kind, boxes);
    for (const [mark, range] of this.special) this.place(range, mark, boxes);
    this.draw(boxes);
    const ms = performance.now() - start;
    this.stats.renders++;
    this.stats.renderMs += ms;
    this.stats.lastRenderMs = ms;
    this.stats.boxes = boxes.length;
  }

  /** The boxes of `range`'s lines that are in view and not covered by something of the page's. */
  private place(range: Range, kind: string, boxes: Box[]): void {
    const view = this.doc.defaultView;
    const width = view?.innerWidth ?? 0;
    const height = view?.innerHeight ?? 0;
    const node = range.startContainer;
    const owner = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    if (!owner) return;
    const root = owner.getRootNode() as Document | ShadowRoot;
    // One rect first: most marks the observer counts as near are not in view at all.
    const bounds = range.getBoundingClientRect();
    if (bounds.bottom < 0 || bounds.top > height || bounds.right < 0 || bounds.left > width) return;
    for (const rect of range.getClientRects()) {
      if (rect.width === 0 || rect.height === 0 || rect.bottom < 0 || rect.top > height || rect.right < 0 || rect.left > width) continue;
      // Something of the page's over the words (a sticky header, a dialog, a clipped scroll box): no mark over it.
      const top = root.elementFromPoint?.(
        Math.min(width - 1, Math.max(0, rect.left + rect.width / 2)),
        Math.min(height - 1, Math.max(0, rect.top + rect.height / 2)),
      );
      if (top && top !== owner && !owner.contains(top) && !top.contains(owner)) continue;
      boxes.push({ kind, x: rect.left, y: rect.top, width: rect.width, height: rect.height });
    }
  }

  private draw(boxes: Box[]): void {
    const layer = this.layer!;
    while (this.pool.length < boxes.length) {
      const box = this.doc.createElement('div');
      layer.append(box);
      this.pool.push(box);
    }
    boxes.forEach((b, i) => {
      const box = this.pool[i];
      const className = `m ${b.kind}`;
      if (box.className !== className) box.className = className;
      box.style.transform = `translate(${b.x}px, ${b.y}px)`;
      box.style.width = `${b.width}px`;
      box.style.height = `${b.height}px`;
      box.hidden = false;
    });
    for (let i = boxes.length; i < this.pool.length; i++) this.pool[i].hidden = true;
  }
}

/** The element that holds a mark's words: what the observer watches for it. */
function holderOf(match: PaintedMatch): Element | null {
  const node = match.range.startContainer;
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
}
