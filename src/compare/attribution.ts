/**
 * Who a sentence says its information comes from: "according to officials
 * involved in the talks", "a media report said", "The New York Times reported",
 * "officials ... told The New York Times". Returns the phrase as written and a
 * class a reader would compare: officials, a media report, or both (officials
 * quoted through a report). Undefined when the sentence cites no one; a named
 * person quoted ("said Vikram Singh") is the quote step's business, not this.
 */

export type AttributionClass = 'officials' | 'media' | 'officials via media';

export interface Attribution {
  cls: AttributionClass;
  /** The citing words as they stand in the sentence. */
  phrase: string;
}

const MEDIA = /\b(report|reports|reported|article|media|newspaper|times|post|journal|agency|wire)\b|^it\b/i;
const OFFICIALS = /\b(officials?|administration|source within|spokes(?:man|woman|person)|government|ministry|sources)\b/i;

const PATTERNS: RegExp[] = [
  // "..., according to officials involved in the talks."
  /\baccording to ([^,.;]+?)(?=[,.;]|$)/i,
  // "..., a media report said ahead of ...", "..., the report said.", "..., it said."
  /,\s*((?:a|an|the|it)\b[^,;"]{0,40}?)\s+(?:said|reported|says|reports|states|stated)\b(?=[^,;"]*$)/i,
  // "..., The New York Times reported."
  /,\s*((?:The\s+)?(?:[A-Z][\w']*\s+){0,4}[A-Z][\w']*)\s+(?:reported|reports)\b(?=[^,;"]*$)/,
  // "..., reports The New York Times."
  /,\s*(?:reports|reported|said|says)\s+((?:the\s+)?[A-Z][^,.;]*?)\.?$/,
  // "officials involved in the talks told The New York Times", "was cited by The New York Times"
  /(\b(?:a |an |the |several |senior )?[\w\s-]{0,40}?\b(?:officials?|source)\b[^;"]{0,60}?\s+(?:told|was cited by|were cited by|were quoted as saying by|was quoted by)\s+(?:the\s+)?(?:[A-Z][\w']*(?:\s+[A-Z][\w']*)*|media)\b)/,
];

function classify(phrases: string[]): AttributionClass | undefined {
  const joined = phrases.join(' | ');
  const officials = OFFICIALS.test(joined);
  const media = phrases.some((p) => MEDIA.test(p) || /\b(told|cited by|quoted .* by)\b/i.test(p));
  if (officials && media) return 'officials via media';
  if (officials) return 'officials';
  if (media) return 'media';
  return undefined;
}

export function findAttribution(text: string): Attribution | undefined {
  const phrases: { at: number; end: number; text: string }[] = [];
  for (const re of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const phrase = m[0].replace(/^[\s,]+/, '').replace(/[\s.]+$/, '');
    const at = m.index + m[0].indexOf(phrase);
    const end = at + phrase.length;
    // Overlapping phrases are one citation.
    if (phrases.some((p) => at < p.end && end > p.at)) continue;
    phrases.push({ at, end, text: phrase });
  }
  if (!phrases.length) return undefined;
  phrases.sort((a, b) => a.at - b.at);
  const cls = classify(phrases.map((p) => p.text));
  return cls ? { cls, phrase: phrases.map((p) => p.text).join(' … ') } : undefined;
}
