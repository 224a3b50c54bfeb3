import { describe, expect, it } from 'vitest';
import { properNounSpans } from '../../src/extract/proper-noun-spans';
import { describeSpan } from '../../src/extract/describe-entity';

const names = (s: string) => properNounSpans(s).spans.map((x) => x.text);

describe('properNounSpans', () => {
  it.each([
    ['connectors inside organisation names', 'files from the Office of Personnel Management, which', ['Office of Personnel Management']],
    ['"on" after Council', 'a senior fellow at the Council on Foreign Relations who', ['Council on Foreign Relations']],
    [
      '"at" separates a unit from its parent',
      'a fellow at the Institute of American Studies at the Chinese Academy of Social Sciences, told',
      ['Institute of American Studies', 'Chinese Academy of Social Sciences'],
    ],
    ['"of" after a person does not join', 'when President Xi Jinping of China arrives', ['Xi Jinping', 'China']],
    ['an acronym and a name are two names', 'director of FBI James Comey and others', ['FBI', 'James Comey']],
    ['"US" is not the pronoun "us"', 'at the US State Department', ['US', 'State Department']],
    ['titles are stripped', 'Assistant Foreign Minister Zheng Zeguang on Thursday called', ['Zheng Zeguang']],
    ['a title alone names no one', 'Deputy Assistant Secretary and President met', []],
    ['initials and suffixes stay', 'the director, James R. Clapper Jr., told', ['James R. Clapper Jr.']],
    ['sentence adverbs and dates go', 'Last week, in August, But Moreover', []],
    ['inner possessive', "officers of the People's Liberation Army last year", ["People's Liberation Army"]],
    ['share buttons are chrome', "follow People's Daily on Twitter and Facebook", ["People's Daily"]],
    ['nationality adjectives are not names', 'Chinese leaders and American power', []],
  ])('%s', (_n, sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });

  it('keeps "Mr. Xi" as a titled form and marks sentence-initial names', () => {
    const { spans } = properNounSpans('Sony is not. Then Mr. Xi came.');
    expect(spans[0]).toMatchObject({ text: 'Sony', sentenceInitial: true });
    expect(spans[1]).toMatchObject({ text: 'Xi', title: 'Mr.', titledForm: 'Mr. Xi', sentenceInitial: false });
  });
});

describe('describeSpan', () => {
  const describe1 = (s: string, name: string) => {
    const span = properNounSpans(s).spans.find((x) => x.text === name)!;
    return describeSpan(s, span);
  };
  it('reads an appositive after the name', () => {
    expect(describe1("In August, Susan E. Rice, Mr. Obama's national security adviser, took a trip.", 'Susan E. Rice')).toEqual({
      text: "Mr. Obama's national security adviser",
      kind: 'person',
    });
  });
  it('reads an appositive before the name, with its relative clause', () => {
    expect(describe1('Last week, a high-level Communist Party envoy, Meng Jianzhu, who is responsible for state security, came.', 'Meng Jianzhu')?.text).toBe(
      'a high-level Communist Party envoy who is responsible for state security',
    );
  });
  it('steps back over "<role> of the X"', () => {
    expect(describe1('met with Ms. Rice and the director of the F.B.I., James B. Comey.', 'James B. Comey')?.text).toBe('the director of the F.B.I.');
  });
  it('does not take another person for a description', () => {
    expect(describe1("met with Obama's national security adviser Susan Rice, director of FBI James Comey and others.", 'Susan Rice')).toBeUndefined();
  });
  it('does not take a clause for a description', () => {
    expect(describe1('a bilateral agreement with Washington, the report said.', 'Washington')).toBeUndefined();
  });
});
