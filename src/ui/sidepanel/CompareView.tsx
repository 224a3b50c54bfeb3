import type { CompareView as CompareData, EntityTimelineEntry } from '../../contracts/cards';
import { formatDate } from '../card/Card';
import { plural, relationText } from '../shared/format';
import { Marked } from '../shared/Marked';

export function CompareView({ view }: { view: CompareData | null | undefined }) {
  if (view === undefined) return <p class="muted">Loading the comparison…</p>;
  if (view === null) return <p class="muted">Choose an item on “This page” or in “Story” to compare the sources.</p>;
  const short = new Map(view.sources.map((s) => [s.id, s.shortName]));
  return (
    <div class="compare" data-kind={view.kind}>
      <h2 class="compare-title">{view.name}</h2>
      <p class="muted">
        {view.kind === 'passage' ? 'One statement' : `${view.rows.length} statement${view.rows.length === 1 ? '' : 's'}`}, each source's words side by side;
        words that differ are <span class="changed">marked</span>.
      </p>
      {view.timeline && view.timeline.length > 0 && <EntityTimeline entries={view.timeline} />}
      {view.rows.map((row, i) => (
        <section class="statement" key={i} aria-label={`Statement ${i + 1}`}>
          {row.disagreements
            .filter((d) => !d.minor)
            .map((d) => (
              <p class="disagreement" key={d.summary}>
                <span class="tag">{d.label}</span> {d.summary} <span class="relation">Between {relationText(d.relation)}.</span>
              </p>
            ))}
          {row.disagreements.some((d) => d.minor) && (
            <details class="minor">
              <summary>{plural(row.disagreements.filter((d) => d.minor).length, 'minor difference')}</summary>
              {row.disagreements
                .filter((d) => d.minor)
                .map((d) => (
                  <p class="disagreement" key={d.summary}>
                    <span class="tag">{d.label}</span> {d.summary} <span class="relation">Between {relationText(d.relation)}.</span>
                  </p>
                ))}
            </details>
          )}
          <ul>
            {row.cells.map((cell, j) =>
              cell ? (
                <li key={cell.id}>
                  <h3>{view.sources[j].shortName}</h3>
                  <p>
                    <Marked text={cell.text} marks={cell.mentions} changed={cell.changed} />
                  </p>
                </li>
              ) : null,
            )}
          </ul>
        </section>
      ))}
      {view.notMentioned.length > 0 && (
        <p class="not-mentioned">
          <strong>Not mentioned</strong> by {view.notMentioned.map((id) => short.get(id) ?? id).join(', ')}.
        </p>
      )}
    </div>
  );
}

/** An entity across sources and stories, by date: who named it first, what each said, who reused whom, what changed. */
function EntityTimeline({ entries }: { entries: EntityTimelineEntry[] }) {
  const stories = new Set(entries.map((e) => e.story?.id));
  return (
    <section class="entity-timeline" aria-labelledby="entity-timeline" data-testid="entity-timeline">
      <h3 id="entity-timeline">
        Timeline: {entries.length} {entries.length === 1 ? 'source' : 'sources'}
        {stories.size > 1 ? ` in ${stories.size} stories` : ''}
      </h3>
      <ol class="timeline">
        {entries.map((e) => (
          <li key={e.source.id}>
            <p class="when">
              <time>{e.source.published ? formatDate(e.source.published) : 'undated'}</time>
              {e.first && <span class="tag">first</span>} {e.story && <span class="story-of">{e.story.title}</span>}
            </p>
            <p>
              <strong>{e.source.shortName}</strong> <span class="muted">{e.mentions === 1 ? 'once' : `${e.mentions} times`}</span>
            </p>
            <p class="said">
              <Marked text={e.said.text} marks={e.said.marks} />
            </p>
            {e.reuses.length > 0 && <p class="lineage">Reuses {e.reuses.map((r) => `${r.shortName} (${Math.round(r.share * 100)}%)`).join(', ')}</p>}
            {e.reusedBy.length > 0 && <p class="lineage">Reused by {e.reusedBy.map((r) => r.shortName).join(', ')}</p>}
            {e.changes.map((c) => (
              <p key={c.id} class="change">
                <span class="tag">{c.label}</span> {c.summary}
              </p>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
