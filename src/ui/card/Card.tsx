import { useState } from 'preact/hooks';
import type { Card as CardData, Disagreement, EntityCard, PageChangeNote, PassageCard, QuoteCard, SourceLabel } from '../../contracts/cards';
import { plural, readAtLabel, relationText } from '../shared/format';
import { changedWords } from '../shared/VersionChanges';
import { Marked } from '../shared/Marked';

/** The card's buttons; each gets the click, so that only the reader's own (a trusted event) acts. */
export interface CardActions {
  onCompare(event?: Event): void;
  /** Opens the saved copy of an article that has no address of its own. */
  onOpenSource(sourceId: string, event?: Event): void;
  onMute(event?: Event): void;
  onSiteOff(event?: Event): void;
  onClose(event?: Event): void;
}

export interface CardProps extends CardActions {
  /** `undefined` while loading, `null` when the index has nothing for this id. */
  card: CardData | null | undefined;
  /** A line to show after an action (e.g. the side panel could not be opened). */
  notice?: string;
}

const KIND_LABELS: Record<string, string> = {
  person: 'Person',
  organization: 'Organisation',
  place: 'Place',
  topic: 'Topic',
  quote: 'Quote',
  passage: 'Reused passage',
};

export function formatDate(iso?: string): string {
  if (!iso) return '';
  const d = new Date(iso + 'T12:00:00Z');
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** Which article a row is: outlet, "this page", date, and its title as the way to open it. */
function SourceName({ source, onOpen }: { source: SourceLabel; onOpen?: CardActions['onOpenSource'] }) {
  return (
    <span class="source">
      <strong>{source.outlet}</strong>
      {source.repostOf && <span class="repost"> · repost of {source.repostOf}</span>}
      {source.thisPage && <span class="this-page"> · this page</span>}
      {source.published && <span class="date"> · {formatDate(source.published)}</span>}
      {onOpen && <ArticleTitle source={source} onOpen={onOpen} />}
    </span>
  );
}

function ArticleTitle({ source, onOpen }: { source: SourceLabel; onOpen: CardActions['onOpenSource'] }) {
  if (source.thisPage) return <span class="title">{source.title}</span>;
  if (source.url)
    return (
      <a class="title" href={source.url} target="_blank" rel="noopener noreferrer" title={`Open the article at ${source.url}`}>
        {source.title}
      </a>
    );
  return (
    <button type="button" class="link title" title="Open the saved copy" onClick={(e) => onOpen(source.id, e)}>
      {source.title}
    </button>
  );
}

/** Each source's words at the change, the changed words marked, the origin named as such. */
export function Wordings({ items }: { items: Disagreement['wordings'] }) {
  return (
    <ul class="wordings">
      {items.map((w) => (
        <li key={w.source}>
          <span class="wording-source">
            {w.source}
            {w.origin && <span class="origin"> (origin)</span>}:
          </span>{' '}
          <Marked text={w.text} changed={w.changed} />
        </li>
      ))}
    </ul>
  );
}

function DisagreementItem({ d }: { d: Disagreement }) {
  return (
    <li class="disagreement">
      <p>
        <span class="tag">{d.label}</span> {d.summary} <span class="relation">Between {relationText(d.relation)}.</span>
      </p>
      <Wordings items={d.wordings} />
    </li>
  );
}

/**
 * Where the sources disagree about the hovered item: what clears the
 * precision bar, then the minor differences folded away (a reader opens them,
 * they never crowd the card). The other changes of the same sentences (about
 * someone or something else) are only counted, with the way to see them.
 */
function Disagreements({ items, others, onMore }: { items: Disagreement[]; others: number; onMore: (event?: Event) => void }) {
  const more = others > 0 && (
    <p class="other-changes muted">
      {items.length ? `And ${plural(others, 'other change')}` : plural(others, 'change')} in these sentences, about something else.{' '}
      <button type="button" class="link" onClick={onMore}>
        See all in the side panel
      </button>
    </p>
  );
  if (items.length === 0) return more || null;
  const shown = items.filter((d) => !d.minor);
  const minor = items.filter((d) => d.minor);
  return (
    <section class="disagree" aria-label="Where the sources disagree">
      {shown.length > 0 && (
        <>
          <h3>Sources disagree</h3>
          <ul>
            {shown.map((d) => (
              <DisagreementItem key={d.summary} d={d} />
            ))}
          </ul>
        </>
      )}
      {minor.length > 0 && (
        <details class="minor">
          <summary>{plural(minor.length, 'minor difference')}</summary>
          <ul>
            {minor.map((d) => (
              <DisagreementItem key={d.summary} d={d} />
            ))}
          </ul>
        </details>
      )}
      {more}
    </section>
  );
}

function EntityBody({ card, onMore, onOpen }: { card: EntityCard; onMore: CardActions['onCompare']; onOpen: CardActions['onOpenSource'] }) {
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const toggle = (id: string) => setExpanded((s) => new Set(s.has(id) ? [...s].filter((x) => x !== id) : [...s, id]));
  return (
    <>
      {card.description && (
        <p class="description">
          {card.description.text} <span class="muted">({card.description.source.thisPage ? 'this page' : card.description.source.shortName})</span>
        </p>
      )}
      {card.articles && card.articles.length > 0 && (
        <ul class="articles" aria-label={card.kind === 'person' ? 'Wrote' : 'Published'}>
          {card.articles.map((a) => (
            <li key={`${a.role}-${a.source.id}`}>
              {a.role === 'author' ? 'Wrote' : 'Published'} <SourceName source={a.source} />
              {a.reusedBy.length > 0 && <span class="muted"> · reused by {a.reusedBy.map((s) => s.shortName).join(', ')}</span>}
            </li>
          ))}
        </ul>
      )}
      <p class="coverage">
        Named in {card.sourceCount} of {card.totalSources} sources
      </p>
      <Disagreements items={card.disagreements} others={card.otherChanges} onMore={onMore} />
      <ul class="rows">
        {card.rows.map((row, i) => {
          const open = expanded.has(row.source.id);
          const shown = open ? row.sentences : row.sentences.slice(0, 1);
          // With more than one story, each story's rows get its title once.
          const manyStories = card.rows.some((r) => r.story?.id !== card.rows[0].story?.id);
          const storyStarts = manyStories && row.story && row.story.id !== card.rows[i - 1]?.story?.id;
          return (
            <li key={row.source.id}>
              {storyStarts && <p class="story-heading">{row.story!.title}</p>}
              <SourceName source={row.source} onOpen={onOpen} />
              {shown.map((s) => (
                <blockquote key={s.id}>
                  <Marked text={s.text} marks={s.marks} />
                </blockquote>
              ))}
              {row.sentences.length > 1 && (
                <button type="button" class="link" aria-expanded={open} onClick={() => toggle(row.source.id)}>
                  {open ? 'Show less' : `${plural(row.sentences.length - 1, 'more sentence')}`}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

const STATUS_LABELS = { verbatim: 'verbatim', altered: 'altered', unquoted: 'not quoted' } as const;

function QuoteBody({ card, onMore, onOpen }: { card: QuoteCard; onMore: CardActions['onCompare']; onOpen: CardActions['onOpenSource'] }) {
  return (
    <>
      {card.speaker && <p class="description">Said by {card.speaker}</p>}
      <p class="coverage">
        Carried by {card.carriers.length} of {card.carriers.length + card.missing.length} sources
      </p>
      <ul class="rows">
        {card.carriers.map((c) => (
          <li key={c.source.id}>
            <SourceName source={c.source} onOpen={onOpen} /> <span class={`tag status-${c.status}`}>{STATUS_LABELS[c.status]}</span>
            <blockquote>
              <Marked text={c.text} changed={c.marks} />
            </blockquote>
          </li>
        ))}
      </ul>
      {card.missing.length > 0 && <p class="muted">Not in {card.missing.map((s) => s.shortName).join(', ')}.</p>}
      <Disagreements items={card.disagreements} others={card.otherChanges} onMore={onMore} />
    </>
  );
}

function PassageBody({ card, onMore, onOpen }: { card: PassageCard; onMore: CardActions['onCompare']; onOpen: CardActions['onOpenSource'] }) {
  return (
    <>
      <p class="coverage">Made by {plural(card.versions.length, 'source')}; words that differ from this page are marked.</p>
      <Disagreements items={card.disagreements} others={card.otherChanges} onMore={onMore} />
      <ul class="rows">
        {card.versions.map((v) => (
          <li key={v.source.id}>
            <SourceName source={v.source} onOpen={onOpen} />
            <blockquote>
              <Marked text={v.text} changed={v.marks} />
            </blockquote>
          </li>
        ))}
      </ul>
    </>
  );
}

function titleOf(card: CardData): string {
  if (card.type === 'entity') return card.name;
  if (card.type === 'quote') return `“${card.text}”`;
  return card.page?.text ?? card.versions[0]?.text ?? '';
}

export function Card({ card, notice, onCompare, onOpenSource, onMute, onSiteOff, onClose }: CardProps) {
  const kind = card ? (card.type === 'entity' ? card.kind : card.type) : undefined;
  return (
    <div class="card" role="dialog" aria-label={card ? `Sourcelight: ${titleOf(card)}` : 'Sourcelight'}>
      <header>
        <div class="heading">
          {kind && <span class={`kind kind-${kind}`}>{KIND_LABELS[kind]}</span>}
          <h2 class={card?.type === 'entity' ? 'name' : 'name long'}>{card ? titleOf(card) : 'Sourcelight'}</h2>
        </div>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <div class="body">
        {card === undefined && <p class="muted">Loading what the sources said…</p>}
        {card === null && <p class="muted">The story index has nothing more on this.</p>}
        {card?.type === 'entity' && <EntityBody card={card} onMore={onCompare} onOpen={onOpenSource} />}
        {card?.type === 'quote' && <QuoteBody card={card} onMore={onCompare} onOpen={onOpenSource} />}
        {card?.type === 'passage' && <PassageBody card={card} onMore={onCompare} onOpen={onOpenSource} />}
        {card?.pageChanged && <PageChanged note={card.pageChanged} />}
      </div>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <footer>
        <button type="button" class="primary" onClick={onCompare}>
          Compare in side panel
        </button>
        <button type="button" onClick={onMute}>
          Don't highlight this term
        </button>
        <button type="button" onClick={onSiteOff}>
          Turn off on this site
        </button>
      </footer>
    </div>
  );
}

/** This page changed since the reader first read it: how much, the changes of meaning, and the sentences that name the item hovered. */
function PageChanged({ note }: { note: PageChangeNote }) {
  const counts = [note.changed && plural(note.changed, 'sentence') + ' changed', note.added && `${note.added} added`, note.removed && `${note.removed} removed`]
    .filter(Boolean)
    .join(', ');
  return (
    <section class="page-changed" data-testid="card-page-changed">
      <h3>This page changed since you first read it, {readAtLabel(note.since)}</h3>
      {counts && <p class="muted">{counts}.</p>}
      {note.meaning.length > 0 && (
        <ul class="meaning">
          {note.meaning.slice(0, 3).map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
      {note.about.map((pair, i) => {
        const [before, after] = changedWords(pair.before, pair.after);
        return (
          <p key={i} class="changed-sentence">
            {pair.before && <del>{before.map((w, j) => (w.changed ? <strong key={j}>{w.text}</strong> : w.text))}</del>}
            {pair.before && pair.after && ' → '}
            {pair.after && <ins>{after.map((w, j) => (w.changed ? <strong key={j}>{w.text}</strong> : w.text))}</ins>}
          </p>
        );
      })}
    </section>
  );
}
