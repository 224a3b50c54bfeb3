import { browser } from 'wxt/browser';
import { clearsBar, type FullIndex } from '../../contracts/schema';
import { openLibraryPage } from '../library/SaveArticle';
import { sampleHref, sourcesInReadingOrder } from './sample-links';

/** The page shown once, on first install (and from the popup): what Sourcelight does and how to try it. */
export function WelcomeApp({ index }: { index: FullIndex }) {
  const sources = sourcesInReadingOrder(index);
  const [first] = sources;
  return (
    <main class="welcome">
      <header class="welcome-header">
        <img src="/icon/96.png" width={48} height={48} alt="" />
        <div>
          <h1>Welcome to Sourcelight</h1>
          <p class="lead">Hover a name in cyber-policy news and see what every other source said about it.</p>
        </div>
      </header>

      <section aria-labelledby="w-what">
        <h2 id="w-what">What it does</h2>
        <p>
          On the pages you read, Sourcelight highlights the people, organisations, places, key phrases, quotes and reused passages it knows from its story
          index. Hover one for a moment: a card shows each source's own words and where they disagree — a dropped “not”, Thursday become Tuesday, a changed
          attribution. The side panel puts the sources side by side.
        </p>
      </section>

      <section aria-labelledby="w-try">
        <h2 id="w-try">Try it on the sample story</h2>
        <p>
          Sourcelight comes with one story: {sources.length} versions of a 2015 report on US–China talks about a cyber arms-control accord, which disagree in{' '}
          {index.discrepancies.filter(clearsBar).length} places. They open here, without a network.
        </p>
        {first && (
          <p>
            <a class="button primary" href={sampleHref(first.id)} data-testid="open-sample">
              Open “{first.title}”
            </a>{' '}
            <span class="muted">({first.outlet})</span> and hover a highlighted name.
          </p>
        )}
        <ul class="sample-list">
          {sources.map((s) => (
            <li key={s.id}>
              <a href={sampleHref(s.id)}>{s.title}</a> <span class="muted">— {s.outlet}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="w-use">
        <h2 id="w-use">Using it</h2>
        <ul>
          <li>
            <strong>Hover</strong> a highlight for its card; on a touch screen, tap it.
          </li>
          <li>
            <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>.</kbd> and <kbd>,</kbd> go to the next and previous mention; <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>L</kbd>{' '}
            opens the side panel.
          </li>
          <li>The toolbar button shows what this tab holds and switches Sourcelight off for a site.</li>
          <li>
            <strong>Your own articles</strong>: <em>Save this article</em> in the toolbar button, the page's context menu or <kbd>Alt</kbd>+<kbd>Shift</kbd>+
            <kbd>S</kbd> adds the page you read to your library; the library page imports files and folders. From then on their names are highlighted too, and
            the stories they belong to are compared.
          </li>
        </ul>
        <p>
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            Settings
          </button>{' '}
          <button type="button" onClick={openLibraryPage} data-testid="welcome-library">
            Your library
          </button>
        </p>
      </section>

      <section aria-labelledby="w-private">
        <h2 id="w-private">Private by design</h2>
        <p>Nothing you read leaves your browser: Sourcelight makes no network request and collects nothing.</p>
      </section>
    </main>
  );
}
