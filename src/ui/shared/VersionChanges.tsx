/**
 * What changed from one version of an article to another: the meaning
 * changes first (a dropped "not", a changed number), then the sentences
 * changed (before and after side by side, the words that differ marked),
 * removed and added. Used by the library page and the side panel.
 */
import type { VersionChanges } from '../../contracts/library-messages';
import { lcsPairs } from '../../text/lcs';

/** Each word of `a` and `b`, marked when the other text lacks it in order. */
export function changedWords(a: string, b: string): [{ text: string; changed: boolean }[], { text: string; changed: boolean }[]] {
  const wa = a.split(/(\s+)/);
  const wb = b.split(/(\s+)/);
  const key = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const wordsA = wa.map((w, i) => ({ w, i })).filter(({ w }) => key(w));
  const wordsB = wb.map((w, i) => ({ w, i })).filter(({ w }) => key(w));
  const kept = lcsPairs(
    wordsA.map(({ w }) => key(w)),
    wordsB.map(({ w }) => key(w)),
  );
  const keptA = new Set(kept.map(([x]) => wordsA[x].i));
  const keptB = new Set(kept.map(([, y]) => wordsB[y].i));
  const side = (words: string[], keep: Set<number>) => words.map((text, i) => ({ text, changed: key(text) !== '' && !keep.has(i) }));
  return [side(wa, keptA), side(wb, keptB)];
}

function Words({ words, as }: { words: { text: string; changed: boolean }[]; as: 'del' | 'ins' }) {
  const Tag = as;
  return <>{words.map((w, i) => (w.changed ? <Tag key={i}>{w.text}</Tag> : w.text))}</>;
}

export interface VersionChangesProps {
  changes: VersionChanges;
  /** Column headings: what the two texts are ("First read 3 May", "Now"). */
  names: [string, string];
}

export function VersionChangesView({ changes, names }: VersionChangesProps) {
  const { title, changed, removed, added, meaning } = changes;
  if (!title && changed.length + removed.length + added.length === 0) return <p class="muted">No change between these two versions.</p>;
  const pairs = [...(title ? [title] : []), ...changed];
  return (
    <div class="version-changes" data-testid="version-changes">
      <p class="version-summary">
        {[
          changed.length && `${changed.length} sentence${changed.length === 1 ? '' : 's'} changed`,
          added.length && `${added.length} added`,
          removed.length && `${removed.length} removed`,
          title && 'headline changed',
        ]
          .filter(Boolean)
          .join(', ')}
        .
      </p>
      {meaning.length > 0 && (
        <ul class="meaning-changes" aria-label="Changes of meaning">
          {meaning.map((m, i) => (
            <li key={i}>
              <strong>{m.label}</strong>: {m.summary}
            </li>
          ))}
        </ul>
      )}
      {pairs.length > 0 && (
        <table class="side-by-side">
          <thead>
            <tr>
              <th scope="col">{names[0]}</th>
              <th scope="col">{names[1]}</th>
            </tr>
          </thead>
          <tbody>
            {pairs.map((p, i) => {
              const [before, after] = changedWords(p.before, p.after);
              return (
                <tr key={i} data-testid="changed-sentence">
                  <td>
                    <Words words={before} as="del" />
                  </td>
                  <td>
                    <Words words={after} as="ins" />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {removed.length > 0 && (
        <section>
          <h3>Removed</h3>
          <ul data-testid="removed-sentences">
            {removed.map((s, i) => (
              <li key={i}>
                <del>{s}</del>
              </li>
            ))}
          </ul>
        </section>
      )}
      {added.length > 0 && (
        <section>
          <h3>Added</h3>
          <ul data-testid="added-sentences">
            {added.map((s, i) => (
              <li key={i}>
                <ins>{s}</ins>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
