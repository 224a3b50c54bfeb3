/**
 * Who says a quotation, where the text says it: after the quote ("...," said
 * Vikram Singh / Mr. Nye said / Ni Feng, a research fellow..., told the Global
 * Times) or before it in the same sentence ("he told the Business Roundtable
 * that ... would "probably be..."). "he"/"she" is the nearest person named
 * before it in the paragraph (or the one before).
 */
import type { Entity } from '../contracts/schema';
import type { ParsedSource } from '../intake/types';
import { QUOTE_VERBS } from '../text/lexicon';

export interface Speaker {
  /** Entity id, when the words name an entity of the index. */
  entity?: string;
  /** The words that name the speaker, as written. */
  name: string;
}

const VERBS = QUOTE_VERBS.join('|');
const NAME = String.raw`(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?\p{Lu}[\p{L}'-]*(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'-]*|Jr\.))*`;
// An appositive between name and verb: ", a research fellow at ..., ".
const APPOSITIVE = String.raw`(?:,[^,"\u201C\u201D]{1,160},)?`;

const AFTER_VERB_NAME = new RegExp(String.raw`^[\s,]*(?:${VERBS})\s+(${NAME}|he|she)`, 'u');
const AFTER_NAME_VERB = new RegExp(String.raw`^[\s,]*(${NAME}|he|she)${APPOSITIVE}\s*(?:${VERBS})\b`, 'u');
const AFTER_NOUN_VERB = new RegExp(String.raw`^[\s,]*((?:a|an|the)\s+[\p{Ll}\s-]+?|the\s+${NAME}\s+\p{Ll}+)${APPOSITIVE}\s*(?:${VERBS})\b`, 'u');
// The last "<name or he> <verb>" before the quotation, in its sentence.
const BEFORE = new RegExp(String.raw`(${NAME}|\b(?:he|she))${APPOSITIVE}\s+(?:${VERBS})\b(?!.*\b(?:${VERBS})\b)`, 'su');

interface Located {
  text: string;
  /** Body offset of the name. */
  at: number;
}

function locate(quoteStart: number, quoteEnd: number, body: string, sentenceStart: number, paragraphEnd: number): Located | undefined {
  // Past the closing mark (if any) to the end of the paragraph.
  const mark = /^[^"\u201C\u201D]{0,3}["\u201D]/.exec(body.slice(quoteEnd, paragraphEnd));
  const afterStart = quoteEnd + (mark ? mark[0].length : 0);
  const after = body.slice(afterStart, Math.min(paragraphEnd, afterStart + 240));
  for (const re of [AFTER_VERB_NAME, AFTER_NAME_VERB, AFTER_NOUN_VERB]) {
    const m = re.exec(after);
    if (m) return { text: m[1].trim(), at: afterStart + m.index + m[0].indexOf(m[1]) };
  }
  const before = body.slice(sentenceStart, quoteStart - 1);
  const m = BEFORE.exec(before);
  if (m) return { text: m[1].trim(), at: sentenceStart + m.index };
  return undefined;
}

/**
 * The speaker of the quotation at body offsets [start, end) of `src`, or
 * undefined when the text does not say.
 */
export function findSpeaker(src: ParsedSource, start: number, end: number, paragraph: [number, number], entities: Entity[]): Speaker | undefined {
  const sentence = src.sentences.find((s) => s.start <= start && start < s.end + 1) ?? src.sentences.find((s) => s.end >= start);
  const sentenceStart = sentence ? Math.max(sentence.start, paragraph[0]) : paragraph[0];
  const found = locate(start, end, src.body, sentenceStart, paragraph[1]);
  if (!found) return undefined;
  const people = mentionsIn(src, entities);
  if (/^(he|she)$/i.test(found.text)) {
    // Nearest person named before, in this paragraph or the one before.
    const before = people.filter((p) => p.kind === 'person' && p.start < found.at && p.start >= paragraph[0] - 2000);
    const p = before[before.length - 1];
    return p ? { entity: p.id, name: p.name } : undefined;
  }
  const hit = people.find((p) => p.start < found.at + found.text.length && found.at < p.end);
  return hit && hit.kind !== 'topic' ? { entity: hit.id, name: found.text } : { name: found.text };
}

interface BodyMention {
  id: string;
  name: string;
  kind: Entity['kind'];
  start: number;
  end: number;
}

// Each source's mentions, grouped once per entity list: a corpus asks for them once per quotation.
const mentionsBySource = new WeakMap<
  Entity[],
  Map<string, { id: string; name: string; kind: Entity['kind']; sentence: string; start: number; end: number }[]>
>();

/** The source's entity mentions as body offsets, in order. */
function mentionsIn(src: ParsedSource, entities: Entity[]): BodyMention[] {
  let grouped = mentionsBySource.get(entities);
  if (!grouped) {
    grouped = new Map();
    for (const e of entities) {
      for (const m of e.mentions) {
        const list = grouped.get(m.source) ?? [];
        list.push({ id: e.id, name: e.name, kind: e.kind, sentence: m.sentence, start: m.start, end: m.end });
        grouped.set(m.source, list);
      }
    }
    mentionsBySource.set(entities, grouped);
  }
  const starts = new Map(src.sentences.map((s) => [s.id, s.start]));
  const out: BodyMention[] = [];
  for (const m of grouped.get(src.source.id) ?? []) {
    const base = starts.get(m.sentence);
    if (base === undefined) continue;
    out.push({ id: m.id, name: m.name, kind: m.kind, start: base + m.start, end: base + m.end });
  }
  return out.sort((a, b) => a.start - b.start);
}
