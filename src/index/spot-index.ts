/**
 * Cuts from the full index what the page matcher needs to spot mentions:
 * aliases with their case rule and strength, quote keys, passage fingerprints,
 * and the words that say a page means another place of the same name.
 * Everything here is decided at build time, so the page pays only for a lookup.
 */
import { foldKey, keyWords, normalizeText } from '../text/normalize';
// A quotation is keyed from as many words up as the page side looks for.
import { sentenceShingles, sortUnique } from '../text/shingles';
import { isKnownPlace, otherSenseCues } from '../extract/gazetteer';
import { isKnownOrg, isOrgAcronym } from '../extract/org-heads';
import { HONORIFICS, NEVER_A_NAME } from '../text/lexicon';
import { NAMES_THAT_ARE_WORDS } from '../text/lexicon';
import {
  INDEX_VERSION,
  MIN_QUOTE_WORDS,
  type AliasCase,
  type Entity,
  type FullIndex,
  type SpotAlias,
  type SpotEntity,
  type SpotIndex,
  type SpotPassage,
  type SpotQuote,
} from '../contracts/schema';

/** A lone sentence (no alignment holds it) is fingerprinted from this many words up. */
export const MIN_LONE_SENTENCE_WORDS = 8;

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;

/**
 * Acronym-like: no lower-case letter, at least two letters, one token ("US",
 * "U.S.", "F.B.I.", "OPM"). Such an alias must appear exactly as written.
 */
export function isAcronymLike(alias: string): boolean {
  if (alias.includes(' ') || alias.length > 12 || LOWER.test(alias)) return false;
  let letters = 0;
  for (const ch of alias) if (LETTER.test(ch)) letters++;
  return letters >= 2;
}

/** The case rule of an alias of an entity of `kind`. */
export function aliasCase(alias: string, kind: Entity['kind']): AliasCase {
  if (isAcronymLike(alias)) return 'exact';
  return kind === 'topic' ? 'any' : 'title';
}

const countLetters = (s: string) => Array.from(s).filter((ch) => LETTER.test(ch)).length;

/**
 * Whether an alias is too risky to look for at all, even where the page names
 * the entity in full: fewer than two letters, or a function word / month /
 * weekday ("May", "Will"), unless it is an acronym written exactly.
 */
export function isTooRisky(alias: string, aliasCaseRule: AliasCase): boolean {
  if (countLetters(alias) < 2) return true;
  if (aliasCaseRule === 'exact') return false;
  return NEVER_A_NAME.has(alias.toLowerCase());
}

/**
 * Whether an alias is weak (counts only where the page also names the entity by
 * a strong alias):
 *  - a person's one-word alias that is not the full name ("Rice", "Xi");
 *  - a surname after an honorific ("Mr. Xi", "Ms. Rice"): the sources' second
 *    reference, which on another page may well be another person of that name;
 *  - any one-word alias that is an ordinary English word ("Apple", "Bush");
 *  - an alias that names more than one entity (set by `toSpotIndex`).
 * Topics are never weak: they are the words themselves.
 */
export function isWeakAlias(alias: string, entity: Pick<Entity, 'kind' | 'name'>): boolean {
  if (entity.kind === 'topic') return false;
  const words = alias.split(' ');
  if (words.length === 1) {
    if (NAMES_THAT_ARE_WORDS.has(alias.toLowerCase())) return true;
    if (entity.kind === 'person' && alias !== normalizeText(entity.name)) return true;
    // The first word of a longer name names other things too: "Sony" (consoles,
    // not Sony Pictures Entertainment), "Harvard" (a person, a press).
    const name = normalizeText(entity.name);
    if (alias !== name && name.startsWith(alias + ' ') && !/^\p{Lu}{2,}$/u.test(alias)) return true;
    return false;
  }
  return entity.kind === 'person' && words.length === 2 && HONORIFICS.has(words[0].toLowerCase());
}

/**
 * Whether an entity is a place or organisation news names whatever the story:
 * the countries, capitals and institutions of the shared gazetteer and
 * organisation lists. A person is never generic.
 */
export function isGenericName(entity: Pick<Entity, 'kind' | 'name' | 'aliases'>): boolean {
  const names = [entity.name, ...entity.aliases];
  if (entity.kind === 'place') return names.some(isKnownPlace);
  if (entity.kind === 'organization') return names.some((n) => isKnownOrg(n) || isOrgAcronym(n.replace(/\./g, '')));
  return false;
}

/**
 * Builds the spot index. Empty lists in give empty lists out; an entity left
 * with no usable alias is left out (entity indexes count only those kept).
 */
export function toSpotIndex(full: FullIndex): SpotIndex {
  const { entities, aliases } = spotAliases(full.entities);
  return {
    version: INDEX_VERSION,
    entities,
    aliases,
    quotes: spotQuotes(full),
    passages: spotPassages(full),
  };
}

/** An entity's own part of the spot aliases: its aliases worth looking for and what the matcher knows of it. */
interface EntityAliases {
  kept: Omit<SpotAlias, 'entity'>[];
  spot: SpotEntity;
}

/**
 * Each entity's part, worked out once per entity object: the library cuts
 * the spot index again at every save, and an entity no save touched is the
 * same object (folding in replaces only the entities it merges).
 */
const entityParts = new WeakMap<Entity, EntityAliases | null>();

function entityAliases(entity: Entity): EntityAliases | null {
  let part = entityParts.get(entity);
  if (part !== undefined) return part;
  const texts = [...new Set([entity.name, ...entity.aliases].map(normalizeText))].filter(Boolean).sort();
  const kept: Omit<SpotAlias, 'entity'>[] = [];
  for (const text of texts) {
    const rule = aliasCase(text, entity.kind);
    if (isTooRisky(text, rule)) continue;
    kept.push({ text, case: rule, weak: isWeakAlias(text, entity) });
  }
  if (kept.length === 0) part = null;
  else {
    const cues = entity.kind === 'place' ? otherSenseCues(entity.name) : [];
    const spot: SpotEntity = { id: entity.id, kind: entity.kind, name: entity.name };
    if (cues.length) spot.otherSense = [...cues];
    if (isGenericName(entity)) spot.generic = true;
    if (entity.sources?.some((s) => s.role === 'outlet')) spot.outlet = true;
    part = { kept, spot };
  }
  entityParts.set(entity, part);
  return part;
}

function spotAliases(fullEntities: readonly Entity[]): { entities: SpotEntity[]; aliases: SpotAlias[] } {
  const parts: EntityAliases[] = [];
  for (const entity of fullEntities) {
    const part = entityAliases(entity);
    if (part) parts.push(part);
  }
  return joinAliases(parts);
}

/** The entities and their aliases in order, each alias shared by two entities made weak. */
function joinAliases(parts: readonly EntityAliases[]): { entities: SpotEntity[]; aliases: SpotAlias[] } {
  const entities: SpotEntity[] = [];
  const aliases: SpotAlias[] = [];
  const owners = new Map<string, Set<number>>(); // alias text (case kept) → entities naming it
  for (const part of parts) {
    for (const own of part.kept) {
      const alias: SpotAlias = { text: own.text, entity: entities.length, case: own.case, weak: own.weak };
      const key = alias.case === 'exact' ? alias.text : alias.text.toLowerCase();
      let set = owners.get(key);
      if (!set) owners.set(key, (set = new Set()));
      set.add(alias.entity);
      aliases.push(alias);
    }
    entities.push({ ...part.spot });
  }
  // An alias shared by two entities cannot say which one a page means by itself.
  for (const alias of aliases) {
    const key = alias.case === 'exact' ? alias.text : alias.text.toLowerCase();
    if (owners.get(key)!.size > 1) alias.weak = true;
  }
  return { entities, aliases };
}

/**
 * The spot index's entities and aliases with `more` (a new article's
 * entities) merged in, worked out from the spot index alone, as folding the
 * article into the full index and cutting the spot index again gives
 * (merge.ts: a known id keeps its name, kind and sources and gains the
 * aliases; a new one is appended): an alias's rule, risk and own weakness
 * depend only on its text and its entity's name and kind, and a name is
 * generic if any of its forms is. So a save needs no fold of the library.
 * One case differs: an entity the library knows with no usable alias is not
 * in the spot index, and is taken as new (this article's name, appended)
 * until the library is next folded whole.
 */
export function mergeSpotEntities(spot: Pick<SpotIndex, 'entities' | 'aliases'>, more: readonly Entity[]): { entities: SpotEntity[]; aliases: SpotAlias[] } {
  const parts: EntityAliases[] = spot.entities.map((entity) => ({ kept: [], spot: { ...entity } }));
  // Each alias's own weakness again: the shared-alias pass may have made it weak.
  for (const alias of spot.aliases)
    parts[alias.entity].kept.push({ text: alias.text, case: alias.case, weak: isWeakAlias(alias.text, spot.entities[alias.entity]) });
  const at = new Map(spot.entities.map((e, i) => [e.id, i]));
  for (const entity of more) {
    const i = at.get(entity.id);
    if (i === undefined) {
      const part = entityAliases(entity);
      if (!part) continue;
      at.set(entity.id, parts.length);
      parts.push({ kept: part.kept.map((k) => ({ ...k })), spot: { ...part.spot } });
      continue;
    }
    const { kept, spot: known } = parts[i];
    const texts = new Set(kept.map((k) => k.text));
    let grew = false;
    for (const text of new Set([entity.name, ...entity.aliases].map(normalizeText))) {
      if (!text || texts.has(text)) continue;
      texts.add(text);
      const rule = aliasCase(text, known.kind);
      if (isTooRisky(text, rule)) continue;
      kept.push({ text, case: rule, weak: isWeakAlias(text, known) });
      grew = true;
    }
    // In the order `entityAliases` gives (its texts sorted).
    if (grew) kept.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    if (!known.generic && isGenericName({ kind: known.kind, name: known.name, aliases: entity.aliases })) known.generic = true;
  }
  return joinAliases(parts);
}

function spotQuotes(full: FullIndex): SpotQuote[] {
  const quotes: SpotQuote[] = [];
  const seen = new Set<string>();
  for (const quote of full.quotes) {
    // The words as each carrier quotes them too: an altered quotation is still findable.
    const texts = [quote.text, ...quote.carriers.filter((c) => c.status !== 'unquoted').map((c) => c.text)];
    for (const text of texts) {
      const key = foldKey(text);
      if (key.split(' ').length < MIN_QUOTE_WORDS || seen.has(quote.id + '\n' + key)) continue;
      seen.add(quote.id + '\n' + key);
      quotes.push({ id: quote.id, key });
    }
  }
  return quotes;
}

function spotPassages(full: FullIndex): SpotPassage[] {
  const text = new Map(full.sentences.map((s) => [s.id, s.text]));
  const passages: SpotPassage[] = [];
  const aligned = new Set<string>();
  for (const alignment of full.alignments) {
    const all: number[] = [];
    let size = Infinity;
    for (const id of alignment.sentences) {
      aligned.add(id);
      const sentence = text.get(id);
      if (sentence === undefined) continue;
      const shingles = sentenceShingles(sentence);
      if (shingles.length === 0) continue;
      size = Math.min(size, shingles.length);
      all.push(...shingles);
    }
    if (all.length === 0) continue;
    sortUnique(all);
    passages.push({ id: alignment.id, shingles: all, size });
  }
  for (const sentence of full.sentences) {
    if (aligned.has(sentence.id) || keyWords(sentence.text).length < MIN_LONE_SENTENCE_WORDS) continue;
    const shingles = sentenceShingles(sentence.text);
    passages.push({ id: sentence.id, shingles, size: shingles.length });
  }
  return passages;
}
