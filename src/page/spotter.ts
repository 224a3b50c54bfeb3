/**
 * Keeps a page's highlights true to its text: reads blocks in slices, has them
 * matched, paints their matches, anchors weak aliases page-wide, and rescans
 * what changed. It owns no DOM observation (see `mutation-watcher.ts`) and no
 * matching rules (see `src/spot/`): it joins the two and remembers what was painted.
 *
 * Matching is asynchronous and done in batches: in the extension the
 * background matches (warm, off the page's main thread), so the page pays only
 * for reading its text and painting.
 */
import type { Candidate, FoundCounts, FoundItem, PageStatus, SpotKind } from '../contracts/messages';
import { emptyCounts, SPOT_BATCH_CHARS, SPOT_BATCH_TEXTS } from '../contracts/messages';
import { meansOtherPlace } from '../spot/other-sense';
import { isStoryPage, isWorthPainting } from '../spot/relevance';
import type { HighlightRegistry } from './highlight-registry';
import { probeText } from './page-text';
import { customElementShadowRoots } from './shadow-hosts';
import { afterNextFrame, SLICE_MS, yieldToPage } from './slices';
import { blockOf, pointAt, TextBlockCollector, type TextBlock } from './text-blocks';

/** What the reader's library changes in the public sample's matches of a batch of texts: `added[i]` for `texts[i]`, and `dropped[i]`, indexes into its sample list. */
export interface LibraryChange {
  added: Candidate[][];
  dropped: number[][];
}

/** The matching a page asks for (in the extension, the background's). */
export interface PageMatching {
  /**
   * The public sample's matches of each text (`result[i]` for `texts[i]`);
   * `onLibrary` is called later with what the reader's library changes in
   * them, if they have a library.
   */
  find(texts: string[], onLibrary: (change: LibraryChange) => void): Promise<Candidate[][]>;
  /** The sample's matches found so far are painted: the library's part of them may be found now (found meanwhile, it would compete with the painting for the machine; matching with no library part need not hear it). */
  painted?(): void;
  /** False only when no block of a page whose whole text this is can hold anything (see `Matcher.mayMention`). */
  mayMention(pageText: string): Promise<boolean>;
}

/**
 * Where the reader's own marks are painted: the ones only their library
 * gives, which must not reach the page's highlight registry (see `mark-overlay.ts`).
 */
export interface PrivatePaint {
  add(match: PaintedMatch): void;
  delete(match: PaintedMatch): void;
}

/** The first batch is small, so what is in view is painted after one short round trip. */
const FIRST_BATCH_CHARS = 32 * 1024;

/** What is shown: decided by settings, applied at paint time so a change needs no rescan. */
export interface ShowFilter {
  isShown(kind: SpotKind, id: string): boolean;
  /** Generic names (US, China) on pages of no story too; default false (see `src/spot/relevance.ts`). */
  everyName?: boolean;
}

export interface PaintedMatch extends Candidate {
  /** The words as they stand on the page. */
  text: string;
  range: StaticRange;
  /** In the public sample's matches; in the reader's (the sample's with their library's changes). */
  inSample: boolean;
  inReader: boolean;
  /** Painted in the page's highlight registry, as the sample alone would paint it (the page may read it). */
  public: boolean;
  /** Painted for the reader alone, out of the page's reach: only their library makes it shown. */
  private: boolean;
  /** The sample's match of the same words that the library's match replaces (other flags): one paint for both. */
  twin?: PaintedMatch;
}

/** Shown to the reader, in either paint. */
export const isPainted = (m: PaintedMatch): boolean => m.public || m.private;

interface BlockEntry {
  block: TextBlock;
  /** The sample's matches first, in the order of its answer (a library change drops them by index), then the library's. */
  matches: PaintedMatch[];
}

const SHOW_ALL: ShowFilter = { isShown: () => true };
const NO_MATCHES: PaintedMatch[] = Object.freeze([]) as unknown as PaintedMatch[];
const NO_PRIVATE_PAINT: PrivatePaint = { add: () => undefined, delete: () => undefined };

/**
 * What one view of the page's matches says about the page as a whole: which
 * entities are anchored by a strong mention, which are meant in another sense,
 * and whether the page is one of a story's. Kept twice: for the public
 * sample's view, which decides what the page's registry shows (so nothing it
 * may read depends on the library), and for the reader's, with their library.
 */
class PageEvidence {
  /** Strong mentions per entity id: a weak alias is painted only while its entity has one. */
  readonly anchors = new Map<string, number>();
  /** Other-sense cues per entity id: an entity is painted only while it has none. */
  readonly otherSenses = new Map<string, number>();
  /** Strong mentions per specific (non-generic) name, and passages and quotes found: is this a page of a story? */
  private readonly specificNames = new Map<string, number>();
  private storyPassages = 0;

  count(m: Candidate, step: 1 | -1): void {
    const change = step > 0 ? increment : decrement;
    if (m.otherSense) change(this.otherSenses, m.id);
    else if (!m.weak) change(this.anchors, m.id);
    if (m.kind === 'quote' || m.kind === 'passage') this.storyPassages += step;
    else if (m.kind !== 'topic' && !m.generic && !m.weak && !m.otherSense) change(this.specificNames, m.id);
  }

  isStoryPage(): boolean {
    return isStoryPage({ specificNames: this.specificNames.size, storyPassages: this.storyPassages });
  }
}

export class Spotter {
  private readonly entries = new Map<Node, BlockEntry>();
  private readonly sample = new PageEvidence();
  private readonly reader = new PageEvidence();
  private filter: ShowFilter = SHOW_ALL;
  private painted = 0;
  /** Told when the library's part of the matches changed what is shown, after the scan that asked for it may have ended. */
  onLibraryChange: (() => void) | undefined;

  constructor(
    private readonly matching: PageMatching,
    private readonly registry: HighlightRegistry,
    private readonly onShadowRoot?: (root: ShadowRoot) => void,
    /** Seam for the benchmark, which passes Infinity to time the work in one go: how long a slice may run before yielding. */
    private readonly sliceMs = SLICE_MS,
    private readonly privatePaint: PrivatePaint = NO_PRIVATE_PAINT,
  ) {}

  /**
   * Reads and paints a whole page (its body). Most pages name nothing the
   * index knows, so the page's text is first asked about as one string, read
   * in a few calls into the browser: walking it node by node costs a script
   * object per node, several milliseconds on an ordinary page. If nothing can
   * be there, only the open shadow roots (which that string leaves out) are read.
   */
  async scanPage(root: Element, signal?: AbortSignal): Promise<void> {
    const start = performance.now();
    const text = probeText(root);
    if (text === undefined) {
      this.endSlice(start);
      return this.scan(root, signal);
    }
    const pending = this.matching.mayMention(text);
    this.endSlice(start);
    const mayMention = await pending;
    if (signal?.aborted) return;
    if (mayMention) return this.scan(root, signal);
    const hostsStart = performance.now();
    const shadowRoots = customElementShadowRoots(root);
    this.endSlice(hostsStart);
    for (const shadow of shadowRoots) {
      this.onShadowRoot?.(shadow);
      await this.scan(shadow, signal);
      if (signal?.aborted) return;
    }
  }

  /** Reads and paints everything under `root`, visible blocks first, in slices. */
  async scan(root: Node, signal?: AbortSignal): Promise<void> {
    const collector = new TextBlockCollector(root, this.onShadowRoot);
    let sliceStart = performance.now();
    const overBudget = () => performance.now() - sliceStart >= this.sliceMs;
    // Ends the current slice, yields to the page, and says whether to go on.
    const nextSlice = async (wait: () => Promise<void> = yieldToPage): Promise<boolean> => {
      this.endSlice(sliceStart);
      await wait();
      sliceStart = performance.now();
      return !signal?.aborted;
    };
    while (!collector.collect(overBudget)) if (!(await nextSlice())) return;
    let blocks = collector.blocks;
    this.stats.blocksRead += blocks.length;
    // Order matters only when there is more than one batch (most pages fit in one),
    // and only in a tab someone sees. Where the viewport is is read after the
    // browser's own next frame, never by forcing a layout of the whole page.
    // (Unsliced, as the benchmark times the work alone, there is no frame to wait for.)
    if (!fitsOneBatch(blocks) && document.visibilityState !== 'hidden') {
      if (this.sliceMs !== Number.POSITIVE_INFINITY && !(await nextSlice(afterNextFrame))) return;
      blocks = visibleFirst(blocks);
    }
    let first = true;
    for (const batch of batches(blocks)) {
      // The library's change to this batch is applied once the sample's matches of all its blocks are in place.
      let sampleDone = false;
      let libraryChange: LibraryChange | undefined;
      // Sending is main-thread work (the texts are copied), waiting for the matches is not.
      const pending = this.matching.find(
        batch.map((b) => b.text),
        (change) => {
          if (!sampleDone) libraryChange = change;
          else {
            const start = performance.now();
            this.applyLibrary(batch, change);
            this.endSlice(start);
          }
        },
      );
      this.endSlice(sliceStart);
      const found = await pending;
      if (signal?.aborted) return;
      sliceStart = performance.now();
      for (let i = 0; i < batch.length; i++) {
        this.replaceBlock(batch[i], found[i]);
        if (overBudget() && !(await nextSlice())) return;
      }
      sampleDone = true;
      if (libraryChange) this.applyLibrary(batch, libraryChange);
      // The first batch (small, what is in view) has its library part found at once; the rest once the page is painted.
      if (first) this.matching.painted?.();
      first = false;
    }
    this.reconcile();
    this.endSlice(sliceStart);
    this.matching.painted?.();
  }

  /** Seam for tests and the benchmark (see `ReadingDiagnostics`): main-thread time so far, slices, the longest, blocks read. */
  readonly stats = { busyMs: 0, slices: 0, longestSliceMs: 0, blocksRead: 0 };

  private endSlice(start: number): void {
    const ms = performance.now() - start;
    this.stats.busyMs += ms;
    this.stats.slices++;
    if (ms > this.stats.longestSliceMs) this.stats.longestSliceMs = ms;
  }

  /** Forgets blocks whose text has left the page, unpainting their matches. */
  dropDetached(): void {
    for (const [container, entry] of this.entries) {
      if (!container.isConnected || entry.block.nodes.some((n) => !n.isConnected)) this.removeEntry(container);
    }
  }

  /** Applies a new show filter to everything already found. */
  setFilter(filter: ShowFilter): void {
    this.filter = filter;
    this.reconcile();
  }

  clear(): void {
    for (const container of [...this.entries.keys()]) this.removeEntry(container);
  }

  /** How many matches are painted now: none on most pages, where hovering then costs nothing. */
  get paintedCount(): number {
    return this.painted;
  }

  /** The painted match under a caret position, the most specific first (a name over its passage). */
  matchAt(node: Node, offset: number): PaintedMatch | undefined {
    const { entry, flat } = this.locate(node, offset) ?? {};
    if (!entry || flat === undefined) return undefined;
    let best: PaintedMatch | undefined;
    for (const m of entry.matches) {
      if (!isPainted(m) || m.start > flat || m.end <= flat) continue;
      if (!best || m.end - m.start < best.end - best.start) best = m;
    }
    return best;
  }

  /** The passages and quotations found on the page (at most `limit`): they tell the background which story the page is of. */
  storyEvidence(limit: number): string[] {
    const ids = new Set<string>();
    for (const entry of this.entries.values()) {
      for (const m of entry.matches) if (m.inReader && (m.kind === 'passage' || m.kind === 'quote')) ids.add(m.id);
      if (ids.size >= limit) break;
    }
    return [...ids].slice(0, limit);
  }

  /** Painted matches in document order of blocks, then offsets: for keyboard navigation. */
  paintedMatches(): PaintedMatch[] {
    const out: PaintedMatch[] = [];
    const containers = [...this.entries.keys()].sort(documentOrder);
    for (const c of containers) {
      const shown = this.entries.get(c)!.matches.filter((m) => isPainted(m) && m.kind !== 'passage');
      // The library's matches come after the sample's in a block's list: put them in reading order.
      out.push(...shown.sort((a, b) => a.start - b.start));
    }
    return out;
  }

  /** The block text around a match (the whole block when it is short): the card request's proof that the page holds it. */
  contextOf(match: PaintedMatch, chars: number): string {
    const entry = this.entries.get(blockOf(match.range.startContainer));
    const text = entry?.matches.includes(match) ? entry.block.text : match.text;
    if (text.length <= chars) return text;
    const from = Math.max(0, Math.min(match.start - (chars >> 1), text.length - chars));
    return text.slice(from, from + chars);
  }

  status(labelOf: (m: PaintedMatch) => string): PageStatus {
    const counts: FoundCounts = emptyCounts();
    const items = new Map<string, FoundItem>();
    for (const entry of this.entries.values()) {
      for (const m of entry.matches) {
        if (!isPainted(m)) continue;
        counts[m.kind]++;
        const item = items.get(m.id);
        if (item) item.count++;
        else items.set(m.id, { id: m.id, kind: m.kind, label: labelOf(m), count: 1 });
      }
    }
    // Code-unit order for ties: the first `localeCompare` on a page loads the
    // browser's collation data, about 15 ms of main thread for a tie-break.
    return { counts, items: [...items.values()].sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)) };
  }

  private locate(node: Node, offset: number): { entry: BlockEntry; flat: number } | undefined {
    const entry = this.entries.get(blockOf(node));
    const i = entry ? entry.block.nodes.indexOf(node as Text) : -1;
    return entry && i >= 0 ? { entry, flat: entry.block.starts[i] + offset } : undefined;
  }

  private newMatch(block: TextBlock, c: Candidate, inSample: boolean): PaintedMatch {
    const start = pointAt(block, c.start);
    const end = pointAt(block, c.end, true);
    const range = new StaticRange({
      startContainer: start.node,
      startOffset: start.offset,
      endContainer: end.node,
      endOffset: end.offset,
    });
    // One literal of one shape (a spread made a slow object per match).
    return {
      start: c.start,
      end: c.end,
      kind: c.kind,
      id: c.id,
      label: c.label,
      weak: c.weak,
      otherSense: c.otherSense,
      generic: c.generic,
      text: block.text.slice(c.start, c.end),
      range,
      inSample,
      inReader: true,
      public: false,
      private: false,
      twin: undefined,
    };
  }

  private replaceBlock(block: TextBlock, candidates: Candidate[]): void {
    this.removeEntry(block.container);
    // Most blocks hold nothing: they share one empty list (less garbage on a page of 20,000 blocks).
    const matches: PaintedMatch[] = candidates.length === 0 ? NO_MATCHES : [];
    for (const c of candidates) {
      const match = this.newMatch(block, c, true);
      this.sample.count(match, 1);
      this.reader.count(match, 1);
      matches.push(match);
    }
    this.entries.set(block.container, { block, matches });
    for (const m of matches) this.syncPaint(m);
  }

  /**
   * The reader's library's change to the sample's matches of `blocks`: the
   * matches it drops leave the reader's view (the page's registry keeps them,
   * as the sample would), the ones it adds join it, painted privately.
   */
  private applyLibrary(blocks: readonly TextBlock[], change: LibraryChange): void {
    let changed = false;
    for (let i = 0; i < blocks.length; i++) {
      const added = change.added[i] ?? [];
      const dropped = change.dropped[i] ?? [];
      if (added.length === 0 && dropped.length === 0) continue;
      const entry = this.entries.get(blocks[i].container);
      // Read again since: this change is about text that is gone.
      if (!entry || entry.block !== blocks[i]) continue;
      const gone: PaintedMatch[] = [];
      for (const k of dropped) {
        const m = entry.matches[k];
        if (!m?.inSample || !m.inReader) continue;
        m.inReader = false;
        this.reader.count(m, -1);
        gone.push(m);
      }
      if (entry.matches === NO_MATCHES) entry.matches = [];
      for (const c of added) {
        const match = this.newMatch(blocks[i], c, false);
        match.twin = gone.find((g) => g.start === c.start && g.end === c.end && g.kind === c.kind);
        this.reader.count(match, 1);
        entry.matches.push(match);
      }
      changed = true;
    }
    // The reader's evidence changed page-wide: every match is weighed again.
    if (changed) {
      this.reconcile();
      this.onLibraryChange?.();
    }
  }

  private removeEntry(container: Node): void {
    const entry = this.entries.get(container);
    if (!entry) return;
    this.entries.delete(container);
    for (const m of entry.matches) {
      this.paint(m, false, false);
      if (m.inSample) this.sample.count(m, -1);
      if (m.inReader) this.reader.count(m, -1);
    }
  }

  /**
   * Applies the page-wide rules once a scan is done: weak matches follow their
   * entities' anchors, and an entity with an other-sense cue on the page is hidden.
   */
  reconcile(): void {
    for (const entry of this.entries.values()) for (const m of entry.matches) this.syncPaint(m);
  }

  /** Whether `m` is shown in a view with `evidence` (its kind and term not hidden by the reader's settings). */
  private shows(m: PaintedMatch, evidence: PageEvidence): boolean {
    return (
      !m.otherSense &&
      this.filter.isShown(m.kind, m.id) &&
      (!m.weak || evidence.anchors.has(m.id)) &&
      !meansOtherPlace(m.id, evidence.otherSenses, evidence.anchors) &&
      isWorthPainting(m.generic === true, evidence.isStoryPage(), this.filter.everyName === true)
    );
  }

  /**
   * Paints `m` publicly exactly when the sample alone would, so that the
   * page's registry never depends on the library; privately when the reader's
   * view shows it and the public paint (its own or its twin's) does not.
   */
  private syncPaint(m: PaintedMatch): void {
    const shownPublic = m.inSample && this.shows(m, this.sample);
    const shownPrivate = !shownPublic && m.inReader && this.shows(m, this.reader) && !m.twin?.public;
    this.paint(m, shownPublic, shownPrivate);
  }

  private paint(m: PaintedMatch, shownPublic: boolean, shownPrivate: boolean): void {
    const was = isPainted(m);
    if (shownPublic !== m.public) {
      if (shownPublic) this.registry.add(m.kind, m.range);
      else this.registry.delete(m.kind, m.range);
      m.public = shownPublic;
    }
    if (shownPrivate !== m.private) {
      if (shownPrivate) this.privatePaint.add(m);
      else this.privatePaint.delete(m);
      m.private = shownPrivate;
    }
    const now = isPainted(m);
    if (now !== was) this.painted += now ? 1 : -1;
  }
}

function increment(counts: Map<string, number>, id: string): void {
  counts.set(id, (counts.get(id) ?? 0) + 1);
}

function decrement(counts: Map<string, number>, id: string): void {
  const left = (counts.get(id) ?? 1) - 1;
  if (left > 0) counts.set(id, left);
  else counts.delete(id);
}

/** True when `batches` would send all of `blocks` in its first batch. */
function fitsOneBatch(blocks: TextBlock[]): boolean {
  return (batches(blocks).next().value?.length ?? 0) === blocks.length;
}

/** Blocks in batches under the `spot` message's limits, the first one small. */
export function* batches(blocks: TextBlock[]): Generator<TextBlock[]> {
  let batch: TextBlock[] = [];
  let chars = 0;
  let limit = FIRST_BATCH_CHARS;
  for (const block of blocks) {
    // A block longer than a whole batch is sent cut to the limit: its tail goes unread.
    const length = Math.min(block.text.length, SPOT_BATCH_CHARS);
    if (batch.length > 0 && (chars + length > limit || batch.length === SPOT_BATCH_TEXTS)) {
      yield batch;
      batch = [];
      chars = 0;
      limit = SPOT_BATCH_CHARS;
    }
    batch.push(length < block.text.length ? { ...block, text: block.text.slice(0, length) } : block);
    chars += length;
  }
  if (batch.length > 0) yield batch;
}

function documentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/**
 * Blocks from the first one in view to the end, then the ones above it. Finds the
 * first visible block by bisection: document order is nearly vertical order,
 * and a few rect reads cost far less than one per block.
 */
function visibleFirst(blocks: TextBlock[]): TextBlock[] {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const container = blocks[mid].container;
    const bottom = container instanceof Element ? container.getBoundingClientRect().bottom : Infinity;
    if (bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? blocks : [...blocks.slice(lo), ...blocks.slice(0, lo)];
}
