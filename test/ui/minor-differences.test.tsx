// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Disagreement, PassageCard, StoryView as StoryData } from '../../src/contracts/cards';
import { Card } from '../../src/ui/card/Card';
import { StoryView } from '../../src/ui/sidepanel/StoryView';

const noop = () => {};
let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

function mount(node: preact.ComponentChild): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  render(node, host);
  return host;
}

const disagreement = (summary: string, minor: boolean, relation: Disagreement['relation']): Disagreement => ({
  kind: 'number',
  summary,
  label: 'number changed',
  relation,
  minor,
  wordings: [{ source: 'Wire', text: `${summary} in the wire`, changed: [], origin: false }],
});

describe('a card with discrepancies above and under the precision bar', () => {
  const card: PassageCard = {
    type: 'passage',
    id: 'align:1',
    versions: [{ source: { id: 'a', shortName: 'Wire', outlet: 'Wire', title: 'Wounded in the blast' }, text: 'At least 40 people were wounded.', marks: [] }],
    disagreements: [disagreement('40 in Reuters; 14 in Dawn.', false, 'versions'), disagreement('72 in Reuters; 70 in AP.', true, 'independent')],
    otherChanges: 0,
  };

  it('lists the one that clears the bar, says how its sources stand, and folds the minor one away', () => {
    const el = mount(<Card card={card} onCompare={noop} onOpenSource={noop} onMute={noop} onSiteOff={noop} onClose={noop} />);
    const shown = [...el.querySelectorAll('.disagree > ul > li')].map((li) => li.textContent);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toContain('40 in Reuters; 14 in Dawn.');
    expect(shown[0]).toContain('Between versions of one article.');
    const minor = el.querySelector('.disagree details.minor')!;
    expect(minor.hasAttribute('open')).toBe(false);
    expect(minor.querySelector('summary')!.textContent).toBe('1 minor difference');
    expect(minor.textContent).toContain('Between independent reports.');
  });

  it('shows only the folded list when nothing clears the bar', () => {
    const el = mount(
      <Card card={{ ...card, disagreements: [card.disagreements[1]] }} onCompare={noop} onOpenSource={noop} onMute={noop} onSiteOff={noop} onClose={noop} />,
    );
    expect(el.querySelector('.disagree h3')).toBeNull();
    expect(el.querySelector('.disagree details.minor summary')!.textContent).toBe('1 minor difference');
  });
});

describe("the side panel's story with minor differences", () => {
  const variant = { source: { id: 'a', shortName: 'Wire', outlet: 'Wire', title: 'Wounded in the blast' }, text: 'x', changed: [], origin: false };
  const story: StoryData = {
    id: 'story:a',
    title: 'A story',
    names: [],
    related: [],
    timeline: [],
    sources: [],
    coverage: [],
    discrepancies: [
      {
        id: 'disc:1',
        kind: 'date',
        summary: 'Sunday in Reuters; Saturday in CNN.',
        label: 'day changed',
        relation: 'versions',
        minor: false,
        compareId: 'align:1',
        variants: [variant],
      },
      {
        id: 'disc:2',
        kind: 'number',
        summary: '70 in Reuters; 72 in Reuters.',
        label: 'number changed',
        relation: 'independent',
        minor: true,
        compareId: 'align:2',
        variants: [variant],
      },
    ],
  };

  it('counts and lists the discrepancies that clear the bar; the minor ones sit behind "minor differences"', () => {
    const el = mount(<StoryView story={story} onCompare={noop} />);
    expect(el.querySelector('h2[id$="-discrepancies"]')!.textContent).toBe('Discrepancies (1)');
    expect([...el.querySelectorAll('ul.discrepancies:not(.minor) > li > p')].map((p) => p.textContent)).toEqual([
      'day changed Sunday in Reuters; Saturday in CNN. Between versions of one article.',
    ]);
    expect(el.querySelector('details.minor summary')!.textContent).toBe('1 minor difference');
  });
});
