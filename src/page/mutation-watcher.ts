/**
 * Watches a page for text that appears, changes or goes, and hands the changed
 * parts over in batches. A storm of mutations (thousands a second) becomes one
 * batch per interval, never one rescan per mutation; a batch too large to be
 * worth sorting out becomes one full rescan.
 */
import { isInlineElement, isOwnElement, isSkippedElement } from './skip-rules';
import { blockOf } from './text-blocks';

/** Wait this long after the first mutation of a batch before handing it over. */
export const BATCH_MS = 150;
/** More changed roots than this in one batch: rescan the whole page instead. */
export const HUGE_BATCH = 400;

export interface MutationBatch {
  /** Roots whose text must be read again (each a block or a subtree of blocks). */
  roots: Set<Node>;
  /** Some text left the page: drop what was painted on it. */
  removed: boolean;
  /** Too much changed to track piece by piece. */
  huge: boolean;
}

export class MutationWatcher {
  private readonly observer: MutationObserver;
  private roots = new Set<Node>();
  private removed = false;
  private huge = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly onBatch: (batch: MutationBatch) => void) {
    this.observer = new MutationObserver((records) => this.take(records));
  }

  /** Watches `root` (a document or an open shadow root) and everything under it. */
  observe(root: Node): void {
    this.observer.observe(root, { childList: true, characterData: true, subtree: true });
  }

  disconnect(): void {
    this.observer.disconnect();
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private take(records: MutationRecord[]): void {
    for (const record of records) {
      if (this.huge) break;
      const target = record.target;
      if (record.type === 'characterData') {
        this.addRoot(blockOf(target));
        continue;
      }
      if (target.nodeType === Node.ELEMENT_NODE && isOwnElement(target as Element)) continue;
      if (record.removedNodes.length) {
        this.removed = true;
        // What is left of the paragraph the text was removed from must be read again.
        this.addRoot(enclosingBlock(target));
      }
      for (const added of record.addedNodes) {
        if (added.nodeType === Node.ELEMENT_NODE) {
          const el = added as Element;
          if (isOwnElement(el) || isSkippedElement(el)) continue;
          // An inline element joins its paragraph; a block element is read on its own.
          this.addRoot(enclosingBlock(el));
        } else if (added.nodeType === Node.TEXT_NODE) {
          this.addRoot(blockOf(added));
        }
      }
    }
    if (this.timer === undefined && (this.roots.size || this.removed || this.huge)) {
      this.timer = setTimeout(() => this.flush(), BATCH_MS);
    }
  }

  private addRoot(root: Node): void {
    this.roots.add(root);
    if (this.roots.size > HUGE_BATCH) this.huge = true;
  }

  private flush(): void {
    this.timer = undefined;
    const batch: MutationBatch = { roots: this.roots, removed: this.removed, huge: this.huge };
    this.roots = new Set();
    this.removed = false;
    this.huge = false;
    this.onBatch(batch);
  }
}

/** The block `node` belongs to: itself if it is a block element. */
function enclosingBlock(node: Node): Node {
  return node.nodeType === Node.ELEMENT_NODE && !isInlineElement(node as Element) ? node : blockOf(node);
}

/** Drops roots that lie inside other roots of the same batch: they are read with them. */
export function outermostRoots(roots: Iterable<Node>): Node[] {
  const list = [...roots].filter((r) => r.isConnected);
  return list.filter((r) => !list.some((other) => other !== r && other.contains(r)));
}
