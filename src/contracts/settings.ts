/**
 * The reader's settings: one versioned object in `storage.local`.
 *
 * Whatever is stored is read through `parseSettings`, field by field: a value
 * from an older version or edited by hand that does not fit falls back to its
 * default, and every other field is kept. No error ever reaches the reader.
 */
import type { SpotKind } from './messages';
import { SPOT_KINDS } from './messages';

export type HighlightStyle = 'background' | 'underline' | 'off';
/**
 * How reused passages are marked. `mark`: a thin dotted underline, shaded
 * only while the passage's card is open (a page that reuses most of its
 * sentences stays readable); `wash`: every passage shaded.
 */
export type PassageStyle = 'mark' | 'wash';
export const PASSAGE_STYLES: readonly PassageStyle[] = ['mark', 'wash'];
export type SiteRule = 'on' | 'off';

export interface Settings {
  /** Sourcelight on or off everywhere. */
  enabled: boolean;
  /** Per-site exceptions, by host name ("www.nytimes.com"). */
  sites: Record<string, SiteRule>;
  /** Which kinds are highlighted. */
  kinds: Record<SpotKind, boolean>;
  style: HighlightStyle;
  passageStyle: PassageStyle;
  /** Hover dwell before a card opens, in ms. */
  dwellMs: number;
  /** Entity, quote or passage ids the reader asked not to highlight. */
  muted: string[];
  /**
   * Highlight generic places and organisations (US, China, Washington) on every
   * page; off: only on pages that belong to a story (see `src/spot/relevance.ts`).
   */
  everyName: boolean;
  /**
   * Remembering what the reader reads: on these sites (origins, "https://example.org"),
   * every article the reader opens is added to their library, unless `paused`.
   * No site is chosen until the reader chooses it.
   */
  capture: { sites: string[]; paused: boolean };
}

export const SETTINGS_VERSION = 1;
export const DWELL_RANGE = { min: 0, max: 2000 } as const;

export function defaultSettings(): Settings {
  return {
    enabled: true,
    sites: {},
    kinds: { person: true, organization: true, place: true, topic: true, quote: true, passage: true },
    style: 'background',
    passageStyle: 'mark',
    dwellMs: 250,
    muted: [],
    everyName: false,
    capture: { sites: [], paused: false },
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A host name as the reader's address bar shows it; anything else is not a site key. */
const HOST = /^[a-z0-9.-]{1,253}(:\d{1,5})?$/;

/** Reads stored settings, keeping every field that fits and defaulting the others. */
export function parseSettings(raw: unknown): Settings {
  const settings = defaultSettings();
  if (!isRecord(raw)) return settings;
  if (typeof raw.enabled === 'boolean') settings.enabled = raw.enabled;
  if (isRecord(raw.sites)) {
    for (const [host, rule] of Object.entries(raw.sites)) {
      if (HOST.test(host) && (rule === 'on' || rule === 'off')) settings.sites[host] = rule;
    }
  }
  if (isRecord(raw.kinds)) {
    for (const kind of SPOT_KINDS) {
      const value = raw.kinds[kind];
      if (typeof value === 'boolean') settings.kinds[kind] = value;
    }
  }
  if (raw.style === 'background' || raw.style === 'underline' || raw.style === 'off') settings.style = raw.style;
  if (PASSAGE_STYLES.includes(raw.passageStyle as PassageStyle)) settings.passageStyle = raw.passageStyle as PassageStyle;
  if (typeof raw.dwellMs === 'number' && Number.isFinite(raw.dwellMs)) {
    settings.dwellMs = Math.round(Math.min(DWELL_RANGE.max, Math.max(DWELL_RANGE.min, raw.dwellMs)));
  }
  if (Array.isArray(raw.muted)) {
    settings.muted = [...new Set(raw.muted.filter((id): id is string => typeof id === 'string' && id.length > 0 && id.length <= 200))];
  }
  if (typeof raw.everyName === 'boolean') settings.everyName = raw.everyName;
  if (isRecord(raw.capture)) {
    const { sites, paused } = raw.capture;
    if (Array.isArray(sites)) {
      const origins = sites.map((site) => (typeof site === 'string' ? siteOrigin(site) : undefined)).filter((o): o is string => o !== undefined);
      settings.capture.sites = [...new Set(origins)].slice(0, MAX_CAPTURE_SITES);
    }
    if (typeof paused === 'boolean') settings.capture.paused = paused;
  }
  return settings;
}

/** Whether two settings from `parseSettings` say the same (its fields come in one order; sites in the order stored). */
export function sameSettings(a: Settings, b: Settings): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** More chosen sites than this are not kept (a setting edited by hand). */
export const MAX_CAPTURE_SITES = 500;

/**
 * The origin a reader means by a site they type or a page's address:
 * "https://example.org" for "https://example.org/news/1" or "example.org";
 * `undefined` for anything that is no web site.
 */
export function siteOrigin(input: string): string | undefined {
  const text = input.trim();
  if (!text || text.length > 2000) return undefined;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname || url.username || url.password) return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

/** Whether articles read at `origin` are remembered now. */
export function isCapturing(settings: Settings, origin: string): boolean {
  return !settings.capture.paused && settings.capture.sites.includes(origin);
}

/** Settings with `origin` chosen (or no longer chosen) for remembering what the reader reads. */
export function withCaptureSite(settings: Settings, origin: string, chosen: boolean): Settings {
  const sites = settings.capture.sites.filter((s) => s !== origin);
  if (chosen) sites.push(origin);
  return { ...settings, capture: { ...settings.capture, sites } };
}

export function withCapturePaused(settings: Settings, paused: boolean): Settings {
  return { ...settings, capture: { ...settings.capture, paused } };
}

/** Whether Sourcelight runs on `host`: a site rule wins over the global switch. */
export function isActiveOn(settings: Settings, host: string): boolean {
  const rule = settings.sites[host.toLowerCase()];
  return rule ? rule === 'on' : settings.enabled;
}

/** Settings with `host` switched on or off; a rule equal to the global switch is dropped. */
export function withSite(settings: Settings, host: string, on: boolean): Settings {
  const sites = { ...settings.sites };
  const key = host.toLowerCase();
  if (on === settings.enabled) delete sites[key];
  else sites[key] = on ? 'on' : 'off';
  return { ...settings, sites };
}

export function withMuted(settings: Settings, id: string, muted: boolean): Settings {
  const set = new Set(settings.muted);
  if (muted) set.add(id);
  else set.delete(id);
  return { ...settings, muted: [...set] };
}

/** Settings as they were stored by version 0 (before versioning): a flat `disabledSites` list. */
export function migrateFromV0(old: unknown): unknown {
  if (!isRecord(old)) return old;
  const { disabledSites, ...rest } = old;
  const sites: Record<string, SiteRule> = {};
  if (Array.isArray(disabledSites)) for (const host of disabledSites) if (typeof host === 'string') sites[host] = 'off';
  return { ...rest, sites };
}
