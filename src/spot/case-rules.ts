/**
 * Whether a page's spelling of an alias fits the alias's case rule (see
 * `AliasCase`). The automaton has already matched the alias ignoring case, so
 * the two strings have the same length and the same letters.
 */
import type { AliasCase } from '../contracts/schema';
import { isLowerAt, isUpperAt, isWordCharAt } from '../text/words';

/**
 * `page[start, start + alias.length)` against `alias`:
 *  - `any`: always;
 *  - `exact`: code unit for code unit ("US", never "us" or "Us");
 *  - `title`: every word the alias capitalises is capitalised on the page
 *    ("Rice", never "rice"; "Susan e. Rice" no; lower-case words such as "of"
 *    may be either, for title-cased headlines). A page span in capitals where
 *    the alias has lower-case letters ("XI JINPING") fits only an alias of two
 *    words or more: one word in capitals is too often something else ("Chapter
 *    XI", "RICE" on a menu).
 */
export function fitsCase(page: string, start: number, alias: string, rule: AliasCase): boolean {
  if (rule === 'any') return true;
  if (rule === 'exact') return page.startsWith(alias, start);
  let words = 0;
  let aliasHasLower = false;
  let pageHasLower = false;
  for (let i = 0; i < alias.length; i++) {
    const p = start + i;
    if (isLowerAt(alias, i)) aliasHasLower = true;
    if (isLowerAt(page, p)) pageHasLower = true;
    if (isWordCharAt(alias, i) && !isWordCharAt(alias, i - 1)) {
      words++;
      if (isUpperAt(alias, i) && !isUpperAt(page, p)) return false;
    }
  }
  if (aliasHasLower && !pageHasLower) return words >= 2;
  return true;
}
