/**
 * Topics: the key phrases the sources share ("critical infrastructure", "code of
 * conduct", "cyberweapons" = "cyber weapons"), found as stop-word-delimited
 * noun-phrase n-grams that recur across articles.
 *
 * A phrase qualifies by what sources say in their own voice: occurrences inside
 * quotation marks do not count towards qualifying ("generic embrace" is a
 * quotation fragment, not a topic), but once a phrase qualifies every
 * occurrence is a mention.
 */
import type { Entity, Mention } from '../contracts/schema';
import type { ParsedSource } from '../intake/types';
import { foldKey, normalizeText } from '../text/normalize';
import { wordKey } from '../text/words';
import { slug } from './slug';
import { BEFORE_A_VERB, isFunctionWord } from '../text/lexicon';
import { tokenize, type Token } from './tokens';

/**
 * Words that never start or end a topic: besides function words, reporting
 * verbs, vague adjectives and time words that glue onto real phrases in copied
 * text ("recent weeks", "key principles", "senior officials").
 */
const TOPIC_STOP = new Set(
  (
    'said says say told tell reported report reports according made make makes take taking set sets use used using ' +
    'like likely unlikely clear new old recent recently key major senior several various whole different same other ' +
    'first second third last next early earlier later long great good big biggest largest most least better well ' +
    'year years week weeks month months day days time times today way ways part kind lot lots number amount thing things ' +
    'vice former current possible important general specific detailed initial primary opposite slight ' +
    'percent million millions billion billions dollars ' +
    'might could would should will shall can may must get gets got go going went come came coming seems seem appear ' +
    'also just only even still too very so much many more less ' +
    'during between against among amid across through toward towards including despite around'
  ).split(' '),
);

/**
 * Single words are too generic to be topics ("agreement", "talks"), except the
 * terms of art built on the field's one productive prefix: "cyberspace",
 * "cyberweapons", "cybersecurity".
 */
const TERM_OF_ART = /^cyber\p{L}{3,}$/u;

/** A curated supplement: key ideas the text states once or only in quotation marks. Found only if present. */
export const TOPIC_SEEDS = ['no first use'];

const MAX_WORDS = 4;

interface Occurrence {
  source: string;
  sentence: string;
  start: number;
  end: number;
  surface: string;
  quoted: boolean;
}

/** Plural heads fold to the singular so "cyberattack" and "cyberattacks" are one topic. */
// Windows repeat across a corpus ("critical infrastructure" in every source): fold each text once.
const topicKeys = new Map<string, string>();

function topicKey(text: string): string {
  let key = topicKeys.get(text);
  if (key === undefined) {
    key = foldTopicKey(text);
    if (topicKeys.size > 200_000) topicKeys.clear();
    topicKeys.set(text, key);
  }
  return key;
}

function foldTopicKey(text: string): string {
  const words = foldKey(text).split(' ');
  const last = words[words.length - 1];
  if (last.length > 4 && /[^su]s$/.test(last) && !/ics$/.test(last)) words[words.length - 1] = last.slice(0, -1);
  return words.join(' ');
}

/** Words the corpus uses as verbs: seen right after a modal ("could address", "should allow"). */
function verbsOf(sources: readonly ParsedSource[]): Set<string> {
  const out = new Set<string>();
  for (const src of sources)
    for (const x of src.sentences) {
      const tokens = tokenize(x.text);
      tokens.forEach((t, i) => i > 0 && BEFORE_A_VERB.has(tokens[i - 1].text.toLowerCase()) && out.add(t.text.toLowerCase()));
    }
  return out;
}

function isContent(t: Token, i: number): boolean {
  const w = t.text.toLowerCase();
  if (t.acronym || /^\d/.test(w) || isFunctionWord(w) || TOPIC_STOP.has(w) || w.length < 3) return false;
  // Capitalised inside a sentence: part of a name ("Communist Party envoy"), not a topic.
  return !t.cap || i === 0;
}

/**
 * Can this word open or close a noun phrase? Not an adverb ("directly"), not a
 * past participle ("adopted", "involved"), not a verb the corpus uses after a
 * modal ("address", "allow"): without a tagger, these cues keep verb phrases out.
 */
function isEdge(t: Token, verbs: Set<string>): boolean {
  const w = t.text.toLowerCase();
  return !(/..ly$/.test(w) || /...ed$/.test(w) || verbs.has(w));
}

/** Token index ranges with no punctuation inside (a topic never crosses a comma or a quote mark). */
function segments(text: string, tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  let a = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || !/^\s+$/.test(text.slice(tokens[i - 1].end, tokens[i].start)) || tokens[i - 1].possessive) {
      out.push([a, i - 1]);
      a = i;
    }
  }
  return out;
}

/** Is offset `at` of the sentence inside straight double quotes? */
function quotedAt(text: string, at: number): boolean {
  let n = 0;
  for (let i = 0; i < at; i++) if (text[i] === '"' || text[i] === '\u201C' || text[i] === '\u201D') n++;
  return n % 2 === 1;
}

/** How often a candidate phrase stands, and how often in the sources' own voice (not quoted). */
interface PhraseCount {
  n: number;
  own: number;
}

/**
 * Every candidate phrase of the corpus, counted. Only counts are kept: the
 * places of the few phrases that become topics are found again afterwards, so
 * the corpus's millions of candidate windows never sit in memory at once. Each
 * pass tokenises a sentence when it reaches it and lets its tokens go (the
 * corpus's tokens at once would be some 200 MB on a stream of 5,000 articles;
 * tokenising again costs far less than holding them).
 */
function phraseCounts(sources: readonly ParsedSource[]): Map<string, PhraseCount> {
  const verbs = verbsOf(sources);
  const byKey = new Map<string, PhraseCount>();
  for (const src of sources) {
    for (const x of src.sentences) {
      const tokens = tokenize(x.text);
      for (const [a, b] of segments(x.text, tokens)) {
        for (let i = a; i <= b; i++) {
          if (!isContent(tokens[i], i) || !isEdge(tokens[i], verbs)) continue;
          const quoted = quotedAt(x.text, tokens[i].start);
          for (let j = i; j <= b && j < i + MAX_WORDS; j++) {
            const t = tokens[j];
            if (j > i && t.text !== 'of' && !isContent(t, j)) break;
            if (!isContent(t, j) || !isEdge(t, verbs)) continue;
            const surface = x.text.slice(tokens[i].start, t.end);
            // One word: its key is remembered across the corpus.
            if (j === i && !TERM_OF_ART.test(wordKey(surface))) continue;
            const key = topicKey(surface);
            let c = byKey.get(key);
            if (!c) byKey.set(key, (c = { n: 0, own: 0 }));
            c.n++;
            if (!quoted) c.own++;
          }
        }
      }
    }
  }
  return byKey;
}

/**
 * Used at least three times, at least twice in the sources' own voice: shared
 * by articles ("working group") or one article's refrain ("internet governance").
 */
function qualifies(c: PhraseCount): boolean {
  return c.n >= 3 && c.own >= 2;
}

function containsWords(long: string, short: string): boolean {
  return ` ${long} `.includes(` ${short} `);
}

/**
 * The topic entities of the sources, ordered by first mention. `seeds` are
 * added only where they occur. No sources → [].
 */
export function extractTopics(sources: ParsedSource[], options: { seeds?: string[] } = {}): Entity[] {
  const byKey = phraseCounts(sources);
  const kept = [...byKey.entries()].filter(([, c]) => qualifies(c)).map(([key, c]) => ({ key, n: c.n }));
  const survivors = keepOuterPhrases(kept);
  const chosen = survivors.map((s) => s.key);
  for (const seed of options.seeds ?? TOPIC_SEEDS) {
    const key = topicKey(seed);
    if (!chosen.includes(key)) chosen.push(key);
  }
  const windows = allWindows(sources, new Set(chosen));
  const found = chosen.filter((key) => windows.has(key));
  const order = new Map<string, number>();
  sources.forEach((s, i) => s.sentences.forEach((x, j) => order.set(x.id, i * 1e6 + j)));
  // Mentions: every place the words stand, in any case ("State visit" too).
  const topics = found.map((key) => toEntity(windows.get(key)!, order));
  return topics.sort((a, b) => pos(a, order) - pos(b, order) || a.id.localeCompare(b.id));
}

function pos(e: Entity, order: Map<string, number>): number {
  const m = e.mentions[0];
  return (order.get(m.sentence) ?? 0) * 1e4 + m.start;
}

interface Kept {
  key: string;
  /** Times the phrase stands. */
  n: number;
}

/**
 * A phrase nearly always part of a longer kept phrase is that phrase ("control
 * accord" in "arms control accord"), and a rare extension of a common phrase is
 * that phrase plus a word ("attacking critical infrastructure", "limit
 * cyberattacks"). Phrases are compared only with those sharing a word.
 */
function keepOuterPhrases(kept: Kept[]): Kept[] {
  const byWord = new Map<string, Kept[]>();
  for (const k of kept) {
    for (const w of new Set(k.key.split(' '))) {
      const list = byWord.get(w);
      if (list) list.push(k);
      else byWord.set(w, [k]);
    }
  }
  const byKey = new Map(kept.map((k) => [k.key, k]));
  return kept.filter((s) => {
    const near = byWord.get(s.key.split(' ')[0]) ?? [];
    return (
      !near.some((l) => l.key !== s.key && containsWords(l.key, s.key) && l.n >= 0.8 * s.n) &&
      !innerPhrases(s.key).some((c) => (byKey.get(c)?.n ?? 0) > 2 * s.n)
    );
  });
}

/** The shorter runs of words inside a phrase ("critical infrastructure" in "attacking critical infrastructure"). */
function innerPhrases(key: string): string[] {
  const w = key.split(' ');
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) for (let j = i; j < w.length; j++) if (j - i + 1 < w.length) out.push(w.slice(i, j + 1).join(' '));
  return out;
}

/**
 * Every run of 1..MAX_WORDS+1 words inside a segment whose topic key is one of
 * `wanted`, by key (the +1 lets "cyber weapons" meet a one-word topic). Only
 * runs that start with a wanted key's first word are folded.
 */
function allWindows(sources: ParsedSource[], wanted: Set<string>): Map<string, Occurrence[]> {
  const out = new Map<string, Occurrence[]>();
  // Compared without a plural "s" and with every "cyber…" word alike: how keys fold a first word.
  const opening = (key: string) => {
    const w = key.split(' ')[0];
    return w.startsWith('cyber') ? 'cyber' : w.replace(/s$/, '');
  };
  const firstWords = new Set([...wanted].map(opening));
  // Words recur across the corpus: each is folded once.
  const opens = new Map<string, boolean>();
  const canOpen = (word: string) => {
    let yes = opens.get(word);
    if (yes === undefined) opens.set(word, (yes = firstWords.has(opening(foldKey(word)))));
    return yes;
  };
  sources.forEach((src) => {
    for (const x of src.sentences) {
      const tokens = tokenize(x.text);
      for (const [a, b] of segments(x.text, tokens)) {
        for (let i = a; i <= b; i++) {
          if (!canOpen(tokens[i].text)) continue;
          for (let j = i; j <= b && j <= i + MAX_WORDS; j++) {
            const surface = x.text.slice(tokens[i].start, tokens[j].end);
            const key = topicKey(surface);
            if (!wanted.has(key)) continue;
            if (!out.has(key)) out.set(key, []);
            out.get(key)!.push({ source: src.source.id, sentence: x.id, start: tokens[i].start, end: tokens[j].end, surface, quoted: false });
          }
        }
      }
    }
  });
  return out;
}

function toEntity(occ: Occurrence[], order: Map<string, number>): Entity {
  // Topic aliases match in any case on the page, so forms are kept in lower case.
  const counts = new Map<string, number>();
  for (const o of occ) {
    const f = normalizeText(o.surface).toLowerCase();
    counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  const forms = [...counts.keys()];
  const name = forms.reduce((best, f) => (counts.get(f)! > counts.get(best)! ? f : best), forms[0]);
  const mentions: Mention[] = occ
    .map(({ source, sentence, start, end }) => ({ source, sentence, start, end }))
    .sort((a, b) => (order.get(a.sentence) ?? 0) - (order.get(b.sentence) ?? 0) || a.start - b.start);
  return { id: `topic:${slug(name)}`, name, kind: 'topic', aliases: [name, ...forms.filter((f) => f !== name)], mentions };
}
