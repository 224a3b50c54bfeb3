import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/intake/parse-source';
import type { ParsedSource } from '../../src/intake/types';
import { SEED, seedFiles } from '../seeds';

const parsed = new Map<string, ParsedSource>();
for (const file of seedFiles()) {
  const r = parseSource(file);
  if (r.parsed) parsed.set(file.name, r.parsed);
}
const get = (name: string) => parsed.get(name)!;

describe('parseSource on the seeds (text only, no editorial file)', () => {
  it('parses all five seeds', () => {
    expect(parsed.size).toBe(5);
  });

  it.each([
    [
      SEED.wire,
      {
        outlet: 'PNA/PTI',
        title: "US, China seek arms deal for cyberspace during Xi's visit",
        byline: undefined,
        published: '2015-09-20',
        dateline: 'WASHINGTON',
      },
    ],
    [
      SEED.repost,
      {
        outlet: 'critical infrastructure alliance',
        title: 'Ongoing Talks between U.S. and China in Seeking Arms Deals for Cyberspace',
        byline: undefined,
        published: '2015-09-22',
        dateline: undefined,
      },
    ],
    [
      SEED.nyt,
      {
        outlet: 'The New York Times',
        title: 'U.S. and China Seek Arms Deal for Cyberspace',
        byline: 'David E. Sanger',
        published: '2015-09-19',
        dateline: 'WASHINGTON',
      },
    ],
    [
      SEED.pd,
      { outlet: "People's Daily Online", title: 'Cyber Deal Expected to Halt Disputes', byline: 'Liu Xin', published: '2015-09-21', dateline: undefined },
    ],
    [
      SEED.crossroads,
      { outlet: 'Crossroads Blog', title: 'U.S. and China Working on Bilateral Cyber Arms Deal', byline: undefined, published: undefined, dateline: undefined },
    ],
  ])('metadata of %s', (name, expected) => {
    const { outlet, title, byline, published, dateline } = get(name).source;
    expect({ outlet, title, byline, published, dateline }).toEqual(expected);
  });

  it('ids, file and word count', () => {
    const s = get(SEED.nyt).source;
    expect(s.id).toBe('src-002_4aefd2a4df811d97');
    expect(s.file).toBe(SEED.nyt);
    expect(s.words).toBe(
      get(SEED.nyt)
        .body.split(/\s+/)
        .filter((w) => /[\p{L}\p{N}]/u.test(w)).length,
    );
    expect(s.words).toBeGreaterThan(1300);
  });

  const CHROME = [
    'Leave a Reply',
    'Bitnami',
    'Most Viewed',
    'Hot News',
    'We Recommend',
    'prev next',
    'Add your comment',
    'IFTTT',
    'ift.tt',
    'No comments',
    'Post a Comment',
    'View the original content',
    'Bianji',
    'Editor:',
    'For the latest China news',
    'Facebook',
    'YouTube',
    '**',
    '](#)',
    '# ',
    'Read in Chinese',
    'ASIA PACIFIC',
    'A version of this article',
    'New York edition',
    '(PNA/PTI)',
    '©',
    'Institute National Security',
    'Internet governance\n',
    'Tuesday, 22 September 2015',
    'SANGER',
    'Top of summit agenda',
    'Build trust',
  ];
  it.each([...Object.values(SEED)])('no chrome left in the body of %s', (name) => {
    const body = get(name).body;
    for (const chrome of CHROME) expect(body, chrome).not.toContain(chrome);
    // The headline is metadata, not the first paragraph.
    expect(body.startsWith(get(name).source.title)).toBe(false);
  });

  it('cuts the dateline from the first paragraph', () => {
    expect(get(SEED.wire).body.startsWith('The US and China are negotiating')).toBe(true);
    expect(get(SEED.nyt).body.startsWith('The United States and China are negotiating')).toBe(true);
  });

  it('mends the NYT paragraph broken mid-sentence', () => {
    const s = get(SEED.nyt).sentences.find((x) => x.text.startsWith('Sony is not'))!;
    expect(s.text).toBe(
      'Sony is not, by most definitions, part of the nation\'s "critical infrastructure," although the Department of Homeland Security does include "movie studios" on its list of critical "commercial facilities," along with stadiums, museums and convention centers.',
    );
    expect(get(SEED.nyt).sentences.some((x) => /^include\b/.test(x.text))).toBe(false);
  });

  it.each([...Object.values(SEED)])('sentence offsets and ids of %s are consistent', (name) => {
    const p = get(name);
    expect(p.source.sentences).toEqual(p.sentences.map((s) => s.id));
    for (const s of p.sentences) {
      expect(p.body.slice(s.start, s.end)).toBe(s.text);
      expect(s.id).toBe(`${p.source.id}:p${s.paragraph}:s${s.index}`);
    }
    expect(p.body.split('\n\n').length).toBe(new Set(p.sentences.map((s) => s.paragraph)).size);
  });

  it('keeps subheads out of sentences', () => {
    const texts = get(SEED.pd).sentences.map((s) => s.text);
    expect(texts).not.toContain('Top of summit agenda');
    expect(texts.some((t) => t.includes('Build trust'))).toBe(false);
  });

  it('applies an editorial entry over the text', () => {
    const file = seedFiles().find((f) => f.name === SEED.pd)!;
    const { parsed: p } = parseSource(file, { outlet: "People's Daily", shortName: "People's Daily", url: 'https://example.org/a' });
    expect(p!.source).toMatchObject({ outlet: "People's Daily", shortName: "People's Daily", url: 'https://example.org/a', byline: 'Liu Xin' });
  });

  it('an article with no sentences is a problem naming the file', () => {
    const r = parseSource({ name: 'menu.txt', text: 'Home\n\nMost Viewed\n\nLeave a Reply\n\nSome words here' });
    expect(r.parsed).toBeUndefined();
    expect(r.problems).toEqual([expect.stringContaining('menu.txt')]);
  });
});
