/**
 * Reads a page's visible text as blocks: the text of one paragraph-like element,
 * flat, with a map from flat offsets back to (Text node, offset). Matching runs
 * on a block's flat text; painting maps matches back through `pointAt`.
 */
import { isInlineElement, isSkippedElement } from './skip-rules';

export interface TextBlock {
  /** The block element (or shadow root / document) whose text this is. */
  container: Node;
  nodes: Text[];
  /** `starts[i]` is the flat offset where `nodes[i]` begins. */
  starts: number[];
  text: string;
}

/** The nearest ancestor that starts a block: what a reader sees as one paragraph. */
export function blockOf(node: Node): Node {
  let current: Node | null = node.parentNode;
  while (current && current.nodeType === Node.ELEMENT_NODE && isInlineElement(current as Element)) {
    current = current.parentNode;
  }
  return current ?? node;
}

/**
 * Collects the text blocks under a root, a slice at a time: `collect(isOverBudget)`
 * walks until the budget is spent and returns true once everything is read.
 * Every open shadow root met on the way is reported through `onShadowRoot` and
 * read too.
 */
export class TextBlockCollector {
  readonly blocks: TextBlock[] = [];
  private readonly byContainer = new Map<Node, TextBlock>();
  private readonly pendingRoots: Node[];
  private walker: TreeWalker | undefined;

  constructor(
    root: Node,
    private readonly onShadowRoot?: (root: ShadowRoot) => void,
  ) {
    this.pendingRoots = [root];
  }

  collect(isOverBudget: () => boolean = () => false): boolean {
    let count = 0;
    for (;;) {
      if (!this.walker) {
        const next = this.pendingRoots.shift();
        if (!next) return true;
        this.walker = this.createWalker(next);
      }
      const node = this.walker.nextNode();
      if (!node) {
        this.walker = undefined;
        continue;
      }
      this.addText(node as Text);
      // Checking the clock costs more than a node: look every 64 nodes.
      if ((++count & 63) === 0 && isOverBudget()) return false;
    }
  }

  private createWalker(root: Node): TreeWalker {
    const doc = root.ownerDocument ?? (root as Document);
    return doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => {
        if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
        const el = node as Element;
        if (isSkippedElement(el)) return NodeFilter.FILTER_REJECT;
        if (el.shadowRoot) {
          this.pendingRoots.push(el.shadowRoot);
          this.onShadowRoot?.(el.shadowRoot);
        }
        return NodeFilter.FILTER_SKIP;
      },
    });
  }

  private addText(text: Text): void {
    const data = text.data;
    if (data.length === 0) return;
    const container = blockOf(text);
    // White space between inline tags separates their words ("<a>Ad Choices</a> <abbr>en-US</abbr>"):
    // it is kept in the flat text, but it never starts a block of its own.
    if (!this.byContainer.has(container) && !/\S/.test(data)) return;
    let block = this.byContainer.get(container);
    if (!block) {
      block = { container, nodes: [], starts: [], text: '' };
      this.byContainer.set(container, block);
      this.blocks.push(block);
    }
    block.nodes.push(text);
    block.starts.push(block.text.length);
    block.text += data;
  }
}

/** All text blocks under `root` in one go (for small roots and tests). */
export function collectTextBlocks(root: Node, onShadowRoot?: (root: ShadowRoot) => void): TextBlock[] {
  const collector = new TextBlockCollector(root, onShadowRoot);
  collector.collect();
  return collector.blocks;
}

/**
 * The DOM point at flat offset `offset` of `block`. An offset at a node's end
 * resolves to that node (not the next one), so a range ending there stays in it.
 */
export function pointAt(block: TextBlock, offset: number, preferEnd = false): { node: Text; offset: number } {
  const { starts, nodes } = block;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const begins = starts[mid];
    if (begins < offset || (begins === offset && !preferEnd)) lo = mid;
    else hi = mid - 1;
  }
  return { node: nodes[lo], offset: Math.min(offset - starts[lo], nodes[lo].data.length) };
}
