/**
 * Test fixtures for the extract step: the real seeds through the real corpus
 * parser, and a tiny builder of ParsedSource objects from plain text for rule
 * tests (one paragraph per string, sentences split naively on ". ").
 */
import type { ParsedSource } from '../../src/intake/types';
import { parseSource } from '../../src/intake/parse-source';
import { parseEditorialEntities } from '../../src/extract';
import { seedEditorial, seedFiles } from '../seeds';

let cached: ParsedSource[] | undefined;

/** The five seeds, parsed once. */
export function seedSources(): ParsedSource[] {
  cached ??= seedFiles().map((f) => {
    const r = parseSource(f);
    if (!r.parsed) throw new Error(`seed ${f.name} did not parse: ${r.problems.join('; ')}`);
    return r.parsed;
  });
  return cached;
}

export function seedEditorialEntities() {
  return parseEditorialEntities(JSON.parse(seedEditorial()));
}

/** A source from paragraphs of text. Test-only: real sources come from the corpus parser. */
export function sourceFromText(id: string, paragraphs: string[]): ParsedSource {
  const sentences: ParsedSource['sentences'] = [];
  let body = '';
  paragraphs.forEach((p, pi) => {
    if (pi) body += '\n\n';
    // Not after a title or an initial ("Mr. Xi", "Susan E. Rice").
    const parts = p.split(/(?<=[.?!]["']?)(?<!\b(?:Mr|Ms|Mrs|Dr|[A-Z])\.)\s+(?=["']?[A-Z])/);
    const base = body.length;
    let cursor = 0;
    parts.forEach((text, si) => {
      const local = p.indexOf(text, cursor);
      const start = base + local;
      sentences.push({ id: `${id}:p${pi}:s${si}`, source: id, paragraph: pi, index: si, start, end: start + text.length, text });
      cursor = local + text.length;
    });
    body += p;
  });
  return {
    source: { id, file: `${id}.txt`, outlet: id, shortName: id, title: id, words: body.split(/\s+/).length, sentences: sentences.map((s) => s.id) },
    body,
    sentences,
  };
}
