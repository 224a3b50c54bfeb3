import { describe, expect, it } from 'vitest';
import type { ParsedSource } from '../../src/intake/types';
import { findBoilerplate, fingerprint, isStanding, siteOf, withoutSentences } from '../../src/stories/boilerplate';

/** An article of `site` on `date` whose sentences are `texts`. */
function article(id: string, site: string, date: string | undefined, texts: string[]): ParsedSource {
  const sentences = texts.map((text, k) => ({ id: `${id}:p${k}:s0`, source: id, paragraph: k, index: 0, start: 0, end: text.length, text }));
  return {
    source: {
      id,
      file: `${id}.md`,
      outlet: 'Unknown outlet',
      shortName: 'Unknown',
      title: id,
      words: 0,
      sentences: sentences.map((s) => s.id),
      url: `https://www.${site}/${id}`,
      ...(date ? { published: date } : {}),
    },
    body: texts.join('\n\n'),
    sentences,
  };
}

const PROMO = 'Sign up for the Morning Briefing newsletter, delivered free to your inbox at 6 a.m.';
const FOOTER = 'The Harbor Gazette is an independent, nonprofit newsroom supported by readers like you.';

describe('findBoilerplate', () => {
  it("finds a site's promotion and footer under articles of weeks apart, and nothing of the articles' own", () => {
    const articles = [
      article('a', 'harborgazette.com', '2016-05-02', ['The council voted 9-4 to build protected bike lanes downtown.', PROMO, FOOTER]),
      article('b', 'harborgazette.com', '2016-05-20', ['The library will open on Sundays again from July.', PROMO, FOOTER]),
      article('c', 'harborgazette.com', '2016-06-11', ['Cooling centers open as the heat index nears 110 degrees.', FOOTER]),
    ];
    // The footer is under three articles; the promotion under two, which is not yet a site's habit.
    const found = findBoilerplate(articles);
    expect([...found].sort()).toEqual(['a:p2:s0', 'b:p2:s0', 'c:p1:s0']);
  });

  it.each([
    ['the same sentence in three versions of one story on one day (a site updating it)', ['2016-05-02', '2016-05-02', '2016-05-03']],
    ['a sentence in two articles of a site only', ['2016-05-02', '2016-06-20']],
  ])('finds none in %s', (_what, dates) => {
    const articles = dates.map((date, k) =>
      article(`v${k}`, 'wire.example', date, ['Police said the suspect, a 34-year-old man, was arrested at the scene.', `Version ${k} of the report.`]),
    );
    expect(findBoilerplate(articles).size).toBe(0);
  });

  it("finds none in a sentence three sites carry: a wire story is not one site's boilerplate", () => {
    const articles = ['a.example', 'b.example', 'c.example'].map((site, k) => article(`w${k}`, site, `2016-05-0${k + 1}`, [PROMO]));
    expect(findBoilerplate(articles).size).toBe(0);
  });

  it('counts words, not punctuation or case: a promotion reworded by a comma is the same', () => {
    const articles = [PROMO, PROMO.replace(',', ''), PROMO.toUpperCase()].map((p, k) => article(`p${k}`, 'harborgazette.com', `2016-0${k + 1}-10`, [p]));
    expect(findBoilerplate(articles).size).toBe(3);
  });
});

describe('isStanding', () => {
  it.each([
    [3, 3, 4, true],
    [3, 3, 3, false],
    [2, 2, 40, false],
    [5, 0, -Infinity, false],
    [6, 1, 0, true],
  ])('%s articles, %s dated, spanning %s days: %s', (count, dated, span, standing) => {
    expect(isStanding(count, dated, span)).toBe(standing);
  });
});

describe('siteOf and withoutSentences', () => {
  it("names the site by the address's host without www., else by the outlet", () => {
    expect(siteOf(article('a', 'harborgazette.com', undefined, ['x']))).toBe('harborgazette.com');
    const noUrl = article('b', 'x', undefined, ['x']);
    delete noUrl.source.url;
    noUrl.source.outlet = 'Harbor Gazette';
    expect(siteOf(noUrl)).toBe('harbor gazette');
  });

  it('leaves an article without skipped sentences as it is, and takes the skipped ones out of another', () => {
    const a = article('a', 'harborgazette.com', undefined, ['One.', 'Two.']);
    expect(withoutSentences(a, new Set(['zz']))).toBe(a);
    expect(withoutSentences(a, new Set(['a:p1:s0'])).sentences.map((s) => s.text)).toEqual(['One.']);
  });
});

/** The fingerprint as first written, a string per character and a class test each: the reference the fast one must match. */
function referenceFingerprint(text: string): number | undefined {
  let h = 0x811c9dc5;
  let words = 0;
  let inWord = false;
  for (const ch of text.toLowerCase()) {
    if (/[\p{L}\p{N}]/u.test(ch)) {
      if (!inWord) {
        if (words > 0) h = Math.imul(h ^ 32, 0x01000193);
        words++;
        inWord = true;
      }
      const c = ch.codePointAt(0)!;
      h = Math.imul(h ^ (c & 0xffff), 0x01000193);
      if (c > 0xffff) h = Math.imul(h ^ (c >>> 16), 0x01000193);
    } else inWord = false;
  }
  return words >= 4 ? h >>> 0 : undefined;
}

describe('fingerprint', () => {
  it.each([
    ['plain words', 'Sign up for the Morning Briefing newsletter.'],
    ['punctuation and spacing', '  Sign-up, for… the "Morning" Briefing!!  '],
    ['too few words', 'Read more here'],
    ['digits', 'Call 555 0199 before 6 a.m. today'],
    ['accented Latin', 'Élysée Palace says Müller and Ørsted will meet'],
    ['Cyrillic and Greek capitals', 'ΣΟΦΙΑ и МОСКВА встретились сегодня утром'],
    ['a letter that lower-cases to two', 'İstanbul İzmir Ankara Bursa'],
    ['Chinese and Japanese', '习近平 与 奥巴马 会谈 東京 ニュース'],
    ['astral letters and emoji', '𝐀𝐁𝐂 words 🚀 launched 𝒳 today'],
    ['Arabic-Indic digits', 'رقم ٣٤٥ في المدينة اليوم'],
    ['empty', ''],
  ])('%s: as the reference gives', (_name, text) => {
    expect(fingerprint(text)).toBe(referenceFingerprint(text));
  });

  it('matches the reference on a thousand random strings of mixed scripts and marks', () => {
    const pool = [..."aZ9 .,-'’—éÉßİıΣςж中文日本🚀𝐀٣\u0301\u00a0\t\n"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let k = 0; k < 1000; k++) {
      const text = Array.from({ length: 5 + (next() % 60) }, () => pool[next() % pool.length]).join('');
      expect(fingerprint(text), JSON.stringify(text)).toBe(referenceFingerprint(text));
    }
  });
});
