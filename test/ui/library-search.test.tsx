// @vitest-environment happy-dom
/**
 * The library page's search when the background's full-text answer is slow
 * or fails: the titles that match are shown at once, said to be so; a
 * failure is said, and the titles stay.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LibraryListReply, LibraryRow } from '../../src/contracts/library-messages';

const row = (id: string, title: string, outlet: string): LibraryRow => ({
  id,
  title,
  outlet,
  name: `${id}.html`,
  sample: false,
  addedAt: `2024-01-0${id.length}T00:00:00Z`,
});
const LIST: LibraryListReply = {
  rows: [row('a', 'Cyber talks resume', 'Wire'), row('bb', 'Budget hearing delayed', 'Ledger')],
  showSeeds: true,
  stories: [],
};
const search = vi.fn<(query: string) => Promise<unknown>>();

vi.mock('../../src/platform/messaging', () => ({
  askBackground: (type: string, fields: { query: string }) => (type === 'library-search' ? search(fields.query) : Promise.resolve(LIST)),
  onPageEvent: () => () => undefined,
}));
vi.mock('../../src/ui/library/library-api', () => ({
  listLibrary: () => Promise.resolve(LIST),
  listNewest: () => Promise.resolve(LIST),
}));

const { LibraryApp } = await import('../../src/ui/library/LibraryApp');

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  search.mockReset();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const settle = (ms = 0) => act(() => new Promise<void>((r) => setTimeout(r, ms)));
const titles = () => [...root.querySelectorAll('[data-testid=library-articles] tr[data-id] td:first-child')].map((td) => td.textContent);
const pendingNote = () => root.querySelector('[data-testid=search-pending]') !== null;

async function typeQuery(query: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('input.search')!;
  input.value = query;
  await act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
}

describe('the library page’s search', () => {
  it('shows the titles that match at once, then the text’s answer in its place', async () => {
    let answer!: (hits: unknown) => void;
    search.mockImplementation(() => new Promise((r) => (answer = r)));
    render(<LibraryApp />, root);
    await settle(50);
    expect(titles()).toHaveLength(2);
    await typeQuery('cyber');
    expect(pendingNote()).toBe(true);
    expect(titles()).toEqual(['Cyber talks resume']);
    await settle(200);
    expect(search).toHaveBeenCalledWith('cyber');
    answer([
      { id: 'bb', score: 2, terms: ['cyber'] },
      { id: 'a', score: 1, terms: ['cyber'] },
    ]);
    await settle();
    expect(pendingNote()).toBe(false);
    expect(titles()).toEqual(['Budget hearing delayed', 'Cyber talks resume']);
  });

  it('says when the text could not be searched, and keeps the titles that match', async () => {
    search.mockImplementation(() => Promise.reject(new Error('no answer')));
    render(<LibraryApp />, root);
    await settle(50);
    await typeQuery('cyber');
    await settle(200);
    expect(pendingNote()).toBe(false);
    expect(root.querySelector('p.error')?.textContent).toMatch(/could not be searched.*no answer/);
    expect(titles()).toEqual(['Cyber talks resume']);
  });
});
