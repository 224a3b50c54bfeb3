/**
 * Alignments as the discrepancy finder reads them: one text per source. Where
 * a source says a statement in two consecutive sentences (a split sentence),
 * the two are read as one sentence, so that who is cited in the first and the
 * quotation in the second are both that source's reading of the statement.
 */
import type { AlignResult } from './align';
import type { Prepared, PreparedSentence } from './prepare';
import { contentSet, similarity } from './similarity';
import { comparisonTokens } from './tokens';

function runSentence(first: PreparedSentence, second: PreparedSentence): PreparedSentence {
  const text = `${first.sentence.text} ${second.sentence.text}`;
  const tokens = comparisonTokens(text);
  const parts = [first.sentence.text, second.sentence.text];
  return { sentence: { ...first.sentence, text }, source: first.source, tokens, content: contentSet(tokens.keys), shingles: [], parts };
}

export function readAsRuns(prepared: Prepared, aligned: AlignResult): { prepared: Prepared; aligned: AlignResult } {
  const sentences = [...prepared.sentences];
  const members = aligned.members.map((group) => {
    const bySource = new Map<number, number[]>();
    for (const i of group) bySource.set(sentences[i].source, [...(bySource.get(sentences[i].source) ?? []), i]);
    return [...bySource.values()].map((own) => {
      if (own.length === 1) return own[0];
      sentences.push(runSentence(sentences[own[0]], sentences[own[1]]));
      return sentences.length - 1;
    });
  });
  if (sentences.length === prepared.sentences.length) return { prepared, aligned };
  const n = prepared.sentences.length;
  const memo = new Map<string, number>();
  const score = (a: number, b: number): number => {
    if (a < n && b < n) return aligned.score(a, b);
    const key = a < b ? `${a}:${b}` : `${b}:${a}`;
    let s = memo.get(key);
    if (s === undefined) memo.set(key, (s = similarity(sentences[a].tokens.keys, sentences[b].tokens.keys, sentences[a].content, sentences[b].content)));
    return s;
  };
  return { prepared: { ...prepared, sentences }, aligned: { alignments: aligned.alignments, members, score } };
}
