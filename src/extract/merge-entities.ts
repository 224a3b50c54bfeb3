/**
 * Name mentions of all sources → entities: one per thing named, merged across
 * articles (short forms, acronyms and their expansions, "Chinese Communist
 * Party" / "Communist Party"), typed by the summed evidence, named by the
 * fullest form. Names with no evidence of any kind are dropped: that is what
 * keeps "Internet", "Cold War" or a share button out.
 */
import type { Entity, Mention } from '../contracts/schema';
import type { ParsedSource } from '../intake/types';
import { normalizeText } from '../text/normalize';
import type { NameMention } from './collect-names';
import { isDemonym, isKnownPlace } from './gazetteer';
import { initialsKey, isAcronymName, coreTokens } from './name-key';
import { isOrgHead } from './org-heads';
import { bestKind, emptyScores, type NamedKind } from './span-evidence';
import { slug } from './slug';

class UnionFind {
  private parent = new Map<string, string>();
  find(k: string): string {
    let p = this.parent.get(k) ?? k;
    if (p !== k) {
      p = this.find(p);
      this.parent.set(k, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

interface KeyInfo {
  key: string;
  /** A name as written for this key. */
  name: string;
  acronym: boolean;
  personLike: boolean;
  initials: string;
  core: string[];
  orgHeaded: boolean;
}

/** Everything the linking rules ask of a name, worked out once per key. */
function keyInfo(key: string, name: string): KeyInfo {
  const core = coreTokens(name);
  const acronym = isAcronymName(name);
  const orgHeaded = core.some((t) => isOrgHead(t.text));
  const personLike = core.length >= 2 && core.length <= 3 && !acronym && !isKnownPlace(name) && !orgHeaded;
  return { key, name, acronym, personLike, initials: initialsKey(name), core: core.map((t) => t.text), orgHeaded };
}

function bucket(map: Map<string, string[]>, k: string, v: string): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

/** The keys of each source's names of two words or more (places aside): what tells two articles apart. */
function sourceNameSets(mentions: NameMention[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of mentions) {
    const key = m.resolved ?? m.key;
    if (!key.includes(' ') || isKnownPlace(m.span.text)) continue;
    let set = out.get(m.source);
    if (!set) out.set(m.source, (set = new Set()));
    set.add(key);
  }
  return out;
}

// Two articles about one story share names; unrelated articles share one or two at most ("White House").
const SHARED_NAMES_OF_A_STORY = 3;

/**
 * Are two sources about one story (a short form in one may stand for a full
 * name in the other)? The same source always; others when they share a few
 * full names. Checked lazily, per pair.
 */
function relatedSources(mentions: NameMention[]): (a: string, b: string) => boolean {
  const sets = sourceNameSets(mentions);
  const cache = new Map<string, boolean>();
  return (a, b) => {
    if (a === b) return true;
    const pair = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let hit = cache.get(pair);
    if (hit === undefined) {
      const [x, y] = [sets.get(a) ?? new Set<string>(), sets.get(b) ?? new Set<string>()];
      const [small, large] = x.size < y.size ? [x, y] : [y, x];
      let shared = 0;
      for (const k of small) if (large.has(k) && ++shared >= SHARED_NAMES_OF_A_STORY) break;
      hit = shared >= SHARED_NAMES_OF_A_STORY;
      cache.set(pair, hit);
    }
    return hit;
  };
}

/** Where each name's first and last word may point: full names of people (keys), by word. */
function personWordBuckets(infos: KeyInfo[]): Map<string, string[]> {
  const byEndWord = new Map<string, string[]>();
  for (const info of infos) {
    if (!info.personLike) continue;
    const words = info.key.split(' ');
    bucket(byEndWord, words[0], info.key);
    if (words.length > 1) bucket(byEndWord, words[words.length - 1], info.key);
  }
  return byEndWord;
}

/**
 * The node of the merge a mention starts in: its full name's key, or, for a
 * bare word that could be a surname ("Johnson", "Trump"), the word in its own
 * article: two articles' "Johnson" are one person only when they are of one story.
 */
function mentionNodes(mentions: NameMention[]): { nodes: string[]; infos: Map<string, KeyInfo & { sources: Set<string> }> } {
  const full = new Map<string, KeyInfo>();
  for (const m of mentions) {
    const key = m.resolved ?? m.key;
    if (!full.has(key)) full.set(key, keyInfo(key, m.span.text));
  }
  const surnames = personWordBuckets([...full.values()]);
  const infos = new Map<string, KeyInfo & { sources: Set<string> }>();
  const nodes = mentions.map((m) => {
    const info = full.get(m.resolved ?? m.key)!;
    const bare = !info.key.includes(' ') && !info.acronym && !isKnownPlace(info.name) && surnames.has(info.key);
    const node = bare ? `${info.key}@${m.source}` : info.key;
    let entry = infos.get(node);
    if (!entry) infos.set(node, (entry = { ...info, sources: new Set() }));
    entry.sources.add(m.source);
    return node;
  });
  return { nodes, infos };
}

/**
 * Link nodes that name the same thing across articles. Candidates are looked up
 * in buckets (by initials, by first and last word), never by comparing all pairs.
 * A bare word ("Johnson") joins a full name, or the same word elsewhere, only in
 * a source of the same story.
 */
function linkAcrossSources(mentions: NameMention[], infos: Map<string, KeyInfo & { sources: Set<string> }>, uf: UnionFind): void {
  const related = relatedSources(mentions);
  const byInitials = new Map<string, string[]>();
  const bareByWord = new Map<string, string[]>();
  for (const [node, info] of infos) {
    if (info.initials) bucket(byInitials, info.initials, node);
    if (node !== info.key) bucket(bareByWord, info.key, node);
  }
  const byEndWord = personWordBuckets([...infos.values()].filter((i) => i.key.includes(' ')));
  const unique = (hits: string[] | undefined) => (hits && hits.length > 0 && new Set(hits.map((h) => uf.find(h))).size === 1 ? hits[0] : undefined);
  const sameStory = (a: string, b: string) => {
    for (const x of infos.get(a)!.sources) for (const y of infos.get(b)!.sources) if (related(x, y)) return true;
    return false;
  };
  for (const nodesOfWord of bareByWord.values())
    nodesOfWord.forEach((n, i) => {
      const other = nodesOfWord.slice(0, i).find((o) => sameStory(n, o));
      if (other) uf.union(n, other);
    });
  for (const [node, info] of infos) {
    const { key } = info;
    if (info.acronym) {
      // "US" ↔ "United States", "UN" ↔ "United Nations": only expansions the text has.
      const hit = unique(byInitials.get(key));
      // "RMS" for Richard M. Stallman, but two letters are a person's initials by chance ("MD", "DB").
      if (hit && (key.length > 2 || !infos.get(hit)?.personLike)) uf.union(key, hit);
      continue;
    }
    const words = key.split(' ');
    if (words.length === 1) {
      // "Paris" is the city, never short for "Paris Motor Show".
      if (isKnownPlace(info.name)) continue;
      // "Xi" in an article that never gives his full name, where another of its story does.
      const hit = unique(byEndWord.get(key)?.filter((h) => sameStory(node, h)));
      if (hit) uf.union(node, hit);
      continue;
    }
    // "Chinese Communist Party" and "Communist Party".
    const rest = words.slice(1).join(' ');
    if (isDemonym(info.core[0]) && infos.has(rest) && info.orgHeaded) uf.union(key, rest);
  }
}

/** The fullest form: words before acronyms, then more words, then longer, then earlier. */
function canonicalName(forms: string[]): string {
  let best = forms[0];
  const shouted = (f: string) => !isAcronymName(f) && /^[\p{Lu}\s.]+$/u.test(f) && f.length > 5; // "WASHINGTON" datelines
  const score = (f: string) => [isAcronymName(f) ? 0 : 1, shouted(f) ? 0 : 1, coreTokens(f).length, f.length];
  for (const f of forms.slice(1)) {
    const a = score(f);
    const b = score(best);
    for (let i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) {
        if (a[i] > b[i]) best = f;
        break;
      }
    }
  }
  return best;
}

export interface MergeResult {
  entities: Entity[];
}

/**
 * Build the named entities (person, organization, place). Mentions are in
 * source, sentence, offset order; aliases start with the canonical name.
 * No mentions → no entities.
 */
export function mergeEntities(mentions: NameMention[], sources: ParsedSource[]): Entity[] {
  // A short form resolved inside its article joins its full name through the mention alone:
  // joining the bare key would pull every other article's "Johnson" along.
  const uf = new UnionFind();
  const { nodes, infos } = mentionNodes(mentions);
  linkAcrossSources(mentions, infos, uf);

  const groups = new Map<string, NameMention[]>();
  for (const [i, m] of mentions.entries()) {
    const root = uf.find(nodes[i]);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root)!.push(m);
  }

  const sourceOrder = new Map(sources.map((s, i) => [s.source.id, i]));
  const sentenceOrder = new Map<string, number>();
  sources.forEach((s) => s.sentences.forEach((x, i) => sentenceOrder.set(x.id, i)));
  const words = new Map(sources.map((s) => [s.source.id, s.source.words]));

  const entities: Entity[] = [];
  const usedIds = new Set<string>();
  for (const group of groups.values()) {
    const scores = emptyScores();
    for (const m of group) for (const k of Object.keys(scores) as NamedKind[]) scores[k] += m.scores[k];
    const kind = bestKind(scores);
    if (!kind) continue;
    const forms = [...new Set(group.map((m) => normalizeText(m.span.text)))];
    const name = canonicalName(forms);
    const aliases = [name];
    for (const m of group) {
      for (const f of [m.span.text, m.span.titledForm]) {
        const a = f && normalizeText(f);
        if (a && !aliases.includes(a)) aliases.push(a);
      }
    }
    const seen = new Set<string>();
    const ms: Mention[] = [];
    for (const m of group) {
      const k = `${m.sentence}@${m.span.start}`;
      if (seen.has(k)) continue;
      seen.add(k);
      ms.push({ source: m.source, sentence: m.sentence, start: m.span.start, end: m.span.end });
    }
    ms.sort(
      (a, b) =>
        (sourceOrder.get(a.source) ?? 0) - (sourceOrder.get(b.source) ?? 0) ||
        (sentenceOrder.get(a.sentence) ?? 0) - (sentenceOrder.get(b.sentence) ?? 0) ||
        a.start - b.start,
    );
    // The description from the longest article: the original report, which the others copy.
    const described = group
      .filter((m) => m.appositive?.kind === kind)
      .sort((a, b) => (words.get(b.source) ?? 0) - (words.get(a.source) ?? 0) || (sourceOrder.get(a.source) ?? 0) - (sourceOrder.get(b.source) ?? 0))[0];
    let id = `${kind}:${slug(name)}`;
    for (let n = 2; usedIds.has(id); n++) id = `${kind}:${slug(name)}-${n}`;
    usedIds.add(id);
    const entity: Entity = { id, name, kind, aliases, mentions: ms };
    if (described?.appositive) entity.description = { text: normalizeText(described.appositive.text), source: described.source };
    else if (kind === 'person') entity.description = roleDescription(group, words, sourceOrder);
    entities.push(entity);
  }
  return sortEntities(entities, sourceOrder, sentenceOrder);
}

/** Without an appositive, the title a source gives the person ("Undersecretary, Department of Homeland Security"). */
function roleDescription(group: NameMention[], words: Map<string, number>, sourceOrder: Map<string, number>): Entity['description'] {
  const titled = group
    // "Mr.", "Sir", "New Zealander Sir": an honorific says nothing of what the person does.
    .filter((m) => m.span.role && !/(?:^|\s)(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?|Sir|Dame)$/.test(m.span.title ?? ''))
    .sort((a, b) => (words.get(b.source) ?? 0) - (words.get(a.source) ?? 0) || (sourceOrder.get(a.source) ?? 0) - (sourceOrder.get(b.source) ?? 0))[0];
  return titled && { text: normalizeText(titled.span.role!), source: titled.source };
}

/** By first mention, so the order (and thus the output) is deterministic. */
function sortEntities(entities: Entity[], sourceOrder: Map<string, number>, sentenceOrder: Map<string, number>): Entity[] {
  const pos = (e: Entity) => {
    const m = e.mentions[0];
    return m ? [sourceOrder.get(m.source) ?? 0, sentenceOrder.get(m.sentence) ?? 0, m.start] : [Infinity, 0, 0];
  };
  return entities.sort((a, b) => {
    const pa = pos(a);
    const pb = pos(b);
    return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2] || a.id.localeCompare(b.id);
  });
}
