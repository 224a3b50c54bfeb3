// @vitest-environment happy-dom
/**
 * The spotter keeps two views of a page's matches: the public sample's, which
 * alone decides what goes into the page's highlight registry, and the
 * reader's, with what their library changes, painted privately. Each case:
 * a page, the sample's answer, the library's change, and what each paint shows.
 */
import { describe, expect, it } from 'vitest';
import type { Candidate, SpotKind } from '../../src/contracts/messages';
import type { HighlightRegistry } from '../../src/page/highlight-registry';
import { Spotter, type LibraryChange, type PageMatching, type PaintedMatch } from '../../src/page/spotter';

// happy-dom has no StaticRange: the spotter reads only its four fields.
if (typeof StaticRange === 'undefined') {
  (globalThis as unknown as { StaticRange: unknown }).StaticRange = class {
    constructor(init: StaticRangeInit) {
      Object.assign(this, init);
    }
  };
}

const hit = (text: string, words: string, id: string, kind: SpotKind, more: Partial<Candidate> = {}): Candidate => {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in "${text}"`);
  return { start, end: start + words.length, kind, id, label: undefined, weak: false, otherSense: false, generic: false, ...more };
};

interface Page {
  /** The texts of the ranges in the page's registry, and in the private paint. */
  registry: string[];
  privately: string[];
  spotter: Spotter;
  /** How many ranges the page's registry held each time the spotter said the sample's matches were painted (with a library part to find). */
  registryAtPainted: number[];
}

/**
 * Reads `paragraphs` with a matcher that answers the sample's `sample(text)`
 * and, `early` before or else after the sample's answer is applied, the
 * library's `library(text, sampleHits)`.
 */
async function read(
  paragraphs: string[],
  sample: (text: string) => Candidate[],
  library?: (text: string, sampleHits: Candidate[]) => { added: Candidate[]; dropped: number[] },
  early = false,
): Promise<Page> {
  document.body.innerHTML = paragraphs.map((p) => `<p>${p}</p>`).join('');
  const registry = new Set<AbstractRange>();
  const privately = new Set<PaintedMatch>();
  const unpainted: (() => void)[] = [];
  const registryAtPainted: number[] = [];
  const textOf = (r: AbstractRange) => {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range.toString();
  };
  const matching: PageMatching = {
    async find(texts, onLibrary) {
      const found = texts.map(sample);
      if (library) {
        const change: LibraryChange = { added: [], dropped: [] };
        texts.forEach((text, i) => {
          const { added, dropped } = library(text, found[i]);
          change.added.push(added);
          change.dropped.push(dropped);
        });
        // As the background does: the library's part is found once the page says the sample's is painted.
        if (early) onLibrary(change);
        else unpainted.push(() => onLibrary(change));
      }
      return found;
    },
    painted() {
      if (unpainted.length === 0) return;
      registryAtPainted.push(registry.size);
      for (const send of unpainted.splice(0)) setTimeout(send, 0);
    },
    mayMention: async () => true,
  };
  const fakeRegistry = {
    add: (_kind: SpotKind, range: AbstractRange) => registry.add(range),
    delete: (_kind: SpotKind, range: AbstractRange) => registry.delete(range),
  } as unknown as HighlightRegistry;
  const spotter = new Spotter(matching, fakeRegistry, undefined, Number.POSITIVE_INFINITY, {
    add: (m) => privately.add(m),
    delete: (m) => privately.delete(m),
  });
  await spotter.scanPage(document.body);
  await new Promise((r) => setTimeout(r, 10));
  return {
    spotter,
    registryAtPainted,
    get registry() {
      return [...registry].map(textOf).sort();
    },
    get privately() {
      return [...privately].map((m) => m.text).sort();
    },
  };
}

const P1 = 'Reports say Margarethe Vollenweider met Susan E. Rice in Geneva.';
const P2 = 'China and the US talked for hours.';

describe('the public and the private paint', () => {
  it('paints a name only the library gives privately, and a sample name publicly', async () => {
    const page = await read(
      [P1],
      (t) => [hit(t, 'Susan E. Rice', 'person:rice', 'person')],
      (t) => ({ added: [hit(t, 'Margarethe Vollenweider', 'person:vollenweider', 'person')], dropped: [] }),
    );
    expect(page.registry).toEqual(['Susan E. Rice']);
    expect(page.privately).toEqual(['Margarethe Vollenweider']);
    // Both are the reader's to hover and to step through.
    expect(page.spotter.paintedMatches().map((m) => m.text)).toEqual(['Margarethe Vollenweider', 'Susan E. Rice']);
    expect(page.spotter.paintedCount).toBe(2);
  });

  it("asks for the library's part once the sample's matches are painted, and paints it then", async () => {
    const page = await read(
      [P1, P2],
      (t) => (t === P1 ? [hit(t, 'Susan E. Rice', 'person:rice', 'person')] : [hit(t, 'China', 'place:china', 'place')]),
      (t) => (t === P1 ? { added: [hit(t, 'Margarethe Vollenweider', 'person:vollenweider', 'person')], dropped: [] } : { added: [], dropped: [] }),
    );
    // Once, after the scan: both of the sample's marks were in the registry by then.
    expect(page.registryAtPainted).toEqual([2]);
    expect(page.privately).toEqual(['Margarethe Vollenweider']);
  });

  it("on a long page, asks for the first batch's library part once that batch is painted, and the rest's once the page is", async () => {
    // Three paragraphs of 20,000 characters: the first batch (at most 32 KB) holds one, the second the other two.
    const long = (words: string) => `${words} `.padEnd(20_000, '·');
    const paragraphs = [long(P1), long(P2), long(`Again: ${P1}`)];
    const page = await read(
      paragraphs,
      (t) => (t.includes('Susan') ? [hit(t, 'Susan E. Rice', 'person:rice', 'person')] : []),
      (t) =>
        t.includes('Vollenweider') ? { added: [hit(t, 'Margarethe Vollenweider', 'person:vollenweider', 'person')], dropped: [] } : { added: [], dropped: [] },
    );
    expect(page.registryAtPainted).toEqual([1, 2]);
    expect(page.privately).toEqual(['Margarethe Vollenweider', 'Margarethe Vollenweider']);
  });

  it('with no library, everything the sample finds is public and nothing private', async () => {
    const page = await read([P1], (t) => [hit(t, 'Susan E. Rice', 'person:rice', 'person')]);
    expect(page.registry).toEqual(['Susan E. Rice']);
    expect(page.privately).toEqual([]);
  });

  it('paints common names privately when only the library makes the page one of a story', async () => {
    const generic = (t: string) => [hit(t, 'China', 'place:china', 'place', { generic: true }), hit(t, 'US', 'place:us', 'place', { generic: true })];
    const page = await read(
      [P2, P1],
      (t) => (t === P2 ? generic(t) : []),
      (t) =>
        t === P1
          ? { added: [hit(t, 'Margarethe Vollenweider', 'person:vollenweider', 'person'), hit(t, 'Susan E. Rice', 'person:rice', 'person')], dropped: [] }
          : { added: [], dropped: [] },
    );
    // The sample alone sees a page of no story: the registry holds no common name, whatever the library says.
    expect(page.registry).toEqual([]);
    expect(page.privately).toEqual(['China', 'Margarethe Vollenweider', 'Susan E. Rice', 'US']);
  });

  it('paints a weak alias privately when its only strong mention comes from the library', async () => {
    const text = 'Vollenweider spoke. Later Margarethe Vollenweider left.';
    const page = await read(
      [text],
      (t) => [hit(t, 'Vollenweider', 'person:vollenweider', 'person', { weak: true })],
      (t) => ({ added: [hit(t, 'Margarethe Vollenweider', 'person:vollenweider', 'person')], dropped: [] }),
    );
    expect(page.registry).toEqual([]);
    expect(page.privately).toEqual(['Margarethe Vollenweider', 'Vollenweider']);
  });

  it('keeps a sample hit public that the library replaces with other flags, and paints the words once', async () => {
    const page = await read(
      [P2, P1],
      (t) => (t === P2 ? [hit(t, 'China', 'place:china', 'place')] : [hit(t, 'Susan E. Rice', 'person:rice', 'person')]),
      (t, sample) => (t === P2 ? { added: [{ ...sample[0], generic: true }], dropped: [0] } : { added: [], dropped: [] }),
    );
    expect(page.registry).toEqual(['China', 'Susan E. Rice']);
    expect(page.privately).toEqual([]);
    expect(page.spotter.paintedMatches().map((m) => m.text)).toEqual(['China', 'Susan E. Rice']);
  });

  it('takes a library change that comes before the sample’s answer is in place', async () => {
    const page = await read(
      [P1, P2],
      (t) => (t === P1 ? [hit(t, 'Susan E. Rice', 'person:rice', 'person')] : []),
      (t) => (t === P1 ? { added: [hit(t, 'Margarethe Vollenweider', 'person:vollenweider', 'person')], dropped: [] } : { added: [], dropped: [] }),
      true,
    );
    expect(page.registry).toEqual(['Susan E. Rice']);
    expect(page.privately).toEqual(['Margarethe Vollenweider']);
  });

  it('unpaints both when the text goes, and the settings hide the library’s marks as they hide the sample’s', async () => {
    const page = await read(
      [P1],
      (t) => [hit(t, 'Susan E. Rice', 'person:rice', 'person')],
      (t) => ({ added: [hit(t, 'Margarethe Vollenweider', 'person:vollenweider', 'person')], dropped: [] }),
    );
    page.spotter.setFilter({ isShown: (_kind, id) => id !== 'person:vollenweider' });
    expect(page.privately).toEqual([]);
    page.spotter.setFilter({ isShown: () => true });
    expect(page.privately).toEqual(['Margarethe Vollenweider']);
    document.body.innerHTML = '';
    page.spotter.dropDetached();
    expect(page.registry).toEqual([]);
    expect(page.privately).toEqual([]);
    expect(page.spotter.paintedCount).toBe(0);
  });
});
