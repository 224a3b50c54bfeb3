/** Outlets are highlighted where a text cites them, not in their own chrome or credits. */
import { describe, expect, it } from 'vitest';
import { citesOutlet } from '../../src/spot/outlet-citation';

const NAME = 'The New York Times';

function cites(text: string): boolean {
  const start = text.indexOf(NAME);
  return citesOutlet(text, start, start + NAME.length);
}

describe('citesOutlet', () => {
  it.each([
    'The New York Times reported that the deal would not cover theft.',
    'The New York Times reports that John Kelly and Don McGahn both documented concerns.',
    'Officials involved in the talks told The New York Times that the deal was close.',
    'According to The New York Times, an initial statement would be generic.',
    'Mr. Wizard: The New York Times reported that the FBI spent months on it.',
    "The New York Times's report on the talks was denied by Beijing.",
    'it would not protect against most of the attacks, The New York Times reported.',
    'In an op-ed in The New York Times, the minister argued for limits.',
    'The story was first reported by The New York Times in March.',
    'Wayne Arnold (2 August 2007). "Surviving Without Subsidies". The New York Times. Retrieved 11 August 2015.',
    'The New York Times has reported that the agency was breached.',
    '"Camp Slaughter (2005)". Movies & TV Dept. The New York Times. Archived from the original on 2012.',
  ])('cites: %s', (text) => expect(cites(text)).toBe(true));

  it.each([
    'The New York Times',
    'Chang W. Lee/The New York Times',
    'Credit Kirsten Luce for The New York Times',
    'By The New York Times | Source: Department of Environmental Protection',
    'United States to Lift Sudan Sanctions - The New York Times',
    'Site Index The New York Times Site Index Navigation',
    'By signing up, you agree to receive updates and special offers for The New York Times’s products and services.',
    'Newsrooms have traditionally been covered in copies of The New York Times or Globe and Mail.',
    'Radio France Internationale The New York Times The Wall Street Journal',
    '© 2017 The New York Times',
  ])('does not cite: %s', (text) => expect(cites(text.replace(/’/g, "'"))).toBe(false));
});
