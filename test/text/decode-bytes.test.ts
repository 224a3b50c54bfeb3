import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeBytes, encodingForLabel, unusableBytes } from '../../src/text/decode-bytes';
import { encodeLegacy } from './legacy-encode';

const JA = 'サイバー攻撃について、政府は二日、新しい対策を発表した。専門家によると、被害は拡大している。';
const ZH = '中美两国就网络安全问题举行了新一轮对话。双方同意加强合作，共同打击网络犯罪。';
const ZH_TW = '美國與中國就網路安全問題舉行新一輪對話。雙方同意加強合作，共同打擊網路犯罪。';
const KO = '한국 정부는 사이버 공격에 대한 새로운 대책을 발표했다. 전문가들은 피해가 커지고 있다고 말했다.';
const RU = 'Правительство объявило о новых мерах против кибератак. По словам экспертов, ущерб растёт.';
const FR = 'Le gouvernement a annoncé de nouvelles mesures contre les cyberattaques. Selon les experts, les dégâts augmentent à Noël.';
const DE = 'Die Regierung kündigte neue Maßnahmen gegen Cyberangriffe an. Laut Experten wächst der Schaden überall.';

const html = (meta: string, body: string, lang = '') =>
  `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head>${meta}<title>T</title></head><body><p>${body}</p></body></html>`;
const ascii = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
const join = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let i = 0;
  for (const p of parts) {
    out.set(p, i);
    i += p.length;
  }
  return out;
};
/** An HTML page with `meta` in its head, the body in `encoding`. */
const page = (meta: string, body: string, encoding: string, lang = '') => {
  const [before, after] = html(meta, '\u0000', lang).split('\u0000');
  return join(ascii(before), encodeLegacy(body, encoding), ascii(after));
};

describe('decodeBytes: declared encodings, as a browser reads them', () => {
  it.each([
    ['<meta charset="shift_jis">', JA, 'shift_jis', 'shift_jis'],
    ['<meta charset="Shift-JIS">', JA, 'shift_jis', 'shift_jis'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=euc-jp">', JA, 'euc-jp', 'euc-jp'],
    ['<meta http-equiv="content-type" content="text/html;charset=gb2312">', ZH, 'gbk', 'gbk'],
    ['<meta charset="GBK">', ZH, 'gbk', 'gbk'],
    ['<meta charset="big5">', ZH_TW, 'big5', 'big5'],
    ['<meta charset="euc-kr">', KO, 'euc-kr', 'euc-kr'],
    ['<meta charset="windows-1251">', RU, 'windows-1251', 'windows-1251'],
    ['<meta charset="iso-8859-1">', FR, 'windows-1252', 'windows-1252'],
    ['<meta charset="latin1">', DE, 'windows-1252', 'windows-1252'],
  ])('%s', (meta, text, encoding, expected) => {
    const decoded = decodeBytes(page(meta, text, encoding), 'html');
    expect(decoded.encoding).toBe(expected);
    expect(decoded.text).toContain(text);
    expect(decoded.from).toMatch(/meta charset|http-equiv/);
  });

  it('a byte-order mark wins over a declaration', () => {
    const bytes = join(new Uint8Array([0xef, 0xbb, 0xbf]), new TextEncoder().encode(html('<meta charset="iso-8859-1">', FR)));
    expect(decodeBytes(bytes, 'html')).toMatchObject({ encoding: 'utf-8', from: 'byte-order mark' });
    expect(decodeBytes(bytes, 'html').text).toContain(FR);
  });

  it('UTF-16 with a mark', () => {
    const text = html('', RU);
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      le[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      le[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(decodeBytes(le, 'html')).toMatchObject({ encoding: 'utf-16le', from: 'byte-order mark' });
    expect(decodeBytes(le, 'html').text).toContain(RU);
    expect(unusableBytes(le)).toBeUndefined();
  });

  it('a charset="utf-16" label in ASCII bytes means UTF-8 (the HTML prescan rule)', () => {
    expect(encodingForLabel('utf-16')).toBe('utf-8');
    expect(decodeBytes(new TextEncoder().encode(html('<meta charset="utf-16">', JA)), 'html').text).toContain(JA);
  });

  it('an unknown label falls back to the sniff', () => {
    expect(decodeBytes(new TextEncoder().encode(html('<meta charset="klingon-8">', JA)), 'html')).toMatchObject({ encoding: 'utf-8', from: 'sniffed' });
  });

  it('a meta tag inside a comment is not a declaration', () => {
    expect(declaredCharset(ascii('<!-- <meta charset="big5"> --><meta charset="utf-8">'))?.label).toBe('utf-8');
  });
});

describe('decodeBytes: no declaration, sniffed', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(JA), 'utf-8'],
    ['Shift_JIS', encodeLegacy(JA, 'shift_jis'), 'shift_jis'],
    ['EUC-JP', encodeLegacy(JA, 'euc-jp'), 'euc-jp'],
    ['GBK', encodeLegacy(ZH, 'gbk'), 'gbk'],
    ['EUC-KR', encodeLegacy(KO, 'euc-kr'), 'euc-kr'],
    ['windows-1251', encodeLegacy(RU, 'windows-1251'), 'windows-1251'],
    ['windows-1252', encodeLegacy(FR, 'windows-1252'), 'windows-1252'],
  ])('%s text', (_name, bytes, encoding) => {
    for (const format of ['txt', 'md', 'html'] as const) {
      const decoded = decodeBytes(bytes, format);
      expect(decoded.encoding, format).toBe(encoding);
      expect(decoded.from).toBe('sniffed');
    }
  });

  it('Big5 with the page saying it is Chinese', () => {
    expect(decodeBytes(page('', ZH_TW, 'big5', 'zh-TW'), 'html').text).toContain(ZH_TW);
  });

  it('empty and binary bytes are named; text in any encoding is not refused', () => {
    expect(unusableBytes(new Uint8Array())).toBe('the file is empty');
    expect(unusableBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]))).toMatch(/binary/);
    expect(unusableBytes(encodeLegacy(JA, 'shift_jis'))).toBeUndefined();
  });

  it('is linear: a 4 MB page of unclosed comments and meta tags decodes at once', () => {
    const bytes = ascii('<!--<meta '.repeat(400_000));
    const t0 = performance.now();
    decodeBytes(bytes, 'html');
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
