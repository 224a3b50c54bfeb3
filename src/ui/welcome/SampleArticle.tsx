import type { FullIndex } from '../../contracts/schema';
import { paragraphsOf, sampleHref, sourcesInReadingOrder } from './sample-links';

/**
 * One article of the bundled story as a page of the extension, so a reader
 * can try Sourcelight without a network. Every text is rendered as text.
 */
export function SampleArticle({ index, sourceId }: { index: FullIndex; sourceId: string | null }) {
  const source = index.sources.find((s) => s.id === sourceId);
  const others = sourcesInReadingOrder(index).filter((s) => s.id !== source?.id);
  return (
    <div class="sample">
      <aside class="sample-banner" aria-label="About this page">
        <p>
          <strong>Sample article</strong> from the story bundled with Sourcelight. Hover a highlighted name, phrase or passage.
        </p>
        <p class="muted">
          Other versions:{' '}
          {others.map((s, i) => (
            <span key={s.id}>
              {i > 0 && ' · '}
              <a href={sampleHref(s.id)}>{s.shortName}</a>
            </span>
          ))}
          {' · '}
          <a href="welcome.html">Welcome page</a>
        </p>
      </aside>
      {source ? (
        <article>
          <p class="outlet">{source.outlet}</p>
          <h1>{source.title}</h1>
          <p class="muted">{[source.byline, source.published].filter(Boolean).join(' · ')}</p>
          {paragraphsOf(index, source.id).map((text, i) => (
            <p key={i}>{text}</p>
          ))}
        </article>
      ) : (
        <article>
          <h1>No sample article “{sourceId ?? ''}”</h1>
          <p>Choose one of the versions above.</p>
        </article>
      )}
    </div>
  );
}
