/**
 * A year of reading, generated: what a reader who follows cyber policy adds
 * to the library, 20 to 50 articles a day. Articles come in stories (an
 * event: one to two dozen articles over a few days, from several outlets),
 * each story with its own cast (people, an organisation, a place) and topic.
 * An outlet either rewrites the wire copy (most of its sentences, a word or
 * two changed) or writes its own report of the same event. Each article is
 * a saved web page: its text in an `<article>`, around it 60 to 400 KB of
 * scripts, a menu and a footer, at an address of its outlet.
 *
 * Deterministic: the same `n` and seed give the same pages, in the order a
 * reader would add them (by day).
 */
import { prng } from './prng';

const FIRST =
  'Amara Bjorn Celine Dmitri Elena Farid Greta Hiroshi Ingrid Jonas Kavya Lars Mireille Nikolai Oluwaseun Priya Quentin Rosalind Sven Tamsin Ulrich Valentina Wilhelmina Xavier Yusuf Zofia Anneliese Bartholomew Cosima Desmond Evangeline Fitzgerald Gwendolyn Horatio Isadora Jasper Konstantin Leopoldine Maximilian Natasha Octavia Peregrine Rasmus Seraphina Thaddeus Ulrika Vivienne Wolfgang Ximena Yolanda Zacharias'.split(
    ' ',
  );
const LAST =
  'Abernathy Bellweather Castellanos Dragomirov Eriksdottir Fairbanks Gallagher Haverkamp Ishikawa Jankowski Kowalczyk Lindqvist Marchetti Nakamura Okonkwo Pellegrini Quisenberry Rademacher Santangelo Thorvaldsen Underhill Vasquez Whitcombe Xenakis Yamamoto Zielinski Albrechtsen Brightwater Cavendish Delacroix Esterhazy Fontaine Grimaldi Holloway Ingersoll Jablonski Kristiansen Lockhart Montgomery Nightingale Oyelaran Penhaligon Rasmussen Sorensen Trevelyan Umberto Vandermeer Wainwright Yardley Zamora'.split(
    ' ',
  );
const ORG_HEADS =
  'Cyber Standards Agency|Digital Trust Institute|Network Security Council|Data Protection Authority|Telecommunications Board|Critical Systems Office|Encryption Policy Forum|Internet Governance Bureau|Infrastructure Defence Agency|Software Assurance Board'.split(
    '|',
  );
const ORG_PREFIX =
  'Northern Atlantic Baltic Pacific Alpine Continental Federal Coastal Central Eastern Western Southern Highland Riverside Meridian Polar'.split(' ');
const PLACES =
  'Reykjavik Tallinn Vilnius Ljubljana Bratislava Valletta Montevideo Windhoek Ulaanbaatar Tbilisi Yerevan Almaty Nairobi Accra Dakar Lusaka Hobart Wellington Quito Asuncion Canberra Lisbon Oslo Helsinki Zagreb Sarajevo Skopje Tirana Chisinau Minsk'.split(
    ' ',
  );
const TOPICS: { name: string; words: string[] }[] = [
  { name: 'ransomware', words: 'ransomware extortion decryptor hospitals payments affiliates leak negotiators insurers backups'.split(' ') },
  { name: 'encryption', words: 'encryption backdoor messaging keys lawful access scanning devices cryptographers warrant providers'.split(' ') },
  { name: 'export controls', words: 'export controls semiconductors licences surveillance tools spyware vendors shipments sanctions brokers'.split(' ') },
  { name: 'election security', words: 'election ballots voting machines disinformation audits campaigns observers tabulation registrars recount'.split(' ') },
  { name: 'undersea cables', words: 'undersea cables repair ships landing stations outage anchors seabed operators bandwidth rerouting'.split(' ') },
  { name: 'data localisation', words: 'localisation transfers cloud residency servers adequacy regulators processors clauses sovereignty'.split(' ') },
  { name: 'satellite jamming', words: 'satellite jamming navigation signals receivers spectrum interference aviation broadcasters orbit'.split(' ') },
  { name: 'identity theft', words: 'identity passports records breach contractors biometrics fraud credit monitoring notification'.split(' ') },
  { name: 'open source', words: 'maintainers libraries vulnerability patch dependency registry compromise packages audit volunteers'.split(' ') },
  { name: 'grid attacks', words: 'grid substations operators blackout malware utilities turbines control systems resilience outage'.split(' ') },
  { name: 'facial recognition', words: 'facial recognition cameras police databases moratorium accuracy vendors images consent bias'.split(' ') },
  { name: 'bug bounties', words: 'bounty researchers disclosure rewards platforms triage flaws vendors deadlines coordinated'.split(' ') },
];
const VERBS = 'tighten review suspend expand publish defend overhaul delay challenge approve'.split(' ');
const WEEKDAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' ');
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const ROLES = 'director chief spokeswoman spokesman minister deputy minister chair general counsel head of policy senior adviser'.split(' ');
const FILLER =
  'officials lawmakers the proposal a draft report industry groups critics analysts the government regulators companies experts investigators diplomats'.split(
    ' ',
  );
const OUTLETS = [
  ['The Harbour Ledger', 'harbourledger.example'],
  ['Alpine Wire', 'alpinewire.example'],
  ['Baltic Times Online', 'baltictimes.example'],
  ['The Meridian Post', 'meridianpost.example'],
  ['Coastal Courier', 'coastalcourier.example'],
  ['Digital Policy Daily', 'dpdaily.example'],
  ['The Northern Gazette', 'northerngazette.example'],
  ['Continental Reporter', 'contreporter.example'],
  ['Signal & Noise', 'signalnoise.example'],
  ['The Network Review', 'networkreview.example'],
  ['Pacific Dispatch', 'pacificdispatch.example'],
  ['The Civic Record', 'civicrecord.example'],
  ['Highland Herald', 'highlandherald.example'],
  ['Riverside Tribune', 'riversidetribune.example'],
  ['The Policy Brief', 'policybrief.example'],
  ['Eastern Observer', 'easternobserver.example'],
] as const;

export interface SavedPage {
  name: string;
  url: string;
  html: string;
  /** ISO day of the article. */
  day: string;
  /** Which generated story it belongs to (for the bench's own checks). */
  story: number;
}

interface StoryPlan {
  index: number;
  day: number;
  size: number;
  people: string[];
  roles: string[];
  org: string;
  place: string;
  topic: (typeof TOPICS)[number];
  verb: string;
  wire: string[];
  headline: string;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function isoDay(day: number): string {
  return new Date(Date.UTC(2024, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

function writtenDate(day: number): string {
  const d = new Date(Date.UTC(2024, 0, 1) + day * 86_400_000);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

/**
 * `n` saved pages over a year, in the order they are added (day by day).
 * Story sizes: about half are one article, a quarter two or three, the rest
 * four to two dozen.
 */
export function yearOfReading(n: number, seed = 20240101): SavedPage[] {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const perDay = n / 365;
  const stories: StoryPlan[] = [];
  let planned = 0;
  while (planned < n) {
    const r = rand();
    const size = Math.min(n - planned, r < 0.5 ? 1 : r < 0.75 ? int(2, 3) : r < 0.93 ? int(4, 9) : int(10, 24));
    const index = stories.length;
    const people = [0, 1, 2].map(() => `${pick(FIRST)} ${pick(LAST)}`);
    const topic = pick(TOPICS);
    const org = `${pick(ORG_PREFIX)} ${pick(ORG_HEADS)}`;
    const place = pick(PLACES);
    const plan: StoryPlan = {
      index,
      day: Math.min(364, Math.floor(planned / perDay)),
      size,
      people,
      roles: people.map(() => pick(ROLES)),
      org,
      place,
      topic,
      verb: pick(VERBS),
      wire: [],
      headline: '',
    };
    plan.headline = `${org} moves to ${plan.verb} ${topic.name} rules after ${place} talks`;
    plan.wire = storySentences(plan, int(10, 22), rand);
    stories.push(plan);
    planned += size;
  }
  const pages: SavedPage[] = [];
  for (const story of stories) {
    for (let k = 0; k < story.size; k++) {
      const day = Math.min(364, story.day + Math.floor(k / 3) + (k > 0 && rand() < 0.3 ? int(1, 6) : 0));
      const [outlet, domain] = OUTLETS[(story.index * 7 + k * 5) % OUTLETS.length];
      const rewrite = k === 0 || rand() < 0.6;
      const sentences = rewrite ? perturbed(story.wire, rand) : storySentences(story, int(8, 20), rand);
      const title = k === 0 ? story.headline : `${story.headline}${rand() < 0.5 ? '' : `: ${pick(FILLER)} react`}`;
      const i = pages.length;
      const slug = title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .slice(0, 60);
      const url = `https://${domain}/2024/${isoDay(day).slice(5, 7)}/${slug}-${i}`;
      pages.push({
        name: `${slug}-${i}.html`,
        url,
        html: savedPage(title, outlet, `${pick(FIRST)} ${pick(LAST)}`, writtenDate(day), isoDay(day), sentences, i),
        day: isoDay(day),
        story: story.index,
      });
    }
  }
  // Added day by day, as read: a story's later articles interleave with other stories.
  return pages
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.day.localeCompare(b.p.day) || a.i - b.i)
    .map(({ p }) => p)
    .slice(0, n);
}

function storySentences(s: StoryPlan, count: number, rand: () => number): string[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const w = () => pick(s.topic.words);
  const who = (i: number) => `${s.people[i % s.people.length]}, the ${s.roles[i % s.roles.length]} of the ${s.org},`;
  const forms = [
    (i: number) => `${who(i)} said on ${pick(WEEKDAYS)} that ${s.place} would ${s.verb} its ${s.topic.name} rules before the end of the year.`,
    () => `The ${s.org} has been under pressure from ${pick(FILLER)} over ${w()} and ${w()} since the spring.`,
    (i: number) => `"We will not accept ${w()} without ${w()}," ${s.people[i % 3]} told reporters in ${s.place}.`,
    () => `According to a draft seen by reporters, the plan covers ${w()}, ${w()} and the ${w()} of ${pick(FILLER)}.`,
    () => `Critics in ${s.place} said the ${s.topic.name} proposal would leave ${w()} exposed and ${w()} unaccountable.`,
    (i: number) => `${s.people[(i + 1) % 3]} declined to say how many ${w()} had been affected by the ${w()}.`,
    () => `The talks in ${s.place} are expected to resume next week, when ${pick(FILLER)} will review the ${w()} again.`,
    () => `Several ${w()} told investigators that the ${w()} had gone unnoticed for months before the ${w()} was found.`,
    () => `A spokesperson for the ${s.org} said the agency would publish its findings on ${w()} in ${pick(MONTHS)}.`,
    () => `The dispute over ${w()} has divided ${pick(FILLER)} and ${pick(FILLER)} for more than a year.`,
  ];
  return Array.from({ length: count }, (_, i) => forms[(i + Math.floor(rand() * forms.length)) % forms.length](i));
}

/** The wire copy as another outlet runs it: most sentences kept, a word changed here and there, some dropped. */
function perturbed(wire: readonly string[], rand: () => number): string[] {
  return wire
    .filter(() => rand() > 0.15)
    .map((s) => {
      const r = rand();
      if (r < 0.2) return s.replace(/\bwould\b/, 'will').replace(/\bnext week\b/, 'this month');
      if (r < 0.35) return s.replace(/\bsaid\b/, 'told reporters');
      return s;
    });
}

function savedPage(title: string, outlet: string, author: string, written: string, iso: string, sentences: string[], i: number): string {
  const paragraphs: string[] = [];
  for (let k = 0; k < sentences.length; k += 2) paragraphs.push(`<p>${escapeHtml(sentences.slice(k, k + 2).join(' '))}</p>`);
  const kb = 60 + ((i * 7919) % 340);
  const script = Array.from({ length: Math.ceil((kb * 1024) / 48) }, (_, k) => `window.__t${k}=function(a){return a*${k}+${i}};`).join('');
  const menu = Array.from({ length: 40 }, (_, k) => `<li><a href="/section/${k}">Section ${k}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} - ${escapeHtml(outlet)}</title><meta property="og:site_name" content="${escapeHtml(outlet)}"><meta property="article:published_time" content="${iso}T09:00:00Z"><style>body{margin:0}.nav li{display:inline}</style><script>${script}</script></head><body><nav class="nav"><ul>${menu}</ul></nav><main><article><h1>${escapeHtml(title)}</h1><p class="byline">By ${escapeHtml(author)}</p><p class="date">${written}</p>${paragraphs.join('')}</article></main><footer><p>© ${escapeHtml(outlet)}. All rights reserved.</p><ul>${menu}</ul></footer></body></html>`;
}
