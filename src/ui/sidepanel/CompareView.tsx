import type { CompareView as CompareData } from '../../shared/cards';
import { Marked } from '../shared/Marked';

export function CompareView({ view }: { view: CompareData | null | undefined }) {
  if (view === undefined) return <p class="muted">Loading the comparison…</p>;
  if (view === null) return <p class="muted">Choose an item on “This page” or in “Story” to compare the sources.</p>;
  const short = new Map(view.sources.map((s) => [s.id, s.shortName]));
  return (
    <div class="compare" data-kind={view.kind}>
      <h2 class="compare-title">{view.name}</h2>
      <p class="muted">
        {view.kind === 'passage' ? 'One statement' : `${view.rows.length} statement${view.rows.length === 1 ? '' : 's'}`}, each source's words side by
        side; words that differ are <span class="changed">marked</span>.
      </p>
      {view.rows.map((row, i) => (
        <section class="statement" key={i} aria-label={`Statement ${i + 1}`}>
          {row.disagreements.map((d) => (
            <p class="disagreement" key={d.summary}>
              <span class="tag">{d.label}</span> {d.summary}
            </p>
          ))}
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
