/**
 * Outlets and authors as entities: each source's outlet is an organisation and
 * each of its authors a person, linked to the source by role. An outlet or
 * author the text already names joins that entity; the others are added.
 */
import { UNKNOWN_OUTLET } from '../intake/parse-source';
import type { Entity, Source, SourceRole } from '../contracts/schema';
import type { ParsedSource } from '../intake/types';
import { normalizeText } from '../text/normalize';
import { BYLINE_DESKS } from '../text/lexicon';
import { findAlias } from './find-alias';
import { nameKey } from './name-key';
import { isOrgHead } from './org-heads';
import { slug } from './slug';

/** Wire agencies credited by their initials in outlet names and datelines ("PNA/PTI"). */
const AGENCIES: Record<string, string> = {
  PTI: 'Press Trust of India',
  PNA: 'Philippine News Agency',
  AP: 'Associated Press',
  AFP: 'Agence France-Presse',
  UPI: 'United Press International',
  ANI: 'Asian News International',
  IANS: 'Indo-Asian News Service',
  DPA: 'Deutsche Presse-Agentur',
};

const NAME_WORD = /^\p{Lu}[\p{L}'\u2019-]*\.?$/u;

/**
 * The author names of a source, as a list: the authors intake read, else the
 * byline ("By A and B, C"); parentheses, addresses and words that are not a
 * person's name are left out.
 */
export function authorNames(source: Pick<Source, 'byline' | 'authors'>): string[] {
  const given = source.authors?.length ? source.authors.join(', ') : source.byline;
  if (!given) return [];
  const text = given.replace(/\([^)]*\)|https?:\/\/\S+/g, ' ').replace(/^\s*(?:by|par|por)\s+/i, '');
  return text
    .split(/\s*(?:,|;|&|\band\b|\|)\s*/)
    .map((part) => normalizeText(part))
    .filter((part) => {
      const words = part.split(' ');
      return (
        words.length >= 2 && words.length <= 4 && words.every((w) => NAME_WORD.test(w)) && !words.some((w) => isOrgHead(w) || BYLINE_DESKS.has(w.toLowerCase()))
      );
    });
}

/** The outlets of a source: its outlet's own name, and any agency or publisher it credits in parentheses. */
export function outletNames(source: Pick<Source, 'outlet' | 'file'>): { name: string; alias?: string }[] {
  if (!source.outlet || source.outlet === source.file || source.outlet === UNKNOWN_OUTLET) return [];
  // "SIMPLYFOUND.COM | BY: JOE WEE": a site's title may run on past its name.
  // "Aktuálně.cz - Víte, co se právě děje": so may its motto, after a spaced dash.
  const main = normalizeText(source.outlet.replace(/\s*\([^)]*\)\s*/g, ' ').split(/\s+[|\u2013\u2014-]\s+/)[0]);
  const initials = Object.keys(AGENCIES).find((k) => AGENCIES[k] === main);
  const out: { name: string; alias?: string }[] = main ? [{ name: main, alias: initials }] : [];
  const credits = [...source.outlet.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]);
  // "PNA/PTI": a dateline's credit of agencies by their initials.
  if (main.split('/').every((p) => AGENCIES[p])) {
    out.length = 0;
    credits.push(main);
  }
  for (const inner of credits) {
    for (const part of inner.split(/\s*[/,]\s*/)) {
      const first = part.split(' ')[0];
      if (AGENCIES[first]) out.push({ name: AGENCIES[first], alias: first });
      else if (part.split(' ').filter((w) => /^\p{Lu}/u.test(w)).length >= 2) out.push({ name: normalizeText(part) });
    }
  }
  return out;
}

function keyOf(name: string): string {
  return nameKey(name.replace(/^The\s+/, ''));
}

/**
 * The entities with outlets and authors linked to their sources (the input
 * entities are not changed). New entities come after the others, in source order.
 */
export function linkSourceEntities(entities: Entity[], sources: ParsedSource[]): Entity[] {
  const out = entities.map((e) => ({ ...e }));
  const byKey = new Map<string, Entity>();
  for (const e of out) for (const a of e.aliases) if (!byKey.has(`${e.kind} ${keyOf(a)}`)) byKey.set(`${e.kind} ${keyOf(a)}`, e);
  const usedIds = new Set(out.map((e) => e.id));
  const notOrgs = new Map<string, Entity>();
  for (const e of out) if (e.kind === 'person' || e.kind === 'place') notOrgs.set(keyOf(e.name), e);
  const link = (src: ParsedSource, name: string, role: SourceRole, alias?: string) => {
    const kind = role === 'outlet' ? 'organization' : 'person';
    const key = `${kind} ${keyOf(name)}`;
    let entity = byKey.get(key) ?? (alias ? byKey.get(`${kind} ${keyOf(alias)}`) : undefined);
    // "sub-communities in Mozilla" made a place of the outlet's own name: an outlet is an organisation.
    const miskinded = !entity && role === 'outlet' ? notOrgs.get(keyOf(name)) : undefined;
    if (miskinded && miskinded.kind !== kind) {
      let id = `${kind}:${slug(miskinded.name)}`;
      for (let n = 2; usedIds.has(id); n++) id = `${kind}:${slug(miskinded.name)}-${n}`;
      usedIds.add(id);
      Object.assign(miskinded, { id, kind });
      entity = miskinded;
      byKey.set(key, entity);
    }
    if (!entity) {
      let id = `${kind}:${slug(name)}`;
      for (let n = 2; usedIds.has(id); n++) id = `${kind}:${slug(name)}-${n}`;
      usedIds.add(id);
      entity = { id, name, kind, aliases: [name], mentions: findAlias([src], name) };
      out.push(entity);
      byKey.set(key, entity);
    }
    for (const a of [name, alias]) if (a && !entity.aliases.includes(a)) entity.aliases = [...entity.aliases, a];
    const sources = entity.sources ?? [];
    if (!sources.some((s) => s.source === src.source.id && s.role === role)) entity.sources = [...sources, { role, source: src.source.id }];
  };
  for (const src of sources) {
    for (const o of outletNames(src.source)) link(src, o.name, 'outlet', o.alias);
    for (const a of authorNames(src.source)) link(src, a, 'author');
  }
  return out;
}
