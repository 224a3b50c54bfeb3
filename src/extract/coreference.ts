/**
 * Short forms inside one article: after "Susan E. Rice", "Ms. Rice" and "Rice"
 * are her; after "Xi Jinping", "Mr. Xi" and "Xi" are him (Chinese names put the
 * surname first, so both ends of a full name are tried); after "Sony Pictures
 * Entertainment", "Sony" is it.
 */
import { isKnownPlace } from './gazetteer';
import { isOrgHead } from './org-heads';
import { coreTokens, isAcronymName, nameKey } from './name-key';

export interface CorefInput {
  /** The name as written. */
  name: string;
}

/**
 * For each name of one source, the key of the fuller name it stands for, or
 * undefined where it stands for itself (or is ambiguous: "James" with two
 * Jameses stays unresolved).
 */
export function resolveCoreference(names: CorefInput[]): (string | undefined)[] {
  const byEnd = new Map<string, Set<string>>();
  const byOrgFirst = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, k: string, v: string) => {
    if (!m.has(k)) m.set(k, new Set());
    m.get(k)!.add(v);
  };
  for (const { name } of names) {
    if (isAcronymName(name) || isKnownPlace(name)) continue;
    const core = coreTokens(name);
    if (core.length < 2) continue;
    const key = nameKey(name);
    if (core.some((t) => isOrgHead(t.text))) {
      add(byOrgFirst, nameKey(core[0].text), key);
      continue;
    }
    if (core.length > 3) continue;
    add(byEnd, nameKey(core[0].text), key);
    add(byEnd, nameKey(core[core.length - 1].text), key);
  }
  return names.map(({ name }) => {
    // "France" in an article about David France is still the country.
    if (isAcronymName(name) || coreTokens(name).length !== 1 || isKnownPlace(name)) return undefined;
    const k = nameKey(name);
    const hits = byEnd.get(k) ?? byOrgFirst.get(k);
    return hits && hits.size === 1 ? [...hits][0] : undefined;
  });
}
