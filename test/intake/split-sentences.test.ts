import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/intake/split-sentences';

const split = (p: string) => splitSentences(p).map((s) => p.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['titles', 'Mr. Obama met Mr. Xi. Ms. Rice and Mrs. Clinton left.', ['Mr. Obama met Mr. Xi.', 'Ms. Rice and Mrs. Clinton left.']],
    ['doctor', 'Dr. Nye spoke. He left.', ['Dr. Nye spoke.', 'He left.']],
    ['month abbreviation', 'It was signed on Sept. 20 in Washington. Then it ended.', ['It was signed on Sept. 20 in Washington.', 'Then it ended.']],
    ['single initials', 'Susan E. Rice met John F. Kennedy Jr. in a dream.', ['Susan E. Rice met John F. Kennedy Jr. in a dream.']],
    [
      'initial and Jr. before a comma',
      'The director, James R. Clapper Jr., told Congress. It was not an attack.',
      ['The director, James R. Clapper Jr., told Congress.', 'It was not an attack.'],
    ],
    ['dotted acronym inside', 'The U.S. Department of State and the F.B.I. Director agreed.', ['The U.S. Department of State and the F.B.I. Director agreed.']],
    ['dotted acronym at the end', 'He met the director of the F.B.I. The meeting was brief.', ['He met the director of the F.B.I.', 'The meeting was brief.']],
    ['U.N. then opener', 'The rules came from the U.N. But China objected.', ['The rules came from the U.N.', 'But China objected.']],
    ['No. before a number', 'He was No. 2 in the party. She was not.', ['He was No. 2 in the party.', 'She was not.']],
    ['quote closing a sentence (straight)', 'He said "it works." Then he left.', ['He said "it works."', 'Then he left.']],
    ['quote closing a sentence (curly)', 'He said \u201Cit works.\u201D Then he left.', ['He said \u201Cit works.\u201D', 'Then he left.']],
    ['question in a quote, then lower case', '"Can it be verified?" he asked. Nobody knew.', ['"Can it be verified?" he asked.', 'Nobody knew.']],
    [
      'sentence opening with a quote',
      'It would be a start. "It would be the first time," he said.',
      ['It would be a start.', '"It would be the first time," he said.'],
    ],
    ['ellipsis before lower case', 'oppose efforts to ... eliminate the approach.', ['oppose efforts to ... eliminate the approach.']],
    ['lower case after a period', 'The rate was 2.5 percent. e.g. nothing.', ['The rate was 2.5 percent. e.g. nothing.']],
    ['no terminal punctuation', 'A paragraph without an end', ['A paragraph without an end']],
    ['exclamation and question', 'Stop! Why? Because.', ['Stop!', 'Why?', 'Because.']],
    ['no words', ' . ', []],
  ])('%s', (_name, paragraph, expected) => {
    expect(split(paragraph)).toEqual(expected);
  });

  it('spans point into the paragraph without surrounding space', () => {
    const p = 'One.   Two. ';
    expect(splitSentences(p)).toEqual([
      { start: 0, end: 4 },
      { start: 7, end: 11 },
    ]);
  });
});
