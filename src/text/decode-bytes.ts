/**
 * Bytes of an article file → text, decoded as a browser would: a byte-order
 * mark first; for HTML, the `<meta charset>` or `http-equiv` content type in
 * the page's first bytes; then a sniff (valid UTF-8, UTF-16 without a mark,
 * the CJK multi-byte encodings by what their decoding looks like, windows-1251
 * for Cyrillic, windows-1252 last, as browsers fall back). Markdown and text
 * files have no charset to declare: a mark, then the sniff.
 *
 * Platform-neutral (`TextDecoder` only): the CLI's folder reading and the
 * library page's import use the same code.
 */

export type ArticleFormatForDecoding = 'html' | 'md' | 'txt';

export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding used ("utf-8", "shift_jis", "gbk"…). */
  encoding: string;
  /** How the encoding was found. */
  from: 'byte-order mark' | 'meta charset' | 'http-equiv' | 'xml declaration' | 'sniffed';
}

/** How far into an HTML file a declared charset is looked for (browsers look at 1,024 bytes; pages with long heads put it later). */
const PRESCAN_BYTES = 4096;

/** A declared label → the encoding a browser uses for it, or undefined for a label it does not know. */
export function encodingForLabel(label: string): string | undefined {
  try {
    const name = new TextDecoder(label.trim().toLowerCase()).encoding;
    // A page cannot be read as UTF-16 from a label in its own (ASCII) bytes: browsers use UTF-8 (HTML spec, prescan).
    if (name === 'utf-16le' || name === 'utf-16be') return 'utf-8';
    return name;
  } catch {
    return undefined;
  }
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Latin-1 view of the first bytes: each byte one character, so ASCII markup reads as itself. */
function head(bytes: Uint8Array, n: number): string {
  let s = '';
  const end = Math.min(bytes.length, n);
  for (let i = 0; i < end; i += 1024) s += String.fromCharCode(...bytes.subarray(i, Math.min(end, i + 1024)));
  return s;
}

/** The charset an HTML page declares in its first bytes, and where. */
export function declaredCharset(bytes: Uint8Array): { label: string; from: Decoded['from'] } | undefined {
  // Comments may hold a stale meta tag; the scan is bounded by PRESCAN_BYTES, so these patterns stay linear enough.
  const start = head(bytes, PRESCAN_BYTES).replace(/<!--[^]*?(?:-->|$)/g, ' ');
  for (const tag of start.match(/<meta\b[^>]*>/gi) ?? []) {
    const charset = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag)?.[1];
    if (!charset) continue;
    return { label: charset, from: /http-equiv/i.test(tag) ? 'http-equiv' : 'meta charset' };
  }
  const xml = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([\w.:-]+)/i.exec(start);
  return xml ? { label: xml[1], from: 'xml declaration' } : undefined;
}

function decodes(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Valid UTF-8 holding at least a few multi-byte characters. */
function isMultiByteUtf8(bytes: Uint8Array): boolean {
  let multi = 0;
  for (let i = 0; i < bytes.length && multi < 8; i++) if (bytes[i] >= 0xc2 && bytes[i] <= 0xf4) multi++;
  return multi >= 8 && decodes(bytes, 'utf-8') !== undefined;
}

/** UTF-16 without a mark: every other byte zero in ASCII-heavy text. */
function utf16Guess(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 16) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  const encoding =
    oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05 ? 'utf-16le' : evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05 ? 'utf-16be' : undefined;
  if (!encoding) return undefined;
  // Text, not a binary format that happens to hold zeros: hardly any control characters once decoded.
  const sample = new TextDecoder(encoding).decode(bytes.subarray(0, n));
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13) controls++;
  }
  return controls <= sample.length * 0.02 ? encoding : undefined;
}

/** Shares of a decoding's non-ASCII characters by script: what tells Shift_JIS from GBK from EUC-KR. */
function scriptShares(text: string): { n: number; ascii: number; kana: number; han: number; hangul: number; cyrillic: number; latin: number; odd: number } {
  const counts = { n: 0, ascii: 0, kana: 0, han: 0, hangul: 0, cyrillic: 0, latin: 0, odd: 0 };
  const end = Math.min(text.length, 200_000);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) counts.ascii++;
      continue;
    }
    counts.n++;
    if (c >= 0x3040 && c <= 0x30ff) counts.kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) counts.han++;
    else if (c >= 0xac00 && c <= 0xd7a3) counts.hangul++;
    else if (c >= 0x0400 && c <= 0x04ff) counts.cyrillic++;
    else if ((c >= 0xc0 && c <= 0x17f) || c === 0xa0 || (c >= 0x2010 && c <= 0x2026)) counts.latin++;
    else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffef)) {
      // CJK punctuation and full-width forms: neutral.
    } else counts.odd++;
  }
  return counts;
}

const HINTS: Record<string, RegExp> = { ja: /\bja\b|jp/i, zh: /\bzh\b|cn|tw|hk/i, ko: /\bko\b|kr/i, ru: /\b(ru|uk|bg|sr|be)\b/i };

/** The encoding of bytes that are not UTF-8: the CJK decoders that decode them cleanly, judged by what they give; else Cyrillic or Western. */
function sniffLegacy(bytes: Uint8Array, hint: string): string {
  const options: [string, keyof ReturnType<typeof scriptShares>, string][] = [
    ['shift_jis', 'kana', 'ja'],
    ['euc-jp', 'kana', 'ja'],
    ['euc-kr', 'hangul', 'ko'],
    ['gbk', 'han', 'zh'],
    ['big5', 'han', 'zh'],
  ];
  let best: { encoding: string; score: number } | undefined;
  for (const [encoding, script, lang] of options) {
    const text = decodes(bytes, encoding === 'gbk' ? 'gb18030' : encoding);
    if (text === undefined) continue;
    const s = scriptShares(text);
    if (s.n < 2) continue;
    // Japanese is never without kana; no other encoding's reading of Japanese bytes gives any.
    if (script === 'kana' && s.kana >= s.n * 0.15 && s.odd <= s.n * 0.02) return encoding;
    // Japanese text is kana and kanji; Chinese is Han; Korean is Hangul. Odd characters mean a wrong guess.
    const good = script === 'kana' ? s.kana + s.han * 0.5 : s[script];
    let score = (good - 3 * s.odd - s.latin) / s.n;
    if (HINTS[lang]?.test(hint)) score += 0.2;
    if (script === 'kana' && s.kana < s.n * 0.05) score -= 0.5;
    if (!best || score > best.score) best = { encoding, score };
  }
  if (best && best.score > 0.3) return best.encoding;
  const cyrillic = scriptShares(new TextDecoder('windows-1251').decode(bytes));
  // Russian words are all Cyrillic; a Western text has a few accented letters among many plain ones.
  const cyrillicLetters = cyrillic.cyrillic / Math.max(cyrillic.n, 1);
  const cyrillicWords = cyrillic.cyrillic / Math.max(cyrillic.cyrillic + cyrillic.ascii, 1);
  if (cyrillicLetters > 0.8 && (cyrillicWords > 0.4 || (cyrillicWords > 0.2 && HINTS.ru.test(hint)))) return 'windows-1251';
  return 'windows-1252';
}

/**
 * Decodes an article file's bytes. Never refuses text for its encoding: a
 * declared one is used; otherwise UTF-8 when the bytes are valid UTF-8, else
 * the sniff's best guess (windows-1252 last, as browsers do).
 */
export function decodeBytes(bytes: Uint8Array, format: ArticleFormatForDecoding): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom, from: 'byte-order mark' };
  if (format === 'html') {
    const declared = declaredCharset(bytes);
    const encoding = declared && encodingForLabel(declared.label);
    // A page saved again as UTF-8 often keeps its old declaration; valid multi-byte UTF-8 is never an accident.
    if (declared && encoding && encoding !== 'utf-8' && isMultiByteUtf8(bytes))
      return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', from: 'sniffed' };
    if (declared && encoding) return { text: new TextDecoder(encoding).decode(bytes), encoding, from: declared.from };
  }
  const utf16 = utf16Guess(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, from: 'sniffed' };
  const utf8 = decodes(bytes, 'utf-8');
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', from: 'sniffed' };
  const hint = format === 'html' ? (/<html\b[^>]*\blang\s*=\s*["']?([\w-]+)/i.exec(head(bytes, PRESCAN_BYTES))?.[1] ?? '') : '';
  const encoding = sniffLegacy(bytes, hint);
  return { text: new TextDecoder(encoding).decode(bytes), encoding, from: 'sniffed' };
}

/** Why bytes are no article at all (empty, binary), or undefined. Encodings are never the reason. */
export function unusableBytes(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return 'the file is empty';
  if (!bomEncoding(bytes) && !utf16Guess(bytes) && bytes.subarray(0, 65536).includes(0)) return 'the file is binary, not text';
  return undefined;
}
