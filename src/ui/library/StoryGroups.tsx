/**
 * The library's articles, story by story, with the reader's corrections:
 * rename a story, merge it with another, split articles off into a new one,
 * move an article to another story. Every title and name is rendered as text.
 */
import { useState } from 'preact/hooks';
import type { LibraryRow, LibraryStory, StoryEdit } from '../../contracts/library-messages';
import type { StoryGroup } from './story-groups';
import { VersionsButton } from './Versions';

export interface RowActions {
  /** `title`: what the reader is told was removed (and may undo). */
  onRemove: (id: string, title: string) => void;
  onReread: (id: string) => void;
  onExport: (id: string) => void;
}

interface Props extends RowActions {
  groups: StoryGroup[];
  stories: LibraryStory[];
  onEdit: (edit: StoryEdit) => void;
}

const NEW_STORY = 'new';

export function StoryGroups({ groups, stories, onEdit, ...actions }: Props) {
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string, on: boolean) => setPicked((p) => (on ? new Set([...p, id]) : new Set([...p].filter((x) => x !== id))));
  const edit = (e: StoryEdit) => {
    setPicked(new Set());
    onEdit(e);
  };
  return (
    <table class="articles" data-testid="library-articles">
      <thead>
        <tr>
          <th>
            <span class="visually-hidden">Pick to split off</span>
          </th>
          <th>Title</th>
          <th>Outlet</th>
          <th>Date</th>
          <th>Story</th>
          <th>
            <span class="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      {groups.map((g) => (
        <tbody key={g.story?.id ?? 'none'} data-story={g.story?.id ?? ''} data-testid="story-group">
          {g.story ? <StoryHead story={g.story} stories={stories} picked={g.story.sources.filter((id) => picked.has(id))} onEdit={edit} /> : <LooseHead />}
          {g.rows.map((r) => (
            <ArticleRow key={r.id} row={r} story={g.story} stories={stories} picked={picked.has(r.id)} onPick={toggle} onEdit={edit} {...actions} />
          ))}
        </tbody>
      ))}
    </table>
  );
}

function LooseHead() {
  return (
    <tr class="story-head">
      <th colSpan={6}>Not in a story</th>
    </tr>
  );
}

interface HeadProps {
  story: LibraryStory;
  stories: LibraryStory[];
  /** The story's articles picked to split off. */
  picked: string[];
  onEdit: (edit: StoryEdit) => void;
}

function StoryHead({ story, stories, picked, onEdit }: HeadProps) {
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(story.title);
  const others = stories.filter((s) => s.id !== story.id);
  const rename = (e: Event) => {
    e.preventDefault();
    setRenaming(false);
    // Read from the form: a submit right after typing may come before the state has the last keystroke.
    const typed = String(new FormData(e.currentTarget as HTMLFormElement).get('title') ?? title).trim();
    if (typed && typed !== story.title) onEdit({ op: 'rename', story: story.id, title: typed });
  };
  return (
    <tr class="story-head">
      <th colSpan={6}>
        {renaming ? (
          <form class="rename" onSubmit={rename}>
            <input
              name="title"
              aria-label="Story title"
              data-testid="story-title-input"
              value={title}
              maxLength={200}
              onInput={(e) => setTitle(e.currentTarget.value)}
            />
            <button type="submit">Save</button>
            <button type="button" onClick={() => setRenaming(false)}>
              Cancel
            </button>
          </form>
        ) : (
          <span class="story-title" data-testid="story-title">
            {story.title}
          </span>
        )}
        <span class="story-count">
          {story.sources.length} {story.sources.length === 1 ? 'article' : 'articles'}
        </span>
        <span class="story-actions">
          {!renaming && (
            <button type="button" data-testid="story-rename" onClick={() => (setTitle(story.title), setRenaming(true))}>
              Rename
            </button>
          )}
          {others.length > 0 && (
            <ChooseThenApply
              label={`Merge ${story.title} with another story`}
              placeholder="Merge with…"
              action="Merge"
              actionLabel={(title) => `Merge ${story.title} with ${title}`}
              testId="story-merge"
              options={others.map((s) => ({ value: s.id, label: s.title }))}
              onApply={(other) => onEdit({ op: 'merge', stories: [story.id, other] })}
            />
          )}
          {story.sources.length > 1 && (
            <button
              type="button"
              data-testid="story-split"
              disabled={picked.length === 0 || picked.length === story.sources.length}
              onClick={() => onEdit({ op: 'split', story: story.id, sources: picked })}
            >
              Split picked into a new story
            </button>
          )}
        </span>
      </th>
    </tr>
  );
}

interface RowProps extends RowActions {
  row: LibraryRow;
  story?: LibraryStory;
  stories: LibraryStory[];
  picked: boolean;
  onPick: (id: string, on: boolean) => void;
  onEdit: (edit: StoryEdit) => void;
}

function ArticleRow({ row: r, story, stories, picked, onPick, onEdit, onRemove, onReread, onExport }: RowProps) {
  return (
    <tr data-id={r.id}>
      <td>
        {story && story.sources.length > 1 && (
          <input type="checkbox" aria-label={`Pick ${r.title}`} checked={picked} onChange={(e) => onPick(r.id, e.currentTarget.checked)} />
        )}
      </td>
      <td class="title">
        {r.url ? (
          <a href={r.url} target="_blank" rel="noreferrer noopener">
            {r.title}
          </a>
        ) : (
          r.title
        )}
        {r.short && (
          <span class="tag" title="Shorter than an article usually is; kept because you asked for it">
            short
          </span>
        )}
        <VersionsButton row={r} />
      </td>
      <td>
        {r.outlet} {r.sample && <span class="tag">sample</span>}
      </td>
      <td>{r.published ?? ''}</td>
      <td>
        {story && (
          <ChooseThenApply
            label={`Move ${r.title} to another story`}
            placeholder={story.title}
            action="Move"
            actionLabel={(title) => `Move ${r.title} to ${title}`}
            testId="article-move"
            options={[
              ...stories.filter((s) => s.id !== story.id).map((s) => ({ value: s.id, label: s.title })),
              ...(story.sources.length > 1 ? [{ value: NEW_STORY, label: 'A new story of its own' }] : []),
            ]}
            onApply={(to) => onEdit({ op: 'move', source: r.id, to })}
          />
        )}
      </td>
      <td class="row-actions">
        {!r.sample && (
          <>
            <button type="button" onClick={() => onReread(r.id)} title="Read it again from the text it was saved from">
              Read again
            </button>
            <button type="button" onClick={() => onExport(r.id)}>
              Markdown
            </button>
            <button type="button" data-action="remove" aria-label={`Remove “${r.title}” from the library`} onClick={() => onRemove(r.id, r.title)}>
              Remove
            </button>
          </>
        )}
      </td>
    </tr>
  );
}

interface ChooseProps {
  /** The select's accessible name. */
  label: string;
  /** The select's first, empty choice. */
  placeholder: string;
  action: string;
  actionLabel: (choice: string) => string;
  testId: string;
  options: { value: string; label: string }[];
  onApply: (value: string) => void;
}

/**
 * A choice that acts only on its button: arrowing through a select with the
 * keyboard fires `change` at every option, so the select itself never acts.
 */
function ChooseThenApply({ label, placeholder, action, actionLabel, testId, options, onApply }: ChooseProps) {
  const [choice, setChoice] = useState('');
  const chosen = options.find((o) => o.value === choice);
  return (
    <span class="choose">
      <select aria-label={label} data-testid={testId} value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        data-testid={`${testId}-apply`}
        disabled={!chosen}
        aria-label={chosen ? actionLabel(chosen.label) : action}
        onClick={() => {
          if (!chosen) return;
          setChoice('');
          onApply(chosen.value);
        }}
      >
        {action}
      </button>
    </span>
  );
}
