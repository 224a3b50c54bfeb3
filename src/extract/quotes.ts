/**
 * Quotations: every real quotation of the bodies (four words or more: shorter
 * ones are scare quotes, "generic embrace", "attack"), grouped across sources,
 * with the speaker where the text says it and how each source carries it:
 * `verbatim` (same words in quote marks), `altered` (in quote marks, words
 * changed), `unquoted` (the words, or nearly, without quote marks).
 */
import type { Entity, Quote, QuoteCarrier } from '../contracts/schema';
import type { ParsedSource } from '../intake/types';
import { normalizeText } from '../text/normalize';
import { quotationSpans, type QuotationSpan } from './quotation-spans';
import { findSpeaker } from './speaker';
import { lcsRangeInB, lcsShare } from '../text/lcs';
import { words, type Word } from '../text/words';

const MIN_WORDS = 4;
/** Shared word share for two quotations to be one quote (the rest is "altered"). */
const SAME_QUOTE = 0.75;
/** Unquoted words must be this long and cover this share of the quote. */
const MIN_UNQUOTED_WORDS = 5;
const UNQUOTED_COVER = 0.8;

interface Found {
  src: ParsedSource;
  span: QuotationSpan;
  keys: string[];
}

interface Group {
  first: Found;
  carriers: (QuoteCarrier & { found?: Found })[];
}

function sentenceAt(src: ParsedSource, offset: number): string {
  const s = src.sentences.find((x) => x.start <= offset && offset < x.end) ?? src.sentences.filter((x) => x.start <= offset).pop() ?? src.sentences[0];
  return s?.id ?? '';
}

/** A source's words outside its quotations, read once, with where each word stands. */
interface UnquotedText {
  src: ParsedSource;
  words: Word[];
  /** Word key → indexes into `words`. */
  at: Map<string, number[]>;
}

function unquotedText(src: ParsedSource, quoted: QuotationSpan[]): UnquotedText {
  const inQuote = (w: Word) => quoted.some((q) => w.start >= q.start && w.end <= q.end);
  const ws = words(src.body).filter((w) => !inQuote(w));
  const at = new Map<string, number[]>();
  ws.forEach((w, i) => {
    const list = at.get(w.key);
    if (list) list.push(i);
    else at.set(w.key, [i]);
  });
  return { src, words: ws, at };
}

/** Where the source has the quote's words without quote marks, if it does. */
function unquotedIn(text: UnquotedText, keys: string[]): { text: string; start: number } | undefined {
  if (keys.length < MIN_UNQUOTED_WORDS) return undefined;
  // A copy holds most of the quote's words: a source lacking them has none (most sources, most
  // quotes). The common subsequence can only use words the source has, so this never drops one.
  let present = 0;
  for (const k of keys) if (text.at.has(k)) present++;
  if (present < keys.length * UNQUOTED_COVER) return undefined;
  const ws = text.words;
  // Only where one of the quote's first words stands can a copy of it start.
  const starts = [...new Set(keys.slice(0, 3).flatMap((k) => text.at.get(k) ?? []))].sort((a, b) => a - b);
  let best: { score: number; start: number; end: number } | undefined;
  const quoteWords = new Set(keys);
  for (const i of starts) {
    // The common subsequence uses only window words the quote has: fewer of them than would pass (or beat the
    // best so far) and the window need not be compared.
    const end = Math.min(ws.length, i + keys.length + 4);
    let most = 0;
    for (let k = i; k < end; k++) if (quoteWords.has(ws[k].key)) most++;
    if (most / keys.length < UNQUOTED_COVER || (best && most / keys.length <= best.score)) continue;
    const window = ws.slice(i, i + keys.length + 4);
    const r = lcsRangeInB(
      keys,
      window.map((w) => w.key),
    );
    if (r.first < 0) continue;
    const score = r.length / keys.length;
    // The matched words must be one stretch of text, not words scattered over a paragraph.
    const span = window.slice(r.first, r.last + 1);
    if (span.length > keys.length * 1.5) continue;
    if (score >= UNQUOTED_COVER && (!best || score > best.score)) best = { score, start: span[0].start, end: span[span.length - 1].end };
  }
  return best && { text: text.src.body.slice(best.start, best.end), start: best.start };
}

/**
 * The quotes of the sources, `quote:1`... by first appearance (source order,
 * then body order). Speakers are resolved against `entities` (named entities;
 * pass [] to get names only). No quotations → [].
 */
export function extractQuotes(sources: ParsedSource[], entities: Entity[]): Quote[] {
  const spansBySource = new Map(sources.map((s) => [s.source.id, quotationSpans(s.body)]));
  const groups: Group[] = [];
  // A quotation word for word like one already grouped needs no comparison with every group.
  const byKeys = new Map<string, Group>();
  const groupsByWord = new Map<string, number[]>();
  for (const src of sources) {
    for (const span of spansBySource.get(src.source.id)!) {
      const keys = words(span.text).map((w) => w.key);
      if (keys.length < MIN_WORDS) continue;
      const f: Found = { src, span, keys };
      const joined = keys.join(' ');
      const g = byKeys.get(joined) ?? similarGroup(groupsByWord, groups, keys);
      if (g) byKeys.set(joined, g);
      if (!g) {
        const group = { first: f, carriers: [carrier(f, 'verbatim')] };
        for (const k of new Set(keys)) addTo(groupsByWord, k, groups.length);
        groups.push(group);
        byKeys.set(joined, group);
      } else if (!g.carriers.some((c) => c.source === src.source.id)) {
        const same = g.first.keys.join(' ') === keys.join(' ');
        g.carriers.push(carrier(f, same ? 'verbatim' : 'altered'));
      }
    }
  }
  const order = new Map(sources.map((s, i) => [s.source.id, i]));
  const unquoted = new Map(sources.map((s) => [s.source.id, unquotedText(s, spansBySource.get(s.source.id)!)]));
  const sourcesByWord = new Map<string, number[]>();
  sources.forEach((s, i) => {
    for (const k of unquoted.get(s.source.id)!.at.keys()) addTo(sourcesByWord, k, i);
  });
  return groups.map((g, i) => {
    for (const si of candidates(sourcesByWord, g.first.keys, 1 - UNQUOTED_COVER)) {
      const src = sources[si];
      if (g.carriers.some((c) => c.source === src.source.id)) continue;
      const hit = unquotedIn(unquoted.get(src.source.id)!, g.first.keys);
      if (hit) g.carriers.push({ source: src.source.id, sentence: sentenceAt(src, hit.start), status: 'unquoted', text: normalizeText(hit.text) });
    }
    g.carriers.sort((a, b) => (order.get(a.source) ?? 0) - (order.get(b.source) ?? 0));
    const quote: Quote = {
      id: `quote:${i + 1}`,
      text: normalizeText(g.first.span.text),
      carriers: g.carriers.map(({ source, sentence, status, text }) => ({ source, sentence, status, text })),
    };
    const speakers = g.carriers
      .filter((c) => c.found)
      .map((c) => findSpeaker(c.found!.src, c.found!.span.start, c.found!.span.end, [c.found!.span.paragraphStart, c.found!.span.paragraphEnd], entities))
      .filter((s) => s !== undefined);
    const named = speakers.find((s) => s.entity) ?? speakers[0];
    if (named?.entity) quote.speaker = named.entity;
    else if (named) quote.speakerName = normalizeText(named.name);
    return quote;
  });
}

function addTo(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Indexes (ascending) of the items that can share at least `1 - slack` of
 * `keys`: an item lacking more than `slack` of them lacks at least one of the
 * rarest `floor(slack * n) + 1`, so only items holding one of those qualify.
 */
function candidates(byWord: Map<string, number[]>, keys: string[], slack: number): number[] {
  const distinct = [...new Set(keys)].sort((a, b) => (byWord.get(a)?.length ?? 0) - (byWord.get(b)?.length ?? 0));
  const out = new Set<number>();
  for (const k of distinct.slice(0, Math.floor(slack * keys.length + 1e-9) + 1)) for (const i of byWord.get(k) ?? []) out.add(i);
  return [...out].sort((a, b) => a - b);
}

/** The first group whose quotation has nearly the same words as `keys`. */
function similarGroup(byWord: Map<string, number[]>, groups: Group[], keys: string[]): Group | undefined {
  for (const i of candidates(byWord, keys, 1 - SAME_QUOTE)) if (lcsShare(groups[i].first.keys, keys) >= SAME_QUOTE) return groups[i];
  return undefined;
}

function carrier(f: Found, status: QuoteCarrier['status']): QuoteCarrier & { found: Found } {
  return { source: f.src.source.id, sentence: sentenceAt(f.src, f.span.start), status, text: normalizeText(f.span.text), found: f };
}
