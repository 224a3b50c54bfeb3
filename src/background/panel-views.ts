/**
 * The side panel's Compare and Story views, built from the full index. Pure,
 * unit-tested in Node.
 */
import {
  MAX_LINE_OUTLETS,
  type CompareRow,
  type CompareView,
  type EntityTimelineEntry,
  type Span,
  type StoriesView,
  type StoryLine,
  type StoryNews,
  type StoryView,
  type TimelineEntry,
} from '../contracts/cards';
import { clearsBar, type Discrepancy, type Entity, type Source, type Story } from '../contracts/schema';
import { passageCard, passageSentences, sourceLabel } from './cards';
import { compareRow } from './compare-rows';
import { byConfidence, changedSpans, disagreementOf } from './disagreements';
import type { IndexLookup } from './index-lookup';
import { sourceOfPage } from './page-source';
import { quoteAcrossStory } from './story-quotes';

function spansOf(text: string, needle: string): Span[] {
  if (!needle) return [];
  const i = text.indexOf(needle);
  return i >= 0 ? [[i, i + needle.length]] : [];
}

/** Rows of cells, one per source of `order`, each marked against the row's chosen version (`compare-rows.ts`). */
function rowsFromSentenceGroups(lookup: IndexLookup, order: string[], groups: string[][], mentionsOf: (sentenceId: string) => Span[]): CompareRow[] {
  return groups.map((ids) => {
    const discrepancies = lookup.discrepanciesFor(ids);
    const row = compareRow(lookup, order, ids, mentionsOf, discrepancies);
    return {
      ...row,
      alignment: ids.length > 1 ? lookup.alignmentOf.get(ids[0])?.id : undefined,
      disagreements: byConfidence(discrepancies).map((d) => disagreementOf(d, (id) => lookup.sources.get(id)?.shortName ?? id, true)),
    };
  });
}

/**
 * Groups sentences so that aligned ones share a row, and brings in the aligned
 * sentences of other sources even where they do not name the item (they make
 * the same statement).
 */
function groupByAlignment(lookup: IndexLookup, sentenceIds: string[]): string[][] {
  const groups: string[][] = [];
  const placed = new Set<string>();
  for (const id of sentenceIds) {
    if (placed.has(id)) continue;
    const alignment = lookup.alignmentOf.get(id);
    const group = alignment ? alignment.sentences : [id];
    for (const s of group) placed.add(s);
    groups.push(group);
  }
  return groups;
}

/**
 * The side panel's comparison of one item: a row per statement, a cell per
 * source of the stories holding the item that has one (in a library of
 * thousands, the articles of other stories neither name nor miss it), the
 * most telling statements where there are many (`statements`).
 */
export function compareView(lookup: IndexLookup, id: string): CompareView | undefined {
  const entity = lookup.entities.get(id);
  if (entity) {
    const mentionSpans = new Map<string, Span[]>();
    for (const m of entity.mentions) {
      const list = mentionSpans.get(m.sentence) ?? [];
      list.push([m.start, m.end]);
      mentionSpans.set(m.sentence, list);
    }
    const named = new Set(entity.mentions.map((m) => m.source));
    const ordered = [...mentionSpans.keys()].sort((a, b) => sentenceOrder(lookup, a) - sentenceOrder(lookup, b));
    const timeline = entityTimeline(lookup, entity);
    return {
      id,
      name: entity.name,
      kind: entity.kind,
      ...statements(lookup, lookup.sourcesAround(named), named, groupByAlignment(lookup, ordered), (s) => mentionSpans.get(s) ?? []),
      timeline: timeline.slice(0, MAX_TIMELINE),
      ...(timeline.length > MAX_TIMELINE ? { timelineMore: timeline.length - MAX_TIMELINE } : {}),
    };
  }
  const found = lookup.quotes.get(id);
  if (found) {
    const quote = quoteAcrossStory(lookup, found);
    const ids = quote.carriers.map((c) => c.sentence);
    const carrying = new Set(quote.carriers.map((c) => c.source));
    const textOf = new Map(quote.carriers.map((c) => [c.sentence, c.text]));
    return {
      id,
      name: `“${quote.text}”`,
      kind: 'quote',
      ...statements(lookup, lookup.sourcesAround(carrying), carrying, groupByAlignment(lookup, ids), (s) =>
        spansOf(lookup.sentences.get(s)!.text, textOf.get(s) ?? ''),
      ),
    };
  }
  const passage = passageCard(lookup, id);
  if (!passage) return undefined;
  const ids = passageSentences(lookup, id);
  const present = new Set(passage.versions.map((v) => v.source.id));
  const view = statements(lookup, lookup.sourcesAround(present), present, [ids], () => []);
  const row = view.rows[0];
  return {
    id,
    // The heading is the version the others are marked against, whole (two sentences where it has two).
    name: row.cells[view.sources.findIndex((s) => s.id === row.reference)]?.text ?? passage.versions[0].text,
    kind: 'passage',
    ...view,
  };
}

/** Most statements a comparison lists: those where the sources disagree, then those most sources make (the rest counted). */
export const MAX_STATEMENTS = 40;
/** Most sources a comparison names as not mentioning the item, and most entries of an entity's timeline (the earliest). */
export const MAX_NOT_MENTIONED = 30;
export const MAX_TIMELINE = 40;

/**
 * A comparison's statements and sources: of the sentence groups, the most
 * telling (disagreements, then sources) in reading order, a cell per source
 * that has one in them or is named as not mentioning the item (`around`
 * those of its stories, `naming` those that mention it). Bounded, so an item
 * named across a library of thousands compares in a reply of the same size.
 */
function statements(
  lookup: IndexLookup,
  around: readonly Source[],
  naming: ReadonlySet<string>,
  groups: string[][],
  mentionsOf: (sentenceId: string) => Span[],
): Pick<CompareView, 'sources' | 'notMentioned' | 'rows' | 'moreStatements' | 'notMentionedMore'> {
  const weight = (ids: string[]) => lookup.discrepanciesFor(ids).length * 100 + new Set(ids.map((s) => lookup.sentences.get(s)?.source)).size;
  const kept = new Set(
    groups
      .map((ids, i) => ({ ids, i, w: weight(ids) }))
      .sort((a, b) => b.w - a.w || a.i - b.i)
      .slice(0, MAX_STATEMENTS)
      .map((g) => g.i),
  );
  const shown = groups.filter((_, i) => kept.has(i));
  const missing = around.filter((s) => !naming.has(s.id));
  const listedMissing = new Set(missing.slice(0, MAX_NOT_MENTIONED).map((s) => s.id));
  const wide = rowsFromSentenceGroups(
    lookup,
    around.map((s) => s.id),
    shown,
    mentionsOf,
  );
  // A column for each source with a cell shown or named as not mentioning the item.
  const columns = around.flatMap((s, j) => (listedMissing.has(s.id) || wide.some((row) => row.cells[j]) ? [j] : []));
  return {
    sources: columns.map((j) => sourceLabel(around[j])),
    notMentioned: [...listedMissing],
    rows: wide.map((row) => ({ ...row, cells: columns.map((j) => row.cells[j]) })),
    ...(groups.length > shown.length ? { moreStatements: groups.length - shown.length } : {}),
    ...(missing.length > listedMissing.size ? { notMentionedMore: missing.length - listedMissing.size } : {}),
  };
}

/** The story holding a source, by id and title. */
function storyTitle(lookup: IndexLookup, sourceId: string): { id: string; title: string } | undefined {
  const story = lookup.storyOf.get(sourceId);
  return story && { id: story.id, title: story.title };
}

function sentenceOrder(lookup: IndexLookup, id: string): number {
  const s = lookup.sentences.get(id)!;
  return lookup.dateRank(s.source) * 1e6 + s.start;
}

/** Entities and topics named by the most sources, most-named first. */
const COVERAGE_ROWS = 14;

/**
 * The current page's story in full (else the first), every other one line, in
 * index order: a library of thousands of stories is listed without making
 * every story's view (the reader opens one at a time: `storyView`).
 */
export function storiesView(lookup: IndexLookup, current?: string): StoriesView {
  const known = current && lookup.storiesById.has(current) ? current : undefined;
  const main = storyView(lookup, known);
  const others = lookup.index.stories.filter((s) => s.id !== main?.id).map((s) => storyLine(lookup, s));
  return { ...(main ? { main } : {}), others, ...(known ? { current: known } : {}) };
}

/** A story's line: title, dates, how many sources and which outlets. */
export function storyLine(lookup: IndexLookup, story: Story): StoryLine {
  const outlets = [
    ...new Set(
      story.sources
        .map((id) => lookup.sources.get(id))
        .filter((s): s is Source => s !== undefined)
        .sort((a, b) => lookup.dateRank(a.id) - lookup.dateRank(b.id))
        .map((s) => sourceLabel(s).shortName),
    ),
  ];
  return {
    id: story.id,
    title: story.title,
    ...(story.start ? { start: story.start } : {}),
    ...(story.end ? { end: story.end } : {}),
    sources: story.sources.length,
    outlets: outlets.slice(0, MAX_LINE_OUTLETS),
    outletCount: outlets.length,
  };
}

/**
 * Most articles a story's view shows in its timeline, sources and coverage:
 * the earliest half and the latest half, the rest counted between them. A
 * story of a year's coverage, or of thousands of articles, is then a view of
 * the same size (one of 6,879 was a reply of 50 MB).
 */
export const MAX_STORY_SOURCES = 40;
/** Most discrepancies a story's view lists (those that clear the bar first), and most versions of each. */
export const MAX_STORY_DISCREPANCIES = 60;
export const MAX_STORY_VARIANTS = 20;

/** The places in `count` sources by date a story's view shows: all, or the earliest and the latest half of `MAX_STORY_SOURCES`. */
function shownPlaces(count: number): (i: number) => boolean {
  if (count <= MAX_STORY_SOURCES) return () => true;
  const half = MAX_STORY_SOURCES / 2;
  return (i) => i < half || i >= count - half;
}

/** One story's sources, timeline, coverage and discrepancies (bounded: see `MAX_STORY_SOURCES`); the first story when no id is given. */
export function storyView(lookup: IndexLookup, id?: string): StoryView | undefined {
  const { index } = lookup;
  const story = id ? lookup.storiesById.get(id) : index.stories[0];
  if (!story) return undefined;
  // Each part read from what the lookup holds per source and per story, not from the whole index once per story.
  const sources = story.sources
    .map((s) => lookup.sources.get(s))
    .filter((s): s is Source => s !== undefined)
    .sort((a, b) => lookup.dateRank(a.id) - lookup.dateRank(b.id));
  const shown = shownPlaces(sources.length);
  const shownSources = sources.filter((_, i) => shown(i));
  const labels = new Map(sources.map((s) => [s.id, sourceLabel(s)]));
  const discrepancies = byConfidence(lookup.discrepanciesOfStory(story.id));
  const listed = discrepancies.slice(0, MAX_STORY_DISCREPANCIES);
  const derived = (s: string) =>
    (lookup.derivedFrom(s) ?? []).map((l) => ({ source: l.from, shortName: labels.get(l.from)?.shortName ?? l.from, share: l.share }));
  const barred = discrepancies.filter(clearsBar);
  return {
    id: story.id,
    title: story.title,
    start: story.start,
    end: story.end,
    names: [...story.people, ...story.organizations, ...story.places]
      .map((e) => lookup.entities.get(e))
      .filter((e): e is NonNullable<typeof e> => e !== undefined)
      .map((e) => ({ id: e.id, name: e.name, kind: e.kind })),
    related: story.related.map((r) => ({ id: r, title: lookup.storiesById.get(r)?.title ?? r })),
    // The timeline tells the changes a reader should notice: the minor differences stay in their list.
    timeline: timeline(sources, derived, barred).filter((_, i) => shown(i)),
    sources: shownSources.map((s) => ({ ...labels.get(s.id)!, title: s.title, byline: s.byline, words: s.words, derivedFrom: derived(s.id) })),
    ...(shownSources.length < sources.length ? { sourcesBetween: { after: MAX_STORY_SOURCES / 2, count: sources.length - shownSources.length } } : {}),
    coverage: storyCoverage(lookup, sources, shown),
    discrepancies: listed.map((d) => ({
      id: d.id,
      kind: d.kind,
      summary: d.summary,
      label: d.label,
      relation: d.relation,
      minor: !clearsBar(d),
      compareId: d.alignment,
      variants: d.variants.slice(0, MAX_STORY_VARIANTS).map((v) => ({
        source: labels.get(v.source)!,
        text: v.text,
        changed: changedSpans(v.text, v.changed),
        origin: v.source === d.origin,
      })),
      ...(d.variants.length > MAX_STORY_VARIANTS ? { moreVariants: d.variants.length - MAX_STORY_VARIANTS } : {}),
    })),
    ...(listed.length < discrepancies.length ? { discrepancyCount: { major: barred.length, minor: discrepancies.length - barred.length } } : {}),
  };
}

/**
 * The entities named by most of `sources` (then most often, then by name),
 * each with its mentions per source shown (`shown`, by place in `sources`).
 */
function storyCoverage(lookup: IndexLookup, sources: readonly Source[], shown: (i: number) => boolean): StoryView['coverage'] {
  const counts = new Map<Entity, number[]>();
  sources.forEach((source, j) => {
    for (const [entity, n] of lookup.mentionCounts(source.id)) {
      let row = counts.get(entity);
      if (!row) counts.set(entity, (row = new Array<number>(sources.length).fill(0)));
      row[j] = n;
    }
  });
  const spread = (c: number[]) => c.filter((n) => n > 0).length;
  const total = (c: number[]) => c.reduce((x, y) => x + y, 0);
  return [...counts]
    .map(([e, c]) => ({ e, c, spread: spread(c), total: total(c) }))
    .sort((a, b) => b.spread - a.spread || b.total - a.total || a.e.name.localeCompare(b.e.name) || lookup.entityRank(a.e) - lookup.entityRank(b.e))
    .slice(0, COVERAGE_ROWS)
    .map(({ e, c }) => ({ id: e.id, name: e.name, kind: e.kind, counts: c.filter((_, j) => shown(j)) }));
}

const nameKey = (form: string) =>
  form
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The forms a name is known by: itself, and a person's surname and first and last names ("Susan E. Rice": "rice", "susan rice"). */
function nameKeys(form: string, kind: Entity['kind']): string[] {
  const key = nameKey(form);
  const words = key.split(' ');
  return kind === 'person' && words.length > 1 ? [key, words[words.length - 1], `${words[0]} ${words[words.length - 1]}`] : [key];
}

/** Most new names a story's marking lists. */
const MAX_NEW_NAMES = 20;

/**
 * What the articles `added` (joined since the reader's last visit at `since`)
 * bring to the story `view`: the names the story holds only in them (people,
 * organisations, places; the most mentioned first) and the discrepancies one
 * of whose versions is theirs. Nothing when no article joined.
 */
export function storyNews(lookup: IndexLookup, view: StoryView, added: readonly string[], since: string): StoryNews | undefined {
  // The whole story, not the view's sources and discrepancies (of a large story, some).
  const members = new Set(storyMembers(lookup, view));
  const byDate = [...members].sort((a, b) => lookup.dateRank(a) - lookup.dateRank(b));
  const fresh = new Set(added.filter((id) => members.has(id)));
  if (fresh.size === 0) return undefined;
  const candidates: (StoryNews['names'][number] & { aliases: string[]; mentions: number })[] = [];
  // How the story named its people, places and organisations before: a new article's "Obama" is no new name beside "Barack Obama".
  const known = new Set<string>();
  for (const e of lookup.entities.values()) {
    if (e.kind === 'topic') continue;
    const inStory = e.mentions.filter((m) => members.has(m.source));
    if (inStory.length === 0) continue;
    if (inStory.every((m) => fresh.has(m.source))) candidates.push({ id: e.id, name: e.name, kind: e.kind, aliases: e.aliases, mentions: inStory.length });
    else for (const form of [e.name, ...e.aliases]) for (const key of nameKeys(form, e.kind)) known.add(key);
  }
  const names = candidates.filter((c) => ![c.name, ...c.aliases].some((form) => known.has(nameKey(form))));
  names.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  return {
    since,
    sources: byDate.filter((id) => fresh.has(id)),
    names: names.slice(0, MAX_NEW_NAMES).map(({ id, name, kind }) => ({ id, name, kind })),
    discrepancies: byConfidence(lookup.discrepanciesOfStory(view.id))
      .filter((d) => d.variants.some((v) => fresh.has(v.source)))
      .map((d) => d.id),
  };
}

/** The sources of the story a view shows, all of them (a large story's view shows some). */
export function storyMembers(lookup: IndexLookup, view: StoryView): readonly string[] {
  return lookup.storiesById.get(view.id)?.sources ?? view.sources.map((s) => s.id);
}

/**
 * The story's sources by date: the first to publish, who reused whom, and
 * each discrepancy under the source with which it first shows (the second of
 * its variants in date order: the first version that departs from an earlier one).
 */
function timeline(sources: readonly Source[], derived: (id: string) => TimelineEntry['reuses'], discrepancies: readonly Discrepancy[]): TimelineEntry[] {
  const order = new Map(sources.map((s, i) => [s.id, i]));
  const firstDate = sources.find((s) => s.published)?.published;
  const changesAt = new Map<string, TimelineEntry['changes']>();
  for (const d of discrepancies) {
    const at = d.variants.map((v) => v.source).sort((a, b) => order.get(a)! - order.get(b)!)[1];
    if (at === undefined) continue;
    const list = changesAt.get(at) ?? [];
    list.push({ id: d.id, kind: d.kind, summary: d.summary });
    changesAt.set(at, list);
  }
  // Who reuses each source, found once: a story of hundreds of sources asked every source of every other.
  const reusedBy = new Map<string, TimelineEntry['reusedBy']>();
  for (const o of sources) {
    for (const l of derived(o.id)) {
      const list = reusedBy.get(l.source) ?? [];
      if (!list.some((r) => r.source === o.id)) list.push({ source: o.id, shortName: o.shortName });
      reusedBy.set(l.source, list);
    }
  }
  return sources.map((s) => ({
    source: { ...sourceLabel(s), title: s.title },
    first: firstDate !== undefined && s.published === firstDate,
    reuses: derived(s.id),
    reusedBy: reusedBy.get(s.id) ?? [],
    changes: changesAt.get(s.id) ?? [],
  }));
}

/**
 * An entity across sources and stories, by date: each source that names it,
 * the first to do so, what each said first, who reused whom among them, and
 * the changes in their sentences naming it, each under the source with which
 * it first shows.
 */
export function entityTimeline(lookup: IndexLookup, entity: Entity): EntityTimelineEntry[] {
  const bySource = new Map<string, Entity['mentions']>();
  for (const m of entity.mentions) bySource.set(m.source, [...(bySource.get(m.source) ?? []), m]);
  const sources = lookup.sourcesByDate.filter((s) => bySource.has(s.id));
  const naming = new Set(sources.map((s) => s.id));
  const order = new Map(sources.map((s, i) => [s.id, i]));
  const lineage = new Map(lookup.index.lineage.map((l) => [l.source, l.derivedFrom.filter((d) => naming.has(d.from))]));
  const firstDate = sources.find((s) => s.published)?.published;
  const changesAt = new Map<string, EntityTimelineEntry['changes']>();
  for (const d of lookup.discrepanciesFor(new Set(entity.mentions.map((m) => m.sentence))).filter(clearsBar)) {
    const at = d.variants
      .map((v) => v.source)
      .filter((id) => naming.has(id))
      .sort((a, b) => order.get(a)! - order.get(b)!)[1];
    if (at !== undefined) changesAt.set(at, [...(changesAt.get(at) ?? []), { id: d.id, kind: d.kind, summary: d.summary, label: d.label }]);
  }
  const shortName = (id: string) => lookup.sources.get(id)?.shortName ?? id;
  return sources.map((s) => ({
    source: { ...sourceLabel(s), title: s.title },
    story: storyTitle(lookup, s.id),
    first: firstDate !== undefined ? s.published === firstDate : s === sources[0],
    mentions: bySource.get(s.id)!.length,
    said: firstSaid(lookup, bySource.get(s.id)!),
    reuses: (lineage.get(s.id) ?? []).map((l) => ({ source: l.from, shortName: shortName(l.from), share: l.share })),
    reusedBy: sources.filter((o) => (lineage.get(o.id) ?? []).some((l) => l.from === s.id)).map((o) => ({ source: o.id, shortName: o.shortName })),
    changes: changesAt.get(s.id) ?? [],
  }));
}

/** The sentence of a source's first mention, every mention in it marked. */
function firstSaid(lookup: IndexLookup, mentions: Entity['mentions']): EntityTimelineEntry['said'] {
  const firstSentence = (id: string) => lookup.sentences.get(id)?.start ?? Infinity;
  const first = [...mentions].sort((a, b) => firstSentence(a.sentence) - firstSentence(b.sentence) || a.start - b.start)[0];
  const marks = mentions
    .filter((m) => m.sentence === first.sentence)
    .map((m): Span => [m.start, m.end])
    .sort((a, b) => a[0] - b[0]);
  return { id: first.sentence, text: lookup.sentences.get(first.sentence)?.text ?? '', marks };
}

/** The story most of the page's passages and quotations come from, if any. */
export function pageStory(lookup: IndexLookup, ids: readonly string[]): string | undefined {
  const votes = new Map<string, number>();
  for (const id of ids) {
    const sentences = lookup.quotes.get(id)?.carriers.map((c) => c.sentence) ?? passageSentences(lookup, id);
    const stories = new Set(sentences.map((s) => lookup.storyOf.get(lookup.sentences.get(s)?.source ?? '')?.id).filter((s): s is string => !!s));
    for (const s of stories) votes.set(s, (votes.get(s) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [s, n] of votes) if (!best || n > votes.get(best)!) best = s;
  return best;
}

/**
 * The story of the page at `url` with the passages and quotations `ids` found
 * on it: the story of the saved article at that address if there is one,
 * else the story most of its passages come from.
 */
export function storyOfPage(lookup: IndexLookup, url: string | undefined, ids: readonly string[] = []): string | undefined {
  const saved = sourceOfPage(lookup, url);
  const story = saved ? lookup.index.stories.find((s) => s.sources.includes(saved)) : undefined;
  return story?.id ?? (ids.length ? pageStory(lookup, ids) : undefined);
}
