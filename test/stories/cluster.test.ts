import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/intake/parse-source';
import type { ParsedSource } from '../../src/intake/types';
import { arrivalOrder, clusterArticles, daysOutside, MAX_GAP_DAYS } from '../../src/stories/cluster';
import { articleFeatures, headlineOf, nameWords } from '../../src/stories/features';
import { seedId, SEED } from '../seeds';
import { FOLLOW_UP, mixedArticles, OTHER_STORIES } from './corpus';

const SEED_IDS = Object.values(SEED).map(seedId);

/** A Markdown article with front matter, read as the build reads one. */
function article(name: string, title: string, date: string, paragraphs: string[], url = `https://news.example/${name}`): ParsedSource {
  const text = ['---', `title: "${title}"`, `date: ${date}`, `url: ${url}`, '---', '', paragraphs.join('\n\n')].join('\n');
  const parsed = parseSource({ name: `${name}.md`, text }).parsed;
  if (!parsed) throw new Error(`${name} was not read`);
  return parsed;
}

/** The stories of the articles, each as the names of its articles, in the order they started. */
function storiesOf(articles: ParsedSource[]): string[][] {
  const { stories } = clusterArticles(articles.map((a) => articleFeatures(a)));
  return stories.map((s) => s.sources.map((id) => id.replace(/^src-/, '')));
}

describe('daysOutside', () => {
  it.each([
    ['2015-09-20', '2015-09-19', '2015-09-22', 0],
    ['2015-09-25', '2015-09-19', '2015-09-22', 3],
    ['2015-09-01', '2015-09-19', '2015-09-22', 18],
    [undefined, '2015-09-19', '2015-09-22', 0],
    ['2016-09-24', undefined, undefined, 0],
    ['not a date', '2015-09-19', '2015-09-22', 0],
  ])('%s against %s..%s is %s days', (date, first, last, days) => {
    expect(daysOutside(date, first, last)).toBe(days);
  });
});

describe('arrivalOrder', () => {
  it('takes dated articles by date, then the undated, each in the order given', () => {
    const list = [{ id: 'x' }, { id: 'b', date: '2016-01-01' }, { id: 'a', date: '2015-01-01' }, { id: 'y' }, { id: 'c', date: '2015-01-01' }];
    expect(arrivalOrder(list).map((a) => a.id)).toEqual(['a', 'c', 'b', 'x', 'y']);
  });
});

describe('headlineOf', () => {
  it.each([
    ['Ferry capsizes off Bangladesh coast, dozens missing – CNN', 'Ferry capsizes off Bangladesh coast, dozens missing'],
    ['Brent crude slips below $45 | Reuters', 'Brent crude slips below $45'],
    ['Ferry capsizes - Times of Malta', 'Ferry capsizes'],
    [
      'Mid-term results: a long night - and a longer morning - for pollsters in every state of the union',
      'Mid-term results: a long night - and a longer morning - for pollsters in every state of the union',
    ],
    ['No outlet here', 'No outlet here'],
  ])('%s → %s', (title, headline) => {
    expect(headlineOf(title)).toBe(headline);
  });
});

describe('nameWords', () => {
  const own = new Set(['daily', 'ledger']);
  it.each([
    [
      'a name written with a capital inside a sentence (each word of a longer name on its own)',
      ['Searchers found debris from EgyptAir Flight 804 off Alexandria.'],
      ['egyptair', 'flight', 'alexandria'],
    ],
    ['no title or company suffix', ['Shares of Harborview Financial Corp rose after Harborview Financial reported.'], ['harborview', 'financial']],
    ['no sentence-initial word the article never capitalises elsewhere', ['Rescuers pulled a girl from the rubble in Amatrice.'], ['amatrice']],
    ['a sentence-initial word the article capitalises elsewhere', ['Kessler wept.', 'The court sentenced Kessler.'], ['kessler']],
    [
      'no word the article writes in lower case too ("Hospital" of "Civil Hospital")',
      ['The blast hit the Civil Hospital in Quetta.', 'The hospital was crowded.'],
      ['civil', 'quetta'],
    ],
    [
      "no news agency of a dateline or credit, nor the article's own outlet",
      ['QUETTA, Pakistan (Reuters) - Police said, according to The Daily Ledger and AP, that Pakistan mourned.'],
      ['quetta', 'pakistan'],
    ],
    ['no weekday, month or function word', ['The vote in Vienna on Monday in May was close, But not final.'], ['vienna']],
  ])('%s', (_what, sentences, expected) => {
    expect([...nameWords(sentences, own).names.keys()].sort()).toEqual([...expected].sort());
  });
});

// Two agencies' reports of one bombing, a republished copy, a follow-up the next day; and a bombing in
// another city a week later that names the first one.
const bombing = {
  agency: article('port-reuters', 'Truck bomb kills 31 at Port Harlow market – Reuters', '2016-05-02', [
    'PORT HARLOW (Reuters) - A truck bomb exploded in a crowded vegetable market in the port city of Port Harlow on Monday, killing at least 31 people and wounding dozens, police said.',
    'The blast tore through the Bakara wholesale market shortly after dawn, when traders were unloading produce from the countryside, police spokesman Idris Omar said.',
    'No group immediately claimed responsibility. The Shabaab militant group has carried out similar attacks in the city.',
    "Port Harlow, the country's main port, has been hit by a wave of bombings since the government began an offensive against militants in the south.",
  ]),
  other: article('port-ap', 'Market bombing kills dozens in Port Harlow – AP', '2016-05-02', [
    'PORT HARLOW (AP) — A bomb hidden in a truck ripped through a busy market in Port Harlow on Monday, killing at least 31 people, police said.',
    'Witnesses at the Bakara market described stalls flattened and fruit sellers buried under rubble. Police spokesman Idris Omar said the toll could rise.',
    'The Shabaab group, which has staged bombings in the port before, did not immediately comment.',
  ]),
  copy: article('port-tribune', 'Truck bomb kills 31 at Port Harlow market – Harlow Tribune', '2016-05-03', [
    'PORT HARLOW (Reuters) - A truck bomb exploded in a crowded vegetable market in the port city of Port Harlow on Monday, killing at least 31 people and wounding dozens, police said.',
    'The blast tore through the Bakara wholesale market shortly after dawn, when traders were unloading produce from the countryside, police spokesman Idris Omar said.',
  ]),
  nextDay: article('port-reuters-2', 'Port Harlow buries market bombing victims – Reuters', '2016-05-03', [
    'PORT HARLOW (Reuters) - Families in Port Harlow buried their dead on Tuesday, a day after a truck bomb at the Bakara market killed 31 people, as police said they had arrested three suspects.',
    'The Shabaab militant group said in a statement that it had carried out the market bombing.',
  ]),
  elsewhere: article('kessa-reuters', 'Suicide bomber kills 9 at Kessa police station – Reuters', '2016-05-09', [
    'KESSA (Reuters) - A suicide bomber blew himself up at the gate of the main police station in the northern town of Kessa on Monday, killing nine people, a week after a truck bomb at a market in Port Harlow killed 31.',
    'Police commander Yusuf Adan said two officers were among the dead.',
    'The Shabaab militant group claimed the attack in a radio broadcast.',
  ]),
};

describe('clusterArticles: a story is one event', () => {
  it("two agencies' reports of one bombing, a copy and the next day's follow-up are one story; a bombing elsewhere a week later is another, related to it", () => {
    const all = Object.values(bombing);
    const { stories } = clusterArticles(all.map((a) => articleFeatures(a)));
    expect(storiesOf(all)).toEqual([['port-reuters', 'port-ap', 'port-tribune', 'port-reuters-2'], ['kessa-reuters']]);
    expect(stories[1].related).toEqual([stories[0].id]);
  });

  it('a republished copy joins its story by reuse, whatever its date', () => {
    const late = article(
      'port-weekly',
      'Truck bomb kills 31 at Port Harlow market',
      '2016-09-30',
      bombing.copy.sentences.map((s) => s.text),
    );
    const { assignments } = clusterArticles([bombing.agency, late].map((a) => articleFeatures(a)));
    expect(assignments.get(late.source.id)).toMatchObject({ rule: 'reuse', story: `story:${bombing.agency.source.id}` });
  });

  it(`the same report ${MAX_GAP_DAYS + 15} days later is no event of the first: a story of its own, related to it`, () => {
    const later = article(
      'port-later',
      'Market bombing kills dozens in Port Harlow – AP',
      '2016-07-01',
      bombing.other.sentences.map((s) => s.text.replace('Monday', 'Friday').replace('31', '12')),
    );
    const { assignments } = clusterArticles([bombing.agency, later].map((a) => articleFeatures(a)));
    expect(assignments.get(later.source.id)).toMatchObject({ rule: 'new', related: `story:${bombing.agency.source.id}` });
  });

  it("two banks' results on one day, written alike, are two stories: their leads name different banks", () => {
    const bank = (name: string, ceo: string, eps: string, expected: string, editor: string) =>
      article(name.toLowerCase(), `${name} profit rises on loan growth – Reuters`, '2016-07-15', [
        `(Reuters) - ${name} Corp reported a rise in second-quarter profit on Friday as loan growth offset weak trading revenue.`,
        `Net income rose to ${eps} per share. Analysts on average had expected ${expected} per share, according to Thomson Reuters I/B/E/S.`,
        `"We saw healthy demand from businesses and consumers," Chief Executive ${ceo} said in a statement.`,
        `Shares of ${name} rose 2 percent in premarket trading.`,
        `(Reporting by Dan Freed in New York; Editing by ${editor})`,
      ]);
    expect(
      storiesOf([
        bank('Harborview', 'Laura Brennan', '$1.08', '$1.02', 'Lisa Von Ahn'),
        bank('Northgate', 'Martin Ocampo', '61 cents', '64 cents', "Savio D'Souza"),
      ]),
    ).toEqual([['harborview'], ['northgate']]);
  });

  it("a follow-up days later with few words in common joins by a name its story's headlines hold; a country in the headlines ties nothing", () => {
    const crash = article('crash', 'Lumeria Air flight crashes into sea with 58 aboard – Reuters', '2016-05-19', [
      'ATHENS (Reuters) - A Lumeria Air flight from Rome to Cairo with 58 people on board crashed into the sea early on Thursday after swerving sharply, Greek officials said.',
      'The Airbus vanished from radar shortly after entering Egyptian airspace, the airline said.',
    ]);
    const boxes = article('boxes', 'Search for Lumeria Air black boxes narrows – AP', '2016-05-24', [
      'CAIRO (AP) — Investigators hunting for the flight recorders of the Lumeria Air jet have narrowed the search to an area 5 kilometers wide, Egyptian officials said.',
      "A French navy ship equipped to detect the recorders' signals joined the search on Tuesday.",
    ]);
    expect(storiesOf([crash, boxes])).toEqual([['crash', 'boxes']]);
    const launch = article('launch', 'North Korea launches long-range rocket – Reuters', '2016-02-07', [
      'SEOUL (Reuters) - North Korea launched a long-range rocket on Sunday carrying what it said was a satellite, drawing condemnation from its neighbours.',
    ]);
    const vote = article('vote', 'U.N. council votes new sanctions on North Korea – AP', '2016-03-02', [
      'UNITED NATIONS (AP) — The U.N. Security Council unanimously approved new sanctions on North Korea on Wednesday, requiring countries to inspect cargo bound for the country.',
    ]);
    expect(storiesOf([launch, vote])).toEqual([['launch'], ['vote']]);
  });

  it('is deterministic: the same articles give the same stories', () => {
    const all = Object.values(bombing);
    expect(storiesOf(all)).toEqual(storiesOf(all));
  });
});

describe('clusterArticles on the seeds, 35 pages of other stories and a 2016 follow-up', () => {
  const { stories, assignments } = clusterArticles(mixedArticles().map((a) => articleFeatures(a)));
  const storyOf = (id: string) => stories.find((s) => s.sources.includes(id))!;

  it('the five seeds form one story', () => {
    expect(new Set(SEED_IDS.map((id) => storyOf(id).id)).size).toBe(1);
  });

  it('no page of another story joins the seeds', () => {
    const seedStory = storyOf(SEED_IDS[0]);
    expect(seedStory.sources.filter((id) => !SEED_IDS.includes(id))).toEqual([]);
    expect(OTHER_STORIES.length).toBe(35);
  });

  it("the follow-up, a year later, starts a story related to the seeds'", () => {
    const followUp = seedId(FOLLOW_UP);
    expect(assignments.get(followUp)).toMatchObject({ rule: 'new', related: storyOf(SEED_IDS[0]).id });
    expect(storyOf(followUp).related).toEqual([storyOf(SEED_IDS[0]).id]);
  });
}, 120_000);
