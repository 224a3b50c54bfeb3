/**
 * Every candidate name of every body sentence, with its kind evidence, its
 * appositive and, inside its article, the fuller name it stands for.
 */
import type { ParsedSource } from '../intake/types';
import { resolveCoreference } from './coreference';
import { describeSpan, type Appositive } from './describe-entity';
import { isKnownPlace } from './gazetteer';
import { isKnownOrg, isOrgHead } from './org-heads';
import { nameKey } from './name-key';
import { properNounSpans, type NameSpan, type SentenceSpans } from './proper-noun-spans';
import type { Sentence } from '../contracts/schema';
import { spanEvidence, type KindScores } from './span-evidence';
import { tokenize, type Token } from './tokens';

export interface NameMention {
  source: string;
  sentence: string;
  span: NameSpan;
  scores: KindScores;
  appositive?: Appositive;
  /** Key of the name as written. */
  key: string;
  /** Key of the fuller name of the same article it stands for, if any. */
  resolved?: string;
}

interface WordStats {
  /** Times a word is capitalised away from a sentence's start. */
  capInside: Map<string, number>;
  /** Times a word is written in lower case. */
  lower: Map<string, number>;
}

function emptyStats(): WordStats {
  return { capInside: new Map(), lower: new Map() };
}

function addStats(stats: WordStats, tokens: Token[]): void {
  tokens.forEach((t, i) => {
    const w = t.text.toLowerCase();
    if (!t.cap) stats.lower.set(w, (stats.lower.get(w) ?? 0) + 1);
    else if (i > 0) stats.capInside.set(w, (stats.capInside.get(w) ?? 0) + 1);
  });
}

/**
 * A sentence's first word is capitalised whatever it is. Keep a name that
 * starts there only if the word is capitalised elsewhere too, or is known;
 * "Cyberweapons, too, are..." and "Classified documents" are not names.
 */
function trustInitial(span: NameSpan, tokens: Token[], stats: WordStats, corpus: WordStats): NameSpan | undefined {
  if (!span.sentenceInitial) return span;
  const first = tokens[span.first];
  const w = first.text.toLowerCase();
  // "New Zealand Parliamentary Counsel Office": a known name may open a longer one.
  const lead = (n: number) => (span.last - span.first >= n - 1 ? span.text.slice(0, tokens[span.first + n - 1].end - span.start) : '');
  const known = [1, 2, 3].some((n) => isKnownPlace(lead(n)) || isKnownOrg(lead(n))) || first.acronym;
  // "Recording Industry Association of New Zealand": an organisation's name holds its first word.
  const orgName = span.last - span.first >= 2 && tokens.slice(span.first, span.last + 1).some((t) => isOrgHead(t.text));
  // Capitalised inside a sentence in this article, or mostly so across the corpus ("Office worker..." is not a name).
  const capInside = stats.capInside.get(w) ?? 0;
  const corpusCap = corpus.capInside.get(w) ?? 0;
  if (known || orgName || capInside > 0 || corpusCap > (corpus.lower.get(w) ?? 0)) return span;
  if (span.first === span.last) return undefined;
  if ((stats.lower.get(w) ?? 0) === 0 && (corpus.lower.get(w) ?? 0) <= corpusCap) return span;
  const second = tokens[span.first + 1];
  return { ...span, text: span.text.slice(second.start - span.start), start: second.start, first: span.first + 1, sentenceInitial: false };
}

/**
 * "History", "Disaster", "Building" in a heading's Title Case: one word the
 * corpus writes in lower case more often than capitalised inside a sentence is
 * a common word, unless its article says whom it stands for or it is known.
 */
function isCommonWord(span: NameSpan, corpus: WordStats): boolean {
  if (span.first !== span.last || /^\p{Lu}{2,}|\./u.test(span.text) || isKnownPlace(span.text) || isKnownOrg(span.text)) return false;
  const w = span.text.toLowerCase();
  return (corpus.lower.get(w) ?? 0) > (corpus.capInside.get(w) ?? 0);
}

/** All name mentions of the sources, in source and sentence order. No sources → []. */
export function collectNames(sources: ParsedSource[]): NameMention[] {
  // The corpus's counts first; then one article at a time, so only its tokens are held. An article alone (its
  // story features) is its own corpus: its counts are taken once.
  const corpus = sources.length === 1 ? undefined : emptyStats();
  if (corpus) for (const src of sources) for (const sentence of src.sentences) addStats(corpus, tokenize(sentence.text));
  const out: NameMention[] = [];
  sources.forEach((src) => {
    const analysed = src.sentences.map((sentence) => ({ sentence, ...properNounSpans(sentence.text) }));
    const stats = emptyStats();
    for (const { tokens } of analysed) addStats(stats, tokens);
    out.push(...articleNames(src, analysed, stats, corpus ?? stats));
  });
  return out;
}

/** The name mentions of one article, its sentences analysed, on its own counts and the corpus's. */
function articleNames(src: ParsedSource, analysed: ({ sentence: Sentence } & SentenceSpans)[], stats: WordStats, corpus: WordStats): NameMention[] {
  const out: NameMention[] = [];
  const found: { sentence: (typeof analysed)[number]['sentence']; tokens: Token[]; span: NameSpan; key: string }[] = [];
  for (const { sentence, tokens, spans } of analysed) {
    for (const raw of spans) {
      const span = trustInitial(raw, tokens, stats, corpus);
      const key = span ? nameKey(span.text) : '';
      if (span && key) found.push({ sentence, tokens, span, key });
    }
  }
  const resolved = resolveCoreference(found.map((f) => ({ name: f.span.text })));
  const commonWord = (w: string) => {
    const lower = corpus.lower.get(w.toLowerCase()) ?? 0;
    return lower > 0 && lower >= (corpus.capInside.get(w.toLowerCase()) ?? 0);
  };
  const scores = found.map((f) => spanEvidence(f.sentence.text, f.tokens, f.span, { commonWord }));
  // Full names the article itself shows to be people's, and organisations' names.
  const people = new Set(found.filter((f, i) => f.span.first !== f.span.last && scores[i].person > 0).map((f) => f.key));
  const orgs = new Set(found.filter((f) => f.tokens.slice(f.span.first, f.span.last + 1).some((t) => isOrgHead(t.text))).map((f) => f.key));
  // "Roscosmos" for "Roscosmos Space Agency Press Service", "Mozilla" for "Mozilla Firefox" (a first word, of no
  // known person): speaking makes no person. A surname ("Bassi" for "Wade Bassi") still does.
  const speaksForNoPerson = (key: string, full: string) => orgs.has(full) || (full.startsWith(`${key} `) && !people.has(full));
  // A surname two people of the article share ("Hori Parata", "Te Kaurinui Parata": "Parata" is unresolved, not bare).
  const surnames = new Set(found.filter((f) => people.has(f.key)).map((f) => nameKey(f.tokens[f.span.last].text)));
  for (const f of found) if (f.span.title) surnames.add(f.key);
  found.forEach(({ sentence, tokens, span, key }, i) => {
    const full = resolved[i];
    const bare = span.first === span.last && !tokens[span.first].acronym && (full ? speaksForNoPerson(key, full) : !surnames.has(key));
    const m: NameMention = {
      source: src.source.id,
      sentence: sentence.id,
      span,
      scores: bare ? spanEvidence(sentence.text, tokens, span, { bare, commonWord }) : scores[i],
      appositive: describeSpan(sentence.text, span),
      key,
    };
    if (resolved[i] && resolved[i] !== m.key) m.resolved = resolved[i];
    if (m.resolved || !isCommonWord(m.span, corpus)) out.push(m);
  });
  return out;
}
