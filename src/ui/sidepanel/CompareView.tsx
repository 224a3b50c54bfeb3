import { useState } from 'preact/hooks';
import type { CompareRow, CompareView as CompareData, EntityTimelineEntry, SourceLabel } from '../../contracts/cards';
import { formatDate } from '../card/Card';
import { plural, relationText } from '../shared/format';
import { Marked } from '../shared/Marked';

/** Statements shown before "more": those where the sources disagree, then those most sources make. */
const SHORT = 6;

export function CompareView({ view }: { view: CompareData | null | undefined }) {
  const [all, setAll] = useState<string | undefined>(undefined);
  if (view === undefined) return <p class="muted">Loading the comparison…</p>;
  if (view === null) return <p class="muted">Choose an item on “This page” or in “Story” to compare the sources.</p>;
  const short = new Map(view.sources.map((s) => [s.id, s.shortName]));
  return (
    <div class="compare" data-kind={view.kind}>
      <h2 class="compare-title">{view.name}</h2>
      <p class="muted">
        {view.kind === 'passage' ? 'One statement' : `${view.rows.length} statement${view.rows.length === 1 ? '' : 's'}`}, each source's words side by side,
        each marked where it differs from one version (the origin, or the one you pick): words that differ are <span class="changed">marked</span>; a paraphrase
        shows only its changes of meaning.
      </p>
      {view.timeline && view.timeline.length > 0 && <EntityTimeline entries={view.timeline} later={view.timelineMore ?? 0} />}
      {shownRows(view, all === view.id).map(({ row, i }) => (
        <Statement key={`${view.id}-${i}`} row={row} sources={view.sources} index={i} />
      ))}
      {view.rows.length > SHORT && all !== view.id && (
        <button type="button" class="link more" onClick={() => setAll(view.id)}>
          {view.rows.length - SHORT} more statements
        </button>
      )}
      {(view.moreStatements ?? 0) > 0 && (all === view.id || view.rows.length <= SHORT) && (
        <p class="muted" data-testid="more-statements">
          {plural(view.moreStatements!, 'more statement')} not listed: these are those where the sources disagree, then those most sources make.
        </p>
      )}
      {view.notMentioned.length > 0 && (
        <p class="not-mentioned">
          <strong>Not mentioned</strong> by {view.notMentioned.map((id) => short.get(id) ?? id).join(', ')}
          {view.notMentionedMore ? ` and ${plural(view.notMentionedMore, 'more source')}` : ''}.
        </p>
      )}
    </div>
  );
}

/** An entity across sources and stories, by date: who named it first, what each said, who reused whom, what changed. */
function EntityTimeline({ entries, later }: { entries: EntityTimelineEntry[]; later: number }) {
  const stories = new Set(entries.map((e) => e.story?.id));
  const count = entries.length + later;
  return (
    <section class="entity-timeline" aria-labelledby="entity-timeline" data-testid="entity-timeline">
      <h3 id="entity-timeline">
        Timeline: {count} {count === 1 ? 'source' : 'sources'}
        {stories.size > 1 ? ` in ${later > 0 ? 'at least ' : ''}${stories.size} stories` : ''}
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
      {later > 0 && (
        <p class="muted">
          The first {entries.length} are shown; {plural(later, 'later source')} also name it.
        </p>
      )}
    </section>
  );
}

/** The statements to show, the most informative first (kept in reading order among equals); all of them when `everything`. */
function shownRows(view: CompareData, everything: boolean): { row: CompareRow; i: number }[] {
  const rows = view.rows.map((row, i) => ({ row, i }));
  if (everything || rows.length <= SHORT) return rows;
  const weight = ({ row }: { row: CompareRow }) => row.disagreements.length * 100 + row.cells.filter(Boolean).length;
  const kept = new Set([...rows].sort((a, b) => weight(b) - weight(a) || a.i - b.i).slice(0, SHORT));
  return rows.filter((r) => kept.has(r));
}

const SENTENCES = ['', 'one sentence', 'two sentences', 'three sentences'];
const sentencesOf = (n: number) => SENTENCES[n] ?? `${n} sentences`;

/**
 * One statement: every version marked against one chosen version, pairwise
 * (the origin by lineage until the reader picks another); a paraphrase is
 * labelled as such with its changes of meaning, not marked word by word.
 */
function Statement({ row, sources, index }: { row: CompareRow; sources: SourceLabel[]; index: number }) {
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const reference = picked && row.cells.some((c, j) => c && sources[j].id === picked) ? picked : row.reference;
  const referenceAt = sources.findIndex((s) => s.id === reference);
  const referenceCell = row.cells[referenceAt];
  return (
    <section class="statement" aria-label={`Statement ${index + 1}`}>
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
      <p class="against muted">
        Marked against <strong>{sources[referenceAt]?.shortName}</strong>
        {referenceCell && ` (${sentencesOf(referenceCell.sentences)})`}
        {reference === row.reference && !picked ? ', the origin by lineage' : ', your choice'}.
      </p>
      <ul>
        {row.cells.map((cell, j) => {
          if (!cell) return null;
          const source = sources[j];
          const isReference = source.id === reference;
          const versus = isReference ? undefined : cell.versus[reference];
          return (
            <li key={cell.id} class={isReference ? 'reference' : versus?.paraphrase ? 'paraphrase' : undefined} data-source={source.id}>
              <h3>
                {source.shortName} <span class="what">· {sentencesOf(cell.sentences)}</span>{' '}
                {isReference ? (
                  <span class="tag">compared against</span>
                ) : (
                  <button type="button" class="link pick" onClick={() => setPicked(source.id)} aria-label={`Mark the others against ${source.shortName}`}>
                    compare against this
                  </button>
                )}
              </h3>
              {versus?.paraphrase && (
                <p class="meaning">
                  <span class="tag">paraphrase</span> {versus.labels.length ? versus.labels.join(', ') : 'same meaning, other words'}
                </p>
              )}
              <p class="words">
                <Marked text={cell.text} marks={cell.mentions} changed={versus?.changed ?? []} />
              </p>
            </li>
          );
        })}
      </ul>
      {row.moreVersions !== undefined && row.moreVersions > 0 && (
        <p class="muted" data-testid="more-versions">
          {plural(row.moreVersions, 'more source')} {row.moreVersions === 1 ? 'makes' : 'make'} this statement too.
        </p>
      )}
    </section>
  );
}
