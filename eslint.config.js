// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Globals that only exist in a browser: core code must run under plain Node.
const DOM_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement', 'Element', 'Node', 'location'].map(
  (name) => ({ name, message: 'Core and shared code run under Node: no DOM here.' }),
);

const NO_RAW_IPC = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message: 'Use the typed contract (src/shared/ipc) via src/main/ipc or src/preload, never raw IPC.',
};

const NO_UI_OR_ELECTRON = [
  { name: 'electron', message: 'Core code must not import electron: keep it in src/main.' },
  { name: 'electron-store', message: 'Core code uses the store interface; src/main supplies electron-store.' },
  { name: 'react', message: 'No UI in core code.' },
  { name: 'react-dom', message: 'No UI in core code.' },
];

/** The app's folders under src/ that a layer may not reach (matched on the import path, relative or not). */
const CORE_MAY_NOT_IMPORT = ['renderer', 'main', 'preload', 'server', 'cli'];

/** @param {string[]} layers @param {string} [message] */
function layerPatterns(layers, message = 'Core code cannot reach into a host.') {
  return layers.map((layer) => ({ group: [`**/${layer}/**`, `**/${layer}`], message: `${message} (imports from src/${layer})` }));
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'bench/results/**', 'resources/**', 'tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [NO_RAW_IPC] }],
    },
  },
  {
    // Layering (as VS Code's `common`): the model and the services know nothing of Electron, React, the
    // DOM or any host. Hosts (main, server, cli) build on core; none reaches into another host's code.
    files: ['src/core/**', 'src/cli/**', 'src/server/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: NO_UI_OR_ELECTRON, patterns: layerPatterns(CORE_MAY_NOT_IMPORT) }],
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
  {
    files: ['src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NO_UI_OR_ELECTRON,
          patterns: layerPatterns(['renderer', 'main', 'preload'], 'The CLI is a host over core (and the browser-mode server).'),
        },
      ],
    },
  },
  {
    files: ['src/server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NO_UI_OR_ELECTRON,
          patterns: layerPatterns(['renderer', 'main', 'preload', 'cli'], 'The browser-mode server is a host over core.'),
        },
      ],
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'src/shared is loaded by the renderer too: no Node built-ins.',
            },
            ...layerPatterns([...CORE_MAY_NOT_IMPORT, 'core'], 'src/shared depends on nothing else in the app.'),
            { group: ['electron', 'react', 'react-dom'], message: 'src/shared is plain TypeScript.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [NO_RAW_IPC],
          patterns: layerPatterns(
            ['renderer', 'server', 'cli'],
            'The Electron host serves the contract from core; it never imports another host or the page.',
          ),
        },
      ],
    },
  },
  {
    // The renderer talks only to the API the preload exposes (or its browser-mode twin).
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'node:*'], message: 'The renderer is sandboxed: use window.presskit (see src/renderer/api).' },
            ...layerPatterns(
              ['core', 'main', 'preload', 'server', 'cli'],
              'The renderer imports only src/shared and its own files; services are reached through the API.',
            ),
          ],
        },
      ],
    },
  },
  {
    // The only two places raw IPC may be touched: both driven by the single contract.
    files: ['src/main/ipc/**', 'src/preload/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['tests/**', 'bench/**', 'scripts/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
