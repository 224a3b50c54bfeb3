import { useState } from 'preact/hooks';
import type { FoundItem, PageStatus, SpotKind } from '../../contracts/messages';
import { SPOT_KINDS } from '../../contracts/messages';
import { PageChanged } from './PageChanged';

const GROUP_TITLES: Record<SpotKind, string> = {
  person: 'People',
  organization: 'Organisations',
  place: 'Places',
  topic: 'Topics',
  quote: 'Quotes',
  passage: 'Reused passages',
};

export interface ThisPageProps {
  status: PageStatus | null | undefined;
  onReveal(item: FoundItem): void;
  onCompare(item: FoundItem): void;
}

/** Items shown per group before "more": the most mentioned first. */
const SHORT = 8;

export function ThisPage({ status, onReveal, onCompare }: ThisPageProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<SpotKind>>(new Set());
  if (status === undefined) return <p class="muted">Reading this tab…</p>;
  if (status === null) return <p class="muted">Sourcelight does not run on this tab (a browser page, or switched off for this site).</p>;
  const changed = <PageChanged address={status.address} />;
  if (status.items.length === 0)
    return (
      <>
        {changed}
        <p class="muted">Nothing from the story index on this page yet.</p>
      </>
    );
  return (
    <div class="this-page">
      {changed}
      {SPOT_KINDS.map((kind) => {
        const all = status.items.filter((i) => i.kind === kind).sort((a, b) => b.count - a.count);
        if (all.length === 0) return null;
        const open = expanded.has(kind);
        const items = open ? all : all.slice(0, SHORT);
        return (
          <section key={kind} aria-labelledby={`group-${kind}`}>
            <h2 id={`group-${kind}`}>
              {GROUP_TITLES[kind]} <span class="count">{status.counts[kind]}</span>
            </h2>
            <ul class="items">
              {items.map((item) => (
                <li key={item.id}>
                  <button type="button" class="item" onClick={() => onReveal(item)} title="Show the next mention on the page">
                    <span class="label">{item.label}</span>
                    <span class="count" aria-label={`${item.count} mentions`}>
                      {item.count}
                    </span>
                  </button>
                  <button type="button" class="compare" onClick={() => onCompare(item)} aria-label={`Compare the sources on ${item.label}`}>
                    Compare
                  </button>
                </li>
              ))}
            </ul>
            {all.length > SHORT && (
              <button
                type="button"
                class="link more"
                aria-expanded={open}
                onClick={() => setExpanded(new Set([...expanded, kind].filter((k) => k !== kind || !open)))}
              >
                {open ? 'Show fewer' : `${all.length - SHORT} more`}
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
}
