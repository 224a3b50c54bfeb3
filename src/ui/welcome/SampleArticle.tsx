import type { ReplyOf, BackgroundRequests } from '../../contracts/protocol';
import type { FullIndex } from '../../contracts/schema';
import { paragraphsOf, sampleHref, sourcesInReadingOrder } from './sample-links';

/** A saved article of the reader's library, as the background sends it. */
export type SavedCopy = NonNullable<ReplyOf<BackgroundRequests, 'source-text'>>;

/**
 * One article of the bundled story as a page of the extension, so a reader
 * can try Sourcelight without a network. Every text is rendered as text.
 */
export function SampleArticle({ index, sourceId, saved }: { index: FullIndex; sourceId: string | null; saved?: SavedCopy | null }) {
  const source = index.sources.find((s) => s.id === sourceId);
  if (!source && saved) return <SavedArticle saved={saved} />;
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

/** The saved copy of an article of the reader's library that has no address of its own. */
function SavedArticle({ saved }: { saved: SavedCopy }) {
  const { source, paragraphs } = saved;
  return (
    <div class="sample">
      <aside class="sample-banner" aria-label="About this page">
        <p>
          <strong>Saved copy</strong> of an article in your Sourcelight library, as it was read. <a href="library.html">Your library</a>
        </p>
      </aside>
      <article>
        <p class="outlet">{source.outlet}</p>
        <h1>{source.title}</h1>
        <p class="muted">{[source.byline, source.published].filter(Boolean).join(' · ')}</p>
        {paragraphs.map((text, i) => (
          <p key={i}>{text}</p>
        ))}
      </article>
    </div>
  );
}
