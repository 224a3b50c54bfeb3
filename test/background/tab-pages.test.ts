import { describe, expect, it } from 'vitest';
import { forgetTab, notePage, pageOfTab } from '../../src/background/tab-pages';

describe('the page each tab shows', () => {
  it('keeps the top frame of a tab, not its frames, and forgets a closed tab', () => {
    notePage(7, 0, 'https://news.example/a');
    notePage(7, 3, 'https://ads.example/frame');
    expect(pageOfTab(7)).toBe('https://news.example/a');
    notePage(7, 0, 'https://news.example/b');
    expect(pageOfTab(7)).toBe('https://news.example/b');
    expect(pageOfTab(8)).toBeUndefined();
    expect(pageOfTab(undefined)).toBeUndefined();
    forgetTab(7);
    expect(pageOfTab(7)).toBeUndefined();
  });

  it('notes nothing without a tab or an address', () => {
    notePage(undefined, 0, 'https://news.example/a');
    notePage(9, 0, undefined);
    expect(pageOfTab(9)).toBeUndefined();
  });
});
