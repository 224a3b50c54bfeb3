import { useEffect, useState } from 'preact/hooks';
import type { StoriesView as StoriesData, StoryLine, StoryNews, StoryView as StoryData, TimelineEntry } from '../../contracts/cards';
import { formatDate } from '../card/Card';
import { plural, readAtLabel, relationText } from '../shared/format';
import { Marked } from '../shared/Marked';

const dates = (story: Pick<StoryLine, 'start' | 'end'>) =>
  story.start && story.end ? (story.start === story.end ? formatDate(story.start) : `${formatDate(story.start)} – ${formatDate(story.end)}`) : 'undated';

/**
 * The page's story (else the first) in full; every other story one line
 * (title, outlets, dates, count) that opens one at a time, its full view
 * asked for when opened: a library of thousands of stories stays a short
 * reply and a short list.
 */
export function StoriesView({
  view,
  onCompare,
  onSeen,
  onOpen,
}: {
  view: StoriesData | undefined;
  onCompare(id: string): void;
  /** Records that the reader looked at a story shown in full; resolves whether it was recorded. */
  onSeen?(id: string): Promise<boolean>;
  /** One story in full, as the reader opens its line (null: no longer in the index). */
  onOpen(id: string): Promise<StoryData | null>;
}) {
  const [opened, setOpened] = useState<string | undefined>(undefined);
  /** The opened line's story as it came (null: it is gone). */
  const [openedView, setOpenedView] = useState<{ id: string; story: StoryData | null } | undefined>(undefined);
  /** The stories whose visit is recorded (shown in full, then told to the background): what joins them later is marked new. */
  const [seen, setSeen] = useState<ReadonlySet<string>>(new Set());
  const shown = view?.main?.id;
  useEffect(() => {
    if (!opened) return setOpenedView(undefined);
    let current = true;
    onOpen(opened).then(
      (story) => current && setOpenedView({ id: opened, story }),
      () => current && setOpenedView({ id: opened, story: null }),
    );
    return () => {
      current = false;
    };
  }, [opened, view, onOpen]);
  const inFull = openedView?.story ? openedView.id : undefined;
  useEffect(() => {
    for (const id of [shown, inFull]) {
      if (!id || !onSeen) continue;
      void onSeen(id).then((recorded) => {
        if (recorded) setSeen((before) => new Set(before).add(id));
      });
    }
  }, [view, shown, inFull, onSeen]);
  if (!view) return <p class="muted">Loading the stories…</p>;
  const { main, others } = view;
  if (!main) return <p class="muted">No stories yet.</p>;
  const count = others.length + 1;
  return (
    <div class="stories">
      <p class="muted">{count === 1 ? 'One story' : `${count} stories`} in the index. Sources are compared only within their story.</p>
      <details class="story-block" open data-story={main.id} data-seen={seen.has(main.id) ? 'true' : undefined}>
        <summary>
          <StorySummary story={main} sources={main.timeline.length} current={main.id === view.current} />
        </summary>
        <StoryView story={main} onCompare={onCompare} />
      </details>
      {others.length > 0 && (
        <>
          <h2 class="other-stories">Other stories</h2>
          <ul class="story-list">
            {others.map((line) => {
              const open = opened === line.id;
              const came = open && openedView?.id === line.id ? openedView : undefined;
              return (
                <li key={line.id} class="story-block compact" data-story={line.id} data-seen={seen.has(line.id) ? 'true' : undefined}>
                  <button type="button" class="story-toggle" aria-expanded={open} onClick={() => setOpened(open ? undefined : line.id)}>
                    <StorySummary story={line} sources={line.sources} current={line.id === view.current} />
                    <span class="muted story-outlets">{outletsOf(line)}</span>
                  </button>
                  {open &&
                    (!came ? (
                      <p class="muted">Loading the story…</p>
                    ) : came.story ? (
                      <StoryView story={came.story} onCompare={onCompare} />
                    ) : (
                      <p class="muted">This story is no longer in the index.</p>
                    ))}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}

function StorySummary({ story, sources, current }: { story: Pick<StoryLine, 'title' | 'start' | 'end'>; sources: number; current: boolean }) {
  return (
    <>
      <span class="story-title">{story.title}</span>
      {current && <span class="tag">this page</span>}
      <span class="muted story-meta">
        {' '}
        {dates(story)} · {plural(sources, 'source')}
      </span>
    </>
  );
}

/** A story's outlets, by short name, each once (the first of many, and how many more). */
const outletsOf = (line: StoryLine) =>
  line.outlets.join(', ') + (line.outletCount > line.outlets.length ? ` and ${line.outletCount - line.outlets.length} more` : '');

/** The tag on what joined a story since the reader last looked. */
const NewTag = () => <span class="tag new">new</span>;

/** What joined the story since the reader last looked: the articles, then the names only they hold. */
function StoryNewsLine({ news }: { news: StoryNews }) {
  return (
    <div class="story-news" data-testid="story-news">
      <p>
        <strong>New since your last visit ({readAtLabel(news.since)})</strong>: {plural(news.sources.length, 'article')}
        {news.discrepancies.length > 0 && `, ${plural(news.discrepancies.length, 'discrepancy', 'discrepancies')}`}.
      </p>
      {news.names.length > 0 && (
        <p class="new-names">
          New names:{' '}
          {news.names.map((n, i) => (
            <span key={n.id} data-new-name={n.id}>
              {i > 0 && ', '}
              {n.name}
            </span>
          ))}
        </p>
      )}
    </div>
  );
}

function TimelineItem({ entry, isNew }: { entry: TimelineEntry; isNew: boolean }) {
  return (
    <li data-new={isNew ? 'true' : undefined}>
      <p class="when">
        <time>{entry.source.published ? formatDate(entry.source.published) : 'undated'}</time>
        {entry.first && <span class="tag">first</span>}
        {isNew && <NewTag />}
      </p>
      <p>
        <strong>{entry.source.shortName}</strong> {entry.source.title}
      </p>
      {entry.reuses.length > 0 && <p class="lineage">Reuses {entry.reuses.map((r) => `${r.shortName} (${Math.round(r.share * 100)}%)`).join(', ')}</p>}
      {entry.reusedBy.length > 0 && <p class="lineage">Reused by {entry.reusedBy.map((r) => r.shortName).join(', ')}</p>}
      {entry.changes.map((c) => (
        <p key={c.id} class="change">
          <span class="tag">{c.kind}</span> {c.summary}
        </p>
      ))}
    </li>
  );
}

/** In a story of many articles, the line standing for those left out between the earliest and the latest shown. */
function Between({ story }: { story: StoryData }) {
  const gap = story.sourcesBetween!;
  const before = story.sources[gap.after - 1]?.published;
  const after = story.sources[gap.after]?.published;
  const span = before && after ? ` between ${formatDate(before)} and ${formatDate(after)}` : '';
  return (
    <li class="between muted" data-testid="sources-between">
      … {plural(gap.count, 'more article')}
      {span} not shown
    </li>
  );
}

/** `items` rendered in order, with `between` after the first `after` of them when some are left out. */
function withGap<T>(
  items: readonly T[],
  render: (item: T, i: number) => preact.JSX.Element,
  gap: StoryData['sourcesBetween'],
  between: () => preact.JSX.Element,
) {
  const all = items.map(render);
  return gap ? [...all.slice(0, gap.after), between(), ...all.slice(gap.after)] : all;
}

export function StoryView({ story, onCompare }: { story: StoryData; onCompare(id: string): void }) {
  const key = story.id.replace(/[^\w-]/g, '_');
  const newSources = new Set(story.news?.sources);
  const newNames = new Set(story.news?.names.map((n) => n.id));
  return (
    <div class="story">
      {story.news && <StoryNewsLine news={story.news} />}
      {story.related.length > 0 && <p class="muted">Follows up {story.related.map((r) => r.title).join('; ')}</p>}
      {story.names.length > 0 && (
        <p class="story-names">
          {story.names.map((n, i) => (
            <span key={n.id} data-new={newNames.has(n.id) ? 'true' : undefined}>
              {i > 0 && ' · '}
              {n.name}
              {newNames.has(n.id) && <NewTag />}
            </span>
          ))}
        </p>
      )}
      <section aria-labelledby={`${key}-timeline`}>
        <h2 id={`${key}-timeline`}>Timeline</h2>
        <ol class="timeline">
          {withGap(
            story.timeline,
            (entry) => (
              <TimelineItem key={entry.source.id} entry={entry} isNew={newSources.has(entry.source.id)} />
            ),
            story.sourcesBetween,
            () => (
              <Between key="between" story={story} />
            ),
          )}
        </ol>
      </section>
      <section aria-labelledby={`${key}-sources`}>
        <h2 id={`${key}-sources`}>Sources</h2>
        <StorySources story={story} />
      </section>
      <section aria-labelledby={`${key}-coverage`}>
        <h2 id={`${key}-coverage`}>Coverage</h2>
        <CoverageTable story={story} onCompare={onCompare} />
      </section>
      <section aria-labelledby={`${key}-discrepancies`}>
        <h2 id={`${key}-discrepancies`}>Discrepancies ({story.discrepancyCount?.major ?? story.discrepancies.filter((d) => !d.minor).length})</h2>
        <Discrepancies story={story} onCompare={onCompare} />
      </section>
    </div>
  );
}

function StorySources({ story }: { story: StoryData }) {
  const fresh = new Set(story.news?.sources);
  return (
    <ul class="sources">
      {withGap(
        story.sources,
        (s) => (
          <li key={s.id} data-new={fresh.has(s.id) ? 'true' : undefined}>
            <h3>
              {s.outlet} <span class="muted">({s.shortName})</span>
              {fresh.has(s.id) && <NewTag />}
            </h3>
            <p class="title">{s.title}</p>
            <p class="muted">{[formatDate(s.published), s.byline, `${s.words} words`].filter(Boolean).join(' · ')}</p>
            {s.derivedFrom.length > 0 && (
              <p class="lineage">
                Reuses{' '}
                {s.derivedFrom.map((d, i) => (
                  <span key={d.source}>
                    {i > 0 && ', '}
                    {d.shortName} ({Math.round(d.share * 100)}% of its words)
                  </span>
                ))}
              </p>
            )}
          </li>
        ),
        story.sourcesBetween,
        () => (
          <Between key="between" story={story} />
        ),
      )}
    </ul>
  );
}

function CoverageTable({ story, onCompare }: { story: StoryData; onCompare(id: string): void }) {
  const fresh = new Set(story.news?.names.map((n) => n.id));
  const gap = story.sourcesBetween;
  return (
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">Mentions of the main names and topics in each source</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            {withGap(
              story.sources,
              (s) => (
                <th scope="col" key={s.id} title={s.outlet}>
                  {s.shortName}
                </th>
              ),
              gap,
              () => (
                <th scope="col" key="between" title={`${plural(gap!.count, 'more article')} not shown`}>
                  …
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {story.coverage.map((row) => (
            <tr key={row.id} data-new={fresh.has(row.id) ? 'true' : undefined}>
              <th scope="row">
                <button type="button" class="link" onClick={() => onCompare(row.id)}>
                  {row.name}
                </button>
                {fresh.has(row.id) && <NewTag />}
              </th>
              {withGap(
                row.counts,
                (n, i) => (
                  <td key={i} class={n ? 'has' : 'none'}>
                    {n || '–'}
                  </td>
                ),
                gap,
                () => (
                  <td key="between" class="none">
                    …
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type StoryDiscrepancy = StoryData['discrepancies'][number];

function DiscrepancyItem({ d, isNew, onCompare }: { d: StoryDiscrepancy; isNew: boolean; onCompare(id: string): void }) {
  return (
    <li data-new={isNew ? 'true' : undefined}>
      <p>
        {isNew && (
          <>
            <NewTag />{' '}
          </>
        )}
        <span class="tag">{d.label}</span> {d.summary} <span class="relation">Between {relationText(d.relation)}.</span>
      </p>
      <ul class="variants">
        {d.variants.map((v) => (
          <li key={v.source.id}>
            <h3>
              {v.source.shortName}
              {v.origin && <span class="muted"> (origin)</span>}
            </h3>
            <p>
              <Marked text={v.text} changed={v.changed} />
            </p>
          </li>
        ))}
        {(d.moreVariants ?? 0) > 0 && (
          <li class="muted" data-testid="more-variants">
            and {plural(d.moreVariants!, 'more version')}
          </li>
        )}
      </ul>
      <button type="button" onClick={() => onCompare(d.compareId)}>
        Compare this statement
      </button>
    </li>
  );
}

/** The discrepancies that clear the precision bar, then the minor differences folded away. */
function Discrepancies({ story, onCompare }: { story: StoryData; onCompare(id: string): void }) {
  const shown = story.discrepancies.filter((d) => !d.minor);
  const minor = story.discrepancies.filter((d) => d.minor);
  const fresh = new Set(story.news?.discrepancies);
  const count = story.discrepancyCount;
  return (
    <>
      {count && (
        <p class="muted" data-testid="discrepancies-listed">
          {story.discrepancies.length} of {count.major + count.minor} discrepancies shown: those that clear the bar first, then the minor differences.
        </p>
      )}
      <ul class="discrepancies">
        {shown.map((d) => (
          <DiscrepancyItem key={d.id} d={d} isNew={fresh.has(d.id)} onCompare={onCompare} />
        ))}
      </ul>
      {minor.length > 0 && (
        <details class="minor">
          <summary>{plural(minor.length, 'minor difference')}</summary>
          <ul class="discrepancies minor">
            {minor.map((d) => (
              <DiscrepancyItem key={d.id} d={d} isNew={fresh.has(d.id)} onCompare={onCompare} />
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
