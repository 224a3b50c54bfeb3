/**
 * Short forms of names: a surname, "Mr. Xi", "Ms. Rice" join the full name in
 * their article and in the other articles of the same story, and never a
 * namesake in an unrelated article.
 */
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract';
import type { Entity } from '../../src/contracts/schema';
import { sourceFromText } from './fixture';

const people = (entities: Entity[]) => entities.filter((e) => e.kind === 'person');
const personWith = (entities: Entity[], alias: string) => people(entities).filter((e) => e.aliases.includes(alias));

describe('a short form joins the full name of its article', () => {
  it.each([
    ['Treasury Secretary Janet Yellen spoke on Monday. Yellen said rates would hold.', 'Janet Yellen', 'Yellen'],
    ['President Xi Jinping arrived in Seattle on Tuesday. Mr. Xi met executives there.', 'Xi Jinping', 'Mr. Xi'],
    ['Susan E. Rice, the national security adviser, spoke first. Ms. Rice said the talks went well.', 'Susan E. Rice', 'Ms. Rice'],
    ['Barack Obama flew to Nairobi on Friday. Mr Obama said the visit mattered.', 'Barack Obama', 'Mr Obama'],
    ['Angela Merkel met reporters in Berlin. Merkel said Germany would help.', 'Angela Merkel', 'Merkel'],
  ])('%s', (text, full, short) => {
    const { entities } = extractAll([sourceFromText('a', [text])], { overrides: false });
    const found = personWith(entities, short);
    expect(found).toHaveLength(1);
    expect(found[0].name).toBe(full);
    expect(found[0].mentions).toHaveLength(2);
  });
});

// Five names the two articles of one story share, so they are known to be one story.
const STORY = 'The talks in Washington involved the Federal Reserve, the European Central Bank, the White House and Goldman Sachs.';

describe('across the articles of a story', () => {
  it('joins "Yellen" in an article that never gives her full name', () => {
    const a = sourceFromText('a', [STORY, 'Treasury Secretary Janet Yellen spoke on Monday.']);
    const b = sourceFromText('b', [STORY, 'Yellen said rates would hold.']);
    const { entities } = extractAll([a, b], { overrides: false });
    const found = personWith(entities, 'Yellen');
    expect(found).toHaveLength(1);
    expect(found[0].name).toBe('Janet Yellen');
    expect(new Set(found[0].mentions.map((m) => m.source))).toEqual(new Set(['a', 'b']));
  });
});

describe('namesakes in unrelated articles stay apart', () => {
  const boris = sourceFromText('uk', ['Prime Minister Boris Johnson spoke in London on Monday. Johnson said the vote would pass.']);
  const dwayne = sourceFromText('film', ['The actor Dwayne Johnson said the film opens in Los Angeles. Johnson said he loved it.']);
  const bare = sourceFromText('golf', ['The golfer said on Sunday that Johnson played well at the course in Georgia.']);

  it('keeps Boris Johnson and Dwayne Johnson two people, each with his own "Johnson"', () => {
    const { entities } = extractAll([boris, dwayne], { overrides: false });
    const johnsons = people(entities).filter((e) => e.aliases.some((a) => a.endsWith('Johnson')));
    expect(johnsons.map((e) => e.name).sort()).toEqual(['Boris Johnson', 'Dwayne Johnson']);
    for (const e of johnsons) expect(new Set(e.mentions.map((m) => m.source)).size).toBe(1);
  });

  it('leaves a bare "Johnson" of a third, unrelated article to neither', () => {
    const { entities } = extractAll([boris, bare], { overrides: false });
    const borisEntity = people(entities).find((e) => e.name === 'Boris Johnson')!;
    expect(borisEntity.mentions.every((m) => m.source === 'uk')).toBe(true);
  });

  it('keeps "Johnson" of two unrelated articles apart when neither gives a full name', () => {
    const other = sourceFromText('court', ['The judge said on Friday that Johnson would appear in Texas.']);
    const { entities } = extractAll([bare, other], { overrides: false });
    const johnsons = entities.filter((e) => e.name === 'Johnson');
    for (const e of johnsons) expect(new Set(e.mentions.map((m) => m.source)).size).toBe(1);
  });

  it('joins two unrelated articles when the full names agree', () => {
    const again = sourceFromText('uk2', ['Boris Johnson visited a factory in Leeds.']);
    const { entities } = extractAll([boris, again], { overrides: false });
    const found = people(entities).filter((e) => e.name === 'Boris Johnson');
    expect(found).toHaveLength(1);
    expect(new Set(found[0].mentions.map((m) => m.source))).toEqual(new Set(['uk', 'uk2']));
  });
});
