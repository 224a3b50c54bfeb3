import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { sourcelightIndex } from './src/index/vite-plugin';

// The Firefox add-on id; also fixes the extension's moz-extension:// UUID in tests.
export const GECKO_ID = 'sourcelight@sourcelight.dev';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [sourcelightIndex(resolve(import.meta.dirname, 'seeds'))],
  }),
  manifest: ({ browser }) => ({
    name: 'Sourcelight',
    description: 'Hover a name in cyber-policy news and see what every other source said about it.',
    // Only what the product needs: settings live in storage; the side panel API on Chrome.
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'sidePanel'],
    action: { default_title: 'Sourcelight' },
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: 'Go to the next highlighted mention and open its card',
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
