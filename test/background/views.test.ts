/**
 * The popover's cards and the side panel's views, built from the index of the
 * real seeds: the texts a reader will see.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cardFor, entityCard, passageCard, quoteCard } from '../../src/background/cards';
import { IndexLookup } from '../../src/background/index-lookup';
import { compareView, entityTimeline, pageStory, storiesView, storyNews, storyOfPage, storyView } from '../../src/background/panel-views';
import { buildIndexFromFolder } from '../../src/node/folder';
import { SEED, SEEDS_DIR, seedId } from '../seeds';

let lookup: IndexLookup;
beforeAll(() => {
  lookup = new IndexLookup(buildIndexFromFolder(SEEDS_DIR).index);
});

const nyt = seedId(SEED.nyt);
const pd = seedId(SEED.pd);
const wire = seedId(SEED.wire);

describe('entityCard', () => {
  it('gives one row per source that names Xi Jinping, earliest source first, each sentence marking him', () => {
    const card = entityCard(lookup, 'person:xi-jinping')!;
    expect(card.name).toBe('Xi Jinping');
    expect(card.sourceCount).toBeGreaterThanOrEqual(4);
    expect(card.totalSources).toBe(5);
    expect(card.rows[0].source.id).toBe(nyt);
    const dates = card.rows.map((r) => r.source.published ?? '9999');
    expect([...dates].sort()).toEqual(dates);
    for (const row of card.rows) {
      for (const s of row.sentences) {
        expect(s.marks.length).toBeGreaterThan(0);
        for (const [a, b] of s.marks) expect(s.text.slice(a, b)).toMatch(/Xi/);
      }
    }
  });

  it('says plainly where the sources disagree about Xi’s visit', () => {
    const card = entityCard(lookup, 'person:xi-jinping')!;
    const date = card.disagreements.find((d) => d.kind === 'date');
    expect(date?.summary).toMatch(/Thursday/);
    expect(date?.summary).toMatch(/Tuesday in People's Daily/);
  });

  it('puts the sentence that describes a person first', () => {
    const card = entityCard(lookup, 'person:susan-e-rice')!;
    expect(card.description?.text).toMatch(/national security adviser/);
    const nytRow = card.rows.find((r) => r.source.id === nyt)!;
    expect(nytRow.sentences[0].text).toContain(card.description!.text);
  });

  it('lists the articles of an outlet with the sources that reuse them, and what an author wrote', () => {
    const outlet = entityCard(lookup, 'organization:new-york-times')!;
    const nyt = lookup.index.sources.find((s) => s.outlet === 'The New York Times')!;
    expect(outlet.articles?.map((a) => [a.role, a.source.id])).toEqual([['outlet', nyt.id]]);
    const reusers = lookup.index.lineage.filter((l) => l.derivedFrom.some((d) => d.from === nyt.id)).map((l) => l.source);
    expect(reusers.length).toBeGreaterThan(0);
    expect(outlet.articles![0].reusedBy.map((s) => s.id).sort()).toEqual(reusers.sort());
    const author = entityCard(lookup, 'person:david-e-sanger')!;
    expect(author.articles).toEqual([expect.objectContaining({ role: 'author', source: expect.objectContaining({ id: nyt.id }) })]);
    expect(entityCard(lookup, 'person:xi-jinping')!.articles).toBeUndefined();
  });

  it('is undefined for an id the index does not hold', () => {
    expect(entityCard(lookup, 'person:nobody')).toBeUndefined();
    expect(cardFor(lookup, 'nothing-at-all')).toBeUndefined();
  });
});

describe('quoteCard', () => {
  it('names who carries a quotation and who does not', () => {
    const quote = lookup.index.quotes.find((q) => q.text.includes('probably be one of the biggest topics'))!;
    const card = quoteCard(lookup, quote.id)!;
    const carriers = card.carriers.map((c) => c.source.id);
    expect(carriers).toEqual(expect.arrayContaining([nyt, wire]));
    expect(card.missing.map((s) => s.id)).toContain(pd);
    for (const c of card.carriers) if (c.status === 'verbatim') expect(c.marks).toEqual([]);
  });
});

describe('passageCard', () => {
  it('marks Thursday in the versions that differ from a page that says Tuesday', () => {
    const alignment = lookup.index.discrepancies.find((d) => d.kind === 'date')!.alignment;
    const pageText =
      "China and the US have been negotiating with urgency in recent weeks with the goal of announcing the agreement before Chinese President Xi Jinping's State visit on Tuesday";
    const card = passageCard(lookup, alignment, pageText)!;
    const nytVersion = card.versions.find((v) => v.source.id === nyt)!;
    const marked = nytVersion.marks.map(([a, b]) => nytVersion.text.slice(a, b)).join(' ');
    expect(marked).toMatch(/Thursday/);
    const pdVersion = card.versions.find((v) => v.source.id === pd)!;
    const pdMarked = pdVersion.marks.map(([a, b]) => pdVersion.text.slice(a, b)).join(' ');
    expect(pdMarked).not.toMatch(/Tuesday/);
    expect(card.disagreements.map((d) => d.kind)).toContain('date');
  });
});

describe('compareView', () => {
  it('sets the sources side by side for a person, one cell per source, and names those that never mention him', () => {
    const view = compareView(lookup, 'person:xi-jinping')!;
    expect(view.sources).toHaveLength(5);
    for (const row of view.rows) expect(row.cells).toHaveLength(5);
    const aligned = view.rows.filter((r) => r.cells.filter(Boolean).length >= 3);
    expect(aligned.length).toBeGreaterThan(0);
    const mentioned = new Set(view.rows.flatMap((r) => r.cells.map((c, i) => (c && c.mentions.length ? view.sources[i].id : null))).filter(Boolean));
    expect(view.notMentioned.every((id) => !mentioned.has(id))).toBe(true);
    // The date row marks the changed weekday.
    const dateRow = view.rows.find((r) => r.disagreements.some((d) => d.kind === 'date'))!;
    const pdCell = dateRow.cells[view.sources.findIndex((s) => s.id === pd)]!;
    expect(pdCell.changed.map(([a, b]) => pdCell.text.slice(a, b)).join(' ')).toMatch(/Tuesday/);
  });

  it('is undefined for an unknown id', () => {
    expect(compareView(lookup, 'topic:nothing')).toBeUndefined();
  });
});

describe('storyView', () => {
  it('lists the sources with their lineage, the coverage table and the discrepancies', () => {
    const story = storyView(lookup)!;
    expect(story.sources.map((s) => s.id)).toHaveLength(5);
    const wireSource = story.sources.find((s) => s.id === wire)!;
    expect(wireSource.derivedFrom.map((d) => d.source)).toContain(nyt);
    expect(story.coverage.length).toBeGreaterThan(5);
    for (const row of story.coverage) expect(row.counts).toHaveLength(5);
    const kinds = story.discrepancies.map((d) => d.kind);
    expect(kinds).toEqual(expect.arrayContaining(['negation', 'date']));
    const negation = story.discrepancies.find((d) => d.kind === 'negation')!;
    expect(negation.variants.length).toBeGreaterThanOrEqual(2);
    expect(lookup.alignments.has(negation.compareId)).toBe(true);
  });
});

describe('storiesView and the timeline', () => {
  it('lists the seed story with its sources by date, the first publisher, reuse and the changes', () => {
    const view = storiesView(lookup);
    expect(view.others).toEqual([]);
    const story = view.main!;
    expect(story.title).toBe('U.S. and China Seek Arms Deal for Cyberspace');
    const dated = story.timeline.map((e) => e.source.published).filter(Boolean) as string[];
    expect(dated).toEqual([...dated].sort());
    expect(story.timeline.filter((e) => e.first).map((e) => e.source.id)).toEqual([nyt]);
    expect(story.timeline.find((e) => e.source.id === nyt)!.reusedBy.map((r) => r.source)).toContain(wire);
    const changes = story.timeline.flatMap((e) => e.changes.map((c) => c.id));
    expect(changes.sort()).toEqual(story.discrepancies.map((d) => d.id).sort());
    expect(story.names.map((n) => n.name)).toContain('Xi Jinping');
  });

  it("puts the page's story first when the page holds its passages", () => {
    const alignment = lookup.index.alignments[0].id;
    const story = pageStory(lookup, [alignment]);
    expect(story).toBe(lookup.index.stories[0].id);
    expect(storiesView(lookup, story).current).toBe(story);
    expect(pageStory(lookup, ['topic:nothing'])).toBeUndefined();
  });
});

describe('entity cards across stories', () => {
  it('group each source under its story, the story with most sources naming the entity first', async () => {
    const { buildIndex } = await import('../../src/index/builder');
    const { seedEditorial, seedFiles } = await import('../seeds');
    const stories = JSON.stringify({
      corrections: [
        { op: 'move', source: pd, to: 'new' },
        { op: 'rename', story: pd, title: 'The Beijing view' },
      ],
    });
    const split = new IndexLookup(buildIndex(seedFiles(), { editorial: seedEditorial(), stories }).index);
    const card = entityCard(split, 'person:xi-jinping')!;
    const titles = card.rows.map((r) => r.story?.title);
    expect(titles.at(-1)).toBe('The Beijing view');
    expect(titles.slice(0, -1).every((t) => t === 'U.S. and China Seek Arms Deal for Cyberspace')).toBe(true);
    // Still every source that names him, each once.
    expect(card.rows.map((r) => r.source.id).sort()).toEqual(
      entityCard(lookup, 'person:xi-jinping')!
        .rows.map((r) => r.source.id)
        .sort(),
    );
  });

  describe('on the page of a story', () => {
    let split: IndexLookup;
    const beijing = () => split.index.stories.find((s) => s.sources.includes(pd))!.id;
    beforeAll(async () => {
      const { buildIndex } = await import('../../src/index/builder');
      const { seedEditorial, seedFiles } = await import('../seeds');
      const stories = JSON.stringify({
        corrections: [
          { op: 'move', source: pd, to: 'new' },
          { op: 'rename', story: pd, title: 'The Beijing view' },
        ],
      });
      const index = buildIndex(seedFiles(), { editorial: seedEditorial(), stories }).index;
      split = new IndexLookup({ ...index, sources: index.sources.map((s) => (s.id === pd ? { ...s, url: 'https://en.people.cn/n/cyber.html' } : s)) });
    });

    it.each([
      ['the address of a saved article', 'https://en.people.cn/n/cyber.html#comments', () => []],
      ['a sentence of an article found on the page', 'https://elsewhere.example/x', () => [split.index.sentences.find((s) => s.source === pd)!.id]],
    ])('%s says the page is of that story', (_, url, ids) => {
      expect(storyOfPage(split, url, ids())).toBe(beijing());
    });

    it('an address and passages of no story say nothing', () => {
      expect(storyOfPage(split, 'https://elsewhere.example/x', ['topic:nothing'])).toBeUndefined();
      expect(storyOfPage(split, undefined)).toBeUndefined();
    });

    it("an entity card lists the page's story first, however few of its sources name the entity", () => {
      const titles = (pageStory?: string) => entityCard(split, 'person:xi-jinping', pageStory)!.rows.map((r) => r.story?.title);
      expect(titles()[0]).toBe('U.S. and China Seek Arms Deal for Cyberspace');
      const first = titles(beijing());
      expect(first[0]).toBe('The Beijing view');
      expect(first.slice(1).every((t) => t === 'U.S. and China Seek Arms Deal for Cyberspace')).toBe(true);
      expect([...first].sort()).toEqual([...titles()].sort());
    });

    it("an entity's timeline runs across stories by date: the first to name him, what each said, reuse and changes", () => {
      const xi = split.entities.get('person:xi-jinping')!;
      const timeline = entityTimeline(split, xi);
      expect(timeline.map((e) => e.source.id).sort()).toEqual([...new Set(xi.mentions.map((m) => m.source))].sort());
      const dated = timeline.map((e) => e.source.published).filter(Boolean) as string[];
      expect(dated).toEqual([...dated].sort());
      expect(timeline.filter((e) => e.first).map((e) => e.source.id)).toEqual([nyt]);
      expect(new Set(timeline.map((e) => e.story?.title))).toEqual(new Set(['U.S. and China Seek Arms Deal for Cyberspace', 'The Beijing view']));
      for (const e of timeline) {
        expect(e.said.marks.length).toBeGreaterThan(0);
        for (const [a, b] of e.said.marks) expect(xi.aliases.concat(xi.name).some((n) => e.said.text.slice(a, b).includes(n.split(' ').at(-1)!))).toBe(true);
        expect(e.mentions).toBe(xi.mentions.filter((m) => m.source === e.source.id).length);
      }
      expect(timeline.find((e) => e.source.id === nyt)!.reusedBy.map((r) => r.source)).toContain(wire);
      // Every change listed is one in a sentence naming him, under a later source than the first.
      const changes = timeline.flatMap((e, i) => e.changes.map((c) => ({ ...c, at: i })));
      expect(changes.every((c) => c.at > 0)).toBe(true);
      expect(changes.map((c) => c.id).sort()).toEqual(
        split
          .discrepanciesFor(xi.mentions.map((m) => m.sentence))
          .map((d) => d.id)
          .sort(),
      );
    });

    it('compareView of an entity carries its timeline; of a quotation, none', () => {
      expect(compareView(split, 'person:xi-jinping')!.timeline!.length).toBeGreaterThan(1);
      expect(compareView(split, split.index.quotes[0].id)!.timeline).toBeUndefined();
    });
  });
});

describe('which article a row is', () => {
  it('names each row by outlet, title and address, and marks the reader’s page', async () => {
    const { cardFor, sourceLabel } = await import('../../src/background/cards');
    const { sourceOfPage } = await import('../../src/background/page-source');
    const nytSource = lookup.sources.get(nyt)!;
    expect(sourceOfPage(lookup, nytSource.url + '#part-2')).toBe(nyt);
    expect(sourceOfPage(lookup, `chrome-extension://abc/sample.html?source=${pd}`, true)).toBe(pd);
    expect(sourceOfPage(lookup, `https://example.org/sample.html?source=${pd}`)).toBeUndefined();
    const card = cardFor(lookup, 'person:susan-e-rice', undefined, undefined, nyt)!;
    expect(card.type).toBe('entity');
    if (card.type !== 'entity') return;
    const row = card.rows.find((r) => r.source.id === nyt)!;
    expect(row.source).toMatchObject({
      outlet: 'The New York Times',
      title: 'U.S. and China Seek Arms Deal for Cyberspace',
      url: nytSource.url,
      thisPage: true,
    });
    expect(card.rows.filter((r) => r.source.thisPage)).toHaveLength(1);
    expect(card.description?.source.thisPage).toBe(true);
    // An article that named no outlet is known by the site of its address.
    const unknown = { ...nytSource, outlet: 'Unknown outlet', shortName: 'Unknown outlet', url: 'https://www.example-blog.org/2015/09/deal/' };
    expect(sourceLabel(unknown)).toMatchObject({ outlet: 'example-blog.org', shortName: 'example-blog.org' });
    expect(sourceLabel({ ...unknown, originalOutlet: 'Reuters' }).repostOf).toBe('Reuters');
  });
});

describe('storyNews', () => {
  it('marks what an article added since the last visit brings: itself, the names only it holds, the discrepancies it takes part in', () => {
    const story = storyView(lookup)!;
    expect(storyNews(lookup, story, [], '2024-01-01T00:00:00.000Z')).toBeUndefined();
    const news = storyNews(lookup, story, [pd], '2024-01-01T00:00:00.000Z')!;
    expect(news.since).toBe('2024-01-01T00:00:00.000Z');
    expect(news.sources).toEqual([pd]);
    const members = new Set(story.sources.map((s) => s.id));
    const onlyPd = [...lookup.entities.values()]
      .filter((e) => e.kind !== 'topic')
      .filter((e) => {
        const inStory = e.mentions.filter((m) => members.has(m.source));
        return inStory.length > 0 && inStory.every((m) => m.source === pd);
      })
      .map((e) => e.id);
    expect(onlyPd.length).toBeGreaterThan(0);
    expect(news.names.map((n) => n.id).sort()).toEqual(onlyPd.slice(0, 20).sort());
    expect(news.names.map((n) => n.id)).not.toContain('person:xi-jinping');
    // People's Daily's "Tuesday" is its own; a discrepancy between other sources alone is not.
    const byId = new Map(story.discrepancies.map((d) => [d.id, d]));
    expect(news.discrepancies.map((id) => byId.get(id)!.kind)).toContain('date');
    expect(news.discrepancies.every((id) => byId.get(id)!.variants.some((v) => v.source.id === pd))).toBe(true);
    const others = story.discrepancies.filter((d) => !d.variants.some((v) => v.source.id === pd));
    expect(others.length).toBeGreaterThan(0);
    expect(others.some((d) => news.discrepancies.includes(d.id))).toBe(false);
    // An article of another story brings nothing to this one.
    expect(storyNews(lookup, story, ['src-elsewhere'], '2024-01-01T00:00:00.000Z')).toBeUndefined();
  });
});

describe('storyNews, names', () => {
  it('does not call new a name the story knew by another form (a surname, a middle initial left out, an alias)', () => {
    const story = storyView(lookup)!;
    const mention = { source: pd, sentence: `${pd}:p0:s0`, start: 0, end: 5 };
    const extra = [
      { id: 'person:obama-lib', name: 'Obama', kind: 'person' as const, aliases: ['Obama'], mentions: [mention] },
      { id: 'person:vollenweider', name: 'Margarethe Vollenweider', kind: 'person' as const, aliases: ['Margarethe Vollenweider'], mentions: [mention] },
    ];
    const withExtra = new IndexLookup({ ...lookup.index, entities: [...lookup.index.entities, ...extra] });
    const names = storyNews(withExtra, story, [pd], '2024-01-01T00:00:00.000Z')!.names.map((n) => n.name);
    expect(names).toContain('Margarethe Vollenweider');
    expect(names).not.toContain('Obama');
  });
});
