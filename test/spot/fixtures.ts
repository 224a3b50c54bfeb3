/**
 * A hand-made but realistic FullIndex, in the shape the index builder makes:
 * sentences quoted from the seed articles, the seeds' people, organisations,
 * places and topics with the aliases the articles use, two alignments (the
 * "arrives on Thursday / visit on Tuesday" sentences and the UN principle),
 * quotations with their carriers.
 */
import { INDEX_VERSION, type Entity, type FullIndex, type Mention, type Sentence, type Source } from '../../src/contracts/schema';

const NYT = 'src-002_4aefd2a4df811d97';
const WIRE = 'src-000_83764a884f072226';
const BLOG = 'src-001_c00863a864c4aac7';
const DAILY = 'src-003_5560a174234f78d3';

type Row = [source: string, paragraph: number, index: number, text: string];

const ROWS: Row[] = [
  [
    NYT,
    1,
    0,
    'WASHINGTON \u2014 The United States and China are negotiating what could become the first arms control accord for cyberspace, embracing a commitment by each country that it will not be the first to use cyberweapons to cripple the other\u2019s critical infrastructure during peacetime, according to officials involved in the talks.',
  ],
  [
    NYT,
    3,
    0,
    'The negotiations have been conducted with urgency in recent weeks, with a goal to announce an agreement when President Xi Jinping of China arrives in Washington for a state visit on Thursday.',
  ],
  [
    NYT,
    5,
    0,
    'One of the key principles of the United Nations document on principles for cyberspace is that no state should allow activity \u201Cthat intentionally damages critical infrastructure or otherwise impairs the use and operation of critical infrastructure to provide services to the public.\u201D',
  ],
  [
    NYT,
    7,
    1,
    'The rules under discussion would have done nothing to stop the theft of 22 million personal security files from the Office of Personnel Management, which the director of national intelligence, James R. Clapper Jr., recently told Congress did not constitute an \u201Cattack\u201D because it was intelligence collection \u2014 something the United States does, too.',
  ],
  [
    NYT,
    10,
    1,
    '\u201CIt would be the first time that cyber is treated as a military capability that needs to be governed as nuclear, chemical and biological weapons are,\u201D said Vikram Singh, a former Pentagon and State Department official who is now vice president for international security at the Center for American Progress.',
  ],
  [
    NYT,
    11,
    0,
    'Within the Obama administration, the effort to design \u201Ca set of norms of behavior\u201D to limit cyberattacks has been compared to President John F. Kennedy\u2019s first major nuclear treaty with the Soviet Union in 1963, which banned atmospheric nuclear tests.',
  ],
  [
    NYT,
    12,
    0,
    'Joseph S. Nye, a Harvard professor known for his studies of American power, said the concept of a \u201Cno first use\u201D doctrine for cyberattacks had been \u201Cgestating for some time\u201D in a variety of international forums.',
  ],
  [
    NYT,
    12,
    1,
    '\u201CIt could create some self-restraint,\u201D Mr. Nye said, but he added that the problem was, \u201Chow do you verify it, and what is its value if it can\u2019t be verified?\u201D',
  ],
  [
    NYT,
    19,
    1,
    "In August, Susan E. Rice, Mr. Obama's national security adviser, took a trip to Beijing to meet with Mr. Xi and other officials, and used it to increase pressure on China, suggesting that newly devised economic sanctions could be imposed.",
  ],
  [
    NYT,
    20,
    0,
    'Last week, a high-level Communist Party envoy, Meng Jianzhu, who is responsible for state security, came to Washington and met with Ms. Rice, several American intelligence officials and the director of the F.B.I., James B. Comey.',
  ],
  [
    WIRE,
    2,
    0,
    "WASHINGTON, Sept. 20 (PNA/PTI) -- The US and China are negotiating what could become the first arms control deal for cyberspace, embracing a commitment by each country that it will not be the first to use cyber weapons to cripple the other's critical infrastructure during peacetime, a media report said ahead of Chinese President Xi Jinping's maiden state visit here.",
  ],
  [
    WIRE,
    4,
    0,
    'The negotiations have been conducted with urgency in recent weeks, with a goal to announce an agreement when President Xi arrives here on Thursday.',
  ],
  [
    WIRE,
    5,
    0,
    "Last week, a high-level Chinese Communist Party envoy, Meng Jianzhu, who is responsible for state security, visited Washington and met with Obama's national security adviser Susan Rice, director of FBI James Comey and others.",
  ],
  [
    WIRE,
    8,
    0,
    'The goal of the American negotiators is to have Chinese leaders embrace the principles of the UN code of conduct in a bilateral agreement with Washington, the report said.',
  ],
  [
    BLOG,
    3,
    0,
    'No state should allow activity \u201Cthat intentionally damages critical infrastructure or otherwise impairs the use and operation of critical infrastructure to provide services to the public\u201D is one of the key principles of the United Nations document on principles for cyberspace.',
  ],
  [
    DAILY,
    3,
    0,
    "China and the US have been negotiating with urgency in recent weeks with the goal of announcing the agreement before Chinese President Xi Jinping's State visit on Tuesday, a US official involved in the talks was cited by The New York Times as saying on Saturday.",
  ],
  [DAILY, 6, 0, 'Ni said that the agreement could be regarded as a "no first-strike capability" in the cyberspace field.'],
  [
    DAILY,
    9,
    0,
    '"Since China has the largest group of users and the US has the most developed Internet technology, the agreement would improve global cyberspace security," Wu Xinbo, director of the Center for American Studies at Fudan University, told the Global Times.',
  ],
  [
    DAILY,
    7,
    0,
    '"It shows that the US treats China equally and considers it as a competitor. This accord would show that China and the US are beginning cooperation in a new field," Jin Canrong, vice director of the School of International Studies at the Renmin University of China, told the Global Times.',
  ],
  [
    DAILY,
    5,
    0,
    '"The deal, if nailed by China and the US, shows that the two countries are trying to put a halt to cyberspace security disputes by reaching an agreement to protect common interests," Ni Feng, a research fellow at the Institute of American Studies at the Chinese Academy of Social Sciences, told the Global Times.',
  ],
];

const sentences: Sentence[] = ROWS.map(([source, paragraph, index, text]) => ({
  id: `${source}:p${paragraph}:s${index}`,
  source,
  paragraph,
  index,
  start: 0,
  end: text.length,
  text,
}));

export const sentenceId = (source: string, paragraph: number, index: number) => `${source}:p${paragraph}:s${index}`;

/** Every place a sentence names `alias` (case as written), as the builder would record it. */
function mentionsOf(aliases: string[]): Mention[] {
  const found: Mention[] = [];
  for (const s of sentences) {
    for (const alias of aliases) {
      for (let at = s.text.indexOf(alias); at >= 0; at = s.text.indexOf(alias, at + alias.length)) {
        found.push({ source: s.source, sentence: s.id, start: at, end: at + alias.length });
      }
    }
  }
  return found;
}

function entity(id: string, kind: Entity['kind'], name: string, aliases: string[]): Entity {
  return { id, kind, name, aliases, mentions: mentionsOf(aliases) };
}

const entities: Entity[] = [
  entity('person:xi-jinping', 'person', 'Xi Jinping', ['Xi Jinping', 'President Xi Jinping', 'President Xi', 'Mr. Xi', 'Xi']),
  entity('person:susan-e-rice', 'person', 'Susan E. Rice', ['Susan E. Rice', 'Susan Rice', 'Ms. Rice', 'Rice']),
  entity('person:james-b-comey', 'person', 'James B. Comey', ['James B. Comey', 'James Comey', 'Comey']),
  entity('person:meng-jianzhu', 'person', 'Meng Jianzhu', ['Meng Jianzhu', 'Meng']),
  entity('person:joseph-s-nye', 'person', 'Joseph S. Nye', ['Joseph S. Nye', 'Mr. Nye', 'Nye']),
  entity('person:wu-xinbo', 'person', 'Wu Xinbo', ['Wu Xinbo', 'Wu']),
  entity('person:jin-canrong', 'person', 'Jin Canrong', ['Jin Canrong', 'Jin']),
  entity('person:ni-feng', 'person', 'Ni Feng', ['Ni Feng', 'Ni']),
  entity('person:vikram-singh', 'person', 'Vikram Singh', ['Vikram Singh', 'Singh']),
  entity('person:john-f-kennedy', 'person', 'John F. Kennedy', ['John F. Kennedy', 'President John F. Kennedy', 'Kennedy']),
  entity('person:barack-obama', 'person', 'Obama', ['Obama', 'President Obama', 'Mr. Obama']),
  entity('organization:fbi', 'organization', 'F.B.I.', ['FBI', 'F.B.I.']),
  entity('organization:united-nations', 'organization', 'United Nations', ['United Nations', 'UN']),
  entity('organization:office-of-personnel-management', 'organization', 'Office of Personnel Management', ['Office of Personnel Management', 'OPM']),
  entity('organization:new-york-times', 'organization', 'The New York Times', ['The New York Times', 'New York Times']),
  entity('organization:sony-pictures-entertainment', 'organization', 'Sony Pictures Entertainment', ['Sony Pictures Entertainment', 'Sony']),
  entity('place:united-states', 'place', 'United States', ['United States', 'U.S.', 'US']),
  entity('place:china', 'place', 'China', ['China']),
  entity('place:washington', 'place', 'Washington', ['Washington']),
  entity('topic:critical-infrastructure', 'topic', 'critical infrastructure', ['critical infrastructure']),
  entity('topic:cyberweapons', 'topic', 'cyberweapons', ['cyberweapons', 'cyber weapons']),
  entity('topic:code-of-conduct', 'topic', 'code of conduct', ['code of conduct']),
  entity('topic:intellectual-property', 'topic', 'intellectual property', ['intellectual property']),
  entity('topic:no-first-use', 'topic', 'no first use', ['no first use']),
];

const sources: Source[] = [
  [NYT, '002_4aefd2a4df811d97.txt', 'The New York Times', 'NYT', 'U.S. and China Seek Arms Deal for Cyberspace'],
  [WIRE, '000_83764a884f072226.txt', 'Philippine News Agency', 'Wire', "US, China seek arms deal for cyberspace during Xi's visit"],
  [BLOG, '001_c00863a864c4aac7.txt', 'Critical Infrastructure Alliance', 'Blog', 'Ongoing Talks between U.S. and China in Seeking Arms Deals for Cyberspace'],
  [DAILY, '003_5560a174234f78d3.txt', "People's Daily", "People's Daily", 'Cyber Deal Expected to Halt Disputes'],
].map(([id, file, outlet, shortName, title]) => ({
  id,
  file,
  outlet,
  shortName,
  title,
  words: 0,
  sentences: sentences.filter((s) => s.source === id).map((s) => s.id),
}));

export const ALIGNMENT_VISIT = 'align:1';
export const ALIGNMENT_UN_PRINCIPLE = 'align:2';

export const fullIndex: FullIndex = {
  version: INDEX_VERSION,
  sources,
  stories: [
    { id: `story:${sources[0].id}`, title: sources[0].title, sources: sources.map((s) => s.id), people: [], organizations: [], places: [], related: [] },
  ],
  sentences,
  entities,
  quotes: [
    {
      id: 'quote:1',
      text: 'It would be the first time that cyber is treated as a military capability that needs to be governed as nuclear, chemical and biological weapons are',
      speaker: 'person:vikram-singh',
      carriers: [
        {
          source: NYT,
          sentence: sentenceId(NYT, 10, 1),
          status: 'verbatim',
          text: 'It would be the first time that cyber is treated as a military capability that needs to be governed as nuclear, chemical and biological weapons are',
        },
      ],
    },
    {
      id: 'quote:2',
      text: 'that intentionally damages critical infrastructure or otherwise impairs the use and operation of critical infrastructure to provide services to the public',
      carriers: [
        {
          source: NYT,
          sentence: sentenceId(NYT, 5, 0),
          status: 'verbatim',
          text: 'that intentionally damages critical infrastructure or otherwise impairs the use and operation of critical infrastructure to provide services to the public.',
        },
        {
          source: BLOG,
          sentence: sentenceId(BLOG, 3, 0),
          status: 'verbatim',
          text: 'that intentionally damages critical infrastructure or otherwise impairs the use and operation of critical infrastructure to provide services to the public',
        },
      ],
    },
    {
      id: 'quote:3',
      text: 'It could create some self-restraint,',
      speaker: 'person:joseph-s-nye',
      carriers: [{ source: NYT, sentence: sentenceId(NYT, 12, 1), status: 'verbatim', text: 'It could create some self-restraint,' }],
    },
    {
      id: 'quote:4',
      text: 'no first use',
      carriers: [{ source: NYT, sentence: sentenceId(NYT, 12, 0), status: 'verbatim', text: 'no first use' }],
    },
  ],
  alignments: [
    { id: ALIGNMENT_VISIT, sentences: [sentenceId(WIRE, 4, 0), sentenceId(NYT, 3, 0), sentenceId(DAILY, 3, 0)], score: 0.41 },
    { id: ALIGNMENT_UN_PRINCIPLE, sentences: [sentenceId(BLOG, 3, 0), sentenceId(NYT, 5, 0)], score: 0.72 },
  ],
  discrepancies: [],
  lineage: [],
};

/** The fixture's sentences by id, for tests that paste them into pages. */
export const sentenceText = (id: string): string => {
  const s = sentences.find((x) => x.id === id);
  if (!s) throw new Error(`no fixture sentence ${id}`);
  return s.text;
};

export { NYT, WIRE, BLOG, DAILY };
