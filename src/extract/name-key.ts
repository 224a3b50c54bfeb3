/**
 * Comparison keys for names: two spellings of one name share a key
 * ("Susan E. Rice" / "Susan Rice", "F.B.I." / "FBI", "WASHINGTON" / "Washington").
 */
import { NAME_KEY_SKIPPED } from '../text/lexicon';
import { foldKey } from '../text/normalize';
import { NAME_SUFFIXES } from './honorifics';
import { tokenize, type Token } from './tokens';

/** The name's words that count: initials and "Jr." dropped. */
export function coreTokens(name: string): Token[] {
  const toks = tokenize(name);
  const core = toks.filter((t, i) => !(t.initial && i > 0) && !NAME_SUFFIXES.has(t.text));
  return core.length ? core : toks;
}

export function isAcronymName(name: string): boolean {
  const toks = tokenize(name);
  return toks.length === 1 && toks[0].acronym;
}

// A corpus names the same people over and over: each name's key is worked out once.
const keys = new Map<string, string>();
const KEYS_MAX = 50_000;

/** The key of a name; '' when it has no words. */
export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size >= KEYS_MAX) keys.clear();
    key = keyOfName(name);
    keys.set(name, key);
  }
  return key;
}

function keyOfName(name: string): string {
  if (isAcronymName(name)) return name.replace(/\./g, '').toLowerCase();
  return foldKey(
    coreTokens(name)
      .map((t) => t.text)
      .join(' ')
      .replace(/['\u2019]/g, ''),
  );
}

/** "United States" → "us", "Office of Personnel Management" → "opm"; '' for one word. */
export function initialsKey(name: string): string {
  const toks = tokenize(name).filter((t) => !NAME_KEY_SKIPPED.has(t.text));
  if (toks.length < 2 || !toks.every((t) => t.cap)) return '';
  return toks.map((t) => t.text[0].toLowerCase()).join('');
}
