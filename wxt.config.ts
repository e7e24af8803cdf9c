import { defineConfig } from 'wxt';
import { GECKO_ID } from './lib/extension-ids';
import { BUILTIN_SITES, matchPatternsFor } from './lib/sites';

// One code path: Manifest V3 for both browsers. Firefox 140+ supports everything
// we use in MV3 (CSS Custom Highlight API, storage.session, optional host
// permissions, sidebar_action) and 140 is the first ESR with
// `data_collection_permissions`, so an MV2 branch would only add code to test twice.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  // Vite's module-preload polyfill calls fetch() on our own files: not needed in
  // extension pages, and it would be the only network API in the bundle.
  vite: () => ({ build: { modulePreload: { polyfill: false } } }),
  zip: {
    artifactTemplate: 'kashif-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'kashif-{{version}}-sources.zip',
    excludeSources: ['test-results/**', '.output/**'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'ar',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: matchPatternsFor(BUILTIN_SITES),
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_actionTitle__' },
      ...(browser === 'firefox'
        ? {
            _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_cmdOpenPanel__' },
          }
        : { 'open-panel': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_cmdOpenPanel__' } }),
      'next-mention': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_cmdNextMention__' },
      'prev-mention': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_cmdPrevMention__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
