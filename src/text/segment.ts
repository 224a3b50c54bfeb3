/**
 * Words in every script. Most scripts put spaces between words; Chinese,
 * Japanese, Thai, Lao, Khmer and Burmese do not, and there `Intl.Segmenter`
 * (the platform's dictionary-based word breaker, in Node and every browser the
 * extension runs in) finds the words. Length tests count these words, or
 * characters, never spaces alone.
 */

/** A code unit of a script written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar). */
export function isSpacelessUnit(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
    (c >= 0x3040 && c <= 0x30ff) || // hiragana, katakana
    (c >= 0x3400 && c <= 0x4dbf) || // CJK extension A
    (c >= 0xf900 && c <= 0xfaff) || // CJK compatibility ideographs
    (c >= 0x31f0 && c <= 0x31ff) || // katakana phonetic extensions
    (c >= 0xff66 && c <= 0xff9f) || // half-width katakana
    (c >= 0xd840 && c <= 0xd87f) || // high surrogates of the CJK extensions B–F
    (c >= 0x0e00 && c <= 0x0eff) || // Thai, Lao
    (c >= 0x1000 && c <= 0x109f) || // Myanmar
    (c >= 0x1780 && c <= 0x17ff) // Khmer
  );
}

/** Han and kana only: the scripts whose characters stand for words or syllables (a shingle of three is a phrase). */
export function isHanOrKanaUnit(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x31f0 && c <= 0x31ff) ||
    (c >= 0xff66 && c <= 0xff9f)
  );
}

/** Whether `text` holds any character of a script written without spaces. */
export function hasSpacelessScript(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0e00 && isSpacelessUnit(c)) return true;
  }
  return false;
}

let wordSegmenter: Intl.Segmenter | undefined;

/** The word-like segments of `text` (letters or digits), in order, by `Intl.Segmenter`. */
export function segmentWords(text: string): string[] {
  wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const out: string[] = [];
  for (const s of wordSegmenter.segment(text)) if (s.isWordLike) out.push(s.segment);
  return out;
}

const SEARCH_SPLIT = /[\n\r\p{Z}\p{P}\p{S}]+/u;

/**
 * Search terms of a text, for the library's full-text search: words split at
 * spaces and punctuation, as MiniSearch does; a run of Chinese or Japanese
 * characters gives its overlapping two-character pieces (and a lone
 * character itself), so that any word of two characters or more inside it is
 * found whatever the segmenter would have made of it.
 */
export function searchTerms(text: string): string[] {
  const out: string[] = [];
  for (const token of text.split(SEARCH_SPLIT)) {
    if (!token) continue;
    if (!hasSpacelessScript(token)) {
      out.push(token);
      continue;
    }
    for (const run of token.split(/([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]+)/u)) {
      if (!run) continue;
      if (!/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(run)) {
        out.push(run);
        continue;
      }
      const chars = [...run];
      if (chars.length === 1) out.push(run);
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
    }
  }
  return out;
}
