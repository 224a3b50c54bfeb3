/**
 * The built extension's promises that need no browser: the content script's
 * size budget and a manifest with the fewest permissions.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUILD_DIRS, findBuild } from '../../src/demo/browsers';

const BUDGET_GZIP_BYTES = 50 * 1024;

describe.each(['chromium', 'firefox'] as const)('%s build', (name) => {
  const dir = BUILD_DIRS[name];
  const manifest = () => JSON.parse(readFileSync(resolve(findBuild(name), 'manifest.json'), 'utf8'));

  it('injects at most 50 KB gzipped into every page; the matching data stays in the background', () => {
    const scripts: string[] = manifest().content_scripts.flatMap((c: { js?: string[]; css?: string[] }) => [...(c.js ?? []), ...(c.css ?? [])]);
    const injected = scripts.map((file) => readFileSync(resolve(dir, file), 'utf8'));
    const bytes = injected.reduce((sum, code) => sum + gzipSync(code).length, 0);
    expect(bytes).toBeGreaterThan(10_000); // the card, hover and painting really are inside
    expect(bytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
    // A passage's packed fingerprints are in the background's bundle, not in what every page loads.
    const background = readFileSync(resolve(dir, 'background.js'), 'utf8');
    const packed = /"packed":"([A-Za-z0-9+/=]{12,})/.exec(background)?.[1];
    expect(packed, 'no packed passage in background.js').toBeDefined();
    expect(injected.some((code) => code.includes(packed!))).toBe(false);
  });

  it('asks for the fewest permissions and exposes no web-accessible resource', () => {
    const m = manifest();
    const library = ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus'];
    expect(m.permissions).toEqual(name === 'chromium' ? [...library, 'sidePanel'] : library);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.content_scripts[0].matches).toEqual(['http://*/*', 'https://*/*']);
    expect(m.content_scripts[0].all_frames).toBe(true);
    // The word that wakes a stopped service worker as a page starts loading: the top frame's alone, Chrome's alone
    // (Firefox's background page is never stopped).
    expect(m.content_scripts.slice(1)).toEqual(
      name === 'chromium' ? [{ matches: ['http://*/*', 'https://*/*'], run_at: 'document_start', js: ['content-scripts/wake.js'] }] : [],
    );
    if (name === 'firefox') {
      expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
      expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
      expect(m.sidebar_action.default_panel).toBe('sidepanel.html');
    } else {
      expect(m.side_panel.default_path).toBe('sidepanel.html');
    }
  });

  it('bundles no code that reaches the network', () => {
    const man = manifest();
    const files = [man.background.service_worker ?? man.background.scripts[0], ...man.content_scripts.flatMap((c: { js: string[] }) => c.js)].map(
      (file: string) => readFileSync(resolve(dir, file), 'utf8'),
    );
    // The global fetch (bare or through globalThis/self/window), not a method of that name
    // (MiniSearch's map has a `fetch(key, init)`), nor such a method's definition.
    const globalFetch = /(?:^|[^.\w$]|(?:globalThis|self|window)\.)fetch\((?![\w$,\s]*\)\s*\{)/;
    for (const code of files) {
      expect(code).not.toMatch(globalFetch);
      expect(code).not.toMatch(/XMLHttpRequest|new WebSocket|sendBeacon|EventSource\(/);
    }
    expect('x=fetch(u)').toMatch(globalFetch);
    expect('self.fetch(u,{})').toMatch(globalFetch);
  });
});
