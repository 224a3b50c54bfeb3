import type { FoundItem, PageStatus, SpotKind } from '../../contracts/messages';
import { SPOT_KINDS } from '../../contracts/messages';

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

export function ThisPage({ status, onReveal, onCompare }: ThisPageProps) {
  if (status === undefined) return <p class="muted">Reading this tab…</p>;
  if (status === null) return <p class="muted">Sourcelight does not run on this tab (a browser page, or switched off for this site).</p>;
  if (status.items.length === 0) return <p class="muted">Nothing from the story index on this page yet.</p>;
  return (
    <div class="this-page">
      {SPOT_KINDS.map((kind) => {
        const items = status.items.filter((i) => i.kind === kind);
        if (items.length === 0) return null;
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
          </section>
        );
      })}
    </div>
  );
}
