/**
 * Encodes text in a legacy encoding for tests, using the platform's own
 * `TextDecoder` as the oracle: every one- and two-byte sequence is decoded once
 * and the table read backwards. (Node has no encoder for Shift_JIS, GBK, Big5…)
 */
const tables = new Map<string, Map<string, number[]>>();

function table(encoding: string): Map<string, number[]> {
  let map = tables.get(encoding);
  if (map) return map;
  map = new Map();
  const decoder = new TextDecoder(encoding, { fatal: true });
  const tryBytes = (bytes: number[]) => {
    try {
      const ch = decoder.decode(new Uint8Array(bytes));
      if ([...ch].length === 1 && !map!.has(ch)) map!.set(ch, bytes);
    } catch {
      // not a whole character
    }
  };
  for (let a = 0; a < 256; a++) tryBytes([a]);
  for (let a = 0x81; a < 256; a++) for (let b = 0x40; b < 256; b++) tryBytes([a, b]);
  if (encoding === 'euc-jp') for (let b = 0xa1; b < 0xe0; b++) tryBytes([0x8e, b]);
  tables.set(encoding, map);
  return map;
}

export function encodeLegacy(text: string, encoding: string): Uint8Array {
  const map = table(encoding);
  const out: number[] = [];
  for (const ch of text) {
    const bytes = map.get(ch);
    if (!bytes) throw new Error(`${encoding} cannot encode ${JSON.stringify(ch)}`);
    out.push(...bytes);
  }
  return new Uint8Array(out);
}
