/**
 * The reader's choice of sites whose articles are remembered (settings'
 * `capture`): what counts as a site, what a stored value that does not fit
 * falls back to, and the small edits the popup makes.
 */
import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  isCapturing,
  MAX_CAPTURE_SITES,
  parseSettings,
  siteOrigin,
  withCapturePaused,
  withCaptureSite,
  type Settings,
} from '../../src/contracts/settings';

describe('siteOrigin', () => {
  it.each<[string, string | undefined]>([
    ['example.org', 'https://example.org'],
    ['  example.org  ', 'https://example.org'],
    ['EXAMPLE.org', 'https://example.org'],
    ['https://example.org/news/1?x=2#top', 'https://example.org'],
    ['https://example.org:443/', 'https://example.org'],
    ['http://example.org/', 'http://example.org'],
    ['http://127.0.0.1:8080/x', 'http://127.0.0.1:8080'],
    ['localhost:3000', 'https://localhost:3000'],
    ['http://[::1]:8080/', 'http://[::1]:8080'],
    ['ftp://x', undefined],
    ['file:///etc/passwd', undefined],
    ['chrome-extension://abcdef/popup.html', undefined],
    ['javascript:alert(1)', undefined],
    ['data:text/html,<p>x</p>', undefined],
    ['https://user:pw@x.org', undefined],
    ['https://user@x.org', undefined],
    ['mailto:a@b.org', undefined],
    ['', undefined],
    ['   ', undefined],
    ['https://', undefined],
    [`https://${'a'.repeat(2000)}.org`, undefined],
  ])('%j → %j', (input, expected) => {
    expect(siteOrigin(input)).toBe(expected);
  });

  it('keeps a long address within the limit', () => {
    const url = `https://example.org/${'a'.repeat(1900)}`;
    expect(siteOrigin(url)).toBe('https://example.org');
  });
});

describe('parseSettings: capture', () => {
  it('defaults to no site chosen and not paused', () => {
    expect(parseSettings({}).capture).toEqual({ sites: [], paused: false });
    expect(defaultSettings().capture).toEqual({ sites: [], paused: false });
  });

  it.each<[string, unknown, Settings['capture']]>([
    ['capture not an object', 'https://example.org', { sites: [], paused: false }],
    ['capture an array', ['https://example.org'], { sites: [], paused: false }],
    ['capture null', null, { sites: [], paused: false }],
    ['sites not an array, paused kept', { sites: 'https://example.org', paused: true }, { sites: [], paused: true }],
    ['sites an object, paused kept', { sites: { 'https://example.org': true }, paused: true }, { sites: [], paused: true }],
    ['paused not a boolean, sites kept', { sites: ['https://example.org'], paused: 'yes' }, { sites: ['https://example.org'], paused: false }],
    ['paused a number, sites kept', { sites: ['https://example.org'], paused: 1 }, { sites: ['https://example.org'], paused: false }],
    [
      'non-string and non-web entries dropped',
      { sites: ['https://a.example', 7, null, { origin: 'https://b.example' }, 'ftp://c.example', 'javascript:alert(1)', ''], paused: false },
      { sites: ['https://a.example'], paused: false },
    ],
    [
      'entries normalised to origins, duplicates dropped in first-seen order',
      { sites: ['b.example', 'https://a.example/news', 'https://B.example/', 'https://a.example'], paused: false },
      { sites: ['https://b.example', 'https://a.example'], paused: false },
    ],
  ])('%s', (_name, capture, expected) => {
    expect(parseSettings({ capture }).capture).toEqual(expected);
  });

  it('keeps the other fields when capture is malformed', () => {
    const parsed = parseSettings({ enabled: false, style: 'underline', capture: { sites: 42, paused: 'no' } });
    expect(parsed.enabled).toBe(false);
    expect(parsed.style).toBe('underline');
    expect(parsed.capture).toEqual({ sites: [], paused: false });
  });

  it(`keeps at most ${MAX_CAPTURE_SITES} sites, the first ones`, () => {
    const sites = Array.from({ length: MAX_CAPTURE_SITES + 100 }, (_, i) => `https://site${i}.example`);
    const parsed = parseSettings({ capture: { sites, paused: false } }).capture.sites;
    expect(parsed).toHaveLength(MAX_CAPTURE_SITES);
    expect(parsed[0]).toBe('https://site0.example');
    expect(parsed.at(-1)).toBe(`https://site${MAX_CAPTURE_SITES - 1}.example`);
  });

  it('counts the limit after duplicates are dropped', () => {
    const unique = Array.from({ length: MAX_CAPTURE_SITES }, (_, i) => `https://site${i}.example`);
    const sites = [...unique.slice(0, 10), ...unique];
    const parsed = parseSettings({ capture: { sites, paused: false } }).capture.sites;
    expect(parsed).toEqual(unique);
  });

  it('reads back what it wrote', () => {
    const settings = withCapturePaused(withCaptureSite(defaultSettings(), 'https://example.org', true), true);
    expect(parseSettings(JSON.parse(JSON.stringify(settings)))).toEqual(settings);
  });
});

describe('isCapturing', () => {
  const chosen = withCaptureSite(defaultSettings(), 'https://example.org', true);
  it.each<[string, Settings, string, boolean]>([
    ['a chosen origin', chosen, 'https://example.org', true],
    ['a chosen origin, paused', withCapturePaused(chosen, true), 'https://example.org', false],
    ['a chosen origin, paused then resumed', withCapturePaused(withCapturePaused(chosen, true), false), 'https://example.org', true],
    ['another origin', chosen, 'https://other.example', false],
    ['the same host over http', chosen, 'http://example.org', false],
    ['the same host on another port', chosen, 'https://example.org:8443', false],
    ['a subdomain', chosen, 'https://www.example.org', false],
    ['nothing chosen', defaultSettings(), 'https://example.org', false],
  ])('%s → %s', (_name, settings, origin, expected) => {
    expect(isCapturing(settings, origin)).toBe(expected);
  });
});

describe('withCaptureSite', () => {
  const a = 'https://a.example';
  const b = 'https://b.example';

  it('adds a site once, however often it is chosen', () => {
    const once = withCaptureSite(defaultSettings(), a, true);
    const twice = withCaptureSite(once, a, true);
    expect(once.capture.sites).toEqual([a]);
    expect(twice.capture.sites).toEqual([a]);
  });

  it('removes a site, and removing it again changes nothing', () => {
    const both = withCaptureSite(withCaptureSite(defaultSettings(), a, true), b, true);
    expect(both.capture.sites).toEqual([a, b]);
    const removed = withCaptureSite(both, a, false);
    expect(removed.capture.sites).toEqual([b]);
    expect(withCaptureSite(removed, a, false).capture.sites).toEqual([b]);
  });

  it('leaves the settings it was given as they were, and keeps paused', () => {
    const start = withCapturePaused(defaultSettings(), true);
    const next = withCaptureSite(start, a, true);
    expect(start.capture.sites).toEqual([]);
    expect(next.capture.paused).toBe(true);
    expect(next.capture.sites).toEqual([a]);
  });
});

describe('withCapturePaused', () => {
  it('pauses and resumes without touching the sites or the settings it was given', () => {
    const start = withCaptureSite(defaultSettings(), 'https://a.example', true);
    const paused = withCapturePaused(start, true);
    expect(paused.capture).toEqual({ sites: ['https://a.example'], paused: true });
    expect(start.capture.paused).toBe(false);
    expect(withCapturePaused(paused, false).capture).toEqual({ sites: ['https://a.example'], paused: false });
  });
});
