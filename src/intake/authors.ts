/**
 * Author strings as pages write them ("By Jane Doe and John Roe", "DOE, JANE",
 * "Jane Doe, John Roe | Reuters") → a list of names.
 */
import { nameCase } from './metadata';

const NOT_A_NAME = /^(?:staff|admin|editor|reporter|correspondent|contributor|news ?desk|associated press|reuters|afp|ap|updated|published|posted|and|with)$/i;

export function splitAuthors(raw: string | undefined): string[] {
  if (!raw) return [];
  const cleaned = raw
    .replace(/\s+/g, ' ')
    .replace(/^\s*(?:written |posted |reported )?by[:\s]+/i, '')
    .replace(/\s*[|•·—–]\s.*$/, '')
    .replace(/\b(?:updated|published|posted)\b.*$/i, '')
    .trim();
  if (!cleaned || /^https?:/i.test(cleaned) || cleaned.length > 200) return [];
  return cleaned
    .split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b)\s*/i)
    .map((n) =>
      n
        .replace(/^by\s+/i, '')
        .replace(/[.,:;]+$/, '')
        .trim(),
    )
    .filter((n) => n.length >= 3 && /\p{L}/u.test(n) && n.split(' ').length <= 6 && !NOT_A_NAME.test(n))
    .map(nameCase);
}

/** The display byline: "Jane Doe", "Jane Doe and John Roe", "A, B and C". */
export function joinAuthors(authors: string[]): string | undefined {
  if (!authors.length) return undefined;
  if (authors.length === 1) return authors[0];
  return authors.slice(0, -1).join(', ') + ' and ' + authors[authors.length - 1];
}

export function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
