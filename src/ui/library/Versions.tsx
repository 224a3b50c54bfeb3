/**
 * An article's versions in the library page: a button on its row ("3
 * versions") opens a dialog listing them, with any two compared side by side
 * (the first reading and the latest, unless the reader picks others).
 */
import { createPortal } from 'preact/compat';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleVersionRow, LibraryRow, VersionChanges } from '../../contracts/library-messages';
import { askBackground } from '../../platform/messaging';
import { readAtLabel } from '../shared/format';
import { latestOnly } from '../../platform/latest';
import { VersionChangesView } from '../shared/VersionChanges';

const versionName = (v: ArticleVersionRow | undefined, last: number) =>
  v ? `${v.n === last ? 'Latest' : `Version ${v.n}`}, read ${readAtLabel(v.readAt)}` : '';

export function VersionsButton({ row }: { row: LibraryRow }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  if (!row.versions) return null;
  return (
    <>
      <button
        type="button"
        class="versions-button"
        data-testid="versions-button"
        aria-label={`${row.versions} versions of ${row.title}: compare them`}
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        {row.versions} versions
      </button>
      {/* Outside the list: a row drawn only while in view must not take the dialog with it. */}
      {createPortal(
        <dialog ref={dialog} class="versions-dialog" aria-label={`Versions of ${row.title}`} onClose={() => setOpen(false)}>
          {open && <VersionsOf row={row} onClose={() => dialog.current?.close()} />}
        </dialog>,
        document.body,
      )}
    </>
  );
}

function VersionsOf({ row, onClose }: { row: LibraryRow; onClose: () => void }) {
  const [versions, setVersions] = useState<ArticleVersionRow[]>();
  const [pick, setPick] = useState<[number, number]>();
  const [changes, setChanges] = useState<VersionChanges | null>();
  const latest = useRef(latestOnly()).current;

  useEffect(() => {
    void askBackground('library-versions', { id: row.id }).then((list) => {
      setVersions(list);
      if (list.length >= 2) setPick([list[0].n, list[list.length - 1].n]);
    });
  }, [row.id]);

  useEffect(() => {
    if (!pick) return;
    setChanges(undefined);
    void latest(askBackground('library-version-changes', { id: row.id, from: pick[0], to: pick[1] })).then(setChanges);
  }, [row.id, pick?.[0], pick?.[1]]);

  const last = versions?.[versions.length - 1]?.n ?? 0;
  const byN = (n: number) => versions?.find((v) => v.n === n);
  return (
    <div class="versions">
      <header>
        <h2>{row.title}</h2>
        <button type="button" onClick={onClose} aria-label="Close the versions">
          Close
        </button>
      </header>
      {!versions ? (
        <p class="muted">Reading the versions…</p>
      ) : (
        <>
          <ol class="version-list">
            {versions.map((v) => (
              <li key={v.n}>
                {versionName(v, last)}: {v.sentences} sentences
              </li>
            ))}
          </ol>
          {pick && (
            <p class="version-pick">
              <label>
                Compare{' '}
                <select aria-label="The earlier version" value={pick[0]} onChange={(e) => setPick([Number(e.currentTarget.value), pick[1]])}>
                  {versions.map((v) => (
                    <option key={v.n} value={v.n}>
                      {versionName(v, last)}
                    </option>
                  ))}
                </select>
              </label>{' '}
              <label>
                with{' '}
                <select aria-label="The later version" value={pick[1]} onChange={(e) => setPick([pick[0], Number(e.currentTarget.value)])}>
                  {versions.map((v) => (
                    <option key={v.n} value={v.n}>
                      {versionName(v, last)}
                    </option>
                  ))}
                </select>
              </label>
            </p>
          )}
          {pick && changes === undefined && <p class="muted">Comparing…</p>}
          {pick && changes === null && <p class="muted">These versions are no longer in the library.</p>}
          {pick && changes && <VersionChangesView changes={changes} names={[versionName(byN(pick[0]), last), versionName(byN(pick[1]), last)]} />}
        </>
      )}
    </div>
  );
}
