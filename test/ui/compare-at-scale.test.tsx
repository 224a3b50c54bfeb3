// @vitest-environment happy-dom
/**
 * The side panel's Compare of a name many sources make: it says what it
 * leaves out (statements, versions of one, sources that never name it, the
 * later timeline), and the reader's "more" shows every statement listed.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { IndexLookup } from '../../src/background/index-lookup';
import { compareView, MAX_STATEMENTS } from '../../src/background/panel-views';
import { CompareView } from '../../src/ui/sidepanel/CompareView';
import { library } from '../background/scale-library';

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('Compare of a name across a large story', () => {
  it('lists the first of everything and says how many more there are', () => {
    const view = compareView(new IndexLookup(library({ named: 80, silent: 42, copies: 27 })), 'person:petra-lindqvist')!;
    host = document.createElement('div');
    document.body.append(host);
    render(<CompareView view={view} />, host);
    expect(host.querySelector('#entity-timeline')!.textContent).toBe('Timeline: 80 sources');
    expect(host.querySelector('.entity-timeline')!.textContent).toContain('The first 40 are shown; 40 later sources also name it.');
    expect(host.querySelector('.not-mentioned')!.textContent).toMatch(/^Not mentioned by O\d+, .+ and 12 more sources\.$/);
    expect(host.querySelector('[data-testid=more-statements]')).toBeNull();
    const more = host.querySelector<HTMLButtonElement>('button.more')!;
    expect(more.textContent).toBe(`${MAX_STATEMENTS - 6} more statements`);
    act(() => more.click());
    expect(host.querySelectorAll('section.statement')).toHaveLength(MAX_STATEMENTS);
    expect(host.querySelector('[data-testid=more-statements]')!.textContent).toBe(
      '14 more statements not listed: these are those where the sources disagree, then those most sources make.',
    );
    expect(host.querySelector('[data-testid=more-versions]')!.textContent).toBe('7 more sources make this statement too.');
  });
});
