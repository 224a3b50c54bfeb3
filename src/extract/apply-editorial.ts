/**
 * Apply the editorial entities to the automatic ones. The automatic result is
 * never required to contain what an entry names: an entry that matches nothing
 * (and adds nothing) is reported and skipped.
 */
import type { Entity } from '../contracts/schema';
import type { ParsedSource } from '../intake/types';
import { normalizeText } from '../text/normalize';
import type { EditorialEntities } from './editorial';
import { findAlias } from './find-alias';
import { slug } from './slug';

function sameMention(a: { sentence: string; start: number; end: number }, b: { sentence: string; start: number; end: number }): boolean {
  return a.sentence === b.sentence && a.start < b.end && b.start < a.end;
}

/** A new list; the input entities are not changed. */
export function applyEditorial(entities: Entity[], editorial: EditorialEntities, sources: ParsedSource[]): { entities: Entity[]; problems: string[] } {
  let out = entities.map((e) => ({ ...e, aliases: [...e.aliases], mentions: [...e.mentions] }));
  const problems: string[] = [];
  const order = new Map<string, number>();
  sources.forEach((s, i) => s.sentences.forEach((x, j) => order.set(x.id, i * 1e6 + j)));

  editorial.forEach((entry, i) => {
    let target: Entity | undefined;
    if (entry.match !== undefined) {
      const m = normalizeText(entry.match);
      target = out.find((e) => e.id === m) ?? out.find((e) => e.aliases.includes(m));
      if (!target && !(entry.name && entry.kind)) {
        problems.push(`editorial.json: entities[${i}] matches no entity ("${entry.match}"); skipped`);
        return;
      }
    }
    if (entry.drop) {
      out = out.filter((e) => e !== target);
      return;
    }
    if (!target && entry.match === undefined && entry.name) {
      // An added entity the rules found under one of its names ("Harvard" for "Harvard University") is completed, not doubled.
      const names = [entry.name, ...(entry.aliases ?? [])].map(normalizeText);
      target = out.find((e) => e.kind === entry.kind && e.aliases.some((a) => names.includes(a)));
    }
    if (!target) {
      target = { id: '', name: normalizeText(entry.name!), kind: entry.kind!, aliases: [], mentions: [] };
      out.push(target);
    }
    if (entry.kind) target.kind = entry.kind;
    if (entry.name) target.name = normalizeText(entry.name);
    if (entry.description) target.description = { text: normalizeText(entry.description.text), source: entry.description.source };
    for (const a of [target.name, ...(entry.aliases ?? [])].map(normalizeText)) {
      if (!target.aliases.includes(a)) target.aliases.push(a);
      for (const m of findAlias(sources, a, target.kind === 'topic')) {
        if (!target.mentions.some((x) => sameMention(x, m))) target.mentions.push(m);
      }
    }
    target.aliases = [target.name, ...target.aliases.filter((a) => a !== target!.name)];
    target.mentions.sort((a, b) => (order.get(a.sentence) ?? 0) - (order.get(b.sentence) ?? 0) || a.start - b.start);
    target.id = `${target.kind}:${slug(target.name)}`;
  });

  // An edit may have given two entities one id: they are one entity.
  const byId = new Map<string, Entity>();
  for (const e of out) {
    const first = byId.get(e.id);
    if (!first) {
      byId.set(e.id, e);
      continue;
    }
    for (const a of e.aliases) if (!first.aliases.includes(a)) first.aliases.push(a);
    for (const m of e.mentions) if (!first.mentions.some((x) => sameMention(x, m))) first.mentions.push(m);
    first.mentions.sort((a, b) => (order.get(a.sentence) ?? 0) - (order.get(b.sentence) ?? 0) || a.start - b.start);
    first.description ??= e.description;
  }
  return { entities: [...byId.values()].filter((e) => e.mentions.length > 0 || e.kind !== 'topic'), problems };
}
