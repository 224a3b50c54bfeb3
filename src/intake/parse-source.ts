/**
 * One article file → a ParsedSource (Source + cleaned body + sentences).
 *
 * Order matters: markup is undone, metadata is read from the raw lines (some of
 * it sits in chrome, like the print-edition note), chrome is stripped, broken
 * paragraphs are mended, subheads are set aside, then sentences are split.
 * The editorial entry, when given, corrects or completes what the text said.
 *
 * An article with no sentences gives no source and one problem naming the file.
 */
import type { Sentence, Source } from '../shared/schema';
import type { EditorialSource } from './editorial';
import { htmlHints, htmlToText, type HtmlHints } from './html-to-text';
import { splitLines } from './lines';
import { mendParagraphs } from './mend-paragraphs';
import { readMetadata } from './metadata';
import { splitSentences } from './split-sentences';
import { stripChrome } from './strip-chrome';
import type { CorpusFile, ParsedSource } from './types';

const ENDS_SENTENCE = /[.!?:;]["'\u2019\u201D)\]]*$/;

/** `src-` + the file name without its extension. */
export function sourceId(file: string): string {
  return 'src-' + file.replace(/\.[^.]+$/, '');
}

/** Words a reader would count: white-space separated runs holding a letter or digit. */
export function countWords(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) n++;
  return n;
}

/** "The New York Times" → itself; a long name → its initials ("People's Daily Online" → "PDO"). */
export function shortNameFor(outlet: string): string {
  if (outlet.length <= 20) return outlet;
  const initials = outlet
    .split(/\s+/)
    .filter((w) => !/^(the|of|and|for|a)$/i.test(w))
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
  return initials || outlet.slice(0, 20);
}

export interface ParseResult {
  parsed?: ParsedSource;
  problems: string[];
}

export function parseSource(file: CorpusFile, editorial?: EditorialSource): ParseResult {
  const problems: string[] = [];
  const ext = /\.[^./\\]*$/.exec(file.name)?.[0].toLowerCase() ?? '';
  let text = file.text;
  let hints: HtmlHints = {};
  if (ext === '.html' || ext === '.htm') {
    hints = htmlHints(text);
    text = htmlToText(text);
  }
  const lines = splitLines(text);
  const meta = readMetadata(lines, hints);

  const kept = lines
    .map((line, i) =>
      meta.datelineCut?.line === i ? { ...line, text: line.text.slice(meta.datelineCut.length) } : line,
    )
    .filter((line, i) => !meta.consumed.has(i) && line.text);
  const blocks: string[] = [];
  let lastBlock = -1;
  for (const line of stripChrome(kept)) {
    // A markdown heading is never part of a paragraph.
    if (line.block === lastBlock && !line.heading && blocks.length) blocks[blocks.length - 1] += ' ' + line.text;
    else blocks.push(line.heading ? '\u0000' + line.text : line.text);
    lastBlock = line.heading ? -1 : line.block;
  }
  // Subheads ("Build trust") are labels, not sentences: kept out of the body.
  const paragraphs = mendParagraphs(blocks).filter(
    (p) => !p.startsWith('\u0000') && (ENDS_SENTENCE.test(p) || countWords(p) >= 20),
  );

  const id = sourceId(file.name);
  const sentences: Sentence[] = [];
  let offset = 0;
  paragraphs.forEach((p, pi) => {
    splitSentences(p).forEach((span, si) => {
      sentences.push({
        id: `${id}:p${pi}:s${si}`,
        source: id,
        paragraph: pi,
        index: si,
        start: offset + span.start,
        end: offset + span.end,
        text: p.slice(span.start, span.end),
      });
    });
    offset += p.length + 2;
  });
  if (!sentences.length) return { problems: [`${file.name}: no article text found (no sentences); skipped`] };

  const body = paragraphs.join('\n\n');
  const outlet = editorial?.outlet ?? meta.outlet;
  if (!outlet) problems.push(`${file.name}: the text names no outlet; using the file name`);
  const title = editorial?.title ?? meta.title ?? firstWords(sentences[0].text);
  const source: Source = {
    id,
    file: file.name,
    outlet: outlet ?? file.name,
    shortName: editorial?.shortName ?? shortNameFor(outlet ?? file.name),
    title,
    ...optional('byline', editorial?.byline ?? meta.byline),
    ...optional('published', editorial?.published ?? meta.published),
    ...optional('dateline', editorial?.dateline ?? meta.dateline),
    ...optional('url', editorial?.url),
    words: countWords(body),
    sentences: sentences.map((s) => s.id),
  };
  return { parsed: { source, body, sentences }, problems };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

/** A headline stand-in for an article that has none: its first words. */
function firstWords(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= 12 ? text : words.slice(0, 12).join(' ') + '…';
}

