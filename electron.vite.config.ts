import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from './src/shared/csp';

/** Writes the one CSP (src/shared/csp.ts) into the built index.html. */
function injectCsp(): Plugin {
  return {
    name: 'presskit-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('__PRESSKIT_CSP__', META_CONTENT_SECURITY_POLICY),
  };
}

// main and preload run in Electron; the renderer is a plain web app that browser mode serves too.
export default defineConfig({
  main: {
    build: { outDir: 'out/main' },
  },
  preload: {
    // A sandboxed preload may only require('electron'): bundle zod and the contract into it.
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'src/renderer',
    base: './',
    plugins: [react(), injectCsp()],
    // Minified: the page parses about half the script before it can show the first text.
    // One script of ~600 kB (React, zod, markdown-it, i18next): its start-up cost is measured by the
    // reader bench (npm run bench), so the generic 500 kB warning says nothing new.
    build: { outDir: 'out/renderer', emptyOutDir: true, minify: true, chunkSizeWarningLimit: 800 },
  },
});
