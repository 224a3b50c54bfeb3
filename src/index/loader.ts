/**
 * Checks an index before the extension trusts it. A bundled index that does not
 * fit the schema is a build bug; failing loudly at load beats a card that shows
 * `undefined`.
 */
import { INDEX_VERSION, type FullIndex, type SpotIndex } from '../contracts/schema';
import { unflattenSpotIndex, unpackPassage, type FlatSpotIndex, type PackedPassage } from '../contracts/spot-pack';

export class IndexError extends Error {
  override name = 'IndexError';
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function expectArray(v: Record<string, unknown>, field: string, check: (item: unknown) => boolean): void {
  const list = v[field];
  if (!Array.isArray(list)) throw new IndexError(`index.${field} is not an array`);
  const bad = list.findIndex((item) => !check(item));
  if (bad >= 0) throw new IndexError(`index.${field}[${bad}] does not fit the schema`);
}

const isStringList = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');

const hasStrings =
  (...fields: string[]) =>
  (item: unknown) =>
    isObject(item) && fields.every((f) => typeof item[f] === 'string');

function expectVersion(v: unknown): asserts v is Record<string, unknown> {
  if (!isObject(v)) throw new IndexError('index is not an object');
  if (v.version !== INDEX_VERSION) {
    throw new IndexError(`index version ${String(v.version)} is not the supported version ${INDEX_VERSION}`);
  }
}

/** @throws {IndexError} when `raw` is not a full index of this version. */
export function loadFullIndex(raw: unknown): FullIndex {
  expectVersion(raw);
  expectArray(raw, 'sources', (s) => hasStrings('id', 'file', 'outlet', 'shortName', 'title')(s) && Array.isArray((s as any).sentences));
  expectArray(raw, 'sentences', hasStrings('id', 'source', 'text'));
  expectArray(raw, 'stories', (s) => hasStrings('id', 'title')(s) && Array.isArray((s as any).sources));
  expectArray(raw, 'entities', (e) => hasStrings('id', 'name', 'kind')(e) && Array.isArray((e as any).aliases) && Array.isArray((e as any).mentions));
  expectArray(raw, 'quotes', (q) => hasStrings('id', 'text')(q) && Array.isArray((q as any).carriers));
  expectArray(raw, 'alignments', (a) => hasStrings('id')(a) && Array.isArray((a as any).sentences));
  expectArray(raw, 'discrepancies', (d) => hasStrings('id', 'kind', 'summary')(d) && Array.isArray((d as any).variants));
  expectArray(raw, 'lineage', (l) => hasStrings('source')(l) && Array.isArray((l as any).derivedFrom));
  return raw as unknown as FullIndex;
}

function expectSpotFields(raw: Record<string, unknown>): void {
  expectArray(
    raw,
    'entities',
    (e) => hasStrings('id', 'kind', 'name')(e) && isStringList((e as any).otherSense ?? []) && [undefined, true].includes((e as any).generic),
  );
  expectArray(raw, 'aliases', (a) => hasStrings('text', 'case')(a) && Number.isInteger((a as any).entity));
  expectArray(raw, 'quotes', hasStrings('id', 'key'));
}

/**
 * Reads the spot index as bundled (passage shingles packed, see spot-pack.ts).
 * @throws {IndexError} when `raw` is not a packed spot index of this version.
 */
export function loadSpotIndex(raw: unknown): SpotIndex {
  expectVersion(raw);
  expectSpotFields(raw);
  expectArray(raw, 'passages', (p) => hasStrings('id', 'packed')(p) && Number.isInteger((p as any).size));
  try {
    return { ...(raw as unknown as SpotIndex), passages: (raw.passages as PackedPassage[]).map(unpackPassage) };
  } catch (error) {
    throw new IndexError(`index.passages cannot be unpacked (${(error as Error).message})`);
  }
}

/**
 * Reads the spot index as the library stores it (flat, see spot-pack.ts).
 * @throws {IndexError} when `flat` does not hold a spot index of this version.
 */
export function loadFlatSpotIndex(flat: FlatSpotIndex): SpotIndex {
  let index: SpotIndex;
  try {
    index = unflattenSpotIndex(flat);
  } catch (error) {
    throw new IndexError(`the stored spot index cannot be unpacked (${(error as Error).message})`);
  }
  expectVersion(index);
  expectSpotFields(index as unknown as Record<string, unknown>);
  // The passages are not checked one by one: their ids come from splitting one
  // string, their sizes and shingles from typed arrays, and `unflattenSpotIndex`
  // has checked that they line up.
  return index;
}
