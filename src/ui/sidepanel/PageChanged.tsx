/**
 * "This page changed since you first read it": when the library has the
 * page's address in more than one version, what changed from the first
 * reading to the latest, in the side panel's "This page" view.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageVersions } from '../../contracts/library-messages';
import { askBackground } from '../../platform/messaging';
import { readAtLabel } from '../shared/format';
import { latestOnly } from '../../platform/latest';
import { VersionChangesView } from '../shared/VersionChanges';

export function PageChanged({ address }: { address: string | undefined }) {
  const [versions, setVersions] = useState<PageVersions | null>(null);
  const latest = useRef(latestOnly()).current;
  useEffect(() => {
    setVersions(null);
    if (address) void latest(askBackground('library-page-versions', { url: address })).then(setVersions);
  }, [address]);
  if (!versions) return null;
  const first = versions.versions[0];
  const last = versions.versions[versions.versions.length - 1];
  return (
    <section class="page-changed" data-testid="page-changed" aria-labelledby="page-changed-title">
      <h2 id="page-changed-title">Changed since you first read it, {readAtLabel(first.readAt)}</h2>
      <VersionChangesView changes={versions.changes} names={[`First read ${readAtLabel(first.readAt)}`, `Latest, read ${readAtLabel(last.readAt)}`]} />
    </section>
  );
}
