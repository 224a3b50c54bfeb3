/**
 * Reads a page's visible text as blocks: the text of one paragraph-like element,
 * flat, with a map from flat offsets back to (Text node, offset). Matching runs
 * on a block's flat text; painting maps matches back through `pointAt`.
 */
import { isInlineElement, isSkippedElement, isSkippedTag, SKIPPED_BY_ATTRIBUTE } from './skip-rules';

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
 *
 * The walk is a TreeWalker without a filter function, skipping subtrees itself:
 * a filter is a call from the browser into script for every node, and in
 * Chromium that costs several times the walk (about 2 µs a node, 50 ms on a
 * long Wikipedia page). Per element it reads only `localName` and `shadowRoot`;
 * the attributes that hide text are asked for once per root, by selector.
 */
export class TextBlockCollector {
  readonly blocks: TextBlock[] = [];
  private readonly byContainer = new Map<Node, TextBlock>();
  /**
   * The last text's parent and its block container. One entry, not a map: a map
   * of every parent keeps a script object alive for each, and on a page of
   * 100,000 nodes the garbage collector's pauses grew past 50 ms.
   */
  private lastParent: Node | null = null;
  private lastContainer: Node | null = null;
  private readonly pendingRoots: Node[];
  private walker: TreeWalker | undefined;
  /** The next node the walker will hand over; null when its root is done. */
  private cursor: Node | null = null;
  private skippedByAttribute = new Set<Element>();

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
        this.open(next);
        continue;
      }
      const walker = this.walker;
      const node = this.cursor;
      if (!node) {
        this.walker = undefined;
        continue;
      }
      if (node.nodeType === TEXT_NODE) {
        this.addText(node as Text);
        this.cursor = walker.nextNode();
      } else {
        const el = node as Element;
        if (isSkippedTag(el.localName) || this.skippedByAttribute.has(el)) this.cursor = nextOutside(walker);
        else {
          const shadow = el.shadowRoot;
          if (shadow) {
            this.pendingRoots.push(shadow);
            this.onShadowRoot?.(shadow);
          }
          this.cursor = walker.nextNode();
        }
      }
      // Checking the clock costs more than a node: look every 64 nodes.
      if ((++count & 63) === 0 && isOverBudget()) return false;
    }
  }

  private open(root: Node): void {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    this.skippedByAttribute = new Set('querySelectorAll' in root ? (root as ParentNode).querySelectorAll(SKIPPED_BY_ATTRIBUTE) : []);
    // A document in design mode is one big editor; a root that is itself skipped has nothing to read.
    const rootSkipped = doc.designMode === 'on' || (root.nodeType === ELEMENT_NODE && isSkippedElement(root as Element));
    this.cursor = rootSkipped ? null : root.nodeType === TEXT_NODE ? root : this.walker.nextNode();
  }

  private addText(text: Text): void {
    const data = text.data;
    if (data.length === 0) return;
    const parent = text.parentNode;
    let container = parent !== null && parent === this.lastParent ? this.lastContainer! : undefined;
    if (!container) {
      container = blockOf(text);
      this.lastParent = parent;
      this.lastContainer = container;
    }
    let block = this.byContainer.get(container);
    if (!block) {
      // White space between inline tags separates their words ("<a>Ad Choices</a> <abbr>en-US</abbr>"):
      // it is kept in the flat text, but it never starts a block of its own.
      if (!/\S/.test(data)) return;
      block = { container, nodes: [], starts: [], text: '' };
      this.byContainer.set(container, block);
      this.blocks.push(block);
    }
    block.nodes.push(text);
    block.starts.push(block.text.length);
    block.text += data;
  }
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Moves `walker` past its current node's subtree: the first node after it, or null at the root's end. */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
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
  // The node's length as collected (the next node's start, or the text's end): asking the node costs a DOM call.
  const length = (lo + 1 < starts.length ? starts[lo + 1] : block.text.length) - starts[lo];
  return { node: nodes[lo], offset: Math.min(offset - starts[lo], length) };
}
