/**
 * Name mentions of all sources → entities: one per thing named, merged across
 * articles (short forms, acronyms and their expansions, "Chinese Communist
 * Party" / "Communist Party"), typed by the summed evidence, named by the
 * fullest form. Names with no evidence of any kind are dropped: that is what
 * keeps "Internet", "Cold War" or a share button out.
 */
import type { Entity, Mention } from '../shared/schema';
import type { ParsedSource } from '../intake/types';
import { normalizeText } from '../shared/normalize';
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

/**
 * Link keys that name the same thing across articles. Candidates are looked up
 * in buckets (by initials, by first and last word), never by comparing all pairs.
 */
function linkAcrossSources(mentions: NameMention[], uf: UnionFind): void {
  const names = new Map<string, string>(); // key → a name as written
  for (const m of mentions) if (!names.has(m.resolved ?? m.key)) names.set(m.resolved ?? m.key, m.span.text);
  for (const m of mentions) if (!names.has(m.key)) names.set(m.key, m.span.text);
  const infos = [...names].map(([k, n]) => keyInfo(k, n));
  const byInitials = new Map<string, string[]>();
  const byEndWord = new Map<string, string[]>();
  for (const info of infos) {
    if (info.initials) bucket(byInitials, info.initials, info.key);
    if (!info.personLike) continue;
    const words = info.key.split(' ');
    bucket(byEndWord, words[0], info.key);
    if (words.length > 1) bucket(byEndWord, words[words.length - 1], info.key);
  }
  const unique = (hits: string[] | undefined) => (hits && hits.length > 0 && new Set(hits.map((h) => uf.find(h))).size === 1 ? hits[0] : undefined);
  for (const info of infos) {
    const { key } = info;
    if (info.acronym) {
      // "US" ↔ "United States", "UN" ↔ "United Nations": only expansions the text has.
      const hit = unique(byInitials.get(key));
      if (hit) uf.union(key, hit);
      continue;
    }
    const words = key.split(' ');
    if (words.length === 1) {
      // "Xi" in an article that never gives his full name.
      const hit = unique(byEndWord.get(key));
      if (hit) uf.union(key, hit);
      continue;
    }
    // "Chinese Communist Party" and "Communist Party".
    const rest = words.slice(1).join(' ');
    if (isDemonym(info.core[0]) && names.has(rest) && info.orgHeaded) uf.union(key, rest);
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
  const uf = new UnionFind();
  for (const m of mentions) if (m.resolved) uf.union(m.key, m.resolved);
  linkAcrossSources(mentions, uf);

  const groups = new Map<string, NameMention[]>();
  for (const m of mentions) {
    const root = uf.find(m.resolved ?? m.key);
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
    .filter((m) => m.span.role && !/^(?:(?:Mr|Ms|Mrs|Dr|Prof)\.|Sir|Dame)$/.test(m.span.role))
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
