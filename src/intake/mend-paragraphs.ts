/**
 * Joins paragraphs that a page broke in the middle of a sentence:
 * "...the Department of Homeland Security does" + "include “movie studios”..."
 * A break is mended when the first part ends without terminal punctuation and
 * the next part starts with a lower-case letter; nothing else is touched.
 * Returns a new array; [] stays [].
 */

// Ends a sentence: . ! ? : ; possibly followed by closing quotes or brackets.
const ENDS_SENTENCE = /[.!?:;。！？｡．：；]["'\u2019\u201D)\]」』）】〕》〉”’]*$/;
const STARTS_LOWER = /^["'\u2018\u201C(]*\p{Ll}/u;

export function mendParagraphs(paragraphs: string[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    const prev = out.length ? out[out.length - 1] : undefined;
    if (prev !== undefined && !ENDS_SENTENCE.test(prev) && STARTS_LOWER.test(p)) out[out.length - 1] = prev + ' ' + p;
    else out.push(p);
  }
  return out;
}
