// @vitest-environment happy-dom
/**
 * The side panel at library scale: with forty stories, the Story view lays out
 * the page's story in full and the others one line each, built only when
 * opened, one at a time; This page shows the most mentioned items first and
 * the rest behind "more".
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoriesView as StoriesData, StoryView as StoryData } from '../../src/contracts/cards';
import type { FoundItem } from '../../src/contracts/messages';
import { emptyCounts } from '../../src/contracts/messages';
import { StoriesView } from '../../src/ui/sidepanel/StoryView';
import { ThisPage } from '../../src/ui/sidepanel/ThisPage';

function story(n: number): StoryData {
  const source = { id: `src-${n}`, outlet: `Outlet ${n}`, shortName: `O${n}`, title: `Article ${n}`, published: '2024-01-02' };
  return {
    id: `story:${n}`,
    title: `Story ${n}`,
    start: '2024-01-02',
    end: '2024-01-02',
    names: [],
    related: [],
    timeline: [{ source, first: true, reuses: [], reusedBy: [], changes: [] }],
    sources: [{ ...source, words: 100, derivedFrom: [] }],
    coverage: [],
    discrepancies: [],
  };
}

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});
const mount = (node: preact.ComponentChild) => {
  host = document.createElement('div');
  document.body.append(host);
  act(() => render(node, host));
};

describe('StoriesView with a library of 42 stories', () => {
  const view: StoriesData = { stories: Array.from({ length: 42 }, (_, i) => story(i)), current: 'story:0' };

  it('lays out the page’s story in full and the others one line each', () => {
    mount(<StoriesView view={view} onCompare={() => undefined} />);
    expect(host.querySelectorAll('.story')).toHaveLength(1);
    expect(host.querySelectorAll('.story-list > li')).toHaveLength(41);
    expect(host.querySelector('.story-list .story-outlets')?.textContent?.trim()).toBe('O1');
  });

  it('opens one other story at a time', () => {
    mount(<StoriesView view={view} onCompare={() => undefined} />);
    const toggles = () => [...host.querySelectorAll<HTMLButtonElement>('.story-list button.story-toggle')];
    act(() => toggles()[0].click());
    expect(host.querySelectorAll('.story')).toHaveLength(2);
    act(() => toggles()[1].click());
    expect(host.querySelectorAll('.story')).toHaveLength(2);
    expect(
      toggles()
        .filter((b) => b.getAttribute('aria-expanded') === 'true')
        .map((b) => b.closest('li')!.dataset.story),
    ).toEqual(['story:2']);
  });
});

describe('ThisPage with many names', () => {
  it('shows the most mentioned first, the rest behind "more"', () => {
    const items: FoundItem[] = Array.from({ length: 20 }, (_, i) => ({ id: `person:${i}`, kind: 'person', label: `Person ${i}`, count: i + 1 }));
    mount(<ThisPage status={{ counts: { ...emptyCounts(), person: 210 }, items }} onReveal={() => undefined} onCompare={() => undefined} />);
    const labels = () => [...host.querySelectorAll('.label')].map((e) => e.textContent);
    expect(labels()).toHaveLength(8);
    expect(labels()[0]).toBe('Person 19');
    act(() => host.querySelector<HTMLButtonElement>('button.more')!.click());
    expect(labels()).toHaveLength(20);
  });
});
