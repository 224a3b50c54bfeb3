/**
 * The library as a reading list: one line per article (title, outlet, date,
 * story, how it came in), newest first, narrowed by site, story, day and how
 * it came in. Only the rows in view are rendered (one row height for every
 * line, and two spacers), so 10,000 articles paint as fast as 40. A story's
 * tools (rename, merge, split, move) show when the list is narrowed to a story
 * of more than one article; removing every article shown is one button with a
 * confirmation.
 * Every title and name is rendered as text.
 */
import { VersionsButton } from './Versions';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LibraryRow, LibraryStory, StoryEdit } from '../../contracts/library-messages';
import { filterChoices, readingList, visibleWindow, withinChoices, type ListFilter } from './reading-list';
import { StoryGroups, type RowActions } from './StoryGroups';

/** A line's height when its buttons fit on one line; a narrow window wraps them and lines grow (see `lineHeightNeeded`). */
const ROW_HEIGHT = 34;
/** A cell's padding and the line's border, around its buttons. */
const CELL_FRAME = 13;
const VIEW_HEIGHT = 640;

const ORIGIN_NAMES: Record<string, string> = { saved: 'saved', imported: 'imported', captured: 'captured', sample: 'sample' };

interface Props extends RowActions {
  rows: LibraryRow[];
  stories: LibraryStory[];
  /** Set while `rows` are only the newest: how many the whole list holds (its filters wait for it). */
  total?: number;
  searching: boolean;
  onEdit: (edit: StoryEdit) => void;
  onRemoveMany: (ids: string[]) => void;
}

export function ReadingList({ rows, stories, total, searching, onEdit, onRemoveMany, ...actions }: Props) {
  const [filter, setFilter] = useState<ListFilter>({});
  const [scrollTop, setScrollTop] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);
  const section = useRef<HTMLElement>(null);
  const [rowHeight, setRowHeight] = useState(ROW_HEIGHT);
  const list = useMemo(() => readingList(rows, stories, filter, searching), [rows, stories, filter, searching]);
  const choices = useMemo(() => filterChoices(rows, stories), [rows, stories]);
  // A choice gone with a change (a site's last article removed) is no longer a filter.
  useLayoutEffect(() => setFilter((f) => withinChoices(f, choices)), [choices]);
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [filter, searching]);
  const { start, end } = visibleWindow(list.length, rowHeight, scrollTop, VIEW_HEIGHT);
  // Every line is given the height the tallest rendered line needs, so that the window math holds when buttons wrap:
  // measured when the lines rendered change, and when the list's width does (one observer for the list's life).
  useLayoutEffect(() => {
    if (section.current) setRowHeight(lineHeightNeeded(section.current));
  }, [start, end, list]);
  useLayoutEffect(() => {
    const view = section.current;
    if (!view) return;
    const observer = new ResizeObserver(() => setRowHeight(lineHeightNeeded(view)));
    observer.observe(view);
    return () => observer.disconnect();
  }, []);
  const set = (patch: Partial<ListFilter>) => setFilter((f) => clean({ ...f, ...patch }));
  const story = filter.story ? stories.find((s) => s.id === filter.story) : undefined;
  const narrowed = searching || Object.keys(filter).length > 0;
  const removable = list.filter((e) => !e.row.sample).map((e) => e.row.id);
  const removeShown = () => {
    if (confirm(`Remove the ${removable.length} articles shown from the library?`)) onRemoveMany(removable);
  };
  return (
    <section class="reading-list" aria-label="Articles" ref={section}>
      {total !== undefined ? (
        <div class="filters">
          <span class="count muted" role="status">
            The newest {rows.filter((r) => !r.sample).length} of {total} saved articles; reading the rest…
          </span>
        </div>
      ) : (
        <div class="filters" data-testid="library-filters">
          <Choice label="Site" value={filter.outlet} options={choices.outlets.map(([o, n]) => [o, `${o} (${n})`])} onChange={(outlet) => set({ outlet })} />
          <Choice
            label="Story"
            value={filter.story}
            options={choices.stories.map((s) => [s.id, `${s.title} (${s.sources.length})`])}
            onChange={(id) => set({ story: id })}
          />
          <Choice label="Day added" value={filter.day} options={choices.days.map(([d, n]) => [d, `${d} (${n})`])} onChange={(day) => set({ day })} />
          <Choice
            label="How it came in"
            value={filter.origin}
            options={choices.origins.map(([o, n]) => [o, `${ORIGIN_NAMES[o] ?? o} (${n})`])}
            onChange={(origin) => set({ origin: origin as ListFilter['origin'] })}
          />
          <span class="count" data-testid="library-count">
            {list.length} {list.length === 1 ? 'article' : 'articles'}
          </span>
          {narrowed && removable.length > 0 && (
            <button type="button" class="danger" data-testid="remove-shown" onClick={removeShown}>
              Remove the {removable.length} shown
            </button>
          )}
        </div>
      )}
      {story && (
        <StoryGroups groups={[{ story, rows: list.map((e) => e.row) }]} stories={stories.filter((s) => s.sources.length > 1)} onEdit={onEdit} {...actions} />
      )}
      {!story && (
        <div class="scroller" ref={scroller} style={{ maxHeight: `${VIEW_HEIGHT}px` }} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
          <table class="articles list" data-testid="library-articles">
            <thead>
              <tr>
                <th class="title">Title</th>
                <th class="outlet">Outlet</th>
                <th class="date">Date</th>
                <th class="story">Story</th>
                <th class="origin">In by</th>
                <th class="row-actions">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {start > 0 && <tr class="spacer" style={{ height: `${start * rowHeight}px` }} aria-hidden="true" />}
              {list.slice(start, end).map(({ row, story: s }) => (
                <tr key={row.id} data-id={row.id} style={{ height: `${rowHeight}px` }}>
                  <td class="title">
                    {row.url ? <a href={row.url}>{row.title}</a> : row.title}
                    {row.short && (
                      <span class="tag" title="Shorter than an article usually is; kept because you asked for it">
                        short
                      </span>
                    )}
                  </td>
                  <td class="outlet">{row.outlet}</td>
                  <td class="date">{row.published?.slice(0, 10) ?? ''}</td>
                  <td class="story">
                    {s && (
                      <button type="button" class="link" onClick={() => set({ story: s.id })} title={`${s.title}: show this story and its tools`}>
                        {s.title}
                      </button>
                    )}
                  </td>
                  <td class="origin">{row.sample ? 'sample' : (row.origin ?? '')}</td>
                  <td class="row-actions">
                    {!row.sample && (
                      <div class="row-buttons">
                        <VersionsButton row={row} />
                        <button type="button" onClick={() => actions.onReread(row.id)}>
                          Read again
                        </button>
                        <button type="button" onClick={() => actions.onExport(row.id)}>
                          Markdown
                        </button>
                        <button
                          type="button"
                          data-action="remove"
                          onClick={() => actions.onRemove(row.id, row.title)}
                          aria-label={`Remove “${row.title}” from the library`}
                        >
                          Remove
                        </button>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
              {end < list.length && <tr class="spacer" style={{ height: `${(list.length - end) * rowHeight}px` }} aria-hidden="true" />}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

const clean = (f: ListFilter): ListFilter => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== '')) as ListFilter;

function Choice({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value?: string;
  options: [string, string][];
  onChange: (v: string | undefined) => void;
}) {
  return (
    <label class="choice">
      {label}{' '}
      <select data-filter={label} value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || undefined)}>
        <option value="">all</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The height every line needs: its buttons' own height (they wrap in a narrow window) in a cell, and never less than `ROW_HEIGHT`. */
function lineHeightNeeded(view: HTMLElement): number {
  let needed = ROW_HEIGHT;
  for (const buttons of view.querySelectorAll<HTMLElement>('tr[data-id] .row-buttons')) needed = Math.max(needed, Math.ceil(buttons.offsetHeight) + CELL_FRAME);
  return needed;
}
