import { describe, expect, it } from 'vitest';
import { defaultSettings, isActiveOn, migrateFromV0, parseSettings, sameSettings, withMuted, withSite } from '../../src/contracts/settings';

describe('parseSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(parseSettings(undefined)).toEqual(defaultSettings());
    expect(parseSettings(null)).toEqual(defaultSettings());
  });

  it.each([
    ['a string', 'enabled'],
    ['an array', [1, 2]],
    ['a number', 42],
  ])('gives the defaults for %s', (_name, raw) => {
    expect(parseSettings(raw)).toEqual(defaultSettings());
  });

  it('keeps good fields beside malformed ones', () => {
    const parsed = parseSettings({
      enabled: 'yes',
      style: 'underline',
      dwellMs: 'fast',
      kinds: { person: false, topic: 'no', nonsense: true },
      sites: { 'example.com': 'off', 'bad host!': 'off', 'news.example': 'maybe' },
      muted: ['person:xi-jinping', 7, '', 'person:xi-jinping'],
    });
    expect(parsed.enabled).toBe(true);
    expect(parsed.style).toBe('underline');
    expect(parsed.dwellMs).toBe(250);
    expect(parsed.kinds.person).toBe(false);
    expect(parsed.kinds.topic).toBe(true);
    expect(parsed.kinds).not.toHaveProperty('nonsense');
    expect(parsed.sites).toEqual({ 'example.com': 'off' });
    expect(parsed.muted).toEqual(['person:xi-jinping']);
  });

  it.each([
    ['nothing stored', undefined, 'mark'],
    ['"wash"', 'wash', 'wash'],
    ['"mark"', 'mark', 'mark'],
    ['an unknown style', 'glow', 'mark'],
    ['a number', 1, 'mark'],
  ])('reads the passage style from %s', (_name, passageStyle, expected) => {
    expect(parseSettings({ style: 'underline', passageStyle }).passageStyle).toBe(expected);
  });

  it('clamps the dwell delay', () => {
    expect(parseSettings({ dwellMs: -50 }).dwellMs).toBe(0);
    expect(parseSettings({ dwellMs: 1e9 }).dwellMs).toBe(2000);
    expect(parseSettings({ dwellMs: Number.NaN }).dwellMs).toBe(250);
  });
});

describe('site rules', () => {
  it('lets a site rule win over the global switch', () => {
    const off = withSite(defaultSettings(), 'Example.com', false);
    expect(isActiveOn(off, 'example.com')).toBe(false);
    expect(isActiveOn(off, 'other.org')).toBe(true);
    const globalOff = { ...defaultSettings(), enabled: false };
    expect(isActiveOn(withSite(globalOff, 'example.com', true), 'example.com')).toBe(true);
  });

  it('drops a rule that only repeats the global switch', () => {
    const off = withSite(defaultSettings(), 'example.com', false);
    expect(withSite(off, 'example.com', true).sites).toEqual({});
  });
});

describe('sameSettings', () => {
  it('tells a write of the same settings from a change (a relayed write is applied once)', () => {
    const stored = withSite(defaultSettings(), 'news.example', false);
    expect(sameSettings(parseSettings(stored), parseSettings(JSON.parse(JSON.stringify(stored))))).toBe(true);
    expect(sameSettings(parseSettings(stored), withSite(stored, 'news.example', true))).toBe(false);
    expect(sameSettings(defaultSettings(), withMuted(defaultSettings(), 'person:xi', true))).toBe(false);
  });
});

describe('muting', () => {
  it('adds and removes ids once', () => {
    const once = withMuted(withMuted(defaultSettings(), 'topic:x', true), 'topic:x', true);
    expect(once.muted).toEqual(['topic:x']);
    expect(withMuted(once, 'topic:x', false).muted).toEqual([]);
  });
});

describe('migrateFromV0', () => {
  it('turns the old disabledSites list into site rules', () => {
    const migrated = parseSettings(migrateFromV0({ enabled: false, disabledSites: ['a.com', 3] }));
    expect(migrated.enabled).toBe(false);
    expect(migrated.sites).toEqual({ 'a.com': 'off' });
  });
});
