import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { sourcelightIndex } from './src/node/vite-plugin';

// The Firefox add-on id; also fixes the extension's moz-extension:// UUID in tests.
export const GECKO_ID = 'sourcelight@sourcelight.dev';

// Drawn from assets/icon.svg by `npm run icons` into public/icon/ (committed).
const ICONS = Object.fromEntries([16, 32, 48, 96, 128].map((size) => [String(size), `icon/${size}.png`]));

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // The toolbar button (action or browser_action) and Firefox's sidebar get the same icons as the extension.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const key of ['action', 'browser_action', 'sidebar_action'] as const) {
        const entry = manifest[key] as Record<string, unknown> | undefined;
        if (entry) entry.default_icon = ICONS;
      }
    },
  },
  vite: () => ({
    plugins: [sourcelightIndex(resolve(import.meta.dirname, 'seeds')), contentScriptWithoutPolyfill()],
    // See src/index/no-style-sheets.ts: the background is smaller by the CSS parser nobody calls.
    resolve: { alias: { 'cssomnom/parse': resolve(import.meta.dirname, 'src/index/no-style-sheets.ts') } },
  }),
  manifest: ({ browser }) => ({
    name: 'Sourcelight',
    description: 'Hover a name in cyber-policy news and see what every other source said about it.',
    icons: ICONS,
    // Only what the product needs: settings live in storage; the side panel API on Chrome.
    // The library (docs/library.md): IndexedDB may grow past the default quota
    // (unlimitedStorage); "Save this article" reads the page only on the reader's
    // gesture (activeTab + scripting) and from the page's menu (contextMenus).
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    action: { default_title: 'Sourcelight' },
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: 'Go to the next highlighted mention and open its card',
      },
      'save-article': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the article on this page to your Sourcelight library',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: 'Go to the previous highlighted mention and open its card',
      },
      // The browsers' own commands: they open the panel as the toolbar would.
      ...(browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+L' }, description: 'Open the Sourcelight sidebar' } }
        : { 'open-side-panel': { suggested_key: { default: 'Alt+Shift+L' }, description: 'Open the Sourcelight side panel' } }),
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              // The extension sends nothing anywhere.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});

/**
 * The content script runs on every page, so it uses the browsers' own
 * `browser` / `chrome` object instead of webextension-polyfill: every API it
 * calls returns promises natively (Chrome MV3, Firefox), and it answers
 * messages through `sendResponse`, which both support. The polyfill is a no-op
 * there since Chrome 144 but its start-up still enumerates the whole `chrome`
 * object, 1 to 3 ms on every page load (measured with CPU profiles). The
 * background and the extension's pages keep it.
 */
function contentScriptWithoutPolyfill(): Plugin {
  // WXT's own module by its file path, which the alias (on the specifier "wxt/browser") leaves alone.
  const nativeBrowser = createRequire(import.meta.url).resolve('wxt/browser');
  let isContentScript = false;
  return {
    name: 'sourcelight:content-script-without-polyfill',
    enforce: 'pre',
    configResolved(config) {
      const entry = config.build.lib ? config.build.lib.entry : undefined;
      isContentScript = typeof entry === 'string' && /[\\/]entrypoints[\\/](?:wake\.)?content[\\/]/.test(entry);
    },
    resolveId(source) {
      // The polyfill module aliases wxt/browser to this; the content script gets WXT's own.
      return isContentScript && source === '@wxt-dev/webextension-polyfill/browser' ? nativeBrowser : null;
    },
  };
}
