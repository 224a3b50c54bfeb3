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
  // "But a senior US official involved in the discussions cautioned that ..."
  /^(?:But|However|And|Yet)?,?\s*((?:a|an|the|another|several|two|three)\s+(?:[\w-]+\s+){0,3}?(?:officials?|sources?)\b(?:\s+(?:involved|within|in|with|close|familiar)\b[^,;"]{0,50}?)?)\s+(?:said|cautioned|warned|noted|stated|added|says)\b/i,
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
    const phrase = m[0].replace(/^(?:(?:But|However|And|Yet)\b,?)?[\s,]+/, '').replace(/[\s.]+$/, '');
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

/** Who a citation names: its head ("official", "sources") with the words before it, as written and as compared. */
export interface CitedSource {
  /** "a senior US official", "Another source within the Obama administration". */
  phrase: string;
  /** How many (one or several) and the lower-case words before the head: "one: senior us". */
  value: string;
}

const SOURCE_HEAD =
  /\b(?:(a|an|the|another|several|two|three|many)\s+)?((?:[\w-]+\s+){0,3}?)(officials?|sources?)\b((?:\s+within\s+(?:the\s+)?[A-Z][\w]*(?:\s+[\w]+)?)?)/;
const NOT_A_MODIFIER = /^(?:according|to|involved|who|are|is|told|that|by|of|in|the|it|article|report)$/i;

/** The source a citation names, when it names one more closely than "officials" or "a report". */
export function attributionSource(cited: Attribution): CitedSource | undefined {
  const m = SOURCE_HEAD.exec(cited.phrase);
  if (!m) return undefined;
  const modifiers = m[2]
    .trim()
    .split(/\s+/)
    .filter((w) => w && !NOT_A_MODIFIER.test(w));
  const within = m[4].trim();
  const count = m[3].endsWith('s') ? 'several' : 'one';
  if (!modifiers.length && !within && count === 'several') return undefined;
  const head = [m[1], ...modifiers, m[3]].filter(Boolean).join(' ');
  return { phrase: [head, within].filter(Boolean).join(' '), value: `${count}: ${[...modifiers, within].join(' ').toLowerCase()}`.trim() };
}
