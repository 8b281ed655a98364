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
    // Layering (as VS Code's `common`): the model and the services know nothing of Electron, React or the DOM.
    files: ['src/shared/**', 'src/core/**', 'src/cli/**', 'src/server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Core code must not import electron: keep it in src/main.' },
            { name: 'electron-store', message: 'Core code uses the store interface; src/main supplies electron-store.' },
            { name: 'react', message: 'No UI in core code.' },
            { name: 'react-dom', message: 'No UI in core code.' },
          ],
          patterns: [{ group: ['**/renderer/**', '**/main/**', '**/preload/**'], message: 'Core code cannot reach into a host.' }],
        },
      ],
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
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
            {
              group: ['**/core/**', '**/renderer/**', '**/main/**', '**/preload/**'],
              message: 'src/shared depends on nothing else in the app.',
            },
            { group: ['electron', 'react', 'react-dom'], message: 'src/shared is plain TypeScript.' },
          ],
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
            {
              group: ['**/core/**', '**/main/**', '**/preload/**', '**/server/**'],
              message: 'The renderer reaches services only through the API.',
            },
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
