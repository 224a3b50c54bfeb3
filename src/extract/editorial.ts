/**
 * The `"entities"` array of `editorial.json`: human corrections the automatic
 * extraction does not need but may take (a kind, a canonical name, a
 * description, an alias the rules cannot see, a false entity to drop, an entity
 * the rules miss). Validated entry by entry: a bad entry is skipped with a
 * problem line, the good ones still apply.
 */
import type { EntityKind } from '../contracts/schema';

export interface EditorialEntity {
  /** The entity to correct: its automatic id ("person:obama") or one of its aliases ("Obama"). Absent: add a new entity (needs `name` and `kind`). */
  match?: string;
  /** Canonical name. */
  name?: string;
  kind?: EntityKind;
  /** One line in a source's words, and that source's id. */
  description?: { text: string; source: string };
  /** More surface forms; each is looked for in the bodies and its places become mentions. */
  aliases?: string[];
  /** The match is a false entity: remove it. */
  drop?: boolean;
}

/** The parsed `"entities"` array of `editorial.json`. */
export type EditorialEntities = EditorialEntity[];

const KINDS: EntityKind[] = ['person', 'organization', 'place', 'topic'];
const FIELDS = ['match', 'name', 'kind', 'description', 'aliases', 'drop'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function check(v: unknown): string | undefined {
  if (!isObject(v)) return 'is not an object';
  for (const key of Object.keys(v)) if (!FIELDS.includes(key)) return `.${key} is not a known field`;
  if (v.match !== undefined && !isText(v.match)) return '.match is not a non-empty string';
  if (v.name !== undefined && !isText(v.name)) return '.name is not a non-empty string';
  if (v.kind !== undefined && !KINDS.includes(v.kind as EntityKind)) return `.kind is not one of ${KINDS.join(', ')}`;
  if (v.description !== undefined) {
    const d = v.description;
    if (!isObject(d) || !isText(d.text) || !isText(d.source)) return '.description needs non-empty "text" and "source"';
  }
  if (v.aliases !== undefined && !(Array.isArray(v.aliases) && v.aliases.every(isText))) return '.aliases is not a list of non-empty strings';
  if (v.drop !== undefined && typeof v.drop !== 'boolean') return '.drop is not true or false';
  if (v.match === undefined && (v.name === undefined || v.kind === undefined)) return 'adds an entity but lacks "name" or "kind"';
  if (v.match === undefined && v.drop) return 'drops nothing: "drop" needs "match"';
  return undefined;
}

/**
 * Validate the `"entities"` value of `editorial.json` (pass the array itself,
 * or the whole parsed file: its `"entities"` is taken). Undefined or null →
 * no entities, no problem. Not an array → no entities, one problem. Each bad
 * entry → skipped, one problem naming its index.
 */
export function parseEditorialEntities(json: unknown): { entities: EditorialEntities; problems: string[] } {
  if (json === undefined || json === null) return { entities: [], problems: [] };
  const list = isObject(json) ? json.entities : json;
  if (list === undefined) return { entities: [], problems: [] };
  if (!Array.isArray(list)) return { entities: [], problems: ['editorial.json: "entities" is not a list; ignored'] };
  const entities: EditorialEntities = [];
  const problems: string[] = [];
  list.forEach((v, i) => {
    const why = check(v);
    if (why) problems.push(`editorial.json: entities[${i}] ${why}; skipped`);
    else entities.push(v as EditorialEntity);
  });
  return { entities, problems };
}
