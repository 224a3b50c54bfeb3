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
import type { StoriesView as StoriesData, StoryLine, StoryView as StoryData } from '../../src/contracts/cards';
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

const line = (n: number, outlets = [`O${n}`]): StoryLine => ({
  id: `story:${n}`,
  title: `Story ${n}`,
  start: '2024-01-02',
  end: '2024-01-02',
  sources: outlets.length,
  outlets: outlets.slice(0, 8),
  outletCount: outlets.length,
});

describe('StoriesView with a library of 42 stories', () => {
  const view: StoriesData = {
    main: story(0),
    others: [
      line(1),
      ...Array.from({ length: 40 }, (_, i) => line(i + 2)),
      line(
        42,
        Array.from({ length: 11 }, (_, i) => `W${i}`),
      ),
    ],
    current: 'story:0',
  };
  /** The stories opened, in order; each answered from `story(n)` after a tick (the background's reply). */
  const asked: string[] = [];
  const onOpen = (id: string) => {
    asked.push(id);
    return new Promise<StoryData | null>((resolve) => setTimeout(() => resolve(id === 'story:41' ? null : story(Number(id.split(':')[1]))), 0));
  };
  const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 5)));

  it('lays out the page’s story in full and the others one line each, the many outlets of one cut short', () => {
    mount(<StoriesView view={view} onCompare={() => undefined} onOpen={onOpen} />);
    expect(host.querySelectorAll('.story')).toHaveLength(1);
    expect(host.querySelectorAll('.story-list > li')).toHaveLength(42);
    expect(host.querySelector('.story-list .story-outlets')?.textContent?.trim()).toBe('O1');
    expect(host.querySelector('.story-list > li:last-child .story-outlets')?.textContent).toBe('W0, W1, W2, W3, W4, W5, W6, W7 and 3 more');
    expect(host.querySelector('.story-list > li:last-child .story-meta')?.textContent).toContain('11 sources');
  });

  it('opens one other story at a time, asking for it in full when opened', async () => {
    asked.length = 0;
    mount(<StoriesView view={view} onCompare={() => undefined} onOpen={onOpen} />);
    const toggles = () => [...host.querySelectorAll<HTMLButtonElement>('.story-list button.story-toggle')];
    expect(asked).toEqual([]);
    act(() => toggles()[0].click());
    expect(host.querySelector('.story-list')!.textContent).toContain('Loading the story…');
    await settle();
    expect(host.querySelectorAll('.story')).toHaveLength(2);
    act(() => toggles()[1].click());
    await settle();
    expect(host.querySelectorAll('.story')).toHaveLength(2);
    expect(
      toggles()
        .filter((b) => b.getAttribute('aria-expanded') === 'true')
        .map((b) => b.closest('li')!.dataset.story),
    ).toEqual(['story:2']);
    expect(asked).toEqual(['story:1', 'story:2']);
    // A story gone from the index since the list came says so.
    act(() => toggles()[40].click());
    await settle();
    expect(host.querySelector('li[data-story="story:41"]')!.textContent).toContain('This story is no longer in the index.');
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

describe('the Story view of a story of 300 articles', () => {
  it('says what it leaves out: the articles between the earliest and the latest, the discrepancies and versions past those listed', () => {
    const sourceAt = (n: number, day: string) => ({ id: `src-${n}`, outlet: `Outlet ${n}`, shortName: `O${n}`, title: `Article ${n}`, published: day });
    const shown = [
      ...Array.from({ length: 20 }, (_, i) => sourceAt(i, '2024-01-02')),
      ...Array.from({ length: 20 }, (_, i) => sourceAt(280 + i, '2024-12-30')),
    ];
    const variant = (n: number) => ({ source: sourceAt(n, '2024-01-02'), text: `Figure ${n}.`, changed: [], origin: false });
    const big: StoryData = {
      ...story(0),
      timeline: shown.map((source, i) => ({ source, first: i === 0, reuses: [], reusedBy: [], changes: [] })),
      sources: shown.map((s) => ({ ...s, words: 100, derivedFrom: [] })),
      sourcesBetween: { after: 20, count: 260 },
      coverage: [{ id: 'person:a', name: 'Person A', kind: 'person', counts: shown.map(() => 1) }],
      discrepancies: Array.from({ length: 60 }, (_, k) => ({
        id: `disc:${k}`,
        kind: 'number',
        summary: `Figure ${k} differs.`,
        label: 'number changed',
        relation: 'independent',
        minor: false,
        compareId: 'align:1',
        variants: Array.from({ length: 20 }, (_, v) => variant(v)),
        moreVariants: 10,
      })),
      discrepancyCount: { major: 100, minor: 50 },
    };
    mount(<StoriesView view={{ main: big, others: [] }} onCompare={() => undefined} onOpen={async () => null} />);
    const gaps = [...host.querySelectorAll('[data-testid=sources-between]')].map((e) => e.textContent);
    // In the timeline and in the sources, after the twentieth article shown.
    expect(gaps).toEqual(Array(2).fill('… 260 more articles between 2 Jan 2024 and 30 Dec 2024 not shown'));
    const timeline = [...host.querySelectorAll('ol.timeline > li')];
    expect(timeline).toHaveLength(41);
    expect((timeline[20] as HTMLElement).dataset.testid).toBe('sources-between');
    const header = [...host.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(header).toHaveLength(42);
    expect(header[21]).toBe('…');
    expect(host.querySelectorAll('tbody tr td')).toHaveLength(41);
    expect(host.querySelector('[id$=-discrepancies]')!.textContent).toBe('Discrepancies (100)');
    expect(host.querySelector('[data-testid=discrepancies-listed]')!.textContent).toContain('60 of 150 discrepancies shown');
    expect(host.querySelectorAll('[data-testid=more-variants]')).toHaveLength(60);
    expect(host.querySelector('[data-testid=more-variants]')!.textContent).toBe('and 10 more versions');
  });
});
