/**
 * The popover's place on the page: one `<sourcelight-card>` element holding the
 * Preact card in a closed shadow root, placed beside the word it explains with
 * Floating UI, following it as the page scrolls. The root is closed and its
 * only reference kept here: the page's scripts cannot read what the card
 * says (what the reader's library holds) nor press its buttons.
 */
import { autoUpdate, computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { h, render } from 'preact';
import cardCss from '../ui/card/card.css?inline';
import { Card, type CardProps } from '../ui/card/Card';

export const CARD_TAG = 'sourcelight-card';

/**
 * Host styles go inline with !important: a page's own rules on `*` (even
 * `all: unset`) would otherwise win over `:host` rules from inside the shadow root.
 */
const HOST_STYLE = [
  'all: initial !important',
  'position: fixed !important',
  'top: 0 !important',
  'left: 0 !important',
  'z-index: 2147483647 !important',
  'display: block !important',
  'width: max-content !important',
  'margin: 0 !important',
  'padding: 0 !important',
  'border: 0 !important',
  'transform: none !important',
  'visibility: visible !important',
  'opacity: 1 !important',
  'pointer-events: auto !important',
].join('; ');

/** Kept clear between the card and the window's edges, in px. */
const VIEWPORT_PADDING = 8;
/** Below this the card would show only its header and buttons: it overlaps the word instead. */
const MIN_CARD_HEIGHT = 160;

export class CardHost {
  private built: { element: HTMLElement; root: ShadowRoot; mount: HTMLDivElement } | undefined;
  private stopFollowing: (() => void) | undefined;
  private anchor: Range | undefined;
  private focusBefore: HTMLElement | undefined;

  constructor(private readonly doc: Document = document) {}

  /**
   * The host element and the card's mount point, made on first use: most
   * pages never show a card, and parsing the card's styles costs every page
   * a few milliseconds.
   */
  private get parts(): { element: HTMLElement; root: ShadowRoot; mount: HTMLDivElement } {
    if (!this.built) {
      // Not registered with customElements (content scripts have none); a valid
      // custom element name is all attachShadow needs.
      const element = this.doc.createElement(CARD_TAG);
      element.setAttribute('style', HOST_STYLE);
      const root = element.attachShadow({ mode: 'closed' });
      const style = this.doc.createElement('style');
      style.textContent = cardCss;
      const mount = this.doc.createElement('div');
      root.append(style, mount);
      this.built = { element, root, mount };
    }
    return this.built;
  }

  get element(): HTMLElement {
    return this.parts.element;
  }

  private get mount(): HTMLDivElement {
    return this.parts.mount;
  }

  get isOpen(): boolean {
    return this.built?.element.isConnected ?? false;
  }

  /** The word the card explains. */
  get anchorRange(): Range | undefined {
    return this.anchor;
  }

  /** Shows (or re-renders) the card beside `anchor`. */
  show(anchor: Range, props: CardProps): void {
    render(h(Card, props), this.mount);
    if (!this.element.isConnected) (this.doc.body ?? this.doc.documentElement).append(this.element);
    if (anchor !== this.anchor) {
      this.anchor = anchor;
      this.stopFollowing?.();
      const reference: VirtualElement = {
        getBoundingClientRect: () => anchor.getBoundingClientRect(),
        getClientRects: () => anchor.getClientRects(),
        contextElement: anchor.startContainer.parentElement ?? undefined,
      };
      this.stopFollowing = autoUpdate(reference, this.element, () => void this.place(reference));
    }
  }

  update(props: CardProps): void {
    if (this.isOpen) render(h(Card, props), this.mount);
  }

  hide(): void {
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    this.anchor = undefined;
    if (!this.built) return;
    render(null, this.mount);
    this.element.remove();
  }

  /** True when `node` is inside the card (its host or its shadow tree). */
  contains(node: Node | null): boolean {
    if (!node || !this.built) return false;
    return node === this.built.element || this.built.element.contains(node) || node.getRootNode() === this.built.root;
  }

  /** Moves keyboard focus into the card, on its first button, remembering where it was. */
  focus(): void {
    const root = this.built?.root;
    const active = this.doc.activeElement;
    if (active && active !== this.built?.element) this.focusBefore = active as HTMLElement;
    (root?.querySelector<HTMLElement>('button.primary') ?? root?.querySelector<HTMLElement>('button'))?.focus();
  }

  /**
   * Gives focus back to where it was before the card took it. Where that
   * element is gone or cannot take focus (the body, a disabled or hidden
   * element), the reading place goes to `mention` instead: focus leaves the
   * card and the caret stands at the mention, where the next Tab starts from.
   */
  restoreFocus(mention?: Range): void {
    const before = this.focusBefore;
    this.focusBefore = undefined;
    if (before?.isConnected && before !== this.doc.body) {
      before.focus({ preventScroll: true });
      if (this.doc.activeElement === before) return;
    }
    if (this.doc.activeElement === this.built?.element) this.built.element.blur();
    if (mention) this.doc.getSelection()?.collapse(mention.startContainer, mention.startOffset);
  }

  /**
   * Below the word, else above, else beside it; the card is then made no taller
   * than the room on that side (its body scrolls) and shifted on both axes so
   * its header and buttons stay inside the window.
   */
  private async place(reference: VirtualElement): Promise<void> {
    const { x, y } = await computePosition(reference, this.element, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip({ padding: VIEWPORT_PADDING, fallbackPlacements: ['top-start', 'right-start', 'left-start'] }),
        size({
          padding: VIEWPORT_PADDING,
          apply: ({ availableHeight, elements }) => {
            const room = Math.max(MIN_CARD_HEIGHT, Math.floor(availableHeight));
            elements.floating.style.setProperty('--sourcelight-card-room', `${room}px`);
          },
        }),
        shift({ padding: VIEWPORT_PADDING, crossAxis: true }),
      ],
    });
    this.element.style.setProperty('transform', `translate(${Math.round(x)}px, ${Math.round(y)}px)`, 'important');
  }
}
