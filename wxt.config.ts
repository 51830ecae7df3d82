import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CONTENT_SCRIPT_FILES } from './extension/user-site-scripts';
import { SITE_MATCHES } from './sites/matches';
import { uiText } from './ui-text/ui-text';

/**
 * The scripts that run in web pages: they use the browser's own promise-based `browser`/`chrome`
 * (Chromium's MV3 and Firefox both have one) instead of the polyfill, 3 KB gzipped on every page.
 * The extension's own pages and its background keep the polyfill. They are minified by terser in
 * two passes, 0.6 KB gzipped smaller than esbuild's minifier on the content script, with each
 * bundle's IIFE in parentheses: V8 then compiles its body in one pass, not a pre-parse and a parse.
 */
const IN_PAGE_SCRIPTS = ['content-script', 'page-analysis', 'page-ui'];

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Everything we import is explicit; auto-imports hide where names come from.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    // Extension pages load only their own chunks, in browsers with modulepreload: the polyfill
    // would be the one `fetch` in the bundles (see tests/e2e/bundles.e2e.ts).
    build: { modulePreload: { polyfill: false } },
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => IN_PAGE_SCRIPTS.includes(entrypoint.name))) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias) || !alias) throw new Error('Expected the polyfill module to alias wxt/browser in an object');
      // Without the polyfill's alias, `wxt/browser` is WXT's own: the browser's native API.
      config.resolve = { ...config.resolve, alias: Object.fromEntries(Object.entries(alias).filter(([from]) => from !== 'wxt/browser')) };
      config.build = { ...config.build, minify: 'terser', terserOptions: { compress: { passes: 2 }, format: { wrap_iife: true } } };
    },
  },
  // Firefox's sources zip holds what AMO reviewers need to rebuild: no tests, fixtures or run output.
  zip: {
    excludeSources: ['tests/**', 'bench/**', 'artifacts/**', 'coverage/**', 'dist/**', 'web-ext-artifacts/**', '**/*.log'],
  },
  manifest: ({ browser }) => ({
    name: 'Backlight',
    // At most 132 characters: the Chrome Web Store refuses longer ones.
    description:
      'Finds back-pain mentions on running forums and training logs; explains causes, remedies and red flags. Nothing leaves your browser.',
    permissions: ['storage', 'activeTab', 'contextMenus', 'scripting'],
    host_permissions: SITE_MATCHES,
    // Declared here, not with defineContentScript: see entrypoints/content-script.ts.
    content_scripts: [
      {
        matches: SITE_MATCHES,
        js: CONTENT_SCRIPT_FILES.js.map((file) => file.slice(1)),
        css: CONTENT_SCRIPT_FILES.css.map((file) => file.slice(1)),
        run_at: 'document_idle',
      },
    ],
    // Sites the user adds ("Turn on for this site", the options page) are asked for one by one.
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    commands: {
      'analyse-selection': {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: uiText().browserUi.commandDescription,
      },
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: uiText().browserUi.nextMentionCommand,
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: uiText().browserUi.previousMentionCommand,
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backlight@backlight.run',
              // data_collection_permissions is read from Firefox 140 (desktop) and 142 (Android).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
