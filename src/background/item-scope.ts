/**
 * Which words of a sentence are about one named thing: its mention, its
 * description (an appositive: "a high-level Communist Party envoy, Meng
 * Jianzhu, who is responsible for state security"), and the clause it is the
 * subject or object of, less the words that describe someone else. A card
 * shows a change only when its changed words fall there (`item-changes.ts`).
 *
 * Plain text rules, no parser: a sentence is cut into pieces at commas,
 * semicolons and dashes, and before the words that open a clause ("that",
 * "when", "according to"). Pure: unit-tested in Node.
 */
import type { Span } from '../contracts/cards';

interface Piece {
  start: number;
  end: number;
  /** The piece opens a clause of its own ("when …", "according to …", "which …"). */
  opens: boolean;
  /** A relative clause ("who …", "which …"): it describes the name before it. */
  relative: boolean;
}

/** Words that open a clause inside a stretch without commas. */
const OPENERS_INSIDE =
  /\s(?=(?:that|when|while|whereas|because|although|though|which|who|whom|whose|where|before|after|ahead of|during|unless|until|since|if)\s)/gi;
/** Words that, after a comma, start a clause of its own (not a list's next item, not an appositive). */
const OPENER =
  /^(?:and|but|or|nor|so|yet|that|when|while|whereas|because|although|though|which|who|whom|whose|where|before|after|ahead|during|unless|until|since|if|as|according)\b/i;
/** A reporting clause with its own subject ("a media report said", "officials told reporters"); "said Mr. Li" continues its clause. */
const REPORTING = /^(?:[\w'’.-]+\s){1,5}(?:said|says|reported|reports|told|added|noted|cautioned|wrote)\b/i;
const RELATIVE = /^(?:who|whom|whose|which)\b/i;
/** What an appositive before a name starts with ("a high-level envoy, Meng Jianzhu"). */
const APPOSITIVE_START = /^(?:a|an|the|his|her|its|their|former|senior|deputy|chief|vice|[A-Z][\w.-]*'s)\s/;
/** Words that end a title run before a name ("met with Obama's national security adviser Susan Rice"). */
const TITLE_STOP = new Set(
  'with and or by to of for from in on at into over under about against between that when before after while as than met said told called and visited'.split(
    ' ',
  ),
);

/** The sentence cut into pieces, with where each begins and ends (trimmed of spaces and punctuation). */
export function piecesOf(text: string): Piece[] {
  const cuts: number[] = [0];
  for (const m of text.matchAll(/[,;:]\s|\s[—–]\s|\s--\s/g)) cuts.push(m.index + m[0].length);
  for (const m of text.matchAll(OPENERS_INSIDE)) cuts.push(m.index + 1);
  cuts.push(text.length);
  const sorted = [...new Set(cuts)].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < sorted.length - 1; i++) {
    let start = sorted[i];
    let end = sorted[i + 1];
    while (start < end && /[\s,;:—–-]/.test(text[start])) start++;
    while (end > start && /[\s,;:—–.-]/.test(text[end - 1])) end--;
    if (end <= start) continue;
    const words = text.slice(start, end);
    pieces.push({ start, end, opens: i > 0 && (OPENER.test(words) || REPORTING.test(words)), relative: RELATIVE.test(words) });
  }
  return pieces;
}

const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];
const inside = (a: Span, b: Span) => a[0] >= b[0] && a[1] <= b[1];
const pieceAt = (pieces: Piece[], span: Span) => pieces.findIndex((p) => overlaps([p.start, p.end], span));

/**
 * A name's description in the sentence: an appositive piece before it ("a
 * high-level envoy, Meng"), one after it ("Rice, Mr. Obama's adviser," or
 * "Meng, who is responsible …"), and the title run before it in its own piece
 * ("Obama's national security adviser Susan Rice").
 */
export function descriptionOf(text: string, pieces: Piece[], mention: Span): Span[] {
  const at = pieceAt(pieces, mention);
  if (at < 0) return [];
  const own = pieces[at];
  const spans: Span[] = [];
  const nameIsPiece = text.slice(own.start, own.end).replace(/'s$/, '') === text.slice(mention[0], mention[1]);
  const before = pieces[at - 1];
  if (nameIsPiece && before && !before.opens && APPOSITIVE_START.test(text.slice(before.start, before.end) + ' ')) spans.push([before.start, before.end]);
  const after = pieces[at + 1];
  if (after && own.end === mention[1]) {
    const words = text.slice(after.start, after.end) + ' ';
    if (after.relative || (!after.opens && APPOSITIVE_START.test(words))) spans.push([after.start, after.end]);
  }
  let from = mention[0];
  for (const m of [...text.slice(own.start, mention[0]).matchAll(/\S+/g)].reverse()) {
    if (TITLE_STOP.has(m[0].toLowerCase())) break;
    from = own.start + m.index;
  }
  if (from < mention[0]) spans.push([from, mention[0]]);
  return spans;
}

export interface EntityScope {
  /** The entity's own mentions and descriptions: a change here is about it. */
  own: Span[];
  /** Other names and their descriptions: a change wholly here is about them. */
  others: Span[];
  /** The clause the entity is subject or object of. */
  clause: Span[];
}

/**
 * Where a sentence speaks of an entity. `mentions`: the entity's mentions in
 * it; `otherMentions`: every other name's. The clause runs from the piece
 * that opens it to the piece before the next clause, passing over other
 * names' appositives and relative clauses.
 */
export function entityScope(text: string, mentions: Span[], otherMentions: Span[]): EntityScope {
  const pieces = piecesOf(text);
  const own: Span[] = [...mentions, ...mentions.flatMap((m) => descriptionOf(text, pieces, m))];
  const others: Span[] = [...otherMentions, ...otherMentions.flatMap((m) => descriptionOf(text, pieces, m))].filter(
    (o) => !mentions.some((m) => overlaps(o, m)),
  );
  const isOthers = (p: Piece) => others.some((o) => inside([p.start, p.end], o));
  const clause: Span[] = [];
  for (const mention of mentions) {
    const at = pieceAt(pieces, mention);
    if (at < 0) continue;
    clause.push([pieces[at].start, pieces[at].end]);
    // Back to the piece that opens the clause, passing over others' descriptions and relative clauses.
    const passOver = (p: Piece) => p.relative || isOthers(p);
    for (let i = at; i > 0 && !(pieces[i].opens && (i === at || !passOver(pieces[i])));) {
      i--;
      if (!passOver(pieces[i])) clause.push([pieces[i].start, pieces[i].end]);
    }
    // On to the next clause.
    for (let i = at + 1; i < pieces.length && !pieces[i].opens; i++) {
      if (!isOthers(pieces[i])) clause.push([pieces[i].start, pieces[i].end]);
    }
  }
  return { own, others, clause };
}

/** Whether a change at `changed` in the sentence is about the entity of `scope`. */
export function isAboutEntity(scope: EntityScope, changed: Span): boolean {
  if (scope.own.some((s) => overlaps(s, changed))) return true;
  if (scope.others.some((s) => inside(changed, s))) return false;
  return scope.clause.some((s) => overlaps(s, changed));
}
