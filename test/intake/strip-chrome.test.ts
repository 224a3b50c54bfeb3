import { describe, expect, it } from 'vitest';
import { chromeReason, stripChrome } from '../../src/intake/strip-chrome';
import { splitLines } from '../../src/intake/lines';

describe('chromeReason', () => {
  it.each([
    'Leave a Reply',
    'No comments:',
    'Post a Comment',
    'Add your comment',
    'Most Viewed',
    'Hot News',
    'We Recommend',
    'prev next',
    'View the original content and more from this author here: http://ift.tt/1Kx0yBm',
    'from critical infrastructure alliance http://ift.tt/1FcFV1n',
    'via IFTTT',
    '(Editor:Luxiao Zou,Bianji)',
    "(For the latest China news, Please follow People's Daily on Twitter and Facebook)",
    'A version of this article appears in print on September 20, 2015, on page A1 of the New York edition with the headline: X.',
    '简体中文版 | Read in Chinese',
    '© 2015',
    'ASIA PACIFIC',
    'Bitnami',
    'China, critical infrastructure, cyber attack, Cybersecurity, Internet governance',
    'Facebook Twitter 新浪微博 google plus Instagram YouTube Monday 21 September 2015',
  ])('chrome: %s', (line) => {
    expect(chromeReason(line)).toBeDefined();
  });

  it.each([
    "US, China seek arms deal for cyberspace during Xi's visit",
    'Top of summit agenda',
    'Build trust',
    'China has denied the accusations.',
    'Ni said that the agreement could be regarded as a "no first-strike capability" in the cyberspace field.',
    'In the Cold War and still today, nuclear arms remain in the hands of states, meaning they can usually be counted.',
    'Still, any agreement to limit cyberattacks in peacetime would be a start.',
  ])('not chrome: %s', (line) => {
    expect(chromeReason(line)).toBeUndefined();
  });

  it('drops everything after a comment-section marker and trailing agency credits', () => {
    const lines = splitLines('Body one. (PNA/PTI)\n\nLeave a Reply\n\nA commenter wrote a long thing.');
    expect(stripChrome(lines).map((l) => l.text)).toEqual(['Body one.']);
  });
});

describe('splitLines', () => {
  it('undoes markdown and marks headings', () => {
    const lines = splitLines('# A **bold** [link](#) title\n\nBy **DAVID E. SANGER** SEPT. 19, 2015');
    expect(lines).toEqual([
      { text: 'A bold link title', block: 0, heading: true },
      { text: 'By DAVID E. SANGER SEPT. 19, 2015', block: 1, heading: false },
    ]);
  });
});
