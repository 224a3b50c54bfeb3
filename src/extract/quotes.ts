/**
 * Quotations: every real quotation of the bodies (four words or more: shorter
 * ones are scare quotes, "generic embrace", "attack"), grouped across sources,
 * with the speaker where the text says it and how each source carries it:
 * `verbatim` (same words in quote marks), `altered` (in quote marks, words
 * changed), `unquoted` (the words, or nearly, without quote marks).
 */
import type { Entity, Quote, QuoteCarrier } from '../index/schema';
import type { ParsedSource } from '../corpus/types';
import { normalizeText } from '../shared/normalize';
import { quotationSpans, type QuotationSpan } from './quotation-spans';
import { findSpeaker } from './speaker';
import { lcs, similarity, words, type Word } from './word-align';

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

/** Where the source has the quote's words without quote marks, if it does. */
function unquotedIn(src: ParsedSource, keys: string[], quoted: QuotationSpan[]): { text: string; start: number } | undefined {
  if (keys.length < MIN_UNQUOTED_WORDS) return undefined;
  const inQuote = (w: Word) => quoted.some((q) => w.start >= q.start && w.end <= q.end);
  const ws = words(src.body).filter((w) => !inQuote(w));
  const anchors = new Set(keys.slice(0, 3));
  let best: { score: number; start: number; end: number } | undefined;
  for (let i = 0; i < ws.length; i++) {
    if (!anchors.has(ws[i].key)) continue;
    const window = ws.slice(i, i + keys.length + 4);
    const r = lcs(keys, window.map((w) => w.key));
    if (r.first < 0) continue;
    const score = r.length / keys.length;
    // The matched words must be one stretch of text, not words scattered over a paragraph.
    const span = window.slice(r.first, r.last + 1);
    if (span.length > keys.length * 1.5) continue;
    if (score >= UNQUOTED_COVER && (!best || score > best.score)) best = { score, start: span[0].start, end: span[span.length - 1].end };
  }
  return best && { text: src.body.slice(best.start, best.end), start: best.start };
}

/**
 * The quotes of the sources, `quote:1`... by first appearance (source order,
 * then body order). Speakers are resolved against `entities` (named entities;
 * pass [] to get names only). No quotations → [].
 */
export function extractQuotes(sources: ParsedSource[], entities: Entity[]): Quote[] {
  const spansBySource = new Map(sources.map((s) => [s.source.id, quotationSpans(s.body)]));
  const groups: Group[] = [];
  for (const src of sources) {
    for (const span of spansBySource.get(src.source.id)!) {
      const keys = words(span.text).map((w) => w.key);
      if (keys.length < MIN_WORDS) continue;
      const f: Found = { src, span, keys };
      const g = groups.find((x) => similarity(x.first.keys, keys) >= SAME_QUOTE);
      if (!g) {
        groups.push({ first: f, carriers: [carrier(f, 'verbatim')] });
      } else if (!g.carriers.some((c) => c.source === src.source.id)) {
        const same = g.first.keys.join(' ') === keys.join(' ');
        g.carriers.push(carrier(f, same ? 'verbatim' : 'altered'));
      }
    }
  }
  const order = new Map(sources.map((s, i) => [s.source.id, i]));
  return groups.map((g, i) => {
    for (const src of sources) {
      if (g.carriers.some((c) => c.source === src.source.id)) continue;
      const hit = unquotedIn(src, g.first.keys, spansBySource.get(src.source.id)!);
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

function carrier(f: Found, status: QuoteCarrier['status']): QuoteCarrier & { found: Found } {
  return { source: f.src.source.id, sentence: sentenceAt(f.src, f.span.start), status, text: normalizeText(f.span.text), found: f };
}
