import type { StoryView as StoryData } from '../../shared/cards';
import { formatDate } from '../card/Card';
import { Marked } from '../shared/Marked';

export function StoryView({ story, onCompare }: { story: StoryData | undefined; onCompare(id: string): void }) {
  if (!story) return <p class="muted">Loading the story…</p>;
  return (
    <div class="story">
      <section aria-labelledby="story-sources">
        <h2 id="story-sources">Sources</h2>
        <ul class="sources">
          {story.sources.map((s) => (
            <li key={s.id}>
              <h3>
                {s.outlet} <span class="muted">({s.shortName})</span>
              </h3>
              <p class="title">{s.title}</p>
              <p class="muted">
                {[formatDate(s.published), s.byline, `${s.words} words`].filter(Boolean).join(' · ')}
              </p>
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
          ))}
        </ul>
      </section>
      <section aria-labelledby="story-coverage">
        <h2 id="story-coverage">Coverage</h2>
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">Mentions of the main names and topics in each source</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                {story.sources.map((s) => (
                  <th scope="col" key={s.id} title={s.outlet}>
                    {s.shortName}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {story.coverage.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <button type="button" class="link" onClick={() => onCompare(row.id)}>
                      {row.name}
                    </button>
                  </th>
                  {row.counts.map((n, i) => (
                    <td key={i} class={n ? 'has' : 'none'}>
                      {n || '–'}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="story-discrepancies">
        <h2 id="story-discrepancies">Discrepancies ({story.discrepancies.length})</h2>
        <ul class="discrepancies">
          {story.discrepancies.map((d) => (
            <li key={d.id}>
              <p>
                <span class="tag">{d.label}</span> {d.summary}
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
              </ul>
              <button type="button" onClick={() => onCompare(d.compareId)}>
                Compare this statement
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
